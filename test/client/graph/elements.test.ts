// API nodes and relationships become Cytoscape elements keyed by elementId; dangling edges are left out.
import { describe, expect, it } from 'vitest';
import { edgeData, nodeData, nodeLabel, toElements } from '../../../client/src/graph/elements.ts';
import type { WireEdge, WireNode } from '../../../client/src/wire-types.ts';

const node = (elementId: string, id: string, labels: string[], props: Record<string, unknown> = {}): WireNode => ({
  elementId,
  id,
  labels,
  properties: { id, ...props },
});
const edge = (elementId: string, start: string, end: string, props: Record<string, unknown> = {}): WireEdge => ({
  elementId,
  type: 'MAKES',
  start,
  end,
  properties: props,
});

describe('elements', () => {
  it('takes the type from the `type` property, else the label other than Entity', () => {
    expect(nodeData(node('1', 'company:nvidia', ['Entity', 'Company'], { name: 'Nvidia', type: 'Company' })).type).toBe(
      'Company',
    );
    expect(nodeData(node('2', 's1', ['Statement'], { text: 'We will comply' })).type).toBe('Statement');
    expect(nodeData(node('3', 'chip:h20', ['Entity', 'Chip'])).type).toBe('Chip');
  });

  it('labels statements by their text and shortens long labels', () => {
    expect(nodeLabel(node('2', 's1', ['Statement'], { text: 'short' }))).toBe('“short”');
    expect(nodeLabel(node('2', 's1', ['Entity'], { name: 'x'.repeat(100) })).length).toBeLessThanOrEqual(42);
  });

  it('weights an edge by support, at least 1', () => {
    expect(edgeData(edge('e', '1', '2', { support: 4 })).support).toBe(4);
    expect(edgeData(edge('e', '1', '2')).support).toBe(1);
  });

  it('drops duplicates and edges whose ends are missing, but keeps edges to nodes already present', () => {
    const els = toElements(
      [node('1', 'a', ['Entity']), node('1', 'a', ['Entity']), node('2', 'b', ['Entity'])],
      [edge('e1', '1', '2'), edge('e2', '1', '9'), edge('e3', '2', '7')],
      (id) => id === '7',
    );
    expect(els.map((e) => e.data.id)).toEqual(['1', '2', 'e1', 'e3']);
  });
});
