// Corrections a user made to the graph, kept as data (one :Correction node each, with who, when and why) and applied
// to the store: when made (server/http/corrections.router.ts), and by the loader after every load (seed/load-corpus.ts,
// with seed/corrections/correct-analysis.ts before each document is written), so a fix survives re-extraction. Their
// format is a contract both floors share, as the saved-query format is; the store work is plain Cypher over the
// GraphStore contract, so both stores run it; labels and relationship types spelled into a query are checked names.
import { randomUUID } from 'node:crypto';
import { ConflictError, InvalidArgumentError, NotFoundError } from './errors.ts';
import { ENTITY_CHANGES, type GraphStore, type PlainValue, type Statement } from './graph-store.ts';
import { ENTITY_LABELS } from './graph-model.ts';

export const CORRECTION_KINDS = [
  'merge',
  'rename',
  'retype',
  'not-entity',
  'reject-relationship',
  'reject-statement',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** What the user asked for; `target` is an entity id (or a statement id for reject-statement). */
export interface CorrectionRequest {
  kind: CorrectionKind;
  target: string;
  /** merge: the entity that absorbs `target`. reject-relationship: the other end. */
  other?: string;
  /** rename: the new name. retype: the new type. reject-relationship: the relationship type. */
  value?: string;
  who: string;
  why: string;
}

export interface Correction extends CorrectionRequest {
  id: string;
  at: string;
  /** What it replaced, for undo (rename: the old name; retype: the old type). */
  previous: string | null;
  undone: boolean;
}

const NAME = /^[A-Z][A-Z0-9_]{0,62}$/;
const str = (v: PlainValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function fromNode(p: Record<string, PlainValue>): Correction {
  return {
    id: String(p.id),
    kind: String(p.kind) as CorrectionKind,
    target: String(p.target),
    other: str(p.other),
    value: str(p.value),
    who: String(p.who ?? ''),
    why: String(p.why ?? ''),
    at: String(p.at ?? ''),
    previous: str(p.previous) ?? null,
    undone: p.undone === true,
  };
}

export async function listCorrections(store: GraphStore): Promise<Correction[]> {
  const r = await store.run('MATCH (c:Correction) RETURN c ORDER BY c.at, c.id');
  return r.rows.map((row) => fromNode((row.c as { properties: Record<string, PlainValue> }).properties));
}

async function entityExists(store: GraphStore, id: string): Promise<{ name: string; type: string } | null> {
  const r = await store.run('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type', { id });
  return r.rows[0] ? { name: String(r.rows[0].name ?? id), type: String(r.rows[0].type ?? '') } : null;
}

/** Checks a request against the graph as it is (the target exists, the new type is a type, …); throws for people. */
async function validate(store: GraphStore, c: CorrectionRequest): Promise<{ previous: string | null }> {
  if (c.kind === 'reject-statement') {
    const r = await store.run('MATCH (s:Statement {id: $id}) RETURN s.id AS id', { id: c.target });
    if (!r.rows.length)
      throw new NotFoundError(`There is no statement "${c.target}".`, { details: { field: 'target' } });
    return { previous: null };
  }
  const target = await entityExists(store, c.target);
  if (!target) throw new NotFoundError(`There is no entity "${c.target}".`, { details: { field: 'target' } });
  switch (c.kind) {
    case 'merge':
      if (!c.other || c.other === c.target)
        throw new InvalidArgumentError('A merge needs another entity (“other”) to merge into.', {
          details: { field: 'other' },
        });
      if (!(await entityExists(store, c.other)))
        throw new NotFoundError(`There is no entity "${c.other}" to merge into.`, { details: { field: 'other' } });
      return { previous: null };
    case 'rename':
      if (!c.value?.trim())
        throw new InvalidArgumentError('A rename needs the new name (“value”).', { details: { field: 'value' } });
      return { previous: target.name };
    case 'retype':
      if (!(ENTITY_LABELS as readonly string[]).includes(c.value ?? ''))
        throw new InvalidArgumentError(`A retype needs one of the types ${ENTITY_LABELS.join(', ')} (“value”).`, {
          details: { field: 'value' },
        });
      return { previous: target.type };
    case 'reject-relationship': {
      if (!c.other || !c.value || !NAME.test(c.value))
        throw new InvalidArgumentError(
          'Rejecting a relationship needs its other end (“other”) and its type (“value”, e.g. MAKES).',
          { details: { field: 'value' } },
        );
      const r = await store.run(`MATCH (:Entity {id: $a})-[r:${c.value}]->(:Entity {id: $b}) RETURN count(r) AS n`, {
        a: c.target,
        b: c.other,
      });
      if (!Number(r.rows[0]?.n))
        throw new NotFoundError(`There is no ${c.value} relationship from "${c.target}" to "${c.other}".`, {
          details: { field: 'value' },
        });
      return { previous: null };
    }
    default:
      return { previous: null };
  }
}

// ---- What a correction removed, kept so that undo puts it back ------------------------------------------------
// A merge, a not-an-entity mark or a rejection deletes nodes and relationships that only the documents hold; undo
// must not wait for the next load to see them again. So applying one records, on its :Correction node (`removed`, a
// JSON list: one part per application that changed something), the nodes and relationships it deleted, the
// relationships a merge created on the entity it kept and the names it added there. Undo reverses the parts, newest
// first, in one write transaction.

type NodeKind = 'Entity' | 'Statement' | 'Document';
interface NodeRef {
  label: NodeKind;
  id: string;
}
interface RelCopy {
  type: string;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, PlainValue>;
  /** Properties whose whole-number value is a float (1.0): JSON and the stores' parameters would make it 1. */
  floats?: string[];
}
interface NodeCopy {
  label: 'Entity' | 'Statement';
  /** Entities: the type label (one of ENTITY_LABELS), restored with Entity. */
  type?: string;
  props: Record<string, PlainValue>;
  floats?: string[];
}
interface Removal {
  nodes: NodeCopy[];
  rels: RelCopy[];
  /** Relationships the correction created (a merge, on the entity it kept): undo deletes them. */
  created: RelCopy[];
  /** Names a merge added to the kept entity's aliases: undo takes them out again. */
  aliases: { id: string; names: string[] }[];
}

const emptyRemoval = (): Removal => ({ nodes: [], rels: [], created: [], aliases: [] });

function kindOf(labels: unknown): NodeKind | null {
  const l = Array.isArray(labels) ? labels.map(String) : [];
  return l.includes('Entity')
    ? 'Entity'
    : l.includes('Statement')
      ? 'Statement'
      : l.includes('Document')
        ? 'Document'
        : null;
}

const asProps = (v: unknown): Record<string, PlainValue> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, PlainValue>) : {};

// ---- Floats that read as whole numbers -------------------------------------------------------------------------
// Both stores return a float 1.0 as the JavaScript number 1, and both store a whole-number parameter as an integer,
// so a copied property would come back as another type. Which whole numbers are floats is asked of the store in plain
// Cypher that both run: (2x + 1) / 2 is x + 0.5 for a float and x (integer division) for an integer. (Exact below
// 2^52; above it a float reads as an integer, which no property here comes near.) The record lists those keys, and
// the restoring statements set them with toFloat.

/** A property key spelled into a query (`SET n.key = …`): a plain name only; others are restored as they read. */
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The keys whose value is a whole number, the ones whose type a read loses. */
const wholeKeys = (props: Record<string, PlainValue>): string[] =>
  Object.keys(props).filter((k) => typeof props[k] === 'number' && Number.isInteger(props[k]) && PROPERTY.test(k));

const isFloat = (v: string) => `(2 * ${v} + 1) / 2 <> (2 * toInteger(${v}) + 1) / 2`;

/** `SET` items that make the listed properties floats again, from the map the statement set them from. */
const floatSets = (target: string, from: string, floats: string[] | undefined): string =>
  (floats ?? [])
    .filter((k) => PROPERTY.test(k))
    .map((k) => `, ${target}.\`${k}\` = toFloat(${from}.\`${k}\`)`)
    .join('');

/** A node and every relationship it has, as they are now (null when it is not there). */
async function copyNode(store: GraphStore, label: 'Entity' | 'Statement', id: string): Promise<Removal | null> {
  const n = await store.run(`MATCH (n:${label} {id: $id}) RETURN properties(n) AS props, labels(n) AS labels`, { id });
  if (!n.rows.length) return null;
  const labels = Array.isArray(n.rows[0].labels) ? n.rows[0].labels.map(String) : [];
  const type = labels.find((l) => (ENTITY_LABELS as readonly string[]).includes(l));
  const out = emptyRemoval();
  const props = asProps(n.rows[0].props);
  const whole = wholeKeys(props);
  const floats = whole.length
    ? (
        await store.run(`MATCH (n:${label} {id: $id}) RETURN [k IN $keys WHERE ${isFloat('n[k]')}] AS floats`, {
          id,
          keys: whole,
        })
      ).rows[0]?.floats
    : [];
  out.nodes.push({ label, type, props, ...floatList(floats) });
  const rels = await store.run(
    `MATCH (n:${label} {id: $id})-[r]-(o)
     RETURN type(r) AS type, startNode(r) = n AS out, o.id AS other, labels(o) AS labels, properties(r) AS props`,
    { id },
  );
  for (const row of rels.rows) {
    const kind = kindOf(row.labels);
    const type = String(row.type);
    if (!kind || typeof row.other !== 'string' || !NAME.test(type)) continue;
    const self = { label, id };
    const other = { label: kind, id: row.other };
    out.rels.push({
      type,
      from: row.out ? self : other,
      to: row.out ? other : self,
      props: asProps(row.props),
    });
  }
  // the floats among the relationships' whole numbers, for those that have any
  const ask = out.rels
    .map((r, i) => ({ i, type: r.type, out: r.from.id === id && r.from.label === label, keys: wholeKeys(r.props) }))
    .filter((r) => r.keys.length)
    .map((r) => ({ ...r, other: r.out ? out.rels[r.i].to.id : out.rels[r.i].from.id }));
  if (ask.length) {
    const f = await store.run(
      `UNWIND $rows AS row MATCH (n:${label} {id: $id})-[r]-(o)
       WHERE o.id = row.other AND type(r) = row.type AND (startNode(r) = n) = row.out
       RETURN row.i AS i, [k IN row.keys WHERE ${isFloat('r[k]')}] AS floats`,
      { id, rows: ask },
    );
    for (const row of f.rows) {
      const rel = out.rels[Number(row.i)];
      const floats = floatList(row.floats).floats;
      if (rel && floats) rel.floats = [...new Set([...(rel.floats ?? []), ...floats])];
    }
  }
  return out;
}

function floatList(v: unknown): { floats?: string[] } {
  const keys = Array.isArray(v) ? v.map(String).filter((k) => PROPERTY.test(k)) : [];
  return keys.length ? { floats: keys } : {};
}

/** Rows of relationships grouped by what must be spelled into the query: type and end labels (all checked names). */
type Shape = { type: string; from: NodeKind; to: NodeKind; floats: string[]; rows: Record<string, unknown>[] };
function byShape(rels: RelCopy[]): Map<string, Shape> {
  const groups = new Map<string, Shape>();
  for (const r of rels) {
    if (!NAME.test(r.type)) continue;
    const floats = [...(r.floats ?? [])].sort();
    const key = `${r.type}|${r.from.label}|${r.to.label}|${floats.join(',')}`;
    const g =
      groups.get(key) ??
      groups.set(key, { type: r.type, from: r.from.label, to: r.to.label, floats, rows: [] }).get(key)!;
    g.rows.push({ a: r.from.id, b: r.to.id, props: r.props });
  }
  return groups;
}

/** Statements that create relationships (one of a type between two nodes: an existing one is kept). */
function createRels(rels: RelCopy[]): Statement[] {
  return [...byShape(rels).values()].map((g) => ({
    query: `UNWIND $rows AS row MATCH (a:${g.from} {id: row.a}), (b:${g.to} {id: row.b})
            WHERE NOT EXISTS { MATCH (a)-[:${g.type}]->(b) }
            CREATE (a)-[r:${g.type}]->(b) SET r += row.props${floatSets('r', 'row.props', g.floats)}`,
    params: { rows: g.rows },
  }));
}

function deleteRels(rels: RelCopy[]): Statement[] {
  return [...byShape(rels).values()].map((g) => ({
    query: `UNWIND $rows AS row MATCH (a:${g.from} {id: row.a})-[r:${g.type}]->(b:${g.to} {id: row.b}) DELETE r`,
    params: { rows: g.rows.map(({ a, b }) => ({ a, b })) },
  }));
}

function aliasesSet(id: string, aliases: string[]): Statement {
  return {
    query: 'MATCH (e:Entity {id: $id}) SET e.aliases = $aliases, e.aliasText = $text',
    params: { id, aliases, text: aliases.join(' | ') },
  };
}

async function aliasesOf(store: GraphStore, id: string): Promise<{ name: string; aliases: string[] } | null> {
  const r = await store.run('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases', { id });
  if (!r.rows.length) return null;
  const a = r.rows[0].aliases;
  return { name: String(r.rows[0].name ?? ''), aliases: Array.isArray(a) ? a.map(String) : [] };
}

/** The parts already recorded on a correction, plus this one, as the statement that stores them. */
async function recordRemoval(store: GraphStore, id: string, part: Removal): Promise<Statement> {
  const r = await store.run('MATCH (c:Correction {id: $id}) RETURN c.removed AS removed', { id });
  const parts = parseRemoved(r.rows[0]?.removed);
  parts.push(part);
  return {
    query: 'MATCH (c:Correction {id: $id}) SET c.removed = $removed',
    params: { id, removed: JSON.stringify(parts) },
  };
}

function parseRemoved(v: unknown): Removal[] {
  if (typeof v !== 'string' || !v) return [];
  try {
    const parsed = JSON.parse(v);
    return Array.isArray(parsed) ? (parsed as Removal[]) : [];
  } catch {
    return [];
  }
}

/**
 * What deleting these nodes (and, for reject-relationship, this relationship) takes away, and the statements that
 * delete it; null when there is nothing left to delete (applied already).
 */
async function removal(store: GraphStore, c: Correction): Promise<{ part: Removal; statements: Statement[] } | null> {
  switch (c.kind) {
    case 'not-entity':
    case 'reject-statement': {
      const label = c.kind === 'not-entity' ? 'Entity' : 'Statement';
      const part = await copyNode(store, label, c.target);
      if (!part) return null;
      return {
        part,
        statements: [{ query: `MATCH (n:${label} {id: $id}) DETACH DELETE n`, params: { id: c.target } }],
      };
    }
    case 'reject-relationship': {
      if (!c.value || !NAME.test(c.value) || !c.other) return null;
      const r = await store.run(
        `MATCH (:Entity {id: $a})-[r:${c.value}]->(:Entity {id: $b}) RETURN properties(r) AS props`,
        { a: c.target, b: c.other },
      );
      if (!r.rows.length) return null;
      const part = emptyRemoval();
      for (const row of r.rows) {
        const props = asProps(row.props);
        const whole = wholeKeys(props);
        const floats = whole.length
          ? (
              await store.run(
                `MATCH (:Entity {id: $a})-[r:${c.value}]->(:Entity {id: $b}) RETURN [k IN $keys WHERE ${isFloat('r[k]')}] AS floats`,
                { a: c.target, b: c.other, keys: whole },
              )
            ).rows[0]?.floats
          : [];
        part.rels.push({
          type: c.value,
          from: { label: 'Entity', id: c.target },
          to: { label: 'Entity', id: c.other },
          props,
          ...floatList(floats),
        });
      }
      return { part, statements: deleteRels(part.rels.slice(0, 1)) };
    }
    case 'merge':
      return c.other ? mergeRemoval(store, c.target, c.other) : null;
    default:
      return null;
  }
}

/**
 * A merge: every relationship of `from` is made on `into` too (the same type, direction and properties; one already
 * there is kept), from's name and aliases join into's aliases, and `from` is deleted.
 */
async function mergeRemoval(
  store: GraphStore,
  from: string,
  into: string,
): Promise<{ part: Removal; statements: Statement[] } | null> {
  const part = await copyNode(store, 'Entity', from);
  const kept = await aliasesOf(store, into);
  if (!part || !kept) return null; // merged already (or the entity it goes into is gone)
  const has = await store.run(
    'MATCH (i:Entity {id: $into})-[r]-(o) RETURN type(r) AS type, startNode(r) = i AS out, o.id AS other',
    {
      into,
    },
  );
  const existing = new Set(has.rows.map((r) => `${r.type}|${r.out ? 'out' : 'in'}|${r.other}`));
  for (const r of part.rels) {
    const out = r.from.id === from && r.from.label === 'Entity';
    const other = out ? r.to : r.from;
    if (other.label === 'Entity' && (other.id === into || other.id === from)) continue;
    const key = `${r.type}|${out ? 'out' : 'in'}|${other.id}`;
    if (existing.has(key)) continue;
    existing.add(key);
    const self = { label: 'Entity' as const, id: into };
    part.created.push({
      type: r.type,
      from: out ? self : other,
      to: out ? other : self,
      props: r.props,
      ...(r.floats ? { floats: r.floats } : {}),
    });
  }
  const gone = part.nodes[0].props;
  const names = [String(gone.name ?? ''), ...(Array.isArray(gone.aliases) ? gone.aliases.map(String) : [])].filter(
    (x) => x && x !== kept.name && !kept.aliases.includes(x),
  );
  const added = [...new Set(names)];
  if (added.length) part.aliases.push({ id: into, names: added });
  return {
    part,
    statements: [
      ...createRels(part.created),
      ...(added.length ? [aliasesSet(into, [...kept.aliases, ...added])] : []),
      { query: 'MATCH (f:Entity {id: $from}) DETACH DELETE f', params: { from } },
    ],
  };
}

/** Makes one correction true in the store; running it again changes nothing (the loader runs every one after a load). */
export async function applyCorrection(store: GraphStore, c: Correction): Promise<void> {
  if (c.undone) return;
  switch (c.kind) {
    case 'rename': {
      const e = await aliasesOf(store, c.target);
      const name = c.value!;
      if (!e || e.name === name) return;
      const added = !e.name || e.aliases.includes(e.name) ? [] : [e.name];
      const aliases = [...e.aliases, ...added];
      // The old name becomes an alias. The record names what undo takes out of the aliases: the old name if this
      // added it, and the new name unless it was an alias already (a reload in between adds it: the corrected
      // document gives that name).
      const part = emptyRemoval();
      const undoes = [...added, ...(e.aliases.includes(name) ? [] : [name])];
      if (undoes.length) part.aliases.push({ id: c.target, names: undoes });
      await store.writeBatch([
        aliasesSet(c.target, aliases),
        { query: 'MATCH (e:Entity {id: $id}) SET e.name = $name', params: { id: c.target, name } },
        ...(undoes.length ? [await recordRemoval(store, c.id, part)] : []),
        ...entityChanges([c.target], false),
      ]);
      return;
    }
    case 'retype': {
      const to = c.value!;
      if (!(ENTITY_LABELS as readonly string[]).includes(to)) return;
      const r = await store.run('MATCH (e:Entity {id: $id}) RETURN e.type AS type', { id: c.target });
      const from = String(r.rows[0]?.type ?? '');
      if (!r.rows.length || from === to) return;
      // labels cannot be parameters: both are checked members of ENTITY_LABELS
      const remove = (ENTITY_LABELS as readonly string[]).includes(from) ? ` REMOVE e:${from}` : '';
      await store.writeBatch([
        { query: `MATCH (e:Entity {id: $id})${remove} SET e:${to}, e.type = $to`, params: { id: c.target, to } },
        ...entityChanges([c.target], false),
      ]);
      return;
    }
    default: {
      const r = await removal(store, c);
      if (!r) return;
      // what it removes and the record of it, in one transaction: undo can always put back what went
      await store.writeBatch([
        ...r.statements,
        await recordRemoval(store, c.id, r.part),
        ...entityChanges(
          r.part.aliases.map((a) => a.id),
          r.part.nodes.some((n) => n.label === 'Entity'),
        ),
      ]);
    }
  }
}

/**
 * What the search's name index reads to follow a correction without reading every entity (ENTITY_CHANGES): the
 * entities it changed or put back are stamped, and a deletion of entities is noted on the version node.
 */
function entityChanges(changed: string[], deletedEntities: boolean): Statement[] {
  const out: Statement[] = [];
  if (changed.length) out.push({ query: ENTITY_CHANGES.stamp, params: { ids: [...new Set(changed)] } });
  if (deletedEntities) out.push({ query: ENTITY_CHANGES.deleted });
  return out;
}

/** The statements that put back what one application of a correction removed, and take away what it created. */
function restore(part: Removal, current: Map<string, { name: string; aliases: string[] }>): Statement[] {
  const out: Statement[] = [...deleteRels(part.created)];
  for (const a of part.aliases) {
    const now = current.get(a.id);
    if (!now) continue;
    const aliases = now.aliases.filter((x) => !a.names.includes(x));
    current.set(a.id, { ...now, aliases }); // an older part of the same entity starts from this
    out.push(aliasesSet(a.id, aliases));
  }
  for (const n of part.nodes) {
    if (n.label === 'Entity') {
      const type = n.type && (ENTITY_LABELS as readonly string[]).includes(n.type) ? `:${n.type}` : '';
      out.push({
        query: `MERGE (n:Entity {id: $id}) SET n${type}, n += $props${floatSets('n', '$props', n.floats)}`,
        params: { id: String(n.props.id), props: n.props },
      });
    } else {
      out.push({
        query: `MERGE (n:Statement {id: $id}) SET n += $props${floatSets('n', '$props', n.floats)}`,
        params: { id: String(n.props.id), props: n.props },
      });
    }
  }
  out.push(...createRels(part.rels));
  return out;
}

/** Every correction not undone, in the order they were made; the loader calls this after each load. */
export async function applyCorrections(store: GraphStore): Promise<number> {
  const all = (await listCorrections(store)).filter((c) => !c.undone);
  for (const c of all) await applyCorrection(store, c);
  return all.length;
}

/** Records a correction (who, when, why) and applies it now. */
export async function addCorrection(store: GraphStore, req: CorrectionRequest, now = new Date()): Promise<Correction> {
  const { previous } = await validate(store, req);
  const c: Correction = { ...req, id: randomUUID(), at: now.toISOString(), previous, undone: false };
  await store.run(
    `CREATE (c:Correction {id: $id, kind: $kind, target: $target, who: $who, why: $why, at: $at, undone: false})
     SET c.other = $other, c.value = $value, c.previous = $previous`,
    {
      id: c.id,
      kind: c.kind,
      target: c.target,
      who: c.who,
      why: c.why,
      at: c.at,
      other: c.other ?? null,
      value: c.value ?? null,
      previous: c.previous,
    },
    { mode: 'write' },
  );
  await applyCorrection(store, c);
  return c;
}

/**
 * Undoes a correction: it is kept (marked undone, for the record) and no longer applied, and the graph is put back at
 * once, in one transaction: a rename or retype reverts; what a merge, a not-an-entity mark or a rejection removed comes
 * back with its relationships (mentions, statements, typed facts), and what a merge added to the entity it kept goes.
 * A later correction that removed one of its entities must be undone first (ConflictError).
 */
export async function undoCorrection(store: GraphStore, id: string): Promise<Correction> {
  const all = await listCorrections(store);
  const found = all.find((c) => c.id === id);
  if (!found) throw new NotFoundError(`There is no correction "${id}".`, { details: { id } });
  if (found.undone) return found;
  const mine = new Set([found.target, found.other].filter((x): x is string => !!x));
  const blocking = all.find(
    (c) =>
      !c.undone &&
      c.id !== id &&
      (c.at > found.at || (c.at === found.at && c.id > found.id)) &&
      (c.kind === 'merge' || c.kind === 'not-entity') &&
      mine.has(c.target),
  );
  if (blocking)
    throw new ConflictError(
      `A later correction (${blocking.kind} of "${blocking.target}", ${blocking.at.slice(0, 16).replace('T', ' ')}) removed an entity this one needs: undo that one first.`,
      { details: { blocking: blocking.id } },
    );
  const r = await store.run('MATCH (c:Correction {id: $id}) RETURN c.removed AS removed', { id });
  const parts = parseRemoved(r.rows[0]?.removed).reverse();
  const current = new Map<string, { name: string; aliases: string[] }>();
  for (const a of parts.flatMap((p) => p.aliases)) {
    const now = await aliasesOf(store, a.id);
    if (now && !current.has(a.id)) current.set(a.id, now);
  }
  const statements: Statement[] = [];
  for (const p of parts) statements.push(...restore(p, current));
  statements.push(
    ...entityChanges(
      parts.flatMap((p) => [
        ...p.aliases.map((a) => a.id),
        ...p.nodes.filter((n) => n.label === 'Entity').map((n) => String(n.props.id)),
      ]),
      false,
    ),
  );
  if (found.kind === 'rename' && found.previous !== null) {
    // the old name back, and only that: the aliases are the ones before the rename (restore took out the old name it
    // had added), without the new name a second rename would add
    statements.push(
      { query: 'MATCH (e:Entity {id: $id}) SET e.name = $name', params: { id: found.target, name: found.previous } },
      ...entityChanges([found.target], false),
    );
    // A load while it was applied recorded the new name among the names each document gave (MENTIONED_IN.names),
    // which the next load of a document mentioning the entity unites into its aliases: take it out there too, unless
    // the entity kept it (an alias before the rename).
    if (found.value)
      statements.push({
        query:
          'MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(:Document) WHERE $name IN m.names AND e.name <> $name AND NOT $name IN coalesce(e.aliases, []) SET m.names = [x IN m.names WHERE x <> $name]',
        params: { id: found.target, name: found.value },
      });
  }
  statements.push({ query: 'MATCH (c:Correction {id: $id}) SET c.undone = true', params: { id } });
  await store.writeBatch(statements);
  const undone = { ...found, undone: true };
  if (found.previous !== null && found.kind === 'retype') {
    await applyCorrection(store, { ...found, value: found.previous, undone: false });
  }
  return undone;
}
