// The start view: what is loaded, the most connected actors, and the latest statements.
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { lookOf } from '../graph/types.ts';
import { statementItem } from './statement-item.ts';
import { takeOverview } from './overview-data.ts';
import { renderCorrectionsList } from './correction-forms.ts';

/** Runs `fn` once the next frame has been painted (a frame callback runs before its paint; a task after it runs after). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function renderOverview(ctx: Ctx, root: HTMLElement): AbortController {
  const ctrl = new AbortController();
  const counts = h('p', { class: 'meta' }, loading('Reading the graph…'));
  const actors = h('div', {}, loading());
  const latest = h('div', {}, loading());
  const corrections = h('div', {});
  replace(
    root,
    h('h2', {}, 'Overview'),
    counts,
    h(
      'p',
      { class: 'hint' },
      'Search an actor above (press / to focus the box), or start from one of these. Double-click a node to expand it.',
    ),
    h('section', { class: 'sub' }, h('h3', {}, 'Most connected actors'), actors),
    h('section', { class: 'sub' }, h('h3', {}, 'Latest statements'), latest),
    h('section', { class: 'sub corrections-section' }, h('h3', {}, 'Corrections'), corrections),
  );
  renderCorrectionsList(ctx, corrections);
  const data = takeOverview(ctrl.signal);
  data.health.then(
    (hl) => {
      replace(
        counts,
        `${hl.counts.nodes.toLocaleString()} nodes, ${hl.counts.relationships.toLocaleString()} relationships in the ${hl.store.kind} store`,
      );
    },
    (e: Error) => {
      if (e.name !== 'AbortError') replace(counts, errorBox(e));
    },
  );
  data.actors.then(
    (r) => {
      if (!r.actors.length)
        return replace(
          actors,
          empty('The graph is empty. Load documents with npm run load, or drop files on the canvas.'),
        );
      replace(
        actors,
        h(
          'ol',
          { class: 'actors' },
          ...r.actors.map((row) => {
            const type = String(row.type ?? '');
            const sw = h('span', { class: 'swatch', aria: { hidden: 'true' } });
            sw.style.background = lookOf(type).colour;
            return h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'link actor',
                  type: 'button',
                  dataset: { id: String(row.id) },
                  on: { click: () => void ctx.showEntity(String(row.id)) },
                },
                sw,
                String(row.name ?? row.id),
              ),
              h('span', { class: 'meta' }, ` ${type} · ${row.degree} links`),
            );
          }),
        ),
      );
      // the first screen shows a graph: these actors and their typed links, when nothing else is on the canvas yet.
      // Drawn after the list has been painted: the list is readable and clickable while the layout runs.
      if (r.graph.nodes.length)
        void ctx.whenCanvas().then((canvas) =>
          afterPaint(() => {
            if (!canvas.size) canvas.show(r.graph, { record: false });
          }),
        );
    },
    (e: Error) => {
      if (e.name !== 'AbortError') replace(actors, errorBox(e));
    },
  );
  data.latest.then(
    (r) => {
      replace(
        latest,
        r.statements.length
          ? h(
              'ul',
              { class: 'statements' },
              ...r.statements.map((s) => statementItem(ctx, s, { showSpeaker: true, showAbout: true })),
            )
          : empty('No statements recorded.'),
      );
    },
    (e: Error) => {
      if (e.name !== 'AbortError') replace(latest, errorBox(e));
    },
  );
  return ctrl;
}
