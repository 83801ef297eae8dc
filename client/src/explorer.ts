// The explorer shell: wires the header, the canvas with its toolbar and legend, the side panel, the document viewer
// and the URL to the view-state store. The state lives in the store; what changes it is in explorer-actions.ts.
import { api } from './api.ts';
import { h } from './dom.ts';
import type { Ctx } from './panel-context.ts';
import type { Canvas } from './graph/canvas.ts';
import { decodeState } from './state/url-state.ts';
import { createStore } from './state/store.ts';
import { syncUrl } from './state/url-sync.ts';
import { createSidePanel } from './side-panel.ts';
import { createPageShell } from './page-shell.ts';
import { createActions, type Actions } from './explorer-actions.ts';
import { createToolbar } from './canvas-toolbar.ts';
import { bindKeys } from './canvas-keys.ts';
import { createPicker } from './panels/entity-picker.ts';
import { createExpansionCard } from './panels/expansion.ts';
import { createLegend } from './panels/legend.ts';
import { createProvenance } from './panels/provenance.ts';
import { createUploader } from './panels/upload.ts';

export function startExplorer(root: HTMLElement): { kill(): void } {
  // The graph library is most of the explorer's code: its chunk (preloaded by index.html) is compiled while the shell
  // and the start view are put up, so the overview is listed before the canvas exists. What needs the canvas waits.
  const canvasChunk = import('./graph/canvas.ts');
  // the view state: read through `state`, changed only through the store's actions
  const store = createStore(decodeState(location.search));
  const state = store.state;

  // ---------- shell ----------
  const side = createSidePanel(() => ctx);
  const { stage, cyWrap, cyEl, emptyEl, toast, busy } = createPageShell(root, side.el);

  const expansion = createExpansionCard();
  const provenance = createProvenance();
  provenance.onClose(() => store.closeDocument());

  let canvas: Canvas | undefined;
  let actions: Actions | undefined;
  let killed = false;
  let arrived!: (a: Actions) => void;
  const ready = new Promise<Actions>((resolve) => {
    arrived = resolve;
  });
  /** Runs `fn` now when the canvas is there, else once it is. */
  const withActions = (fn: (a: Actions) => void) => {
    if (actions) fn(actions);
    else void ready.then(fn);
  };
  const url = syncUrl(store, { entities: () => canvas?.keys() ?? [], selected: () => canvas?.selectedKey() });
  const ctx: Ctx = {
    get canvas(): Canvas {
      if (!canvas) throw new Error('The graph is still loading. Try again in a moment.');
      return canvas;
    },
    whenCanvas: () => ready.then(() => canvas!),
    store,
    toast,
    showEntity: async (key) => (await ready).showEntity(key),
    expandEntity: async (key, opts) => (await ready).expandEntity(key, opts),
    selectEntity: (key) => withActions((a) => a.selectEntity(key)),
    openStatement: (s) => withActions((a) => a.openStatement(s)),
  };

  // the explorer follows the store: the panel of a new view, the document asked for
  store.subscribe((s, change) => {
    if (change === 'view') withActions(() => side.show(store.state.view));
    else if (change === 'document' && s.doc) void provenance.open(s.doc, s.span);
  });

  // ---------- header ----------
  const search = createPicker({
    label: 'Search entities',
    placeholder: 'Search actors, chips, policies…  ( / )',
    onPick: (n) => void ctx.showEntity(String(n.id ?? n.properties.id)),
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
    canvas: () => canvas,
    store,
    toast,
    expand: (key) => void ctx.expandEntity(key),
    onClear: () => expansion.hide(),
    extra: [uploader.button],
  });

  stage.prepend(toolbar.el);
  cyWrap.append(expansion.el, uploader.panel);
  root.prepend(header);
  root.append(provenance.dialog);

  const unbindKeys = bindKeys({
    canvas: () => canvas,
    cyEl,
    search: search.input,
    dialog: provenance.dialog,
    selectEntity: (key) => ctx.selectEntity(key),
    expandNode: (key) => withActions((a) => void a.expandNode(key)),
  });

  // ---------- the canvas, once the graph library is there ----------
  const attachCanvas = async (): Promise<Canvas> => {
    const { Canvas } = await canvasChunk;
    // Cytoscape measures its container when created: the page skeleton is in place by now
    const c: Canvas = new Canvas(cyEl, {
      onSelectNode: (d) => a.selectNode(d),
      onSelectEdge: (d) => a.selectEdge(d),
      onExpand: (d) => void a.expandNode(d.key),
      onChange: () => {
        emptyEl.hidden = c.size > 0;
        legend.refresh();
        toolbar.refresh();
        url.write();
      },
    });
    const legend = createLegend(c);
    const a = createActions({ canvas: c, store, side, expansion, toast, busy });
    cyWrap.append(legend.el);
    canvas = c;
    actions = a;
    toolbar.attach();
    // exposed for tests and the benchmark: the canvas, nothing else
    (window as unknown as { actorgraph: unknown }).actorgraph = { canvas: c };
    arrived(a);
    return c;
  };

  // ---------- restore the view from the URL ----------
  const restore = async () => {
    // the start view's overview needs no canvas: it is listed while the graph library loads
    if (state.view === 'explore' && !state.selected && !state.entities.length) side.show('explore');
    const canvas = await attachCanvas();
    if (killed) return;
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

  return {
    kill() {
      killed = true;
      unbindKeys();
      window.removeEventListener('popstate', onPopState);
      toolbar.kill();
      url.kill();
      canvas?.kill();
    },
  };
}
