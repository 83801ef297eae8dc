// A whole graph is prepared before it reaches Cytoscape: degrees as Cytoscape counts them, and labels thinned to the hubs.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { toElements } from '../../../client/src/graph/elements.ts';
import { thinLabels, topByDegree, withDegrees, type Def } from '../../../client/src/graph/prepare.ts';
import type { WireEdge, WireNode } from '../../../client/src/wire-types.ts';

const node = (elementId: string): WireNode => ({
  elementId,
  id: elementId,
  labels: ['Entity'],
  properties: { name: elementId },
});
const edge = (elementId: string, start: string, end: string): WireEdge => ({
  elementId,
  type: 'MAKES',
  start,
  end,
  properties: {},
});

// a hub (h) with three spokes, a chain a–b, and a self-loop on b
const graph = () =>
  toElements(['a', 'h', 's1', 's2', 's3', 'b'].map(node), [
    edge('e1', 'h', 's1'),
    edge('e2', 'h', 's2'),
    edge('e3', 's3', 'h'),
    edge('e4', 'a', 'b'),
    edge('e5', 'b', 'b'),
  ]);

describe('prepare', () => {
  it('counts the degree of every node as Cytoscape’s degree(false) does, self-loops left out', () => {
    const defs = withDegrees(graph());
    const cy = cytoscape({ headless: true, elements: graph() });
    for (const d of defs.filter((x) => x.group === 'nodes'))
      expect(d.data.deg, d.data.id).toBe(cy.getElementById(d.data.id).degree(false));
    expect(defs.find((d) => d.data.id === 'h')!.data.deg).toBe(3);
  });

  it('keeps the best-connected nodes, ties in their original order', () => {
    const defs = withDegrees(graph());
    expect([...topByDegree(defs, 2)]).toEqual(['h', 'a']);
  });

  it('marks every other node minor, keeping classes it already had', () => {
    const defs: Def[] = withDegrees(graph());
    defs[0].classes = 'pinned';
    thinLabels(defs, 1);
    const classes = Object.fromEntries(
      defs.filter((d) => d.group === 'nodes').map((d) => [d.data.id, d.classes ?? '']),
    );
    expect(classes).toEqual({ a: 'pinned minor', h: '', s1: 'minor', s2: 'minor', s3: 'minor', b: 'minor' });
    expect(defs.filter((d) => d.group === 'edges').every((d) => d.classes === undefined)).toBe(true);
  });
});
