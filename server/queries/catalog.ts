// The saved-query catalog: reads cypher/queries/*.cypher (duplicates and writes refused, naming the files) and coerces request parameters by declared type.
import fs from 'node:fs';
import path from 'node:path';
import { QUERIES_DIR } from '../../core/project-paths.ts';
import { ActorgraphError, InvalidArgumentError, QueryFileError } from '../../core/errors.ts';
import {
  convertText,
  parseQueryFile,
  type ParamValue,
  type QueryParam,
  type SavedQuery,
} from '../../core/saved-query.ts';
import { assertReadOnly } from './read-only-guard.ts';

export interface Catalog {
  /** Saved queries in file-name order. */
  queries: SavedQuery[];
  get(id: string): SavedQuery | undefined;
}

/**
 * Loads every `*.cypher` file of dir. Refuses (QueryFileError) a malformed file, two files with the same id or
 * the same name (naming both), and a query the read-only guard refuses: saved queries run in read mode.
 */
export function loadCatalog(dir: string = QUERIES_DIR): Catalog {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const queries: SavedQuery[] = [];
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const file of files) {
    const q = parseQueryFile(file, fs.readFileSync(path.join(dir, file), 'utf8'));
    // Ids come from file names, so they clash only by case, which a URL or a case-insensitive file system would not tell apart.
    const idKey = q.id.toLowerCase();
    if (byId.has(idKey))
      throw new QueryFileError(file, undefined, `id "${q.id}" is also the id of ${byId.get(idKey)}.`);
    const nameKey = q.name.trim().toLowerCase();
    if (byName.has(nameKey))
      throw new QueryFileError(file, undefined, `name "${q.name}" is also the name of ${byName.get(nameKey)}.`);
    byId.set(idKey, file);
    byName.set(nameKey, file);
    try {
      assertReadOnly(q.cypher);
    } catch (e) {
      if (!(e instanceof ActorgraphError)) throw e;
      throw new QueryFileError(file, undefined, `the query is refused by the read-only guard: ${e.message}`, {
        cause: e,
      });
    }
    queries.push(q);
  }
  return catalogOf(queries);
}

/** A catalog of queries loadCatalog has already checked (tests share one check of the built-ins this way). */
export function catalogOf(queries: SavedQuery[]): Catalog {
  const index = new Map(queries.map((q) => [q.id, q]));
  return { queries, get: (id) => index.get(id) };
}

function describeValue(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) : String(v);
}

function coerceOne(param: QueryParam, raw: unknown): ParamValue {
  const fail = (expected: string): never => {
    throw new InvalidArgumentError(
      `coerceParams: parameter "${param.name}" expects ${expected}, got ${describeValue(raw)}.`,
      { details: { param: param.name } },
    );
  };
  if (typeof raw === 'string') {
    const r = convertText(param, raw);
    return 'expected' in r ? fail(r.expected) : r.value;
  }
  switch (param.type) {
    case 'int':
      return typeof raw === 'number' && Number.isSafeInteger(raw) ? raw : fail('an integer');
    case 'float':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : fail('a number');
    case 'boolean':
      return typeof raw === 'boolean' ? raw : fail('true or false');
    case 'date':
      return fail('a date as YYYY-MM-DD');
    case 'entity':
      return fail('an entity id like "chip:h20"');
    case 'string':
      return fail('a string');
  }
}

/**
 * Validates and converts request values by the query's declared types: missing values take the default, an
 * int becomes an integer, a date stays a checked 'YYYY-MM-DD' string, an entity an id string. Unknown names,
 * missing values without a default and values of the wrong type are InvalidArgumentError naming the parameter.
 */
export function coerceParams(query: SavedQuery, rawParams: Record<string, unknown>): Record<string, ParamValue> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const name of Object.keys(rawParams)) {
    if (!declared.has(name)) {
      const known = query.params.map((p) => p.name).join(', ') || 'none';
      throw new InvalidArgumentError(
        `coerceParams: query "${query.id}" has no parameter "${name}" (it takes: ${known}).`,
        { details: { param: name } },
      );
    }
  }
  const out: Record<string, ParamValue> = {};
  for (const p of query.params) {
    const raw = Object.hasOwn(rawParams, p.name) ? rawParams[p.name] : undefined;
    if (raw === undefined || raw === null || raw === '') {
      if (p.default === undefined)
        throw new InvalidArgumentError(`coerceParams: parameter "${p.name}" of query "${query.id}" is required.`, {
          details: { param: p.name },
        });
      out[p.name] = p.default;
      continue;
    }
    out[p.name] = coerceOne(p, raw);
  }
  return out;
}
