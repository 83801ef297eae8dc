// Proves the catalog loads cypher/queries, refuses duplicates (naming both files) and writes, and coerces request parameters by declared type.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, QueryFileError, QueryRejectedError } from '../../../core/errors.ts';
import { coerceParams, loadCatalog } from '../../../server/queries/catalog.ts';
import { parseQueryFile } from '../../../core/saved-query.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary queries directory holding the given files. */
function queriesDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-queries-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const query = (name: string, body = 'MATCH (n:Entity) RETURN n LIMIT 5') =>
  `// name: ${name}\n// description: A test query.\n// view: table\n${body}\n`;

function catalogError(dir: string): QueryFileError {
  try {
    loadCatalog(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(QueryFileError);
    return e as QueryFileError;
  }
  throw new Error('expected a QueryFileError');
}

describe('loadCatalog', () => {
  it('loads the built-in queries from cypher/queries, in file order, each findable by id', () => {
    const catalog = loadCatalog();
    expect(catalog.queries.length).toBeGreaterThanOrEqual(11);
    expect(catalog.queries.map((q) => q.id)).toEqual([...catalog.queries.map((q) => q.id)].sort());
    expect(catalog.get('who-said-what-about')?.params.map((p) => p.name)).toEqual(['about', 'limit']);
    expect(catalog.get('no-such-query')).toBeUndefined();
  });

  it('ignores files that are not .cypher', () => {
    const dir = queriesDir({ 'a.cypher': query('A'), 'README.md': '# not a query' });
    expect(loadCatalog(dir).queries.map((q) => q.id)).toEqual(['a']);
  });

  it('refuses two queries with the same name, naming both files', () => {
    const e = catalogError(queriesDir({ 'first.cypher': query('Same name'), 'second.cypher': query('same NAME ') }));
    expect(e.file).toBe('second.cypher');
    expect(e.message).toContain('first.cypher');
  });

  it('refuses two ids that differ only by case, naming both files', () => {
    const e = catalogError(queriesDir({ 'Trace.cypher': query('One'), 'trace.cypher': query('Two') }));
    expect(e.message).toMatch(/Trace\.cypher/);
    expect(e.message).toMatch(/trace\.cypher/);
  });

  it('refuses a saved query the read-only guard refuses, keeping the guard error as the cause', () => {
    const e = catalogError(queriesDir({ 'evil.cypher': query('Evil', 'MATCH (n) DETACH DELETE n') }));
    expect(e.file).toBe('evil.cypher');
    expect(e.cause).toBeInstanceOf(QueryRejectedError);
  });

  it('passes on a header error with the file and line', () => {
    const e = catalogError(
      queriesDir({
        'bad.cypher': '// name: Bad\n// description: D.\n// view: table\n// param: x decimal = 1 — x\nRETURN $x AS x',
      }),
    );
    expect([e.file, e.line]).toEqual(['bad.cypher', 4]);
  });
});

describe('coerceParams', () => {
  const q = parseQueryFile(
    'typed.cypher',
    `// name: Typed
// description: One parameter of each type.
// param: about entity(Chip) = chip:h20 — an entity
// param: limit int = 50 — rows
// param: score float = 0.5 — a score
// param: direct boolean = false — a flag
// param: since date = 2025-01-01 — a day
// param: text string — required text
// view: table
RETURN $about AS about, $limit AS limit, $score AS score, $direct AS direct, $since AS since, $text AS text`,
  );

  it('fills in defaults and keeps a required value', () => {
    expect(coerceParams(q, { text: 'hello' })).toEqual({
      about: 'chip:h20',
      limit: 50,
      score: 0.5,
      direct: false,
      since: '2025-01-01',
      text: 'hello',
    });
  });

  it('converts query-string text to each type', () => {
    expect(
      coerceParams(q, {
        about: 'chip:h100',
        limit: '10',
        score: '1e-3',
        direct: 'true',
        since: '2024-02-29',
        text: '42',
      }),
    ).toEqual({
      about: 'chip:h100',
      limit: 10,
      score: 0.001,
      direct: true,
      since: '2024-02-29',
      text: '42',
    });
  });

  it('accepts JSON values of the right type', () => {
    expect(coerceParams(q, { limit: 7, score: 2, direct: true, text: 'x' })).toMatchObject({
      limit: 7,
      score: 2,
      direct: true,
    });
  });

  it('treats an empty value as missing', () => {
    expect(coerceParams(q, { limit: '', text: 'x' }).limit).toBe(50);
  });

  it('refuses values of the wrong type with InvalidArgumentError naming the parameter', () => {
    const bad: Record<string, unknown>[] = [
      { limit: '10.5' },
      { limit: 1.5 },
      { limit: 'ten' },
      { limit: 2 ** 60 },
      { score: 'NaN' },
      { score: Infinity },
      { direct: 'yes' },
      { direct: 1 },
      { since: '2025-13-01' },
      { since: 20250101 },
      { about: 'H20' },
      { about: 42 },
      { text: 42 },
      { text: ['a'] },
    ];
    for (const raw of bad) {
      const name = Object.keys(raw)[0];
      let error: unknown;
      try {
        coerceParams(q, { text: 'x', ...raw });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(raw)).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).details).toEqual({ param: name });
      expect((error as Error).message).toContain(`"${name}"`);
    }
  });

  it('refuses a missing required value and an unknown parameter', () => {
    expect(() => coerceParams(q, {})).toThrow(InvalidArgumentError);
    expect(() => coerceParams(q, {})).toThrow(/"text" of query "typed" is required/);
    expect(() => coerceParams(q, { text: 'x', limt: 5 })).toThrow(
      /has no parameter "limt" \(it takes: about, limit, score, direct, since, text\)/,
    );
  });

  it('does not treat inherited object keys as given values', () => {
    expect(() => coerceParams(q, Object.create({ text: 'inherited' }) as Record<string, unknown>)).toThrow(
      /"text" of query "typed" is required/,
    );
  });
});
