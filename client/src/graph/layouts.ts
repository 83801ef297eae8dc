// The layouts the explorer offers, in one registry: force (fcose), concentric by degree, and left-to-right hierarchy.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export interface LayoutEntry {
  name: string;
  label: string;
  options(cy: Core, opts: { incremental: boolean }): LayoutOptions;
}

// nodes: above this fcose runs its spectral draft only. Its force refinement is super-linear: in headless Chromium
// without a GPU it took 1.5 s at 500 nodes and ~100 s at 2,000, against 0.2 s and 0.6 s for the draft.
const BIG = 300;

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
  options(cy, { incremental }) {
    const n = cy.nodes(':visible').length;
    return {
      name: 'fcose',
      quality: n > BIG ? 'draft' : 'default',
      randomize: !incremental,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: n < 400, // label-aware spacing is worth it only on small graphs
      nodeRepulsion: 6000,
      idealEdgeLength: 55,
      fixedNodeConstraint: cy.nodes('.pinned').map((node: NodeSingular) => ({ nodeId: node.id(), position: { ...node.position() } })),
    } as unknown as LayoutOptions;
  },
});

registerLayout({
  name: 'concentric',
  label: 'Concentric',
  options: () => ({
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
  options(cy) {
    const visible = cy.nodes(':visible');
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
