// Spreading a crowded drawing: an even density around the centre, then no two nodes on each other.
import { describe, expect, it } from 'vitest';
import { evenDensity, spreadOverlaps } from '../../../client/src/graph/spread.ts';

function overlaps(xs: Float64Array, ys: Float64Array, rs: Float64Array): number {
  let k = 0;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) if (Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < rs[i] + rs[j]) k++;
  return k;
}

// a dense core under a sparse rim, as fcose's spectral draft draws a big graph, with a stack of nodes on one spot
function crowded(n: number) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n).fill(14);
  for (let i = 0; i < n; i++) {
    const a = i * 2.399963;
    const d = i < n / 10 ? 0 : ((i % 97) / 97) ** 3 * 400;
    xs[i] = 100 + d * Math.cos(a);
    ys[i] = 50 + d * Math.sin(a);
  }
  return { xs, ys, rs };
}

describe('spread', () => {
  it('leaves no node on another in a crowded drawing', () => {
    const { xs, ys, rs } = crowded(600);
    expect(overlaps(xs, ys, rs)).toBeGreaterThan(1000);
    evenDensity(xs, ys, rs);
    const left = spreadOverlaps(xs, ys, rs);
    expect(overlaps(xs, ys, rs)).toBe(0);
    expect(left).toBeLessThan(5); // what the last sweep found, and then parted
  });

  it('keeps each node’s direction from the centre and the order of distances', () => {
    const { xs, ys, rs } = crowded(300);
    const cx = xs.reduce((a, b) => a + b) / xs.length;
    const cy = ys.reduce((a, b) => a + b) / ys.length;
    const far = 299; // on the rim, not on the stacked spot
    const near = 150;
    const angle = Math.atan2(ys[far] - cy, xs[far] - cx);
    const nearer = Math.hypot(xs[near] - cx, ys[near] - cy) < Math.hypot(xs[far] - cx, ys[far] - cy);
    evenDensity(xs, ys, rs);
    expect(Math.atan2(ys[far] - cy, xs[far] - cx)).toBeCloseTo(angle, 9);
    expect(Math.hypot(xs[near] - cx, ys[near] - cy) < Math.hypot(xs[far] - cx, ys[far] - cy)).toBe(nearer);
  });

  it('does not move nodes that already stand apart', () => {
    const xs = Float64Array.from([0, 100, 200]);
    const ys = Float64Array.from([0, 0, 0]);
    const rs = Float64Array.from([10, 10, 10]);
    expect(spreadOverlaps(xs, ys, rs)).toBe(0);
    expect([...xs]).toEqual([0, 100, 200]);
  });

  it('rejects coordinates and radii of different lengths', () => {
    expect(() => spreadOverlaps(new Float64Array(2), new Float64Array(2), new Float64Array(1))).toThrow(/same length/);
    expect(() => evenDensity(new Float64Array(2), new Float64Array(1), new Float64Array(2))).toThrow(/same length/);
  });
});
