// Spreading a crowded drawing: even out its density around the centre, then push apart the nodes that still overlap.
// The spectral draft that big graphs get packs most nodes into a dense core (and stacks nodes with the same place in
// the graph on one spot) under a sparse rim; local pushes alone cannot open a core that is crowded on every side.

export interface SpreadOptions {
  sweeps?: number; // passes over all pairs of neighbouring nodes
  margin?: number; // model px left between two nodes
}

const DEFAULT_SWEEPS = 30; // enough to settle an evened-out draft of a few thousand nodes; stops once nothing overlaps
const DEFAULT_MARGIN = 8; // model px
const PACKING = 1.5; // disc area per node over the area of its box: room for the pushes that follow

/**
 * Moves the points in `xs`/`ys` (in place) so that circles of radius `rs` around them no longer overlap, aiming for
 * `margin` between them; stops after a sweep that found no overlap, or when `sweeps` run out. Returns how many
 * overlapping pairs the last sweep found (0: none is left).
 */
export function spreadOverlaps(xs: Float64Array, ys: Float64Array, rs: Float64Array, opts: SpreadOptions = {}): number {
  const n = xs.length;
  if (ys.length !== n || rs.length !== n)
    throw new Error('spreadOverlaps: `xs`, `ys` and `rs` must have the same length');
  const sweeps = opts.sweeps ?? DEFAULT_SWEEPS;
  const margin = opts.margin ?? DEFAULT_MARGIN;
  let maxR = 0;
  for (let i = 0; i < n; i++) maxR = Math.max(maxR, rs[i]);
  const cell = 2 * maxR + margin; // two nodes in cells that are not neighbours cannot overlap
  const cap = cell / 2; // the most one push moves a node: more would jump it past its neighbours
  const cellOf = new Int32Array(n * 2);
  let left = 0;
  for (let s = 0; s < sweeps; s++) {
    const grid = new Map<number, number[]>();
    const key = (cx: number, cy: number) => cx * 131071 + cy; // unique for |cx|, |cy| < 65535 cells
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i] / cell);
      const cy = Math.floor(ys[i] / cell);
      cellOf[2 * i] = cx;
      cellOf[2 * i + 1] = cy;
      const k = key(cx, cy);
      const bucket = grid.get(k);
      if (bucket) bucket.push(i);
      else grid.set(k, [i]);
    }
    left = 0;
    for (let i = 0; i < n; i++) {
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          const bucket = grid.get(key(cellOf[2 * i] + ox, cellOf[2 * i + 1] + oy));
          if (!bucket) continue;
          for (const j of bucket) {
            if (j <= i) continue; // each pair once
            let ux = xs[j] - xs[i];
            let uy = ys[j] - ys[i];
            const need = rs[i] + rs[j] + margin;
            const d2 = ux * ux + uy * uy;
            if (d2 >= need * need) continue;
            if (d2 < (need - margin) ** 2) left++; // only a real overlap counts: the margin is what the pushes aim for
            let d = Math.sqrt(d2);
            if (d < 1e-6) {
              // on the same spot: part them along a direction that differs per pair, so a stack fans out
              const a = (i * 2.399963 + j * 0.7) % (2 * Math.PI);
              ux = Math.cos(a);
              uy = Math.sin(a);
              d = 1;
            }
            // moved at once (not summed per sweep): a node in a crowd then settles instead of swinging between pushes
            const push = Math.min((need - Math.sqrt(d2)) / 2, cap) / d;
            xs[i] -= ux * push;
            ys[i] -= uy * push;
            xs[j] += ux * push;
            ys[j] += uy * push;
          }
        }
      }
    }
    if (!left) break;
  }
  return left;
}

/**
 * Moves the points radially (in place) so that they fill a disc at an even density, room enough for their sizes:
 * each keeps its angle around the centroid and its rank in distance from it, so what was near stays near.
 */
export function evenDensity(
  xs: Float64Array,
  ys: Float64Array,
  rs: Float64Array,
  opts: { margin?: number } = {},
): void {
  const n = xs.length;
  if (ys.length !== n || rs.length !== n) throw new Error('evenDensity: `xs`, `ys` and `rs` must have the same length');
  if (n < 2) return;
  const margin = opts.margin ?? DEFAULT_MARGIN;
  let cx = 0;
  let cy = 0;
  let area = 0;
  for (let i = 0; i < n; i++) {
    cx += xs[i] / n;
    cy += ys[i] / n;
    area += (2 * rs[i] + margin) ** 2;
  }
  const radius = Math.sqrt((area * PACKING) / Math.PI);
  const dist = new Float64Array(n);
  for (let i = 0; i < n; i++) dist[i] = Math.hypot(xs[i] - cx, ys[i] - cy);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dist[a] - dist[b]);
  // nodes on one spot (the draft stacks nodes with the same place in the graph) share an angle: they would land on one
  // ray, each a hair further out. Fan each stack out along its arc instead, one node width apart.
  const spacing = Math.sqrt(area / n); // a typical node's box, margin included
  const stacks = new Map<string, number[]>();
  for (const i of order) {
    const k = `${xs[i]},${ys[i]}`;
    const s = stacks.get(k);
    if (s) s.push(i);
    else stacks.set(k, [i]);
  }
  const fan = new Float64Array(n); // angle added to each node
  const rankOf = new Int32Array(n);
  order.forEach((i, rank) => void (rankOf[i] = rank));
  const radiusAt = (rank: number) => radius * Math.sqrt((rank + 0.5) / n); // equal area per rank: an even density
  for (const stack of stacks.values()) {
    if (stack.length < 2) continue;
    const arc = (stack.length * spacing) / Math.max(radiusAt(rankOf[stack[stack.length - 1]]), spacing);
    // a stack bigger than its ring (one near the centre) takes the whole ring: a sunflower, by the golden angle
    stack.forEach(
      (i, m) =>
        void (fan[i] =
          arc < 2 * Math.PI
            ? ((m - (stack.length - 1) / 2) * spacing) / Math.max(radiusAt(rankOf[i]), spacing)
            : m * 2.399963),
    );
  }
  for (const i of order) {
    const r = radiusAt(rankOf[i]);
    // a point on the centroid has no angle: give it one that differs per point (the golden angle)
    const a = (dist[i] > 1e-9 ? Math.atan2(ys[i] - cy, xs[i] - cx) : rankOf[i] * 2.399963) + fan[i];
    xs[i] = cx + r * Math.cos(a);
    ys[i] = cy + r * Math.sin(a);
  }
}
