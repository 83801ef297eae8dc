// A small hand-built graph in exactly the shape the loader writes, so saved queries can be run and must return rows.
import type { GraphStore, Statement } from '../../core/graph-store.ts';

interface EntitySpec {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  roles?: string[];
  kind?: string;
}

const ENTITIES: EntitySpec[] = [
  { id: 'person:howard-lutnick', label: 'Person', name: 'Howard Lutnick', aliases: ['Lutnick'], roles: ['Commerce Secretary'] },
  { id: 'person:jensen-huang', label: 'Person', name: 'Jensen Huang', aliases: ['Huang'], roles: ['CEO of Nvidia'] },
  { id: 'person:donald-trump', label: 'Person', name: 'Donald Trump', aliases: ['Trump'], roles: ['President'] },
  { id: 'company:nvidia', label: 'Company', name: 'Nvidia', aliases: ['NVIDIA', 'Nvidia Corp'] },
  { id: 'company:amd', label: 'Company', name: 'AMD', aliases: ['Advanced Micro Devices'] },
  { id: 'company:huawei', label: 'Company', name: 'Huawei' },
  { id: 'organization:commerce-department', label: 'Organization', name: 'Commerce Department', kind: 'agency' },
  { id: 'organization:cnbc', label: 'Organization', name: 'CNBC', kind: 'media' },
  { id: 'country:china', label: 'Country', name: 'China' },
  { id: 'chip:h20', label: 'Chip', name: 'H20' },
  { id: 'chip:h100', label: 'Chip', name: 'H100' },
  { id: 'chip:mi308', label: 'Chip', name: 'MI308' },
  { id: 'chipfamily:hopper', label: 'ChipFamily', name: 'Hopper' },
  { id: 'policy:biden-administration-export-restrictions', label: 'Policy', name: 'Biden export restrictions' },
];

const DOCUMENTS = [
  { id: 'doc-1', title: 'Lutnick on chip sales to China', source: 'Example Wire', url: 'https://example.com/1', date: '2025-07-15' },
  { id: 'doc-2', title: 'Huang says H20 is back', source: 'Example Daily', url: 'https://example.com/2', date: '2025-07-16' },
];

/** [speaker, statement id, doc, text, about ids, via org or null] */
const STATEMENTS: [string, string, string, string, string[], string | null][] = [
  ['person:howard-lutnick', 'st-1', 'doc-1', "We don't sell them our best stuff, not our second best, not even our third best.", ['chip:h20', 'company:nvidia', 'country:china'], null],
  ['person:jensen-huang', 'st-2', 'doc-2', 'The H20 is a great chip for the Chinese market.', ['chip:h20', 'country:china'], 'organization:cnbc'],
  ['person:donald-trump', 'st-3', 'doc-2', 'Nvidia will pay us to sell the H20.', ['company:nvidia', 'chip:h20'], null],
];

/** [from, type, to] between entities; every one gets the same provenance fields the loader writes. */
const RELATIONS: [string, string, string][] = [
  ['company:nvidia', 'MAKES', 'chip:h20'],
  ['company:nvidia', 'MAKES', 'chip:h100'],
  ['company:amd', 'MAKES', 'chip:mi308'],
  ['chip:h20', 'VARIANT_OF', 'chip:h100'],
  ['chip:h100', 'BASED_ON', 'chipfamily:hopper'],
  ['chip:h20', 'BASED_ON', 'chipfamily:hopper'],
  ['policy:biden-administration-export-restrictions', 'RESTRICTS', 'chip:h20'],
  ['policy:biden-administration-export-restrictions', 'RESTRICTS', 'chip:mi308'],
  ['policy:biden-administration-export-restrictions', 'TARGETS', 'country:china'],
  ['policy:biden-administration-export-restrictions', 'TARGETS', 'company:huawei'],
  ['policy:biden-administration-export-restrictions', 'ISSUED_BY', 'organization:commerce-department'],
  ['person:jensen-huang', 'LEADS', 'company:nvidia'],
  ['person:howard-lutnick', 'LEADS', 'organization:commerce-department'],
  ['person:donald-trump', 'MET_WITH', 'person:jensen-huang'],
  ['company:huawei', 'BASED_IN', 'country:china'],
];

/** Entity → documents it is mentioned in, with a mention count. */
const MENTIONS: [string, string, number][] = [
  ['person:howard-lutnick', 'doc-1', 2],
  ['chip:h20', 'doc-1', 3],
  ['company:nvidia', 'doc-1', 2],
  ['country:china', 'doc-1', 1],
  ['person:jensen-huang', 'doc-2', 2],
  ['person:donald-trump', 'doc-2', 1],
  ['chip:h20', 'doc-2', 2],
  ['company:nvidia', 'doc-2', 1],
  ['country:china', 'doc-2', 1],
  ['policy:biden-administration-export-restrictions', 'doc-1', 1],
];

/** The write statements that build the graph; labels cannot be parameters, so they are spelled into the text. */
export function smallGraphStatements(): Statement[] {
  const out: Statement[] = [];
  const mentionCount = new Map<string, number>();
  for (const [id, , n] of MENTIONS) mentionCount.set(id, (mentionCount.get(id) ?? 0) + n);
  for (const e of ENTITIES) {
    const aliases = e.aliases ?? [];
    out.push({
      query: `CREATE (n:Entity:${e.label} {id: $id, name: $name, type: $type, aliases: $aliases, aliasText: $aliasText, roles: $roles, kind: $kind, mentionCount: $mentionCount})`,
      params: { id: e.id, name: e.name, type: e.label, aliases, aliasText: aliases.join(' | '), roles: e.roles ?? [], kind: e.kind ?? null, mentionCount: mentionCount.get(e.id) ?? 0 },
    });
  }
  for (const d of DOCUMENTS) {
    out.push({
      query: 'CREATE (:Document {id: $id, title: $title, source: $source, url: $url, date: $date, language: $language, contentHash: $contentHash, text: $text, loadedAt: $loadedAt})',
      params: { ...d, language: 'en', contentHash: `hash-${d.id}`, text: `${d.title}.`, loadedAt: '2025-08-01T00:00:00Z' },
    });
  }
  for (const [entity, doc, count] of MENTIONS) {
    out.push({
      query: 'MATCH (e:Entity {id: $entity}), (d:Document {id: $doc}) CREATE (e)-[:MENTIONED_IN {count: $count, spans: $spans}]->(d)',
      params: { entity, doc, count, spans: [0, 5] },
    });
  }
  for (const [speaker, id, doc, text, about, via] of STATEMENTS) {
    const date = DOCUMENTS.find((d) => d.id === doc)?.date ?? null;
    const speakerName = ENTITIES.find((e) => e.id === speaker)?.name ?? '';
    out.push({
      query: `MATCH (sp:Entity {id: $speaker}), (d:Document {id: $doc})
              CREATE (sp)-[:SAID]->(s:Statement {id: $id, text: $text, kind: 'direct', cue: 'said', docId: $doc, start: 0, end: 10, sentence: 0, date: $date, speakerName: $speakerName})-[:REPORTED_IN]->(d)`,
      params: { speaker, doc, id, text, date, speakerName },
    });
    for (const e of about) {
      out.push({ query: 'MATCH (s:Statement {id: $id}), (e:Entity {id: $e}) CREATE (s)-[:ABOUT]->(e)', params: { id, e } });
    }
    if (via) out.push({ query: 'MATCH (s:Statement {id: $id}), (o:Organization {id: $via}) CREATE (s)-[:VIA]->(o)', params: { id, via } });
  }
  for (const [from, type, to] of RELATIONS) {
    out.push({
      query: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
              CREATE (a)-[:${type} {docId: 'doc-1', sentence: 0, start: 0, end: 10, evidence: $evidence, confidence: 0.9, method: 'fixture', support: 1, sources: ['doc-1']}]->(b)`,
      params: { from, to, evidence: `${from} ${type} ${to}` },
    });
  }
  return out;
}

/** Writes the small graph into the store in one batch. */
export async function writeSmallGraph(store: GraphStore): Promise<void> {
  await store.writeBatch(smallGraphStatements());
}
