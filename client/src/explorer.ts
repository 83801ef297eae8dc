// The explorer shell: header with search and views, the canvas with its toolbar and legend, the side panel, and the URL state.
import { api } from './api.ts';
import { h, replace } from './dom.ts';
import type { Ctx } from './panel-context.ts';
import { Canvas } from './graph/canvas.ts';
import type { EdgeData, NodeData } from './graph/elements.ts';
import { layoutNames } from './graph/layouts.ts';
import { sceneOf, toSvg } from './graph/svg-export.ts';
import { decodeState, encodeState, type View, type ViewState } from './state/url-state.ts';
import { createStore } from './state/store.ts';
import type { StatementView, WireNode } from './wire-types.ts';
import { renderDetails, renderEdgeDetails } from './panels/details.ts';
import { renderStatementDetails } from './panels/statement-details.ts';
import { download } from './panels/download.ts';
import { createPicker } from './panels/entity-picker.ts';
import { createExpansionCard } from './panels/expansion.ts';
import { createLegend } from './panels/legend.ts';
import { renderOverview } from './panels/start-view.ts';
import { createProvenance } from './panels/provenance.ts';
import { renderQueries } from './panels/queries.ts';
import { renderSaid } from './panels/said.ts';
import { renderTrace } from './panels/trace.ts';
import { createUploader } from './panels/upload.ts';

const EXPAND_CAP = 25; // neighbours added per double-click; "show more" adds this many again
// Documents link to every entity they mention and are listed in the details panel; the canvas starts without them
// (the MENTIONED_IN entry of the expansion card adds them).
const EXPAND_LABELS = ['Entity', 'Statement'];
const URL_DEBOUNCE_MS = 250;

const VIEW_LABELS: Record<View, string> = {
  explore: 'Explore',
  said: 'Who said what',
  trace: 'Trace',
  queries: 'Queries',
};

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
  const side = h('aside', { class: 'side', aria: { label: 'Panel' } });
  const panels: Record<View, HTMLElement> = {
    explore: h('section', { class: 'panel', id: 'panel-explore', role: 'tabpanel' }),
    said: h('section', { class: 'panel', id: 'panel-said', role: 'tabpanel', hidden: true }),
    trace: h('section', { class: 'panel', id: 'panel-trace', role: 'tabpanel', hidden: true }),
    queries: h('section', { class: 'panel', id: 'panel-queries', role: 'tabpanel', hidden: true }),
  };
  const rendered = new Set<View>();
  side.append(...Object.values(panels));
  // Cytoscape measures its container when created, so the page skeleton goes in first
  const cyWrap = h('div', { class: 'cy-wrap' }, cyEl, emptyEl, busyEl);
  const stage = h('section', { class: 'stage', aria: { label: 'Graph' } }, cyWrap);
  replace(root, h('main', { class: 'layout' }, stage, side), toastEl);

  let detailCtrl: AbortController | undefined;
  let started = false; // the view restored from the URL is in place; later panel changes are history entries
  let urlTimer: number | undefined;
  const expandLimits = new Map<string, number>();

  /** The URL of the view: the store's state with what is on the canvas now. */
  const urlOf = (): string => {
    const now: ViewState = { ...state, entities: canvas.keys(), selected: canvas.selectedKey() ?? state.selected };
    return `${location.pathname}${encodeState(now)}`;
  };
  const writeUrl = () => {
    window.clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => {
      const url = urlOf();
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    }, URL_DEBOUNCE_MS);
  };
  // Every change of state is written to the URL; a change of panel the user made is a new history entry, so Back
  // returns to the previous panel instead of leaving the app (Back itself, 'history', is not).
  store.subscribe((_s, change) => {
    if (change === 'view' && started) {
      window.clearTimeout(urlTimer);
      history.pushState({ view: state.view }, '', urlOf());
    } else writeUrl();
  });

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

  const canvas = new Canvas(cyEl, {
    onSelectNode: (d: NodeData | null) => {
      if (!d) {
        store.select(undefined);
        if (!panels.explore.hidden) showOverviewOrDetails();
        return;
      }
      store.select(d.key);
      setView('explore');
      showDetails(d.key);
    },
    onSelectEdge: (d: EdgeData) => {
      setView('explore');
      detailCtrl?.abort();
      // A statement's own links (who SAID it, what it is ABOUT, where it was REPORTED_IN, VIA whom) are sourced by the
      // statement: open it, and its words in its document.
      const stmt = [d.source, d.target]
        .map((id) => canvas.cy.getElementById(id))
        .find((n) => n.nonempty() && n.data('type') === 'Statement');
      if (stmt) {
        const raw = stmt.data('raw') as WireNode;
        store.select(stmt.data('key'));
        detailCtrl = renderStatementDetails(ctx, panels.explore, stmt.data('key'));
        const p = raw.properties;
        if (typeof p.docId === 'string')
          openDocument(
            p.docId,
            typeof p.start === 'number' && typeof p.end === 'number' ? [p.start, p.end] : undefined,
          );
        else
          void api.statement(stmt.data('key')).then(
            ({ statement: s }) => ctx.openStatement(s as unknown as StatementView),
            (e: Error) => toast(e.message, 'error'),
          );
        return;
      }
      const name = (id: string) => String(canvas.cy.getElementById(id).data('label') ?? id);
      const key = (id: string) => String(canvas.cy.getElementById(id).data('key') ?? id);
      renderEdgeDetails(ctx, panels.explore, d.raw, {
        from: name(d.source),
        to: name(d.target),
        fromId: key(d.source),
        toId: key(d.target),
      });
      const p = d.raw.properties;
      if (typeof p.docId === 'string')
        openDocument(p.docId, typeof p.start === 'number' && typeof p.end === 'number' ? [p.start, p.end] : undefined);
    },
    onExpand: (d: NodeData) => void (d.type === 'Statement' ? expandStatement(d.key) : ctx.expandEntity(d.key)),
    onChange: () => {
      emptyEl.hidden = canvas.size > 0;
      legend.refresh();
      undoBtn.disabled = !canvas.canUndo;
      redoBtn.disabled = !canvas.canRedo;
      writeUrl();
    },
  });
  const legend = createLegend(canvas);

  /** Entity ids are `type:slug`; statements have their own ids and their own details. */
  const isStatementKey = (key: string) => canvas.nodeByKey(key)?.data('type') === 'Statement' || !key.includes(':');
  const showDetails = (key: string) => {
    detailCtrl?.abort();
    detailCtrl = isStatementKey(key)
      ? renderStatementDetails(ctx, panels.explore, key)
      : renderDetails(ctx, panels.explore, key);
  };
  const expandStatement = async (key: string) => {
    try {
      const r = await busy('Expanding…', api.statement(key));
      canvas.add(r.graph, { around: canvas.nodeByKey(key)?.id() });
    } catch (e) {
      toast((e as Error).message, 'error');
    }
  };
  const showOverviewOrDetails = () => {
    detailCtrl?.abort();
    if (state.selected) showDetails(state.selected);
    else detailCtrl = renderOverview(ctx, panels.explore);
  };

  const openDocument = (docId: string, span?: [number, number]) => {
    store.openDocument(docId, span);
    void provenance.open(docId, span);
  };

  /** Show a panel (the store records it; the subscriber above makes it a history entry). */
  const setView = (v: View) => {
    store.showView(v);
    for (const [k, el] of Object.entries(panels) as [View, HTMLElement][]) el.hidden = k !== v;
    for (const b of tabs.querySelectorAll<HTMLButtonElement>('button[role=tab]'))
      b.setAttribute('aria-selected', String(b.dataset.view === v));
    if (!rendered.has(v)) {
      rendered.add(v);
      if (v === 'explore') showOverviewOrDetails();
      if (v === 'said') renderSaid(ctx, panels.said);
      if (v === 'trace') renderTrace(ctx, panels.trace);
      if (v === 'queries') renderQueries(ctx, panels.queries);
    } else if (v === 'said' && (state.topic || state.speaker)) {
      // a new topic or speaker was asked for from elsewhere (e.g. the details panel)
      renderSaid(ctx, panels.said);
    } else if (v === 'trace' && state.from) renderTrace(ctx, panels.trace);
    writeUrl();
  };

  const ctx: Ctx = {
    canvas,
    store,
    setView,
    async showEntity(key) {
      try {
        const [d, nb] = await busy(
          'Loading…',
          Promise.all([api.entity(key), api.neighbors(key, { limit: EXPAND_CAP, labels: EXPAND_LABELS })]),
        );
        const hadNodes = canvas.size > 0;
        canvas.add({ nodes: [d.entity, ...nb.nodes], edges: nb.edges });
        expandLimits.set(key, EXPAND_CAP);
        const n = canvas.nodeByKey(key);
        if (n) canvas.select(n.id(), { center: hadNodes });
        store.select(key);
        setView('explore');
        showDetails(key);
      } catch (e) {
        toast((e as Error).message, 'error');
      }
    },
    selectEntity(key) {
      const n = canvas.nodeByKey(key);
      if (n) canvas.select(n.id());
      store.select(key);
      setView('explore');
      showDetails(key);
    },
    async expandEntity(key, opts = {}) {
      const node = canvas.nodeByKey(key);
      const limit = opts.more ? (expandLimits.get(key) ?? 0) + EXPAND_CAP : EXPAND_CAP;
      try {
        const nb = await busy(
          'Expanding…',
          api.neighbors(key, {
            limit,
            labels: opts.labels ?? (opts.types ? undefined : EXPAND_LABELS),
            types: opts.types,
          }),
        );
        let nodes: WireNode[] = nb.nodes;
        if (!node) nodes = [(await api.entity(key)).entity, ...nodes];
        const added = canvas.add({ nodes, edges: nb.edges }, { around: node?.id() });
        expandLimits.set(key, limit);
        const name = String(canvas.nodeByKey(key)?.data('label') ?? key);
        expansion.show({
          name,
          added,
          shown: nb.nodes.length,
          truncated: nb.truncated,
          countsByType: nb.countsByType,
          onMore: () => void ctx.expandEntity(key, { ...opts, more: true }),
          onType: (type, isLabel) => void ctx.expandEntity(key, isLabel ? { labels: [type] } : { types: [type] }),
        });
      } catch (e) {
        toast((e as Error).message, 'error');
      }
    },
    openDocument,
    openStatement(s: StatementView) {
      if (!s.docId) return toast('This statement has no source document.', 'error');
      openDocument(s.docId, s.start !== null && s.end !== null ? [s.start, s.end] : undefined);
    },
    toast,
  };

  // ---------- header ----------
  const search = createPicker({
    label: 'Search entities',
    placeholder: 'Search actors, chips, policies…  ( / )',
    onPick: (n) => void ctx.showEntity(String(n.id ?? n.properties.id)),
  });
  search.el.classList.add('search');
  const tabs = h(
    'nav',
    { class: 'tabs', role: 'tablist', aria: { label: 'Views' } },
    ...(Object.keys(VIEW_LABELS) as View[]).map((v) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          dataset: { view: v },
          aria: { selected: 'false', controls: `panel-${v}` },
          on: { click: () => setView(v) },
        },
        VIEW_LABELS[v],
      ),
    ),
  );
  const share = h(
    'button',
    {
      type: 'button',
      title: 'Copy a link to this view',
      on: {
        click: async () => {
          const url = `${location.origin}${urlOf()}`;
          history.replaceState(null, '', url);
          try {
            await navigator.clipboard.writeText(url);
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
    tabs,
    share,
  );

  // ---------- adding documents (file picker and drop zone) ----------
  const uploader = createUploader(cyWrap, () => {
    toast('Documents added. The graph and the overview show them now.');
    if (!panels.explore.hidden && !state.selected) showOverviewOrDetails();
    else rendered.delete('explore');
  });

  // ---------- toolbar ----------
  const selectedId = () => canvas.cy.nodes(':selected').map((n) => n.id());
  const layoutSel = h(
    'select',
    { aria: { label: 'Layout' }, on: { change: () => canvas.layout(layoutSel.value) } },
    ...layoutNames().map((l) => h('option', { value: l.name }, l.label)),
  );
  if (state.layout && layoutNames().some((l) => l.name === state.layout)) canvas.layoutName = state.layout;
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
  const toolbar = h(
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
        on: { click: onSelected((_id, key) => void ctx.expandEntity(key)) },
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
      { type: 'button', title: 'Hide the selected nodes (Delete)', on: { click: () => canvas.hide(selectedId()) } },
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
            expansion.hide();
          },
        },
      },
      'Clear',
    ),
    h('span', { class: 'sep' }),
    exportMenu,
    uploader.button,
  );

  stage.prepend(toolbar);
  cyWrap.append(legend.el, expansion.el, uploader.panel);
  root.prepend(header);
  root.append(provenance.dialog);
  canvas.cy.resize();

  // ---------- keyboard ----------
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement && t.closest('input, textarea, select, [contenteditable], .cm-editor') !== null;
  const onKey = (e: KeyboardEvent) => {
    if (typing(e.target) || provenance.dialog.open) return;
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === '/' && !mod) {
      e.preventDefault();
      search.input.focus();
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) canvas.redo();
      else canvas.undo();
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      canvas.redo();
    } else if (!mod && (e.target === cyEl || e.target === document.body)) {
      const sel = canvas.cy.nodes(':selected');
      if (e.key === 'f') canvas.fit();
      else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && canvas.size) {
        e.preventDefault();
        const nodes = canvas.cy
          .nodes(':visible')
          .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
          .toArray();
        const i = sel.nonempty() ? nodes.findIndex((n) => n.id() === sel.first().id()) : -1;
        const next = nodes[(i + (e.key === 'ArrowRight' ? 1 : nodes.length - 1)) % nodes.length] ?? nodes[0];
        canvas.select(next.id(), { center: true });
        ctx.selectEntity(next.data('key'));
        cyEl.focus();
      } else if (sel.nonempty()) {
        const key = sel.first().data('key') as string;
        if (e.key === 'Enter') void (isStatementKey(key) ? expandStatement(key) : ctx.expandEntity(key));
        else if (e.key === 'Delete' || e.key === 'Backspace') canvas.hide(selectedId());
        else if (e.key === 'p') canvas.togglePin(sel.first().id());
        else if (e.key === 'c') canvas.collapse(sel.first().id());
      }
    }
  };
  document.addEventListener('keydown', onKey);

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
    setView(state.view);
    if (state.view !== 'explore' && state.selected) {
      rendered.add('explore');
      showDetails(state.selected);
    }
    if (state.doc) void provenance.open(state.doc, state.span);
  };
  emptyEl.hidden = false;
  void restore().then(() => {
    started = true;
  });

  // Back and Forward: the URL of the entry names the panel and what it showed
  const onPopState = () => {
    const next = decodeState(location.search);
    const openDoc = state.doc;
    started = false; // what follows restores an entry; it is not a new one
    store.replaceFromHistory({ ...next, view: state.view });
    setView(next.view);
    started = true;
    if (next.doc && next.doc !== openDoc) void provenance.open(next.doc, next.span);
    else if (!next.doc && provenance.dialog.open) provenance.dialog.close();
  };
  window.addEventListener('popstate', onPopState);

  // exposed for tests and the benchmark: the canvas, nothing else
  (window as unknown as { actorgraph: unknown }).actorgraph = { canvas };

  return {
    kill() {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', closeMenu);
      document.removeEventListener('keydown', closeMenu);
      canvas.kill();
    },
  };
}
