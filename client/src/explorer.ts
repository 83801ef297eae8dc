// The explorer shell: wires the header, the canvas with its toolbar and legend, the side panel, the document viewer
// and the URL to the view-state store. The state lives in the store; what changes it is in explorer-actions.ts.
import { api } from './api.ts';
import { h, replace } from './dom.ts';
import type { Ctx } from './panel-context.ts';
import { Canvas } from './graph/canvas.ts';
import { decodeState } from './state/url-state.ts';
import { createStore } from './state/store.ts';
import { syncUrl } from './state/url-sync.ts';
import { createSidePanel } from './side-panel.ts';
import { createActions } from './explorer-actions.ts';
import { createToolbar } from './canvas-toolbar.ts';
import { bindKeys } from './canvas-keys.ts';
import { createPicker } from './panels/entity-picker.ts';
import { createExpansionCard } from './panels/expansion.ts';
import { createLegend } from './panels/legend.ts';
import { createProvenance } from './panels/provenance.ts';
import { createUploader } from './panels/upload.ts';

export function startExplorer(root: HTMLElement): { kill(): void } {
  // the view state: read through `state`, changed only through the store's actions
  const store = createStore(decodeState(location.search));
  const state = store.state;

  // ---------- shell ----------
  const toastEl = h('div', { class: 'toast', role: 'status', aria: { live: 'polite' }, hidden: true });
  const cyEl = h('div', {
    id: 'cy',
    class: 'cy',
    tabindex: 0,
    aria: {
      label: 'Graph canvas. Arrow keys move the selection; Enter expands; P pins; C collapses; Delete hides; F fits.',
    },
  });
  const emptyEl = h(
    'div',
    { class: 'canvas-empty' },
    h('p', {}, 'Nothing on the canvas yet.'),
    h('p', { class: 'meta' }, 'Search an entity, click an actor in the overview, or run a saved query.'),
  );
  const busyEl = h('div', { class: 'canvas-busy', role: 'status', hidden: true }, 'Loading…');
  const side = createSidePanel(() => ctx);
  // Cytoscape measures its container when created, so the page skeleton goes in first
  const cyWrap = h('div', { class: 'cy-wrap' }, cyEl, emptyEl, busyEl);
  const stage = h('section', { class: 'stage', aria: { label: 'Graph' } }, cyWrap);
  replace(root, h('main', { class: 'layout' }, stage, side.el), toastEl);

  const toast = (msg: string, kind: 'info' | 'error' = 'info') => {
    toastEl.textContent = msg;
    toastEl.className = `toast ${kind}`;
    toastEl.hidden = false;
    window.setTimeout(() => {
      toastEl.hidden = true;
    }, 4000);
  };
  const busy = async <T>(label: string, p: Promise<T>): Promise<T> => {
    busyEl.textContent = label;
    busyEl.hidden = false;
    try {
      return await p;
    } finally {
      busyEl.hidden = true;
    }
  };

  const expansion = createExpansionCard();
  const provenance = createProvenance();
  provenance.onClose(() => store.closeDocument());

  const canvas: Canvas = new Canvas(cyEl, {
    onSelectNode: (d) => actions.selectNode(d),
    onSelectEdge: (d) => actions.selectEdge(d),
    onExpand: (d) => void actions.expandNode(d.key),
    onChange: () => {
      emptyEl.hidden = canvas.size > 0;
      legend.refresh();
      toolbar.refresh();
      url.write();
    },
  });
  const legend = createLegend(canvas);
  const url = syncUrl(store, { entities: () => canvas.keys(), selected: () => canvas.selectedKey() });
  const actions = createActions({ canvas, store, side, expansion, toast, busy });
  const ctx: Ctx = { canvas, store, toast, ...actions };

  // the explorer follows the store: the panel of a new view, the document asked for
  store.subscribe((s, change) => {
    if (change === 'view') side.show(s.view);
    else if (change === 'document' && s.doc) void provenance.open(s.doc, s.span);
  });

  // ---------- header ----------
  const search = createPicker({
    label: 'Search entities',
    placeholder: 'Search actors, chips, policies…  ( / )',
    onPick: (n) => void actions.showEntity(String(n.id ?? n.properties.id)),
  });
  search.el.classList.add('search');
  const share = h(
    'button',
    {
      type: 'button',
      title: 'Copy a link to this view',
      on: {
        click: async () => {
          const link = `${location.origin}${url.urlOf()}`;
          history.replaceState(null, '', link);
          try {
            await navigator.clipboard.writeText(link);
            toast('Link copied.');
          } catch {
            toast('The address bar holds the link to this view.');
          }
        },
      },
    },
    'Share',
  );
  const header = h(
    'header',
    { class: 'top' },
    h('a', { class: 'brand', href: '/' }, 'actorgraph'),
    search.el,
    side.tabs,
    share,
  );

  // ---------- adding documents (file picker and drop zone) ----------
  const uploader = createUploader(cyWrap, () => {
    toast('Documents added. The graph and the overview show them now.');
    if (!side.isHidden('explore') && !state.selected) side.showOverviewOrDetails();
    else side.forget('explore');
  });

  // ---------- toolbar ----------
  const toolbar = createToolbar({
    canvas,
    store,
    toast,
    expand: (key) => void actions.expandEntity(key),
    onClear: () => expansion.hide(),
    extra: [uploader.button],
  });

  stage.prepend(toolbar.el);
  cyWrap.append(legend.el, expansion.el, uploader.panel);
  root.prepend(header);
  root.append(provenance.dialog);
  canvas.cy.resize();

  const unbindKeys = bindKeys({
    canvas,
    cyEl,
    search: search.input,
    dialog: provenance.dialog,
    selectEntity: (key) => actions.selectEntity(key),
    expandNode: (key) => void actions.expandNode(key),
  });

  // ---------- restore the view from the URL ----------
  const restore = async () => {
    if (state.entities.length) {
      try {
        const r = await busy('Restoring the view…', api.subgraph(state.entities));
        canvas.show(r, { record: false });
        if (state.selected) {
          const n = canvas.nodeByKey(state.selected);
          if (n) canvas.select(n.id());
        }
      } catch (e) {
        toast(`Could not restore the canvas: ${(e as Error).message}`, 'error');
      }
    }
    side.show(state.view);
    url.write();
    if (state.view !== 'explore' && state.selected) {
      side.markShown('explore');
      side.showDetails(state.selected);
    }
    if (state.doc) void provenance.open(state.doc, state.span);
  };
  emptyEl.hidden = false;
  void restore().then(() => url.start());

  // Back and Forward: the URL of the entry names the panel and what it showed
  const onPopState = () => {
    const next = decodeState(location.search);
    const openDoc = state.doc;
    // what follows restores an entry; it is not a new one
    url.restoring(() => {
      store.replaceFromHistory({ ...next, view: state.view });
      if (next.view === state.view) side.show(next.view);
      else store.showView(next.view);
      url.write();
    });
    if (next.doc && next.doc !== openDoc) void provenance.open(next.doc, next.span);
    else if (!next.doc && provenance.dialog.open) provenance.dialog.close();
  };
  window.addEventListener('popstate', onPopState);

  // exposed for tests and the benchmark: the canvas, nothing else
  (window as unknown as { actorgraph: unknown }).actorgraph = { canvas };

  return {
    kill() {
      unbindKeys();
      window.removeEventListener('popstate', onPopState);
      toolbar.kill();
      url.kill();
      canvas.kill();
    },
  };
}
