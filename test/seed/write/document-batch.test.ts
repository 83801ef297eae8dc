// The write plan of one document, built without a store: what a new document writes, what a changed one removes
// first, how entities merge onto stored ones, what is refused with a warning, and how mention totals move.
import { describe, expect, it } from 'vitest';
import { buildDocumentBatch, mentionCountChanges, type PriorState } from '../../../seed/write/document-batch.ts';
import type { Analysis, Entity, Relation, Statement } from '../../../seed/analysis.ts';
import type { Resolution, StoredEntity } from '../../../seed/write/resolve-entities.ts';

const TEXT = 'Commerce Secretary Howard Lutnick said Nvidia makes the H20. "It is fine," Lutnick told CNBC.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length, text: s });

const provenance = (sentence: number, evidence: string) => ({
  docId: 'doc-a',
  sentence,
  start: TEXT.indexOf(evidence),
  end: TEXT.indexOf(evidence) + evidence.length,
  evidence,
  confidence: 0.8,
  method: 'pattern:test',
});

function entity(
  id: string,
  type: Entity['type'],
  name: string,
  mentions: string[],
  extra: Partial<Entity> = {},
): Entity {
  return {
    id,
    type,
    name,
    aliases: [],
    roles: [],
    mentions: mentions.map((m) => at(m, m === 'Lutnick' ? 40 : 0)),
    ...extra,
  };
}

const ENTITIES: Entity[] = [
  entity('person:howard-lutnick', 'Person', 'Howard Lutnick', ['Howard Lutnick', 'Lutnick'], {
    aliases: ['Lutnick'],
    roles: ['Commerce Secretary'],
  }),
  entity('company:nvidia', 'Company', 'Nvidia', ['Nvidia']),
  entity('chip:h20', 'Chip', 'H20', ['H20']),
  entity('organization:cnbc', 'Organization', 'CNBC', ['CNBC'], { kind: 'media' }),
];

const STATEMENT: Statement = {
  id: 'st-1',
  speaker: 'person:howard-lutnick',
  speakerName: 'Howard Lutnick',
  start: at('It is fine').start,
  end: at('It is fine').end,
  text: 'It is fine',
  kind: 'direct',
  cue: 'told',
  about: ['chip:h20', 'chip:h20'],
  via: 'organization:cnbc',
  provenance: provenance(1, '"It is fine," Lutnick told CNBC.'),
};

const MAKES: Relation = {
  from: 'company:nvidia',
  type: 'MAKES',
  to: 'chip:h20',
  provenance: provenance(0, 'Nvidia makes the H20.'),
};

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    doc: { id: 'doc-a', raw: TEXT, bodyStart: 0, bodyEnd: TEXT.length, title: 'A', date: '2025-07-15' },
    text: TEXT,
    toRaw: (o) => o,
    sentences: [],
    mentions: [],
    entities: ENTITIES,
    statements: [STATEMENT],
    relations: [MAKES],
    warnings: [],
    ...over,
  };
}

const NEW_DOCUMENT: PriorState = {
  existed: false,
  oldMentions: new Map(),
  remaining: new Map(),
  relations: new Map(),
  heads: new Map(),
};
const NOTHING_STORED: Resolution = { idMap: new Map(), stored: new Map() };
const META = { contentHash: 'hash-1', loadedAt: '2026-01-01T00:00:00.000Z' };

const queries = (b: { statements: { query: string }[] }) => b.statements.map((s) => s.query);
const paramsOf = (b: { statements: { query: string; params?: Record<string, unknown> }[] }, needle: string) =>
  b.statements.find((s) => s.query.includes(needle))?.params;

describe('buildDocumentBatch', () => {
  it('writes a new document, its entities (one statement per label), mentions, statement with its links and relationship, and removes nothing first', () => {
    const b = buildDocumentBatch(analysis(), NOTHING_STORED, NEW_DOCUMENT, META);
    expect(b.warnings).toEqual([]);
    expect([b.entities, b.statementsWritten, b.relationsWritten]).toEqual([4, 1, 1]);
    const q = queries(b);
    expect(q.some((x) => x.includes('DELETE'))).toBe(false);
    expect(q[0]).toBe('MERGE (d:Document {id: $id}) SET d = $props');
    expect(q.filter((x) => x.startsWith('UNWIND $rows AS r MERGE (e:Entity:'))).toEqual([
      'UNWIND $rows AS r MERGE (e:Entity:Person {id: r.id}) SET e += r.props',
      'UNWIND $rows AS r MERGE (e:Entity:Company {id: r.id}) SET e += r.props',
      'UNWIND $rows AS r MERGE (e:Entity:Organization {id: r.id}) SET e += r.props',
      'UNWIND $rows AS r MERGE (e:Entity:Chip {id: r.id}) SET e += r.props',
    ]);
    expect(paramsOf(b, 'CREATE (e)-[:SAID]->(st)')).toEqual({
      rows: [{ speaker: 'person:howard-lutnick', id: 'st-1' }],
    });
    // The statement names the H20 twice: one ABOUT.
    expect(paramsOf(b, 'CREATE (st)-[:ABOUT]->(e)')).toEqual({ rows: [{ entity: 'chip:h20', id: 'st-1' }] });
    expect(paramsOf(b, 'CREATE (st)-[:VIA]->(o)')).toEqual({ rows: [{ org: 'organization:cnbc', id: 'st-1' }] });
    const created = paramsOf(b, 'CREATE (a)-[x:MAKES]->(b)') as {
      rows: { from: string; to: string; props: Record<string, unknown> }[];
    };
    expect(created.rows).toHaveLength(1);
    expect(created.rows[0]).toMatchObject({ from: 'company:nvidia', to: 'chip:h20' });
    expect(created.rows[0].props).toMatchObject({
      docId: 'doc-a',
      evidence: 'Nvidia makes the H20.',
      sourceDocIds: ['doc-a'],
      support: 1,
    });
  });

  it('stores no null or undefined property, and the document text exactly as given', () => {
    const b = buildDocumentBatch(analysis(), NOTHING_STORED, NEW_DOCUMENT, META);
    const doc = paramsOf(b, 'MERGE (d:Document') as { props: Record<string, unknown> };
    expect(doc.props).toMatchObject({
      id: 'doc-a',
      title: 'A',
      date: '2025-07-15',
      text: TEXT,
      contentHash: 'hash-1',
      loadedAt: META.loadedAt,
    });
    expect(Object.keys(doc.props)).not.toContain('url');
    for (const s of b.statements) expect(JSON.stringify(s.params)).not.toContain('null');
  });

  it('records mentions as offset pairs with the names and roles this document gives each entity', () => {
    const b = buildDocumentBatch(analysis(), NOTHING_STORED, NEW_DOCUMENT, META);
    const rows = (
      paramsOf(b, 'CREATE (e)-[:MENTIONED_IN') as {
        rows: { id: string; count: number; spans: number[]; names: string[]; roles: string[] }[];
      }
    ).rows;
    const lutnick = rows.find((r) => r.id === 'person:howard-lutnick')!;
    expect(lutnick.count).toBe(2);
    expect(lutnick.spans).toEqual([
      at('Howard Lutnick').start,
      at('Howard Lutnick').end,
      at('Lutnick', 40).start,
      at('Lutnick', 40).end,
    ]);
    expect(lutnick.names).toEqual(['Howard Lutnick', 'Lutnick']);
    expect(lutnick.roles).toEqual(['Commerce Secretary']);
  });

  it("removes a changed document's old statements and mentions before anything else", () => {
    const prior: PriorState = { ...NEW_DOCUMENT, existed: true, oldMentions: new Map([['company:nvidia', 3]]) };
    const q = queries(buildDocumentBatch(analysis(), NOTHING_STORED, prior, META));
    expect(q.slice(0, 2)).toEqual([
      'MATCH (st:Statement {docId: $docId}) DETACH DELETE st',
      'MATCH (d:Document {id: $docId})<-[m:MENTIONED_IN]-(:Entity) DELETE m',
    ]);
  });

  it('merges an entity onto the stored one it resolves to: the stored name stays, aliases and roles gather', () => {
    const stored: StoredEntity = {
      id: 'person:howard-w-lutnick',
      type: 'Person',
      name: 'Howard W. Lutnick',
      aliases: ['Howard W. Lutnick'],
      roles: ['Cantor CEO'],
      mentionCount: 5,
    };
    const res: Resolution = {
      idMap: new Map([['person:howard-lutnick', stored.id]]),
      stored: new Map([[stored.id, stored]]),
    };
    const b = buildDocumentBatch(analysis(), res, NEW_DOCUMENT, META);
    const person = paramsOf(b, 'MERGE (e:Entity:Person') as { rows: { id: string; props: Record<string, unknown> }[] };
    expect(person.rows).toEqual([
      {
        id: stored.id,
        props: {
          id: stored.id,
          name: 'Howard W. Lutnick',
          type: 'Person',
          aliases: ['Howard Lutnick', 'Howard W. Lutnick', 'Lutnick'],
          aliasText: 'Howard Lutnick | Howard W. Lutnick | Lutnick',
          roles: ['Cantor CEO', 'Commerce Secretary'],
        },
      },
    ]);
    expect(paramsOf(b, 'CREATE (e)-[:SAID]->(st)')).toEqual({ rows: [{ speaker: stored.id, id: 'st-1' }] });
  });

  it('drops, with a warning each, an unknown entity type, a speaker or relation end that is no entity, a via that is no organization, an unknown relation type', () => {
    const a = analysis({
      entities: [...ENTITIES, { ...entity('thing:x', 'Person', 'X', []), type: 'Thing' as never }],
      statements: [{ ...STATEMENT, speaker: 'person:nobody', via: 'company:nvidia' }],
      relations: [MAKES, { ...MAKES, to: 'chip:missing' }, { ...MAKES, type: 'OWNS' as never }],
    });
    const b = buildDocumentBatch(a, NOTHING_STORED, NEW_DOCUMENT, META);
    expect(b.warnings).toEqual([
      'doc-a: entity thing:x has unknown type "Thing"; not written',
      'doc-a: statement st-1: speaker person:nobody is not an entity; written without SAID',
      'doc-a: statement st-1: via company:nvidia is not an organization; link dropped',
      'doc-a: relation company:nvidia MAKES chip:missing: chip:missing is not an entity; dropped',
      'doc-a: relation type "OWNS" is not a known type; dropped',
    ]);
    expect(queries(b).some((q) => q.includes(':SAID]') || q.includes(':VIA]'))).toBe(false);
    expect(b.relationsWritten).toBe(1);
  });

  it('writes the same statement id once', () => {
    const b = buildDocumentBatch(analysis({ statements: [STATEMENT, STATEMENT] }), NOTHING_STORED, NEW_DOCUMENT, META);
    expect(b.statementsWritten).toBe(1);
    expect((paramsOf(b, 'CREATE (st:Statement)') as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('deletes an entity the change leaves unconnected, but not one the new version still mentions', () => {
    const prior: PriorState = {
      ...NEW_DOCUMENT,
      existed: true,
      oldMentions: new Map([
        ['company:amd', 1],
        ['company:nvidia', 1],
      ]),
    };
    const b = buildDocumentBatch(analysis(), NOTHING_STORED, prior, META);
    expect(paramsOf(b, 'NOT (e)--() DELETE e')).toEqual({ ids: ['company:amd'] });
  });

  it('is pure: the same input gives the same batch', () => {
    expect(buildDocumentBatch(analysis(), NOTHING_STORED, NEW_DOCUMENT, META)).toEqual(
      buildDocumentBatch(analysis(), NOTHING_STORED, NEW_DOCUMENT, META),
    );
  });
});

describe('mentionCountChanges', () => {
  it('moves each total by the new count minus the old, in id order, with a zero change for entities without mentions', () => {
    const entities = new Map([
      ['b', { spans: [0, 1, 5, 6] }],
      ['c', { spans: [] }],
    ]);
    expect(
      mentionCountChanges(
        new Map([
          ['a', 3],
          ['b', 1],
        ]),
        entities,
      ),
    ).toEqual([
      { id: 'a', delta: -3 },
      { id: 'b', delta: 1 },
      { id: 'c', delta: 0 },
    ]);
  });
});
