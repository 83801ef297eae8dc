// Lints every .cypher file under cypher/ (found by walking the tree, so new files are covered) with Neo4j's own parser and semantic analysis.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { parseQueryFile } from '../../core/saved-query.ts';
import { ENTITY_LABELS, OTHER_LABELS, RELATION_TYPES, STRUCTURAL_TYPES } from '../../core/graph-model.ts';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

/** Property keys the loader writes (the graph shape the queries are written against); a typo in a key is reported. */
const PROPERTY_KEYS = [
  // entities
  'id',
  'name',
  'type',
  'aliases',
  'aliasText',
  'roles',
  'description',
  'kind',
  'mentionCount',
  // documents
  'title',
  'source',
  'url',
  'date',
  'language',
  'contentHash',
  'text',
  'loadedAt',
  // statements
  'cue',
  'docId',
  'start',
  'end',
  'sentence',
  'speakerName',
  // MENTIONED_IN and relation provenance
  'count',
  'spans',
  'evidence',
  'confidence',
  'method',
  'support',
  'sources',
];

/** What the linter knows of our database: labels, types and keys from the graph model, parameters from the file's headers. */
function dbSchema(parameters: Record<string, unknown> = {}) {
  return {
    labels: ['Entity', ...ENTITY_LABELS, ...OTHER_LABELS],
    relationshipTypes: [...RELATION_TYPES, ...STRUCTURAL_TYPES],
    propertyKeys: PROPERTY_KEYS,
    parameters,
  };
}

/** Every error, and every warning (an unknown label, type or key, a deprecation), as `line:column: message`. */
function lintProblems(text: string, parameters: Record<string, unknown> = {}): string[] {
  const { diagnostics } = lintCypherQuery(text, dbSchema(parameters), { consoleCommandsEnabled: false });
  return diagnostics
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity === 1 ? 'error' : 'warning'}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
    );
}

function cypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? cypherFiles(path.join(dir, e.name))
        : e.name.endsWith('.cypher')
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

const files = cypherFiles(CYPHER_DIR);

describe('the lint itself', () => {
  it('reports a syntax error, an undefined variable, an unknown label, type or key, and an undeclared parameter with their positions', () => {
    expect(lintProblems('MATCH (n:Person RETURN n')[0]).toMatch(/^1:17: error: Invalid input 'RETURN'/);
    expect(lintProblems('MATCH (n:Person)\nRETURN m')).toEqual(['2:8: error: Variable `m` not defined']);
    expect(lintProblems('MATCH (n:Persn) RETURN n')[0]).toMatch(
      /^1:10: warning: Label Persn is not present in the database/,
    );
    expect(lintProblems('MATCH (n:Person)-[:SAYS]->(s) RETURN s')[0]).toMatch(
      /^1:20: warning: Relationship type SAYS is not present/,
    );
    expect(lintProblems('MATCH (n:Person) RETURN n.nmae')[0]).toMatch(
      /^1:27: warning: nmae is not present in the database/,
    );
    expect(lintProblems('MATCH (n:Person {id: $who}) RETURN n')).toEqual([
      '1:22: error: Parameter $who is not defined.',
    ]);
    expect(lintProblems('MATCH (n:Person {id: $who}) RETURN n', { who: 'x' })).toEqual([]);
  });
});

describe("every .cypher file passes Neo4j's parser and semantic analysis", () => {
  it('finds the schema files and the saved queries by walking cypher/', () => {
    const rel = files.map((f) => path.relative(CYPHER_DIR, f));
    expect(rel.filter((f) => f.startsWith(`schema${path.sep}`)).length).toBeGreaterThanOrEqual(3);
    expect(rel.filter((f) => f.startsWith(`queries${path.sep}`)).length).toBeGreaterThanOrEqual(11);
  });

  it.each(files.map((f) => [path.relative(PROJECT_ROOT, f), f]))('%s has no errors or warnings', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    // A saved query's parameters are the ones its headers declare; a `$x` they do not declare is an error.
    const parameters = file.startsWith(QUERIES_DIR + path.sep)
      ? Object.fromEntries(parseQueryFile(path.basename(file), text).params.map((p) => [p.name, p.default ?? null]))
      : {};
    const problems = lintProblems(text, parameters).map((p) => `${path.relative(PROJECT_ROOT, file)}:${p}`);
    expect(problems).toEqual([]);
  });
});
