// Proves the saved-query header parser reads every header and type, and refuses bad files with QueryFileError naming file and line.
import { describe, expect, it } from 'vitest';
import { QueryFileError } from '../../core/errors.ts';
import { parseQueryFile, usedParameters } from '../../core/saved-query.ts';

const GOOD = `// name: Who said what about an entity
// description: Statements about an entity, newest first.
// A plain comment in the header block is allowed.
// param: about entity(Chip) = chip:h20 — the entity the statements are about
// param: limit int = 50 — the most rows
// param: minScore float = 0.5 -- the lowest score kept
// param: direct boolean = true – only direct quotes
// param: since date = 2025-01-01 — the first day
// param: source string = 'Example Wire' — a source name
// param: speaker entity(Entity) — who spoke (required)
// view: table
// tags: statements, quotes

MATCH (e:Entity {id: $about})<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Entity {id: $speaker})
WHERE s.date >= $since AND ($direct = false OR s.kind = 'direct') AND s.score >= $minScore
  AND s.source = $source // not $notAParam
RETURN s.text AS text, '$alsoNot' AS x
LIMIT $limit`;

/** The error parseQueryFile throws for text, with its line. */
function fileError(text: string, file = 'bad.cypher'): QueryFileError {
  try {
    parseQueryFile(file, text);
  } catch (e) {
    expect(e).toBeInstanceOf(QueryFileError);
    return e as QueryFileError;
  }
  throw new Error('expected a QueryFileError');
}

/** A valid file with one header line replaced or added, and an optional body. */
function withHeaders(headers: string[], body = 'MATCH (n:Entity {id: $about}) RETURN n'): string {
  return [...headers, body].join('\n');
}
const BASE = [
  '// name: A query',
  '// description: Does a thing.',
  '// view: graph',
  '// param: about entity(Entity) = chip:h20 — the entity',
];

describe('parseQueryFile reads a saved query', () => {
  it('returns id, name, description, typed params with converted defaults, view, tags and the body', () => {
    const q = parseQueryFile('who-said-what.cypher', GOOD);
    expect(q).toMatchObject({
      id: 'who-said-what',
      name: 'Who said what about an entity',
      description: 'Statements about an entity, newest first.',
      view: 'table',
      tags: ['statements', 'quotes'],
    });
    expect(q.params).toEqual([
      {
        name: 'about',
        type: 'entity',
        label: 'Chip',
        default: 'chip:h20',
        description: 'the entity the statements are about',
      },
      { name: 'limit', type: 'int', default: 50, description: 'the most rows' },
      { name: 'minScore', type: 'float', default: 0.5, description: 'the lowest score kept' },
      { name: 'direct', type: 'boolean', default: true, description: 'only direct quotes' },
      { name: 'since', type: 'date', default: '2025-01-01', description: 'the first day' },
      { name: 'source', type: 'string', default: 'Example Wire', description: 'a source name' },
      { name: 'speaker', type: 'entity', label: 'Entity', description: 'who spoke (required)' },
    ]);
    expect(q.cypher.startsWith('MATCH (e:Entity')).toBe(true);
    expect(q.cypher.endsWith('LIMIT $limit')).toBe(true);
  });

  it('takes the id from the file name, with or without a directory', () => {
    expect(parseQueryFile('cypher/queries/co-mentioned.cypher', withHeaders(BASE)).id).toBe('co-mentioned');
  });

  it('finds $parameters outside strings and comments, with their lines', () => {
    expect([
      ...usedParameters("MATCH (n {id: $a})\n// $b\nWHERE n.x = '$c' AND n.y = $`d e`\n/* $f */ RETURN $g").entries(),
    ]).toEqual([
      ['a', 1],
      ['d e', 3],
      ['g', 4],
    ]);
  });
});

describe('parseQueryFile refuses bad files, naming file and line', () => {
  it('a missing name, description or view', () => {
    for (const missing of ['name', 'description', 'view']) {
      const e = fileError(withHeaders(BASE.filter((h) => !h.startsWith(`// ${missing}:`))));
      expect(e.message).toContain(`"// ${missing}:" header is missing`);
      expect(e.file).toBe('bad.cypher');
    }
  });

  it('an unknown header, a repeated header, an empty one, an unknown view', () => {
    expect(fileError(withHeaders([...BASE, '// author: me'])).line).toBe(5);
    expect(fileError(withHeaders([...BASE, '// name: Again'])).message).toMatch(
      /^bad\.cypher:5: header "name" is given twice \(first on line 1\)/,
    );
    expect(fileError(withHeaders(['// name:', ...BASE.slice(1)])).line).toBe(1);
    expect(fileError(withHeaders([...BASE.slice(0, 2), '// view: chart', BASE[3]])).message).toContain(
      'view "chart" is unknown',
    );
  });

  it('a malformed param header, an unknown type, a label on a non-entity type, an unknown label, a missing description', () => {
    const param = (p: string) => fileError(withHeaders([...BASE.slice(0, 3), `// param: ${p}`]));
    expect(param('about').line).toBe(4);
    expect(param('about text = x — the entity').message).toContain('unknown type "text"');
    expect(param('about string(Chip) = x — the entity').message).toContain('only the entity type takes a label');
    expect(param('about entity = chip:h20 — the entity').message).toContain('needs a label');
    expect(param('about entity(Gadget) = chip:h20 — the entity').message).toContain('unknown entity label "Gadget"');
    expect(param('about entity(Chip) = chip:h20').message).toContain('has no description');
  });

  it('defaults that do not fit their type', () => {
    const bad: [string, string][] = [
      ['n int = 1.5', 'expecting an integer'],
      ['n int = 99999999999999999999', 'expecting an integer'],
      ['n float = abc', 'expecting a number'],
      ['n boolean = yes', 'expecting true or false'],
      ['n date = 2025-02-30', 'expecting a date as YYYY-MM-DD'],
      ['n date = 15/07/2025', 'expecting a date as YYYY-MM-DD'],
      ['n entity(Chip) = H20 chip', 'expecting an entity id like "chip:h20" (a Chip)'],
    ];
    for (const [p, expected] of bad) {
      const e = fileError(
        ['// name: Q', '// description: D.', '// view: table', `// param: ${p} — a value`, 'RETURN $n AS n'].join('\n'),
      );
      expect(e.line).toBe(4);
      expect(e.message).toContain(expected);
    }
  });

  it('a param declared twice, declared but unused, or used but undeclared', () => {
    expect(fileError(withHeaders([...BASE, '// param: about int = 1 — again'])).message).toContain(
      'param "about" is declared twice (first on line 4)',
    );
    const unused = fileError(withHeaders([...BASE, '// param: limit int = 10 — rows']));
    expect([unused.line, unused.message]).toEqual([
      5,
      'bad.cypher:5: param "limit" is declared but the query never uses $limit.',
    ]);
    const undeclared = fileError(withHeaders(BASE, 'MATCH (n:Entity {id: $about})\nRETURN n LIMIT $limit'));
    expect([undeclared.line, undeclared.message]).toEqual([
      6,
      'bad.cypher:6: the query uses $limit, which no "// param:" header declares.',
    ]);
  });

  it('no body, or a file name that is not a usable id', () => {
    expect(fileError(BASE.join('\n')).message).toContain('no Cypher after them');
    expect(fileError(withHeaders(BASE), 'Bad Name.cypher').message).toContain('not a usable id');
    expect(fileError(withHeaders(BASE), 'query.txt').message).toContain('must end in .cypher');
  });
});
