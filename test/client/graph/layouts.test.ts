// The force layout's options by graph size: full fcose on small graphs, a spectral draft spread with √n on big ones.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { layoutEntry } from '../../../client/src/graph/layouts.ts';

function ring(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}`, type: i % 2 ? 'Policy' : 'Company' },
  }));
  const edges = Array.from({ length: n }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}` },
  }));
  return cytoscape({ headless: true, elements: [...nodes, ...edges] });
}

const forceOf = (cy: cytoscape.Core, eles = cy.elements()) =>
  layoutEntry('force').options(cy, { incremental: false, eles }) as unknown as Record<string, unknown>;

describe('layouts', () => {
  it('runs the full force layout on a small graph and only the spread-out draft on a big one', () => {
    const small = forceOf(ring(40));
    expect(small.quality).toBe('default');
    expect(small.nodeSeparation).toBe(75);
    const big = forceOf(ring(2000));
    expect(big.quality).toBe('draft');
    expect(big.nodeSeparation as number).toBeGreaterThan(200);
    expect(big.nodeSeparation as number).toBeLessThan(forceOf(ring(5000)).nodeSeparation as number);
  });

  it('sizes the layout by the elements it is given, not by everything on the canvas', () => {
    const cy = ring(2000);
    expect(
      forceOf(
        cy,
        cy.elements().filter((e) => e.isNode() && Number(e.id().slice(1)) < 100),
      ).quality,
    ).toBe('default');
  });

  it('roots the hierarchy at the policies among the given elements', () => {
    const cy = ring(10);
    const opts = layoutEntry('hierarchy').options(cy, { incremental: false, eles: cy.elements() }) as unknown as {
      roots: cytoscape.NodeCollection;
    };
    expect(opts.roots.map((n) => n.data('type'))).toEqual(Array(5).fill('Policy'));
  });

  it('names the layout it does not know', () => {
    expect(() => layoutEntry('spiral')).toThrow(/unknown layout `spiral`/);
  });
});
