// The client reads the server's wire shapes (server/api/wire.ts) into its views without losing fields, and says which route failed.
import { describe, expect, it } from 'vitest';
import { ApiError, toDocument, toPath, toRun, toSavedQuery, toStatement } from '../../client/src/api.ts';
import type { DocumentResponse, Hop, SavedQueryView, StatementView, WireEdge, WireNode } from '../../server/api/wire.ts';

const node = (elementId: string, id: string, type: string, name: string): WireNode => ({ elementId, id, labels: ['Entity', type], properties: { id, name, type } });

describe('api normalizers', () => {
  it('reads a statement as the API sends it', () => {
    const wire: StatementView = {
      id: 's1', text: 'Only the fourth', kind: 'direct', cue: 'said', date: '2025-08-01', docId: 'doc-1', start: 10, end: 25, sentence: 3,
      speaker: { id: 'person:howard-lutnick', name: 'Howard Lutnick' }, about: [{ id: 'company:nvidia', name: 'Nvidia', type: 'Company' }],
      via: null, document: { id: 'doc-1', title: 'T', source: 'ForkLog', date: null, url: null },
    };
    expect(toStatement(wire)).toMatchObject({ id: 's1', start: 10, end: 25, sentence: 3, speaker: { name: 'Howard Lutnick' }, about: [{ id: 'company:nvidia' }], document: { source: 'ForkLog' } });
  });

  it('reads a path with its hops and evidence', () => {
    const a = node('1', 'policy:p', 'Policy', 'P');
    const b = node('2', 'chip:h20', 'Chip', 'H20');
    const edge: WireEdge = { elementId: 'r1', type: 'RESTRICTS', start: '1', end: '2', properties: { support: 2 } };
    const hop: Hop = { from: '1', to: '2', type: 'RESTRICTS', direction: 'forward', edge, evidence: 'P restricts the H20.', docId: 'd', start: 5, end: 25, document: null };
    const p = toPath({ nodes: [a, b], edges: [edge], length: 1, hops: [hop] })!;
    expect(p.hops).toEqual([{ from: '1', to: '2', type: 'RESTRICTS', direction: 'forward', edge, evidence: 'P restricts the H20.', docId: 'd', start: 5, end: 25 }]);
    expect(p.edges).toEqual([edge]);
  });

  it('reads a saved query and its typed parameters', () => {
    const wire = {
      id: 'who-said-what-about', name: 'Who said what', description: 'd', cypher: 'RETURN 1', view: 'table', tags: [], user: false,
      params: [{ name: 'about', type: 'entity', label: 'Entity', description: '', default: 'chip:h20' }, { name: 'limit', type: 'int', description: '', default: 200 }],
    } as unknown as SavedQueryView;
    expect(toSavedQuery(wire)!.params).toEqual([
      { name: 'about', type: 'entity', label: 'Entity', description: '', default: 'chip:h20', required: undefined },
      { name: 'limit', type: 'integer', label: undefined, description: '', default: 200, required: undefined },
    ]);
  });

  it('reads a document with its spans and drops malformed ones', () => {
    const wire: DocumentResponse = {
      id: 'd', title: null, source: 'S', url: null, date: null, language: 'en', text: 'abcdef', bodyStart: 0,
      spans: [{ start: 0, end: 2, kind: 'mention', ref: 'x:y', label: 'Y' }, { start: 4, end: 3, kind: 'statement', ref: 's', label: '' }],
    };
    const d = toDocument(wire);
    expect(d.title).toBe('d');
    expect(d.spans).toEqual([{ start: 0, end: 2, kind: 'mention', ref: 'x:y', label: 'Y' }]);
  });

  it('keeps only well-formed nodes and edges of a run', () => {
    const r = toRun({ columns: ['n'], rows: [{ n: 1 }], graph: { nodes: [node('1', 'a:b', 'Chip', 'B'), { nope: true }], edges: [] }, truncated: true, ms: 4 });
    expect(r.graph.nodes).toHaveLength(1);
    expect(r.truncated).toBe(true);
  });

  it('carries the server’s code and status on errors', () => {
    const e = new ApiError(400, 'query_syntax', 'bad');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.status, e.code]).toEqual(['ApiError', 400, 'query_syntax']);
  });
});
