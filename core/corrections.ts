// Corrections a user made to the graph, kept as data (one :Correction node each, with who, when and why) and applied
// to the store: when made (server/http/corrections.router.ts), and by the loader after every load (seed/load-corpus.ts,
// with seed/corrections/correct-analysis.ts before each document is written), so a fix survives re-extraction. Their
// format is a contract both floors share, as the saved-query format is; the store work is plain Cypher over the
// GraphStore contract, so both stores run it; labels and relationship types spelled into a query are checked names.
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, NotFoundError } from './errors.ts';
import { ENTITY_CHANGES, type GraphStore, type PlainValue } from './graph-store.ts';
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

/** Makes one correction true in the store; running it again changes nothing (the loader runs every one after a load). */
export async function applyCorrection(store: GraphStore, c: Correction): Promise<void> {
  if (c.undone) return;
  const w = { mode: 'write' as const };
  switch (c.kind) {
    case 'rename': {
      const renamed = await store.run(
        `MATCH (e:Entity {id: $id}) WHERE e.name <> $name
         SET e.aliases = CASE WHEN e.name IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + e.name END, e.name = $name`,
        { id: c.target, name: c.value! },
        w,
      );
      if (renamed.counters.propertiesSet > 0) await store.run(ENTITY_CHANGES.stamp, { ids: [c.target] }, w);
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
      await store.run(`MATCH (e:Entity {id: $id})${remove} SET e:${to}, e.type = $to`, { id: c.target, to }, w);
      await store.run(ENTITY_CHANGES.stamp, { ids: [c.target] }, w);
      return;
    }
    case 'not-entity':
      if ((await store.run('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id: c.target }, w)).counters.nodesDeleted)
        await store.run(ENTITY_CHANGES.deleted, {}, w);
      return;
    case 'reject-statement':
      await store.run('MATCH (s:Statement {id: $id}) DETACH DELETE s', { id: c.target }, w);
      return;
    case 'reject-relationship':
      if (!c.value || !NAME.test(c.value)) return;
      await store.run(
        `MATCH (:Entity {id: $a})-[r:${c.value}]->(:Entity {id: $b}) DELETE r`,
        { a: c.target, b: c.other! },
        w,
      );
      return;
    case 'merge':
      await mergeInto(store, c.target, c.other!);
      return;
  }
}

/**
 * Moves every relationship of `from` onto `into` (the same type, direction and properties; one already there is
 * kept), adds from's name and aliases to into's aliases, and deletes `from`.
 */
async function mergeInto(store: GraphStore, from: string, into: string): Promise<void> {
  const w = { mode: 'write' as const };
  const gone = await store.run('MATCH (f:Entity {id: $from}) RETURN f.name AS name, f.aliases AS aliases', { from });
  if (!gone.rows.length) return; // already merged
  const rels = await store.run(
    `MATCH (f:Entity {id: $from})-[r]-(o) WHERE o.id <> $into
     RETURN type(r) AS type, startNode(r) = f AS out, o.id AS other, properties(r) AS props`,
    { from, into },
  );
  for (const row of rels.rows) {
    const type = String(row.type);
    if (!NAME.test(type)) continue;
    const pattern = row.out ? `(i)-[r:${type}]->(o)` : `(i)<-[r:${type}]-(o)`;
    await store.run(
      `MATCH (i:Entity {id: $into}), (o {id: $other})
       WHERE NOT EXISTS { MATCH ${pattern.replace('[r:', '[:')} }
       CREATE ${pattern} SET r += $props`,
      { into, other: String(row.other), props: (row.props ?? {}) as Record<string, PlainValue> },
      w,
    );
  }
  const names = [
    String(gone.rows[0].name ?? ''),
    ...(Array.isArray(gone.rows[0].aliases) ? gone.rows[0].aliases.map(String) : []),
  ].filter(Boolean);
  await store.run(
    `MATCH (i:Entity {id: $into})
     SET i.aliases = coalesce(i.aliases, []) + [x IN $names WHERE NOT x IN coalesce(i.aliases, []) AND x <> i.name]`,
    { into, names },
    w,
  );
  await store.run('MATCH (f:Entity {id: $from}) DETACH DELETE f', { from }, w);
  await store.run(ENTITY_CHANGES.stamp, { ids: [into] }, w);
  await store.run(ENTITY_CHANGES.deleted, {}, w);
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
 * Undoes a correction: it is kept (marked undone, for the record) and no longer applied. A rename or retype is
 * reverted at once; what a merge, a rejection or not-an-entity removed comes back when its documents are next
 * loaded (`npm run load -- --force`), since only the documents hold it.
 */
export async function undoCorrection(store: GraphStore, id: string): Promise<Correction> {
  const found = (await listCorrections(store)).find((c) => c.id === id);
  if (!found) throw new NotFoundError(`There is no correction "${id}".`, { details: { id } });
  if (found.undone) return found;
  await store.run('MATCH (c:Correction {id: $id}) SET c.undone = true', { id }, { mode: 'write' });
  const undone = { ...found, undone: true };
  if (found.previous !== null && (found.kind === 'rename' || found.kind === 'retype')) {
    await applyCorrection(store, { ...found, value: found.previous, undone: false });
  }
  return undone;
}
