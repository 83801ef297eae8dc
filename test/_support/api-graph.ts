// The one hand-built test graph, in exactly the loader's shape (entities, documents with real text and offsets, statements,
// relations with provenance lists): the API tests and the saved-query tests run on it, and test/cypher/fixture-graph.test.ts
// holds its shape to a real load of the same documents.
import { ENTITY_CHANGES, type GraphStore, type Statement } from '../../core/graph-store.ts';
import { readSchemaDir } from '../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../core/project-paths.ts';
import { sourcedRelationsProperties } from '../../seed/write/relation-sources.ts';

interface EntitySpec {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  roles?: string[];
  kind?: string;
}

export const ENTITIES: EntitySpec[] = [
  {
    id: 'person:howard-lutnick',
    label: 'Person',
    name: 'Howard Lutnick',
    aliases: ['Lutnick', 'Secretary Lutnick'],
    roles: ['Commerce Secretary'],
  },
  { id: 'person:jensen-huang', label: 'Person', name: 'Jensen Huang', aliases: ['Huang'], roles: ['CEO of Nvidia'] },
  {
    id: 'person:donald-trump',
    label: 'Person',
    name: 'Donald Trump',
    aliases: ['Trump', 'President Trump'],
    roles: ['President'],
  },
  { id: 'person:jose-munoz', label: 'Person', name: 'José Muñoz', aliases: [] },
  { id: 'company:nvidia', label: 'Company', name: 'Nvidia', aliases: ['NVIDIA Corporation'] },
  { id: 'company:amd', label: 'Company', name: 'AMD', aliases: ['Advanced Micro Devices'] },
  { id: 'company:huawei', label: 'Company', name: 'Huawei' },
  {
    id: 'organization:commerce-department',
    label: 'Organization',
    name: 'Commerce Department',
    aliases: ['Department of Commerce'],
    kind: 'agency',
  },
  { id: 'organization:cnbc', label: 'Organization', name: 'CNBC', kind: 'media' },
  { id: 'country:china', label: 'Country', name: 'China' },
  { id: 'chip:h20', label: 'Chip', name: 'H20' },
  { id: 'chip:h100', label: 'Chip', name: 'H100' },
  { id: 'chip:mi308', label: 'Chip', name: 'MI308' },
  { id: 'chipfamily:hopper', label: 'ChipFamily', name: 'Hopper' },
  {
    id: 'policy:biden-administration-export-restrictions',
    label: 'Policy',
    name: 'Biden administration export restrictions',
    aliases: ['Biden export restrictions', 'export restrictions'],
  },
];

/** Each document's text; offsets of mentions, statements and evidence are found in it, so they are always right. */
export const DOCUMENTS = [
  {
    id: 'doc-1',
    title: 'Lutnick on chip sales to China',
    source: 'Example Wire',
    url: 'https://example.com/1',
    date: '2025-07-15',
    text:
      'Commerce Secretary Howard Lutnick spoke about Nvidia and China on Tuesday. ' +
      '"We don\'t sell them our best stuff," Lutnick said. ' +
      'The Biden export restrictions restrict the H20 and the MI308. ' +
      'Nvidia makes the H20.',
  },
  {
    id: 'doc-2',
    title: 'Huang says H20 is back',
    source: 'Example Daily',
    url: 'https://example.com/2',
    date: '2025-07-16',
    text:
      'Jensen Huang, who leads Nvidia, met with Donald Trump. ' +
      '"The H20 is a great chip for China," Huang told CNBC. ' +
      'Trump said Nvidia will pay to sell the H20. ' +
      'The H20 is a variant of the H100, which is based on Hopper.',
  },
];

/**
 * How many rows each built-in saved query returns on this graph with its defaults, counted by hand from the lists here
 * (40 co-mentioned pairs over the two documents, Nvidia's one chip, H20 cited by both documents, Lutnick's one
 * statement, the ten actors, five policy paths, three statements about the H20 …).
 */
export const BUILT_IN_ROWS: Record<string, number> = {
  'co-mentioned-entities': 40,
  'companies-affected-by-policy': 1,
  'company-chips': 1,
  'documents-citing-entity': 2,
  'everything-a-person-said': 1,
  'most-connected-actors': 10,
  'policy-trace': 5,
  'shortest-evidence-path': 1,
  'statements-about-two-entities': 1,
  'statements-over-time': 2,
  'who-said-what-about': 3,
};

/** [speaker, id, doc, quoted text, about, via] */
const STATEMENTS: [string, string, string, string, string[], string | null][] = [
  [
    'person:howard-lutnick',
    'st-1',
    'doc-1',
    "We don't sell them our best stuff",
    ['chip:h20', 'company:nvidia', 'country:china'],
    null,
  ],
  [
    'person:jensen-huang',
    'st-2',
    'doc-2',
    'The H20 is a great chip for China',
    ['chip:h20', 'country:china'],
    'organization:cnbc',
  ],
  ['person:donald-trump', 'st-3', 'doc-2', 'Nvidia will pay to sell the H20', ['company:nvidia', 'chip:h20'], null],
];

/** [from, type, to, doc, evidence sentence (found in the doc)] */
const RELATIONS: [string, string, string, string, string][] = [
  ['company:nvidia', 'MAKES', 'chip:h20', 'doc-1', 'Nvidia makes the H20.'],
  ['chip:h20', 'VARIANT_OF', 'chip:h100', 'doc-2', 'The H20 is a variant of the H100'],
  ['chip:h100', 'BASED_ON', 'chipfamily:hopper', 'doc-2', 'which is based on Hopper'],
  [
    'policy:biden-administration-export-restrictions',
    'RESTRICTS',
    'chip:h20',
    'doc-1',
    'The Biden export restrictions restrict the H20 and the MI308.',
  ],
  [
    'policy:biden-administration-export-restrictions',
    'RESTRICTS',
    'chip:mi308',
    'doc-1',
    'The Biden export restrictions restrict the H20 and the MI308.',
  ],
  ['person:jensen-huang', 'LEADS', 'company:nvidia', 'doc-2', 'Jensen Huang, who leads Nvidia'],
  [
    'person:jensen-huang',
    'MET_WITH',
    'person:donald-trump',
    'doc-2',
    'Jensen Huang, who leads Nvidia, met with Donald Trump.',
  ],
  [
    'person:howard-lutnick',
    'HOLDS_ROLE',
    'organization:commerce-department',
    'doc-1',
    'Commerce Secretary Howard Lutnick',
  ],
];

/** Names searched for in each document's text to make MENTIONED_IN spans. */
const MENTION_NAMES: Record<string, string[]> = {
  'person:howard-lutnick': ['Howard Lutnick', 'Lutnick'],
  'person:jensen-huang': ['Jensen Huang', 'Huang'],
  'person:donald-trump': ['Donald Trump', 'Trump'],
  'company:nvidia': ['Nvidia'],
  'company:amd': ['AMD'],
  'country:china': ['China'],
  'chip:h20': ['H20'],
  'chip:h100': ['H100'],
  'chip:mi308': ['MI308'],
  'chipfamily:hopper': ['Hopper'],
  'policy:biden-administration-export-restrictions': ['Biden export restrictions'],
  'organization:cnbc': ['CNBC'],
};

function spansOf(text: string, names: string[]): number[] {
  const spans: [number, number][] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // Word boundaries, and not inside a longer name already found ("Lutnick" in "Howard Lutnick").
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (spans.some(([s, e]) => at >= s && end <= e)) continue;
      spans.push([at, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]).flat();
}

function offsetIn(docId: string, fragment: string): { start: number; end: number } {
  const text = DOCUMENTS.find((d) => d.id === docId)!.text;
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`api-graph: "${fragment}" is not in ${docId}`);
  return { start, end: start + fragment.length };
}

export function apiGraphStatements(): Statement[] {
  const out: Statement[] = [];
  const mentions: { entity: string; doc: string; spans: number[]; names: string[]; roles: string[] }[] = [];
  for (const d of DOCUMENTS) {
    for (const [entity, names] of Object.entries(MENTION_NAMES)) {
      const spans = spansOf(d.text, names);
      // As the loader records it: the names this document gives the entity, and the roles it gives (a title written with the name).
      const given = [
        ...new Set(Array.from({ length: spans.length / 2 }, (_, i) => d.text.slice(spans[2 * i], spans[2 * i + 1]))),
      ].sort();
      const roles = (ENTITIES.find((e) => e.id === entity)?.roles ?? []).filter((r) => d.text.includes(`${r} `));
      if (spans.length) mentions.push({ entity, doc: d.id, spans, names: given, roles });
    }
  }
  const mentionCount = new Map<string, number>();
  for (const m of mentions) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + m.spans.length / 2);
  for (const e of ENTITIES) {
    const aliases = e.aliases ?? [];
    out.push({
      query: `CREATE (n:Entity:${e.label} {id: $id, name: $name, type: $type, aliases: $aliases, aliasText: $aliasText, roles: $roles, mentionCount: $mentionCount}) SET n.kind = $kind`,
      params: {
        id: e.id,
        name: e.name,
        type: e.label,
        aliases,
        aliasText: aliases.join(' | '),
        roles: e.roles ?? [],
        kind: e.kind ?? null,
        mentionCount: mentionCount.get(e.id) ?? 0,
      },
    });
  }
  for (const d of DOCUMENTS) {
    out.push({
      query:
        'CREATE (:Document {id: $id, title: $title, source: $source, url: $url, date: $date, language: $language, contentHash: $contentHash, text: $text, loadedAt: $loadedAt, relationFromIds: $relationFromIds, relationTypes: $relationTypes, relationToIds: $relationToIds})',
      params: {
        ...d,
        language: 'en',
        contentHash: `hash-${d.id}`,
        loadedAt: '2025-08-01T00:00:00Z',
        // The loader's bookkeeping: the typed relationships this document is a source of.
        ...sourcedRelationsProperties(
          RELATIONS.filter((r) => r[3] === d.id).map(([from, type, to]) => [from, type, to]),
        ),
      },
    });
  }
  out.push({
    query: `UNWIND $rows AS m MATCH (e:Entity {id: m.entity}), (d:Document {id: m.doc}) CREATE (e)-[:MENTIONED_IN {count: size(m.spans) / 2, spans: m.spans, names: m.names, roles: m.roles}]->(d)`,
    params: { rows: mentions },
  });
  STATEMENTS.forEach(([speaker, id, doc, text, about, via], sentence) => {
    const { start, end } = offsetIn(doc, text);
    const date = DOCUMENTS.find((d) => d.id === doc)!.date;
    out.push({
      query: `MATCH (sp:Entity {id: $speaker}), (d:Document {id: $doc})
              CREATE (sp)-[:SAID]->(s:Statement {id: $id, text: $text, kind: 'direct', cue: 'said', docId: $doc, start: $start, end: $end, sentence: $sentence, date: $date, speakerName: sp.name})-[:REPORTED_IN]->(d)
              WITH s UNWIND $about AS a MATCH (e:Entity {id: a}) CREATE (s)-[:ABOUT]->(e)`,
      params: { speaker, id, doc, text, start, end, sentence, date, about },
    });
    if (via)
      out.push({
        query: 'MATCH (s:Statement {id: $id}), (o:Organization {id: $via}) CREATE (s)-[:VIA]->(o)',
        params: { id, via },
      });
  });
  for (const [from, type, to, doc, evidence] of RELATIONS) {
    const { start, end } = offsetIn(doc, evidence);
    const p: Record<string, string | number> = {
      docId: doc,
      sentence: 0,
      start,
      end,
      evidence,
      confidence: 0.9,
      method: 'pattern',
    };
    if (type === 'HOLDS_ROLE') p.title = 'Commerce Secretary'; // the loader writes the title of a role
    out.push({
      query: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[r:${type}]->(b)
              SET r += $p, r.sourceDocIds = [$p.docId], r.sourceSentences = [0], r.sourceStarts = [$p.start], r.sourceEnds = [$p.end],
                  r.sourceEvidence = [$p.evidence], r.sourceMethods = [$p.method], r.sourceConfidences = [$p.confidence], r.support = 1`,
      params: { from, to, p },
    });
  }
  // as the loader does: the entities carry the version their write commits (ENTITY_CHANGES)
  out.push({ query: ENTITY_CHANGES.stamp, params: { ids: ENTITIES.map((e) => e.id) } });
  return out;
}

/** Applies the schema, then writes the graph in one transaction. */
export async function writeApiGraph(store: GraphStore): Promise<void> {
  await store.applySchema(readSchemaDir(SCHEMA_DIR));
  await store.writeBatch(apiGraphStatements());
}
