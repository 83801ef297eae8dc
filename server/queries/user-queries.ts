// Queries users save through the API: SavedQuery nodes in the graph (so they survive restarts), checked read-only and named uniquely.
import { ConflictError, ForbiddenChangeError, InvalidArgumentError, NotFoundError } from '../../core/errors.ts';
import type { Catalog } from './catalog.ts';
import { coerceParams } from './catalog.ts';
import {
  ENTITY_PARAM_LABELS,
  usedParameters,
  type QueryParam,
  type QueryView,
  type SavedQuery,
} from '../../core/saved-query.ts';
import type { GuardPool } from './guard-pool.ts';
import type { GraphNode, GraphStore } from '../../core/graph-store.ts';
import { isReservedWord } from './cypher-keywords.ts';

export interface UserQuery extends SavedQuery {
  createdAt: string;
  updatedAt: string;
}

export interface UserQueryInput {
  name: string;
  description: string;
  cypher: string;
  params: QueryParam[];
  view: QueryView;
}

/** User query ids carry this prefix, which no built-in file name uses, so the two kinds never collide. */
export const USER_ID_PREFIX = 'user-';

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'query';
}

function fromNode(n: GraphNode): UserQuery {
  const p = n.properties;
  let params: QueryParam[] = [];
  try {
    params = JSON.parse(String(p.params ?? '[]')) as QueryParam[];
  } catch {
    params = []; // a hand-edited node with broken JSON still lists; running it then asks for its parameters
  }
  return {
    id: String(p.id),
    name: String(p.name ?? p.id),
    description: String(p.description ?? ''),
    cypher: String(p.cypher ?? ''),
    params,
    view: p.view === 'graph' ? 'graph' : 'table',
    tags: [],
    createdAt: String(p.createdAt ?? ''),
    updatedAt: String(p.updatedAt ?? ''),
  };
}

/**
 * Checks a query before it is stored: read-only by the parse-tree guard, parameters consistent with the text
 * (a `$name` nobody declared is declared as a required string), defaults of the declared type.
 */
export async function checkUserQuery(input: UserQueryInput, guard: GuardPool): Promise<UserQueryInput> {
  await guard.check(input.cypher);
  const used = usedParameters(input.cypher);
  for (const name of new Set([...used.keys(), ...input.params.map((p) => p.name)])) {
    if (isReservedWord(name)) {
      throw new InvalidArgumentError(
        `Saved query: parameter $${name} is named like the Cypher keyword ${name.toUpperCase()}, which the store cannot read as a parameter. Rename it (e.g. $${name.toLowerCase()}Value).`,
        { details: { param: name } },
      );
    }
  }
  const params: QueryParam[] = [];
  for (const p of input.params) {
    if (!used.has(p.name))
      throw new InvalidArgumentError(
        `Saved query: param "${p.name}" is declared but the query never uses $${p.name}.`,
        { details: { param: p.name } },
      );
    if (params.some((q) => q.name === p.name))
      throw new InvalidArgumentError(`Saved query: param "${p.name}" is declared twice.`, {
        details: { param: p.name },
      });
    const param: QueryParam = { name: p.name, type: p.type, description: p.description ?? '' };
    if (p.type === 'entity') {
      const label = p.label ?? 'Entity';
      if (!ENTITY_PARAM_LABELS.includes(label))
        throw new InvalidArgumentError(
          `Saved query: param "${p.name}" names unknown entity label "${label}". Expecting one of: ${ENTITY_PARAM_LABELS.join(', ')}.`,
          { details: { param: p.name } },
        );
      param.label = label;
    }
    if (p.default !== undefined) {
      // The catalog's own coercion decides whether the default fits the type, so files and API agree.
      param.default = coerceParams(
        { id: 'new', name: '', description: '', params: [param], view: 'table', tags: [], cypher: '' },
        { [p.name]: p.default },
      )[p.name];
    }
    params.push(param);
  }
  for (const name of used.keys()) {
    if (!params.some((p) => p.name === name)) params.push({ name, type: 'string', description: '' });
  }
  return { ...input, params };
}

export class UserQueries {
  /** Create, update and delete run one at a time, so "is this name free?" and the write cannot interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly builtins: Catalog,
    private readonly guard: GuardPool,
  ) {}

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<UserQuery[]> {
    const r = await this.store.run('MATCH (q:SavedQuery) RETURN q ORDER BY q.name');
    return r.rows.map((row) => fromNode(row.q as GraphNode));
  }

  async get(id: string): Promise<UserQuery | undefined> {
    const r = await this.store.run('MATCH (q:SavedQuery {id: $id}) RETURN q', { id });
    return r.rows[0] ? fromNode(r.rows[0].q as GraphNode) : undefined;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const key = name.trim().toLowerCase();
    const builtin = this.builtins.queries.find((q) => q.name.trim().toLowerCase() === key);
    if (builtin)
      throw new ConflictError(`Saved query: the name "${name}" is taken by the built-in query "${builtin.id}".`, {
        details: { field: 'name', id: builtin.id },
      });
    const taken = (await this.list()).find((q) => q.name.trim().toLowerCase() === key && q.id !== exceptId);
    if (taken)
      throw new ConflictError(`Saved query: the name "${name}" is taken by the saved query "${taken.id}".`, {
        details: { field: 'name', id: taken.id },
      });
  }

  /** Built-in queries are files: the API refuses to change or delete them (ForbiddenChangeError, 403). */
  assertEditable(id: string, verb = 'changed'): void {
    if (this.builtins.get(id))
      throw new ForbiddenChangeError(
        `Saved query: "${id}" is a built-in query (a file in cypher/queries); it cannot be ${verb} through the API. Save a copy under a new name instead.`,
        { details: { id } },
      );
  }

  async create(input: UserQueryInput): Promise<UserQuery> {
    const checked = await checkUserQuery(input, this.guard);
    return this.exclusive(async () => {
      await this.assertNameFree(checked.name);
      const base = `${USER_ID_PREFIX}${slug(checked.name)}`;
      let id = base;
      for (let n = 2; (await this.get(id)) !== undefined; n++) id = `${base}-${n}`;
      const now = new Date().toISOString();
      await this.store.run(
        `CREATE (q:SavedQuery {id: $id, name: $name, description: $description, cypher: $cypher, params: $params, view: $view, createdAt: $now, updatedAt: $now})`,
        {
          id,
          name: checked.name,
          description: checked.description,
          cypher: checked.cypher,
          params: JSON.stringify(checked.params),
          view: checked.view,
          now,
        },
        { mode: 'write' },
      );
      return (await this.get(id))!;
    });
  }

  async update(id: string, input: UserQueryInput): Promise<UserQuery> {
    this.assertEditable(id, 'changed');
    const checked = await checkUserQuery(input, this.guard);
    return this.exclusive(async () => {
      if (!(await this.get(id))) throw new NotFoundError(`Saved query: no query "${id}".`, { details: { id } });
      await this.assertNameFree(checked.name, id);
      await this.store.run(
        `MATCH (q:SavedQuery {id: $id})
         SET q.name = $name, q.description = $description, q.cypher = $cypher, q.params = $params, q.view = $view, q.updatedAt = $now`,
        {
          id,
          name: checked.name,
          description: checked.description,
          cypher: checked.cypher,
          params: JSON.stringify(checked.params),
          view: checked.view,
          now: new Date().toISOString(),
        },
        { mode: 'write' },
      );
      return (await this.get(id))!;
    });
  }

  delete(id: string): Promise<void> {
    this.assertEditable(id, 'deleted');
    return this.exclusive(async () => {
      if (!(await this.get(id))) throw new NotFoundError(`Saved query: no query "${id}".`, { details: { id } });
      await this.store.run('MATCH (q:SavedQuery {id: $id}) DELETE q', { id }, { mode: 'write' });
    });
  }
}
