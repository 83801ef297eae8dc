// The canvas toolbar: layout, re-layout, fit, undo/redo, expand, collapse, hide, pin, clear, export and upload.
import { api } from './api.ts';
import { h } from './dom.ts';
import type { Canvas } from './graph/canvas.ts';
import { layoutNames } from './graph/layouts.ts';
import { sceneOf, toSvg } from './graph/svg-export.ts';
import type { Store } from './state/store.ts';
import { download } from './panels/download.ts';

export interface ToolbarDeps {
  /** The canvas, once its chunk has loaded (until then the buttons do nothing). */
  canvas(): Canvas | undefined;
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
  /** The canvas is there: the layout menu shows its layout (the URL's, if any). */
  attach(): void;
  kill(): void;
}

/** The ids of the selected nodes. */
export const selectedIds = (canvas: Canvas) => canvas.cy.nodes(':selected').map((n) => n.id());

export function createToolbar({ canvas: canvasNow, store, toast, expand, onClear, extra }: ToolbarDeps): Toolbar {
  /** A handler that runs only once the canvas is there. */
  const withCanvas = (fn: (canvas: Canvas) => void) => () => {
    const c = canvasNow();
    if (c) fn(c);
  };
  const layoutSel = h(
    'select',
    { aria: { label: 'Layout' }, on: { change: withCanvas((canvas) => canvas.layout(layoutSel.value)) } },
    ...layoutNames().map((l) => h('option', { value: l.name }, l.label)),
  );
  layoutSel.addEventListener('change', () =>
    store.setLayout(layoutSel.value === 'force' ? undefined : layoutSel.value),
  );
  const undoBtn = h(
    'button',
    { type: 'button', title: 'Undo (Ctrl+Z)', disabled: true, on: { click: withCanvas((canvas) => canvas.undo()) } },
    'Undo',
  );
  const redoBtn = h(
    'button',
    {
      type: 'button',
      title: 'Redo (Ctrl+Shift+Z)',
      disabled: true,
      on: { click: withCanvas((canvas) => canvas.redo()) },
    },
    'Redo',
  );
  const onSelected = (fn: (canvas: Canvas, id: string, key: string) => void) =>
    withCanvas((canvas) => {
      const n = canvas.cy.nodes(':selected');
      if (n.empty()) return toast('Select a node first.');
      fn(canvas, n.first().id(), n.first().data('key'));
    });
  const exportMenu = h(
    'details',
    { class: 'menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items' },
      h(
        'button',
        {
          type: 'button',
          dataset: { export: 'png' },
          on: { click: withCanvas((canvas) => download('actorgraph.png', canvas.png())) },
        },
        'PNG image',
      ),
      h(
        'button',
        {
          type: 'button',
          dataset: { export: 'svg' },
          on: { click: withCanvas((canvas) => download('actorgraph.svg', toSvg(sceneOf(canvas.cy)), 'image/svg+xml')) },
        },
        'SVG image',
      ),
      h(
        'button',
        {
          type: 'button',
          dataset: { export: 'json' },
          on: {
            click: withCanvas((canvas) =>
              download('actorgraph-subgraph.json', JSON.stringify(canvas.subgraph(), null, 2), 'application/json'),
            ),
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
    h(
      'button',
      { type: 'button', title: 'Run the layout again', on: { click: withCanvas((canvas) => canvas.layout()) } },
      'Re-layout',
    ),
    h('button', { type: 'button', title: 'Fit (F)', on: { click: withCanvas((canvas) => canvas.fit()) } }, 'Fit'),
    undoBtn,
    redoBtn,
    h('span', { class: 'sep' }),
    h(
      'button',
      {
        type: 'button',
        title: 'Expand the selected node (Enter or double-click)',
        on: { click: onSelected((_canvas, _id, key) => expand(key)) },
      },
      'Expand',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Collapse: remove neighbours that hang only on the selected node (C)',
        on: { click: onSelected((canvas, id) => canvas.collapse(id)) },
      },
      'Collapse',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Hide the selected nodes (Delete)',
        on: { click: withCanvas((canvas) => canvas.hide(selectedIds(canvas))) },
      },
      'Hide',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Pin or unpin the selected node (P)',
        on: { click: onSelected((canvas, id) => canvas.togglePin(id)) },
      },
      'Pin',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Clear the canvas',
        on: {
          click: withCanvas((canvas) => {
            canvas.clear();
            onClear();
          }),
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
    refresh: withCanvas((canvas) => {
      undoBtn.disabled = !canvas.canUndo;
      redoBtn.disabled = !canvas.canRedo;
    }),
    attach: withCanvas((canvas) => {
      const layout = store.state.layout;
      if (layout && layoutNames().some((l) => l.name === layout)) canvas.layoutName = layout;
      layoutSel.value = canvas.layoutName;
    }),
    kill() {
      document.removeEventListener('click', closeMenu);
      document.removeEventListener('keydown', closeMenu);
    },
  };
}
