// The side panel: one section per view with its tab, each rendered when first shown (or again when another panel asked
// it a new question), and the explore section's details, which follow the selection.
import { h } from './dom.ts';
import type { Ctx } from './panel-context.ts';
import type { View } from './state/url-state.ts';
import type { EdgeData } from './graph/elements.ts';
import { renderDetails, renderEdgeDetails } from './panels/details.ts';
import { renderStatementDetails } from './panels/statement-details.ts';
import { renderOverview } from './panels/start-view.ts';
import { renderQueries } from './panels/queries.ts';
import { renderSaid } from './panels/said.ts';
import { renderTrace } from './panels/trace.ts';

const VIEW_LABELS: Record<View, string> = {
  explore: 'Explore',
  said: 'Who said what',
  trace: 'Trace',
  queries: 'Queries',
};

export interface SidePanel {
  el: HTMLElement;
  /** The view tabs, for the header. */
  tabs: HTMLElement;
  /** Show a view's section: rendered when first shown, or again for a new topic, speaker or trace. */
  show(v: View): void;
  /** The explore section shows an entity's or a statement's details. */
  showDetails(key: string): void;
  showStatement(key: string): void;
  showEdge(edge: EdgeData, ends: Parameters<typeof renderEdgeDetails>[3]): void;
  /** The explore section shows the selected node's details, or the overview when nothing is selected. */
  showOverviewOrDetails(): void;
  /** The explore section counts as shown (its details were rendered while another view was on top). */
  markShown(v: View): void;
  /** The section is rendered anew the next time it is shown. */
  forget(v: View): void;
  isHidden(v: View): boolean;
}

/** `ctx` is asked for when a section renders: the explorer builds it around this panel. */
export function createSidePanel(ctx: () => Ctx): SidePanel {
  const sections: Record<View, HTMLElement> = {
    explore: h('section', { class: 'panel', id: 'panel-explore', role: 'tabpanel' }),
    said: h('section', { class: 'panel', id: 'panel-said', role: 'tabpanel', hidden: true }),
    trace: h('section', { class: 'panel', id: 'panel-trace', role: 'tabpanel', hidden: true }),
    queries: h('section', { class: 'panel', id: 'panel-queries', role: 'tabpanel', hidden: true }),
  };
  const rendered = new Set<View>();
  let detailCtrl: AbortController | undefined; // the explore section's current details: aborted when replaced
  const el = h('aside', { class: 'side', aria: { label: 'Panel' } }, ...Object.values(sections));

  const own = (c: AbortController) => {
    detailCtrl?.abort();
    detailCtrl = c;
  };
  /** Entity ids are `type:slug`; statements have their own ids and their own details. */
  const isStatementKey = (key: string) =>
    ctx().canvas.nodeByKey(key)?.data('type') === 'Statement' || !key.includes(':');

  const panel: SidePanel = {
    el,
    tabs: h(
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
            on: {
              // the store tells the explorer of a new view; the tab of the view on show renders it again
              click: () => (ctx().store.state.view === v ? panel.show(v) : ctx().store.showView(v)),
            },
          },
          VIEW_LABELS[v],
        ),
      ),
    ),
    show(v) {
      const c = ctx();
      for (const [k, s] of Object.entries(sections) as [View, HTMLElement][]) s.hidden = k !== v;
      for (const b of panel.tabs.querySelectorAll<HTMLButtonElement>('button[role=tab]'))
        b.setAttribute('aria-selected', String(b.dataset.view === v));
      const state = c.store.state;
      if (!rendered.has(v)) {
        rendered.add(v);
        if (v === 'explore') panel.showOverviewOrDetails();
        if (v === 'said') renderSaid(c, sections.said);
        if (v === 'trace') renderTrace(c, sections.trace);
        if (v === 'queries') renderQueries(c, sections.queries);
      } else if (v === 'said' && (state.topic || state.speaker)) {
        // a new topic or speaker was asked for from elsewhere (e.g. the details panel)
        renderSaid(c, sections.said);
      } else if (v === 'trace' && state.from) renderTrace(c, sections.trace);
    },
    showDetails(key) {
      if (isStatementKey(key)) panel.showStatement(key);
      else own(renderDetails(ctx(), sections.explore, key));
    },
    showStatement(key) {
      own(renderStatementDetails(ctx(), sections.explore, key));
    },
    showEdge(edge, ends) {
      detailCtrl?.abort();
      renderEdgeDetails(ctx(), sections.explore, edge.raw, ends);
    },
    showOverviewOrDetails() {
      const selected = ctx().store.state.selected;
      if (selected) panel.showDetails(selected);
      else own(renderOverview(ctx(), sections.explore));
    },
    markShown(v) {
      rendered.add(v);
    },
    forget(v) {
      rendered.delete(v);
    },
    isHidden(v) {
      return sections[v].hidden;
    },
  };
  return panel;
}
