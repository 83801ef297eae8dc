// Graph extraction from query results: nodes, relationships and paths anywhere in values, deduplicated, capped, no dangling edges.
import { describe, expect, it } from 'vitest';
import { extractGraph, toWireNode } from '../../../server/query-services/extract-graph.ts';
import type { GraphNode, GraphRelationship } from '../../../core/graph-store.ts';

const node = (n: number, labels = ['Entity']): GraphNode => ({
  elementId: `n:${n}`,
  id: `x:${n}`,
  labels,
  properties: { id: `x:${n}` },
});
const rel = (n: number, a: number, b: number): GraphRelationship => ({
  elementId: `e:${n}`,
  type: 'R',
  start: `n:${a}`,
  end: `n:${b}`,
  properties: {},
});

describe('extractGraph', () => {
  it('collects nodes and relationships from rows, lists, maps and paths, once each', () => {
    const g = extractGraph(
      [
        node(1),
        [node(1), node(2)],
        { inner: { deep: rel(1, 1, 2) } },
        { nodes: [node(2), node(3)], relationships: [rel(2, 2, 3)] },
        'text',
        3,
        null,
      ],
      100,
    );
    expect(g.nodes.map((n) => n.elementId)).toEqual(['n:1', 'n:2', 'n:3']);
    expect(g.edges.map((e) => e.elementId).sort()).toEqual(['e:1', 'e:2']);
    expect(g.truncated).toBe(false);
  });

  it('drops edges whose ends are not both in the graph', () => {
    const g = extractGraph([node(1), rel(1, 1, 2)], 100);
    expect(g.edges).toEqual([]);
  });

  it('caps the nodes and says so', () => {
    const g = extractGraph([node(1), node(2), node(3), rel(1, 1, 2), rel(2, 2, 3)], 2);
    expect(g.nodes).toHaveLength(2);
    expect(g.edges.map((e) => e.elementId)).toEqual(['e:1']);
    expect(g.truncated).toBe(true);
  });

  it('leaves a document’s text out of graph nodes but keeps its length', () => {
    const doc: GraphNode = {
      elementId: 'n:9',
      id: 'doc-1',
      labels: ['Document'],
      properties: { id: 'doc-1', text: 'abcdef' },
    };
    expect(toWireNode(doc).properties).toEqual({ id: 'doc-1', textLength: 6 });
    expect(extractGraph([doc], 10).nodes[0].properties.text).toBeUndefined();
  });

  it('leaves out the loader’s per-document relationship lists, and touches no other node', () => {
    const doc: GraphNode = {
      elementId: 'n:9',
      id: 'doc-1',
      labels: ['Document'],
      properties: { id: 'doc-1', title: 'T', relationFromIds: ['a'], relationTypes: ['MAKES'], relationToIds: ['b'] },
    };
    expect(toWireNode(doc).properties).toEqual({ id: 'doc-1', title: 'T' });
    const chip: GraphNode = {
      elementId: 'n:1',
      id: 'chip:h20',
      labels: ['Entity', 'Chip'],
      properties: { id: 'chip:h20', relationTypes: ['x'] },
    };
    expect(toWireNode(chip)).toBe(chip);
  });
});
