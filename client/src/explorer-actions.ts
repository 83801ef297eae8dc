// What the explorer does for the panels, the canvas and the keyboard: put entities on the canvas, expand them, select
// them and show their details. Every change of view state goes through the store's named actions.
import { api } from './api.ts';
import type { Ctx } from './panel-context.ts';
import type { Canvas } from './graph/canvas.ts';
import type { EdgeData, NodeData } from './graph/elements.ts';
import type { Store } from './state/store.ts';
import type { SidePanel } from './side-panel.ts';
import type { StatementView, WireNode } from './wire-types.ts';
import type { createExpansionCard } from './panels/expansion.ts';

const EXPAND_CAP = 25; // neighbours added per double-click; "show more" adds this many again
// Documents link to every entity they mention and are listed in the details panel; the canvas starts without them
// (the MENTIONED_IN entry of the expansion card adds them).
const EXPAND_LABELS = ['Entity', 'Statement'];

export interface ActionDeps {
  canvas: Canvas;
  store: Store;
  side: SidePanel;
  expansion: ReturnType<typeof createExpansionCard>;
  toast: Ctx['toast'];
  /** Shows a busy label on the canvas while `p` runs. */
  busy<T>(label: string, p: Promise<T>): Promise<T>;
}

export type Actions = Pick<Ctx, 'showEntity' | 'selectEntity' | 'expandEntity' | 'openStatement'> & {
  /** Expand a node: an entity's neighbours, or a statement's speaker, topics and document. */
  expandNode(key: string): Promise<void>;
  /** A node was clicked (null: the background). */
  selectNode(d: NodeData | null): void;
  /** An edge was clicked: a statement's link opens the statement; another edge its evidence. */
  selectEdge(d: EdgeData): void;
};

export function createActions({ canvas, store, side, expansion, toast, busy }: ActionDeps): Actions {
  /** Entity ids are `type:slug`; statements have their own ids. */
  const isStatementKey = (key: string) => canvas.nodeByKey(key)?.data('type') === 'Statement' || !key.includes(':');
  const spanOf = (p: Record<string, unknown>): [number, number] | undefined =>
    typeof p.start === 'number' && typeof p.end === 'number' ? [p.start, p.end] : undefined;

  const actions: Actions = {
    async showEntity(key) {
      try {
        const [d, nb] = await busy(
          'Loading…',
          Promise.all([api.entity(key), api.neighbors(key, { limit: EXPAND_CAP, labels: EXPAND_LABELS })]),
        );
        const hadNodes = canvas.size > 0;
        canvas.add({ nodes: [d.entity, ...nb.nodes], edges: nb.edges });
        store.noteExpanded(key, EXPAND_CAP);
        const n = canvas.nodeByKey(key);
        if (n) canvas.select(n.id(), { center: hadNodes });
        store.select(key);
        store.showView('explore');
        side.showDetails(key);
      } catch (e) {
        toast((e as Error).message, 'error');
      }
    },
    selectEntity(key) {
      const n = canvas.nodeByKey(key);
      if (n) canvas.select(n.id());
      store.select(key);
      store.showView('explore');
      side.showDetails(key);
    },
    async expandEntity(key, opts = {}) {
      const node = canvas.nodeByKey(key);
      const limit = opts.more ? store.expandLimit(key) + EXPAND_CAP : EXPAND_CAP;
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
        store.noteExpanded(key, limit);
        const name = String(canvas.nodeByKey(key)?.data('label') ?? key);
        expansion.show({
          name,
          added,
          shown: nb.nodes.length,
          truncated: nb.truncated,
          countsByType: nb.countsByType,
          onMore: () => void actions.expandEntity(key, { ...opts, more: true }),
          onType: (type, isLabel) => void actions.expandEntity(key, isLabel ? { labels: [type] } : { types: [type] }),
        });
      } catch (e) {
        toast((e as Error).message, 'error');
      }
    },
    async expandNode(key) {
      if (!isStatementKey(key)) return actions.expandEntity(key);
      try {
        const r = await busy('Expanding…', api.statement(key));
        canvas.add(r.graph, { around: canvas.nodeByKey(key)?.id() });
      } catch (e) {
        toast((e as Error).message, 'error');
      }
    },
    openStatement(s: StatementView) {
      if (!s.docId) return toast('This statement has no source document.', 'error');
      store.openDocument(s.docId, s.start !== null && s.end !== null ? [s.start, s.end] : undefined);
    },
    selectNode(d) {
      if (!d) {
        store.select(undefined);
        if (!side.isHidden('explore')) side.showOverviewOrDetails();
        return;
      }
      store.select(d.key);
      store.showView('explore');
      side.showDetails(d.key);
    },
    selectEdge(d) {
      store.showView('explore');
      // A statement's own links (who SAID it, what it is ABOUT, where it was REPORTED_IN, VIA whom) are sourced by the
      // statement: open it, and its words in its document.
      const stmt = [d.source, d.target]
        .map((id) => canvas.cy.getElementById(id))
        .find((n) => n.nonempty() && n.data('type') === 'Statement');
      if (stmt) {
        const raw = stmt.data('raw') as WireNode;
        store.select(stmt.data('key'));
        side.showStatement(stmt.data('key'));
        const p = raw.properties;
        if (typeof p.docId === 'string') store.openDocument(p.docId, spanOf(p));
        else
          void api.statement(stmt.data('key')).then(
            ({ statement: s }) => actions.openStatement(s as unknown as StatementView),
            (e: Error) => toast(e.message, 'error'),
          );
        return;
      }
      const name = (id: string) => String(canvas.cy.getElementById(id).data('label') ?? id);
      const key = (id: string) => String(canvas.cy.getElementById(id).data('key') ?? id);
      side.showEdge(d, { from: name(d.source), to: name(d.target), fromId: key(d.source), toId: key(d.target) });
      const p = d.raw.properties;
      if (typeof p.docId === 'string') store.openDocument(p.docId, spanOf(p));
    },
  };
  return actions;
}
