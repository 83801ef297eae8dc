// The canvas toolbar: layout, re-layout, fit, undo/redo, expand, collapse, hide, pin, clear, export and upload.
import { api } from './api.ts';
import { h } from './dom.ts';
import type { Canvas } from './graph/canvas.ts';
import { layoutNames } from './graph/layouts.ts';
import { sceneOf, toSvg } from './graph/svg-export.ts';
import type { Store } from './state/store.ts';
import { download } from './panels/download.ts';

export interface ToolbarDeps {
  canvas: Canvas;
  store: Store;
  toast(msg: string): void;
  expand(key: string): void;
  /** Called by Clear, after the canvas is cleared. */
  onClear(): void;
  /** Extra controls at the end (the upload button). */
  extra: HTMLElement[];
}

export interface Toolbar {
  el: HTMLElement;
  /** Undo and Redo follow the canvas's history. */
  refresh(): void;
  kill(): void;
}

/** The ids of the selected nodes. */
export const selectedIds = (canvas: Canvas) => canvas.cy.nodes(':selected').map((n) => n.id());

export function createToolbar({ canvas, store, toast, expand, onClear, extra }: ToolbarDeps): Toolbar {
  const layoutSel = h(
    'select',
    { aria: { label: 'Layout' }, on: { change: () => canvas.layout(layoutSel.value) } },
    ...layoutNames().map((l) => h('option', { value: l.name }, l.label)),
  );
  const layout = store.state.layout;
  if (layout && layoutNames().some((l) => l.name === layout)) canvas.layoutName = layout;
  layoutSel.value = canvas.layoutName;
  layoutSel.addEventListener('change', () =>
    store.setLayout(layoutSel.value === 'force' ? undefined : layoutSel.value),
  );
  const undoBtn = h(
    'button',
    { type: 'button', title: 'Undo (Ctrl+Z)', disabled: true, on: { click: () => canvas.undo() } },
    'Undo',
  );
  const redoBtn = h(
    'button',
    { type: 'button', title: 'Redo (Ctrl+Shift+Z)', disabled: true, on: { click: () => canvas.redo() } },
    'Redo',
  );
  const onSelected = (fn: (id: string, key: string) => void) => () => {
    const n = canvas.cy.nodes(':selected');
    if (n.empty()) return toast('Select a node first.');
    fn(n.first().id(), n.first().data('key'));
  };
  const exportMenu = h(
    'details',
    { class: 'menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items' },
      h(
        'button',
        { type: 'button', dataset: { export: 'png' }, on: { click: () => download('actorgraph.png', canvas.png()) } },
        'PNG image',
      ),
      h(
        'button',
        {
          type: 'button',
          dataset: { export: 'svg' },
          on: { click: () => download('actorgraph.svg', toSvg(sceneOf(canvas.cy)), 'image/svg+xml') },
        },
        'SVG image',
      ),
      h(
        'button',
        {
          type: 'button',
          dataset: { export: 'json' },
          on: {
            click: () =>
              download('actorgraph-subgraph.json', JSON.stringify(canvas.subgraph(), null, 2), 'application/json'),
          },
        },
        'JSON (this subgraph)',
      ),
      h('a', { href: api.exportUrl('graphml'), attrs: { download: 'actorgraph.graphml' } }, 'GraphML (whole graph)'),
      h('a', { href: api.exportUrl('csv'), attrs: { download: 'actorgraph.csv' } }, 'CSV (whole graph)'),
    ),
  );
  // a chosen item, a click elsewhere or Escape closes the menu
  exportMenu.querySelector('.menu-items')!.addEventListener('click', () => exportMenu.removeAttribute('open'));
  const closeMenu = (e: Event) => {
    if (
      exportMenu.open &&
      (e.type === 'keydown' ? (e as KeyboardEvent).key === 'Escape' : !exportMenu.contains(e.target as Node))
    )
      exportMenu.removeAttribute('open');
  };
  document.addEventListener('click', closeMenu);
  document.addEventListener('keydown', closeMenu);
  const el = h(
    'div',
    { class: 'toolbar', role: 'toolbar', aria: { label: 'Canvas' } },
    layoutSel,
    h('button', { type: 'button', title: 'Run the layout again', on: { click: () => canvas.layout() } }, 'Re-layout'),
    h('button', { type: 'button', title: 'Fit (F)', on: { click: () => canvas.fit() } }, 'Fit'),
    undoBtn,
    redoBtn,
    h('span', { class: 'sep' }),
    h(
      'button',
      {
        type: 'button',
        title: 'Expand the selected node (Enter or double-click)',
        on: { click: onSelected((_id, key) => expand(key)) },
      },
      'Expand',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Collapse: remove neighbours that hang only on the selected node (C)',
        on: { click: onSelected((id) => canvas.collapse(id)) },
      },
      'Collapse',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Hide the selected nodes (Delete)',
        on: { click: () => canvas.hide(selectedIds(canvas)) },
      },
      'Hide',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Pin or unpin the selected node (P)',
        on: { click: onSelected((id) => canvas.togglePin(id)) },
      },
      'Pin',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Clear the canvas',
        on: {
          click: () => {
            canvas.clear();
            onClear();
          },
        },
      },
      'Clear',
    ),
    h('span', { class: 'sep' }),
    exportMenu,
    ...extra,
  );
  return {
    el,
    refresh() {
      undoBtn.disabled = !canvas.canUndo;
      redoBtn.disabled = !canvas.canRedo;
    },
    kill() {
      document.removeEventListener('click', closeMenu);
      document.removeEventListener('keydown', closeMenu);
    },
  };
}
