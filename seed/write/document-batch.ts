// Builds the parameterized Cypher batch that writes one analyzed document: pure, so the plan can be tested without a store.
import { ENTITY_CHANGES, type PlainValue, type Statement as CypherStatement } from '../../core/graph-store.ts';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/graph-model.ts';
import type { Analysis, Entity, Relation } from '../analysis.ts';
import { sortedUnion, type NameShare } from './entity-names.ts';
import {
  SOURCE_LIST_KEYS,
  appendDocumentSources,
  relationKey,
  replaceDocumentSources,
  sourcedRelationsProperties,
  stateToProperties,
  type RelationHead,
  type RelationState,
  type SourceAppend,
} from './relation-sources.ts';
import type { Resolution, StoredEntity } from './resolve-entities.ts';

/** What the store holds of this document and of the relationships the batch touches, read just before. */
export interface PriorState {
  /** The document was in the store: its previous version's facts are to be removed. */
  existed: boolean;
  /** Entities that had a MENTIONED_IN to the previous version of the document, with that mention's count. */
  oldMentions: Map<string, number>;
  /**
   * Entities whose stored aliases or roles lose what only the previous version gave (see withdrawal), with what
   * remains of them: the new version's share is added to that instead of to the stored lists.
   */
  remaining: Map<string, { aliases: string[]; roles: string[] }>;
  /** Relationships with a source in the previous version, plus those the new version adds to, by relationKey. */
  relations: Map<string, RelationState>;
  /**
   * For a document new to the store, the stored relationships it adds to, read without their source lists
   * (by relationKey): its sources are spliced in by the store. A key is in `relations` or here, not both.
   */
  heads: Map<string, RelationHead>;
}

export interface DocumentBatch {
  statements: CypherStatement[];
  warnings: string[];
  entities: number;
  statementsWritten: number;
  relationsWritten: number;
  /** Every entity the batch writes, with the aliases it will have: what an alias index records once it commits. */
  entityAliases: { id: string; aliases: string[] }[];
}

/** Drops null and undefined values: a missing fact is an absent property, never a stored null. */
function compact(o: Record<string, PlainValue | undefined>): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

interface MergedEntity {
  id: string;
  type: EntityLabel;
  props: Record<string, PlainValue>;
  spans: number[];
  /** This document's share of the entity's names and roles, recorded on its MENTIONED_IN. */
  share: NameShare;
}

/** Folds the document's entities (several may resolve to one id) onto what the store holds of them. */
function mergeEntities(
  entities: Entity[],
  res: Resolution,
  remaining: PriorState['remaining'],
  warn: (m: string) => void,
): Map<string, MergedEntity> {
  const byId = new Map<
    string,
    {
      type: EntityLabel;
      names: string[];
      aliases: string[];
      roles: string[];
      description?: string;
      kind?: string;
      spans: [number, number][];
    }
  >();
  for (const e of entities) {
    if (!(ENTITY_LABELS as readonly string[]).includes(e.type)) {
      warn(`entity ${e.id} has unknown type ${JSON.stringify(e.type)}; not written`);
      continue;
    }
    const id = res.idMap.get(e.id) ?? e.id;
    const acc = byId.get(id) ?? { type: e.type, names: [], aliases: [], roles: [], spans: [] };
    acc.names.push(e.name);
    acc.aliases.push(...e.aliases);
    acc.roles.push(...e.roles);
    acc.description ??= e.description;
    acc.kind ??= e.kind;
    for (const m of e.mentions) acc.spans.push([m.start, m.end]);
    byId.set(id, acc);
  }
  const out = new Map<string, MergedEntity>();
  for (const [id, acc] of byId) {
    const old: StoredEntity | undefined = res.stored.get(id);
    // Stored aliases and roles hold every document's share, less what only this document's old version gave.
    const others = remaining.get(id) ?? { aliases: old?.aliases ?? [], roles: old?.roles ?? [] };
    const share = { names: sortedUnion(acc.names, acc.aliases), roles: sortedUnion(acc.roles) };
    const aliases = sortedUnion(others.aliases, share.names);
    const spans = [...new Map(acc.spans.map((s) => [`${s[0]}:${s[1]}`, s])).values()].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1],
    );
    out.set(id, {
      id,
      type: acc.type,
      spans: spans.flat(),
      share,
      props: compact({
        id,
        name: old?.name || acc.names[0],
        type: acc.type,
        aliases,
        aliasText: aliases.join(' | '),
        roles: sortedUnion(others.roles, share.roles),
        description: old?.description ?? acc.description,
        kind: acc.type === 'Organization' ? (old?.kind ?? acc.kind) : undefined,
      }),
    });
  }
  return out;
}

/**
 * How each touched entity's mentionCount moves: this document's new mention count minus its previous one. Adding
 * the difference keeps mentionCount equal to the sum over the entity's MENTIONED_IN counts (each write is one
 * transaction) without reading them all: summing them walks every mention of a popular entity, for every document.
 * Entities of the document with no mention get a zero change, so their mentionCount exists.
 */
export function mentionCountChanges(
  oldMentions: Map<string, number>,
  entities: Map<string, { spans: number[] }>,
): { id: string; delta: number }[] {
  const delta = new Map<string, number>();
  for (const [id, count] of oldMentions) delta.set(id, -count);
  for (const [id, e] of entities) delta.set(id, (delta.get(id) ?? 0) + e.spans.length / 2);
  return [...delta].map(([id, d]) => ({ id, delta: d })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The whole batch for one document: remove the previous version's statements and mentions, write the document,
 * its entities, mentions, statements and its share of every typed relationship, then recount mentions and drop
 * entities the change left with no relationship at all.
 */
export function buildDocumentBatch(
  a: Analysis,
  res: Resolution,
  prior: PriorState,
  meta: { contentHash: string; loadedAt: string },
): DocumentBatch {
  const doc = a.doc;
  const docId = doc.id;
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(`${docId}: ${m}`);
  const entities = mergeEntities(a.entities, res, prior.remaining, warn);
  const known = (id: string): string | null => {
    const mapped = res.idMap.get(id) ?? id;
    return entities.has(mapped) || res.stored.has(mapped) ? mapped : null;
  };
  const s: CypherStatement[] = [];

  // 1. The previous version's own facts go first; relationships are rewritten below from their computed state.
  // A new document has none, and the match starts at the document: from the entity side it walks every mention.
  if (prior.existed) {
    s.push({ query: 'MATCH (st:Statement {docId: $docId}) DETACH DELETE st', params: { docId } });
    s.push({ query: 'MATCH (d:Document {id: $docId})<-[m:MENTIONED_IN]-(:Entity) DELETE m', params: { docId } });
  }

  // 2. The document; the keys of the relationships it is a source of are added to its properties in step 6.
  const docProps = compact({
    id: docId,
    title: doc.title,
    source: doc.source,
    url: doc.url,
    date: doc.date,
    language: doc.language,
    contentHash: meta.contentHash,
    text: doc.raw,
    loadedAt: meta.loadedAt,
  });
  s.push({ query: 'MERGE (d:Document {id: $id}) SET d = $props', params: { id: docId, props: docProps } });

  // 3. Entities, one statement per label (labels cannot be parameters; they come from the ENTITY_LABELS whitelist).
  for (const label of ENTITY_LABELS) {
    const rows = [...entities.values()].filter((e) => e.type === label).map((e) => ({ id: e.id, props: e.props }));
    if (rows.length)
      s.push({ query: `UNWIND $rows AS r MERGE (e:Entity:${label} {id: r.id}) SET e += r.props`, params: { rows } });
  }

  // 4. Mentions.
  const mentionRows = [...entities.values()]
    .filter((e) => e.spans.length)
    .map((e) => ({ id: e.id, count: e.spans.length / 2, spans: e.spans, names: e.share.names, roles: e.share.roles }));
  // CREATE, not MERGE: step 1 removed this document's mentions, and MERGE would walk every mention of a popular entity.
  if (mentionRows.length) {
    s.push({
      query:
        'MATCH (d:Document {id: $docId}) UNWIND $rows AS r MATCH (e:Entity {id: r.id}) CREATE (e)-[:MENTIONED_IN {count: r.count, spans: r.spans, names: r.names, roles: r.roles}]->(d)',
      params: { docId, rows: mentionRows },
    });
  }
  // Entities the old version mentioned and the new one does not, that lose names or roles only it gave.
  const bereft = [...prior.remaining]
    .filter(([id]) => !entities.has(id))
    .map(([id, o]) => ({ id, aliases: o.aliases, aliasText: o.aliases.join(' | '), roles: o.roles }));
  if (bereft.length) {
    s.push({
      query:
        'UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.aliases = r.aliases, e.aliasText = r.aliasText, e.roles = r.roles',
      params: { rows: bereft },
    });
  }

  // 5. Statements and their links.
  const statementRows: { id: string; props: Record<string, PlainValue> }[] = [];
  const said: { speaker: string; id: string }[] = [];
  const about: { entity: string; id: string }[] = [];
  const via: { org: string; id: string }[] = [];
  const seenStatements = new Set<string>();
  for (const st of a.statements) {
    if (seenStatements.has(st.id)) continue;
    seenStatements.add(st.id);
    statementRows.push({
      id: st.id,
      props: compact({
        id: st.id,
        text: st.text,
        kind: st.kind,
        cue: st.cue,
        docId,
        start: st.start,
        end: st.end,
        sentence: st.provenance.sentence,
        date: st.date ?? doc.date,
        speakerName: st.speakerName,
        describedSpeaker: st.describedSpeaker,
      }),
    });
    // A described speaker ("officials said") is no entity: the statement keeps it as `speakerName`, with no SAID.
    const speaker = st.describedSpeaker ? undefined : known(st.speaker);
    if (speaker) said.push({ speaker, id: st.id });
    else if (!st.describedSpeaker)
      warn(`statement ${st.id}: speaker ${st.speaker} is not an entity; written without SAID`);
    const targets = new Set<string>(); // two ids may resolve to one entity: one ABOUT
    for (const e of new Set(st.about)) {
      const target = known(e);
      if (!target) warn(`statement ${st.id}: about ${e} is not an entity; link dropped`);
      else if (!targets.has(target)) {
        targets.add(target);
        about.push({ entity: target, id: st.id });
      }
    }
    if (st.via) {
      const org = known(st.via);
      const type = org && (entities.get(org)?.type ?? res.stored.get(org)?.type);
      if (org && type === 'Organization') via.push({ org, id: st.id });
      else warn(`statement ${st.id}: via ${st.via} is not an organization; link dropped`);
    }
  }
  if (statementRows.length) {
    s.push({
      query:
        'MATCH (d:Document {id: $docId}) UNWIND $rows AS r CREATE (st:Statement) SET st = r.props CREATE (st)-[:REPORTED_IN]->(d)',
      params: { docId, rows: statementRows },
    });
  }
  // The statements were created just above and each link is listed once, so CREATE: MERGE would walk every link of the entity.
  if (said.length)
    s.push({
      query: 'UNWIND $rows AS r MATCH (e:Entity {id: r.speaker}), (st:Statement {id: r.id}) CREATE (e)-[:SAID]->(st)',
      params: { rows: said },
    });
  if (about.length)
    s.push({
      query: 'UNWIND $rows AS r MATCH (e:Entity {id: r.entity}), (st:Statement {id: r.id}) CREATE (st)-[:ABOUT]->(e)',
      params: { rows: about },
    });
  if (via.length)
    s.push({
      query: 'UNWIND $rows AS r MATCH (o:Organization {id: r.org}), (st:Statement {id: r.id}) CREATE (st)-[:VIA]->(o)',
      params: { rows: via },
    });

  // 6. Typed relationships: this document's sources replace its previous ones; the rest of each relationship stays.
  const fresh = new Map<string, Relation[]>();
  const endpoints = new Map<string, [string, string, string]>();
  for (const r of a.relations) {
    if (!(RELATION_TYPES as readonly string[]).includes(r.type)) {
      warn(`relation type ${JSON.stringify(r.type)} is not a known type; dropped`);
      continue;
    }
    const from = known(r.from);
    const to = known(r.to);
    if (!from || !to) {
      warn(`relation ${r.from} ${r.type} ${r.to}: ${!from ? r.from : r.to} is not an entity; dropped`);
      continue;
    }
    const key = relationKey(from, r.type, to);
    fresh.set(key, [...(fresh.get(key) ?? []), r]);
    endpoints.set(key, [from, r.type, to]);
  }
  // What a later version of the document looks its old sources up by, through the entity id index (see SOURCED_RELATION_KEYS).
  Object.assign(docProps, sourcedRelationsProperties([...fresh.keys()].map((k) => endpoints.get(k)!)));
  for (const [key, st] of prior.relations) endpoints.set(key, [st.from, st.type, st.to]);
  // The relationships read just before tell which exist: those are matched by type (a lookup the store does
  // without walking the start node's other relationships) and updated; the others are created. MERGE would walk
  // every relationship of the start node (a popular person's statements and mentions) for each one.
  type Row = { from: string; to: string; props: Record<string, PlainValue> };
  const updates = new Map<string, Row[]>();
  const creates = new Map<string, Row[]>();
  const deletes = new Map<string, { from: string; to: string }[]>();
  const push = <T>(m: Map<string, T[]>, type: string, row: T) => (m.get(type) ?? m.set(type, []).get(type)!).push(row);
  const appends = new Map<string, (SourceAppend & { from: string; to: string })[]>();
  let relationsWritten = 0;
  for (const [key, [from, type, to]] of endpoints) {
    const head = prior.heads.get(key);
    if (head) {
      const append = appendDocumentSources(head, docId, fresh.get(key) ?? []);
      if (append) {
        push(appends, type, { from, to, ...append });
        relationsWritten++;
      }
      continue;
    }
    const next = replaceDocumentSources(prior.relations.get(key), docId, fresh.get(key) ?? [], from, type, to);
    if (next) {
      push(prior.relations.has(key) ? updates : creates, type, { from, to, props: stateToProperties(next) });
      if (fresh.has(key)) relationsWritten++;
    } else if (prior.relations.has(key)) push(deletes, type, { from, to });
  }
  for (const [type, rows] of deletes)
    s.push({
      query: `UNWIND $rows AS r MATCH (:Entity {id: r.from})-[x:${type}]->(:Entity {id: r.to}) DELETE x`,
      params: { rows },
    });
  for (const [type, rows] of updates)
    s.push({
      query: `UNWIND $rows AS r MATCH (:Entity {id: r.from})-[x:${type}]->(:Entity {id: r.to}) SET x = r.props`,
      params: { rows },
    });
  // Where the document's block goes: after every source of a smaller document id (the lists are in source order).
  // Loads usually come in id order, so the block mostly goes at the end, where it is a plain concatenation.
  const atEnd = SOURCE_LIST_KEYS.map((k) => `x.${k} = x.${k} + r.add.${k}`).join(', ');
  const splice = SOURCE_LIST_KEYS.map((k) => `x.${k} = x.${k}[0..p] + r.add.${k} + x.${k}[p..]`).join(', ');
  for (const [type, all] of appends) {
    const match = `UNWIND $rows AS r MATCH (:Entity {id: r.from})-[x:${type}]->(:Entity {id: r.to})`;
    const [last, inside] = [all.filter((r) => r.atEnd), all.filter((r) => !r.atEnd)];
    if (last.length) s.push({ query: `${match} SET ${atEnd}, x += r.patch`, params: { rows: last } });
    if (inside.length)
      s.push({
        query: `${match} WITH x, r, size([d IN x.sourceDocIds WHERE d < r.docId]) AS p SET ${splice}, x += r.patch`,
        params: { rows: inside },
      });
  }
  for (const [type, rows] of creates)
    s.push({
      query: `UNWIND $rows AS r MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to}) CREATE (a)-[x:${type}]->(b) SET x = r.props`,
      params: { rows },
    });

  // 7. Mention totals of every entity whose mentions changed, then entities the change left unconnected.
  const changes = mentionCountChanges(prior.oldMentions, entities);
  if (changes.length) {
    s.push({
      query: 'UNWIND $rows AS r MATCH (e:Entity {id: r.id}) SET e.mentionCount = coalesce(e.mentionCount, 0) + r.delta',
      params: { rows: changes },
    });
  }
  const leftBehind = [
    ...new Set([...prior.oldMentions.keys(), ...[...prior.relations.values()].flatMap((r) => [r.from, r.to])]),
  ].filter((id) => !entities.has(id));
  if (leftBehind.length)
    s.push({
      query: 'MATCH (e:Entity) WHERE e.id IN $ids AND NOT (e)--() DELETE e',
      params: { ids: leftBehind.sort() },
    });

  // 8. What the search's name index reads to follow the change without reading every entity (ENTITY_CHANGES).
  const touched = [...new Set([...entities.keys(), ...bereft.map((b) => b.id), ...changes.map((c) => c.id)])].sort();
  if (touched.length) s.push({ query: ENTITY_CHANGES.stamp, params: { ids: touched } });
  if (leftBehind.length) s.push({ query: ENTITY_CHANGES.deleted });

  const entityAliases = [...entities.values()].map((e) => ({ id: e.id, aliases: e.props.aliases as string[] }));
  return {
    statements: s,
    warnings,
    entities: entities.size,
    statementsWritten: statementRows.length,
    relationsWritten,
    entityAliases,
  };
}
