// Trace: the shortest or all paths of up to k hops between two entities, drawn on the canvas, each hop with its evidence.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { nodeLabel } from '../graph/elements.ts';
import type { PathResult, WireNode } from '../wire-types.ts';
import { createPicker } from './entity-picker.ts';
import { count, quoted } from '../text.ts';

const PATH_LIMIT = 25; // paths listed for mode=all

export function renderTrace(ctx: Ctx, root: HTMLElement): void {
  const results = h('div', { class: 'trace-results' });
  const from = createPicker({
    label: 'From entity',
    placeholder: 'From… (e.g. Biden export rule)',
    keepText: true,
    onPick: (n) => ctx.store.setTrace({ from: String(n.id) }),
  });
  const to = createPicker({
    label: 'To entity',
    placeholder: 'To… (e.g. H20)',
    keepText: true,
    onPick: (n) => ctx.store.setTrace({ to: String(n.id) }),
  });
  const hops = h(
    'select',
    { aria: { label: 'Maximum hops' } },
    ...[1, 2, 3, 4, 5, 6].map((k) => h('option', { value: String(k) }, `≤ ${k} hops`)),
  );
  hops.value = String(ctx.store.state.hops ?? 4);
  const mode = h(
    'select',
    { aria: { label: 'Which paths' } },
    h('option', { value: 'shortest' }, 'Shortest'),
    h('option', { value: 'all' }, 'All'),
  );
  mode.value = ctx.store.state.mode ?? 'shortest';
  const go = h('button', { type: 'submit', class: 'primary' }, 'Trace');
  let ctrl: AbortController | undefined;

  const name = (nodes: WireNode[], elementId: string) => {
    const n = nodes.find((x) => x.elementId === elementId);
    return n ? nodeLabel(n) : elementId;
  };

  const showPath = (p: PathResult) => {
    ctx.canvas.markPath(
      p.nodes.map((n) => n.elementId),
      p.edges.map((e) => e.elementId),
    );
  };

  const run = async () => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) return replace(results, empty('Pick both ends from the suggestions.'));
    ctrl?.abort();
    ctrl = new AbortController();
    const k = Number(hops.value);
    const m = mode.value as 'shortest' | 'all';
    ctx.store.setTrace({ from: a, to: b, hops: k, mode: m });
    replace(results, loading('Tracing…'));
    try {
      const r = await api.paths(a, b, { maxHops: k, mode: m, limit: PATH_LIMIT }, ctrl.signal);
      if (!r.paths.length) return replace(results, empty(`No path of ${k} hops or fewer links these two.`));
      const nodes = r.paths.flatMap((p) => p.nodes);
      const edges = r.paths.flatMap((p) => p.edges);
      ctx.canvas.show({ nodes, edges });
      showPath(r.paths[0]);
      replace(
        results,
        h(
          'p',
          { class: 'meta' },
          `${count(r.paths.length, 'path')}${r.truncated ? ' (more exist)' : ''}, strongest evidence first; paths through a shared document only (co-mention) come last.`,
        ),
        h(
          'ol',
          { class: 'paths' },
          ...r.paths.map((p, i) =>
            h(
              'li',
              { class: p.coMention ? 'path co-mention' : 'path' },
              h(
                'button',
                { type: 'button', class: 'link', on: { click: () => showPath(p) } },
                `Path ${i + 1}: ${count(p.hops.length, 'hop')}`,
              ),
              p.coMention
                ? h(
                    'span',
                    {
                      class: 'badge co-mention',
                      title:
                        'Only a shared document links these: both are mentioned in it. No typed relationship was found.',
                    },
                    'co-mention only',
                  )
                : null,
              h(
                'ol',
                { class: 'hops' },
                ...p.hops.map((hop) =>
                  h(
                    'li',
                    { class: 'hop' },
                    // each hop in its stored direction: ← when the walk goes against the relationship
                    h(
                      'div',
                      { class: 'hop-head' },
                      name(p.nodes, hop.from),
                      h(
                        'span',
                        { class: 'rel' },
                        hop.direction === 'backward' ? ` ← ${hop.type} — ` : ` — ${hop.type} → `,
                      ),
                      name(p.nodes, hop.to),
                    ),
                    hop.evidence
                      ? h(
                          'button',
                          {
                            type: 'button',
                            class: 'link evidence-open',
                            title: 'Open the source with this sentence highlighted',
                            on: {
                              click: () => {
                                if (hop.docId)
                                  ctx.store.openDocument(
                                    hop.docId,
                                    hop.start !== null && hop.end !== null ? [hop.start, hop.end] : undefined,
                                  );
                              },
                            },
                          },
                          h('span', { class: 'quote' }, quoted(hop.evidence)),
                        )
                      : h('p', { class: 'meta' }, 'No evidence sentence recorded for this hop.'),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (e) {
      if ((e as Error).name !== 'AbortError') replace(results, errorBox(e));
    }
  };

  const form = h(
    'form',
    {
      class: 'trace-form',
      on: {
        submit: (e) => {
          e.preventDefault();
          void run();
        },
      },
    },
    from.el,
    to.el,
    h('div', { class: 'form-row' }, hops, mode, go),
  );
  replace(root, h('h2', {}, 'Trace a connection'), form, results);
  const fill = (p: typeof from, id: string | undefined) => {
    if (!id) return;
    p.set(id, id);
    api.entity(id).then(
      (d) => p.set(id, String(d.entity.properties.name ?? id)),
      () => {},
    );
  };
  fill(from, ctx.store.state.from);
  fill(to, ctx.store.state.to);
  if (ctx.store.state.from && ctx.store.state.to) void run();
  else replace(results, empty('Choose two entities, e.g. a policy and a chip.'));
}
