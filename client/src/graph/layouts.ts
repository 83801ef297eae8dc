// The layouts the explorer offers, in one registry: force (fcose), concentric by degree, and left-to-right hierarchy.
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { evenDensity, spreadOverlaps } from './spread.ts';

export interface LayoutEntry {
  name: string;
  label: string;
  /** `eles`: what the layout places (what the type filters leave on show). */
  options(cy: Core, opts: { incremental: boolean; eles: Collection }): LayoutOptions;
  /** Optional: adjusts the positions once the layout has run, and fits the view when it moved anything. */
  refine?(cy: Core, eles: Collection): void;
}

// nodes: above this fcose runs its spectral draft only. Its force refinement is quadratic on big graphs: the draft's
// dense core lies within one repulsion range, so its grid compares every pair (profiled: 50 iterations took 66 s at
// 2,000 nodes in headless Chromium, ~100 s for the full run, against ~0.4 s for the draft).
const BIG = 300;
const PADDING = 30; // px around a fitted graph

// Policies first, then the things they act on: the hierarchy roots at policies (else the most connected nodes).
const ROOT_TYPES = ['Policy', 'Organization', 'Country'];

const registry = new Map<string, LayoutEntry>();

export function registerLayout(entry: LayoutEntry): void {
  if (registry.has(entry.name)) throw new Error(`Layouts: \`${entry.name}\` is already registered`);
  registry.set(entry.name, entry);
}

export function layoutEntry(name: string): LayoutEntry {
  const e = registry.get(name);
  if (!e) throw new Error(`Layouts: unknown layout \`${name}\`. Expecting one of ${[...registry.keys()].join(', ')}.`);
  return e;
}

export function layoutNames(): LayoutEntry[] {
  return [...registry.values()];
}

registerLayout({
  name: 'force',
  label: 'Force',
  options(cy, { incremental, eles }) {
    const n = eles.nodes().length;
    return {
      name: 'fcose',
      quality: n > BIG ? 'draft' : 'default',
      randomize: !incremental,
      animate: false,
      fit: n <= BIG, // a draft is fitted once its overlaps are spread (refine)
      padding: PADDING,
      nodeDimensionsIncludeLabels: n < 400, // label-aware spacing is worth it only on small graphs
      nodeRepulsion: 6000,
      // the draft's spacing: 75 (fcose's default) packs a few thousand nodes into one overlapping blob; growing it with
      // √n keeps the fitted picture's density about the same, so nodes stay apart and the top labels readable
      nodeSeparation: Math.max(75, Math.round(5.5 * Math.sqrt(n))),
      idealEdgeLength: 55,
      fixedNodeConstraint: cy
        .nodes('.pinned')
        .map((node: NodeSingular) => ({ nodeId: node.id(), position: { ...node.position() } })),
    } as unknown as LayoutOptions;
  },
  refine(cy, eles) {
    const nodes = eles.nodes();
    if (nodes.length <= BIG) return;
    // the spectral draft packs most nodes into a dense core, some on one spot: even it out, then part what still
    // overlaps (pinned nodes stay where they are)
    const xs = new Float64Array(nodes.length);
    const ys = new Float64Array(nodes.length);
    const rs = new Float64Array(nodes.length);
    nodes.forEach((node, i) => {
      const p = node.position();
      xs[i] = p.x;
      ys[i] = p.y;
      rs[i] = node.width() / 2;
    });
    evenDensity(xs, ys, rs);
    spreadOverlaps(xs, ys, rs);
    cy.batch(() => {
      nodes.forEach((node, i) => {
        if (!node.locked()) node.position({ x: xs[i], y: ys[i] });
      });
    });
    cy.fit(eles, PADDING);
  },
});

registerLayout({
  name: 'concentric',
  label: 'Concentric',
  options: () =>
    ({
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 30,
      minNodeSpacing: 12,
      concentric: (node: NodeSingular) => node.degree(false),
      levelWidth: () => 3,
    }) as LayoutOptions,
});

registerLayout({
  name: 'hierarchy',
  label: 'Hierarchy',
  options(_cy, { eles }) {
    const visible = eles.nodes();
    // levels are distances from the roots, whatever the edge direction: a chip made IN_RESPONSE_TO a policy still sits
    // to the right of the policy
    let roots = visible.filter((n) => n.data('type') === ROOT_TYPES[0]);
    if (!roots.length) roots = visible.filter((n) => ROOT_TYPES.includes(n.data('type')));
    if (!roots.length) roots = visible.sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 1);
    return {
      name: 'breadthfirst',
      directed: false,
      roots,
      animate: false,
      fit: true,
      padding: 30,
      spacingFactor: 1.1,
      // breadthfirst lays out top-down; swapping the axes reads left to right, policy → product
      transform: (_node: NodeSingular, pos: { x: number; y: number }) => ({ x: pos.y * 1.6, y: pos.x * 0.7 }),
    } as unknown as LayoutOptions;
  },
});
