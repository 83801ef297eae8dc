// Pure preparation of a whole graph before it reaches Cytoscape: degrees and thinned labels, set once in the element
// definitions, so that the canvas styles each element once instead of restyling it after every per-node write.
import type { EdgeData, NodeData } from './elements.ts';

export interface Def {
  group: 'nodes' | 'edges';
  data: NodeData | EdgeData;
  classes?: string;
}

/** Sets `data.deg` on every node: its edges in the batch, self-loops left out (as Cytoscape's `degree(false)`). */
export function withDegrees<T extends Def>(defs: T[]): T[] {
  const deg = new Map<string, number>();
  for (const d of defs) {
    if (d.group !== 'edges') continue;
    const { source, target } = d.data as EdgeData;
    if (source === target) continue;
    deg.set(source, (deg.get(source) ?? 0) + 1);
    deg.set(target, (deg.get(target) ?? 0) + 1);
  }
  for (const d of defs) if (d.group === 'nodes') d.data.deg = deg.get(d.data.id) ?? 0;
  return defs;
}

/** The ids of the `keep` best-connected nodes (ties keep their order), read from `data.deg`. */
export function topByDegree(defs: Def[], keep: number): Set<string> {
  const nodes = defs.filter((d) => d.group === 'nodes');
  // a stable sort, the same order Canvas.adaptLabels gets from Cytoscape's sort, so it finds nothing to change
  const ranked = nodes
    .map((d, i) => ({ id: d.data.id, deg: Number(d.data.deg ?? 0), i }))
    .sort((a, b) => b.deg - a.deg || a.i - b.i);
  return new Set(ranked.slice(0, keep).map((r) => r.id));
}

/** Marks every node outside the best-connected `keep` as `minor` (its label hidden until hovered or selected). */
export function thinLabels<T extends Def>(defs: T[], keep: number): T[] {
  const top = topByDegree(defs, keep);
  for (const d of defs) {
    if (d.group !== 'nodes' || top.has(d.data.id)) continue;
    d.classes = d.classes ? `${d.classes} minor` : 'minor';
  }
  return defs;
}
