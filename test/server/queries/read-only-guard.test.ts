// Proves the read-only guard refuses every kind of write, command and escape trick, and accepts the read queries the explorer needs.
import { describe, expect, it } from 'vitest';
import { QueryRejectedError, QuerySyntaxError, QueryTooComplexError } from '../../../core/errors.ts';
import { assertReadOnly, READ_PROCEDURES } from '../../../server/queries/read-only-guard.ts';

/** Runs the guard and returns the error it throws (or null). */
function guardError(query: string): Error | null {
  try {
    assertReadOnly(query);
    return null;
  } catch (e) {
    return e as Error;
  }
}

/** [query, what the error names] — every one must be refused with QueryRejectedError. */
const REFUSED: [string, string][] = [
  // writing clauses, in any casing
  ["CREATE (n:Person {name: 'x'})", 'CREATE'],
  ['cReAtE (n)', 'CREATE'],
  ["MATCH (n) SET n.name = 'x'", 'SET'],
  ['MATCH (n) SET n:Evil', 'SET'],
  ['MATCH (n) SET n += {a: 1}', 'SET'],
  ['MATCH (n) DELETE n', 'DELETE'],
  ['match (n) detach delete n', 'DETACH DELETE'],
  ['MATCH (n) REMOVE n.name', 'REMOVE'],
  ['MATCH (n) REMOVE n:Person', 'REMOVE'],
  ["MERGE (n:Person {id: 'x'})", 'MERGE'],
  ['MATCH (n) MERGE (n)-[:R]->(m:M)', 'MERGE'],
  ["INSERT (n:Person {name: 'x'})", 'INSERT'],
  ['UNWIND [1, 2] AS x CREATE (:N {v: x})', 'CREATE'],
  ['MATCH (a), (b) CREATE (a)-[:KNOWS]->(b)', 'CREATE'],
  ['OPTIONAL MATCH (n) SET n.x = 1 RETURN n', 'SET'],
  ['MATCH (n) RETURN n ORDER BY n.name SKIP 1 LIMIT 2 CREATE (x)', 'CREATE'],
  ['MATCH (n) RETURN n UNION MATCH (m) SET m.x = 1 RETURN m', 'SET'],
  // file loading and loops
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV'],
  ['LOAD CSV WITH HEADERS FROM $url AS row RETURN row', 'LOAD CSV'],
  ['MATCH (n) FOREACH (x IN [1] | SET n.v = x)', 'FOREACH'],
  ['FOREACH (x IN [1, 2] | CREATE (:N {v: x}))', 'FOREACH'],
  // procedures not on the allow-list, however they are spelled
  ["CALL db.createLabel('Evil')", 'CALL db.createLabel'],
  ["CALL `db`.`createLabel`('Evil')", 'CALL db.createLabel'],
  ["CALL dbms.security.createUser('u', 'p', false)", 'CALL dbms.security.createUser'],
  ["CALL `dbms.security.createUser`('u', 'p', false)", 'CALL dbms.security.createUser'],
  ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", 'CALL apoc.periodic.iterate'],
  ["CALL dbms.killQuery('query-1')", 'CALL dbms.killQuery'],
  ['MATCH (n) WITH n CALL db.clearQueryCaches() RETURN n', 'CALL db.clearQueryCaches'],
  ['CALL DB.LABELS() YIELD label RETURN label', 'CALL DB.LABELS'],
  // a read procedure followed by a write
  ['CALL db.labels() YIELD label CREATE (:L {name: label})', 'CREATE'],
  [
    "WITH 1 AS x CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node DETACH DELETE node",
    'DETACH DELETE',
  ],
  // plugin functions can run Cypher; store functions and LOAD CSV's functions are not on the allow-list either
  [
    "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {}) AS x",
    'function apoc.cypher.runFirstColumnSingle',
  ],
  ['RETURN file() AS f', 'function file'],
  ['RETURN linenumber() AS l', 'function linenumber'],
  ['MATCH (n) RETURN grafeo.degree(n) AS d', 'function grafeo.degree'],
  ['MATCH (n) RETURN someUnknownFunction(n) AS d', 'function someUnknownFunction'],
  ['CALL grafeo.pagerank()', 'CALL grafeo.pagerank'],
  // writes inside subqueries of every kind
  ['CALL { CREATE (n) RETURN n } RETURN n', 'CREATE'],
  ['MATCH (n) CALL (n) { SET n.x = 1 } RETURN n', 'SET'],
  ['MATCH (n) CALL { WITH n MERGE (n)-[:R]->(:M) } RETURN n', 'MERGE'],
  ['MATCH (n) WHERE EXISTS { CREATE (m) } RETURN n', 'CREATE'],
  ['MATCH (n) WHERE COUNT { MATCH (n)--(m) SET m.x = 1 } > 0 RETURN n', 'SET'],
  ['MATCH (n) RETURN COLLECT { CREATE (m) RETURN m } AS l', 'CREATE'],
  ['CALL db.labels() YIELD label RETURN label UNION ALL CALL { CREATE (x) } RETURN 1 AS label', 'CREATE'],
  // batched transactions and other databases
  ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', 'CALL { … } IN TRANSACTIONS'],
  ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS', 'CALL { … } IN TRANSACTIONS'],
  ['USE system MATCH (n) RETURN n', 'USE'],
  ['CALL { USE other MATCH (n) RETURN n } RETURN n', 'USE'],
  // schema and administration commands (SHOW included: see the guard's header)
  ['CREATE INDEX evil FOR (n:Person) ON (n.name)', 'the command CREATE INDEX'],
  ['DROP INDEX entity_search', 'the command DROP INDEX'],
  ['CREATE CONSTRAINT c FOR (n:X) REQUIRE n.id IS UNIQUE', 'the command CREATE CONSTRAINT'],
  ['DROP CONSTRAINT entity_id_unique IF EXISTS', 'the command DROP CONSTRAINT'],
  ['CREATE DATABASE evil', 'the command CREATE DATABASE'],
  ["CREATE USER bob SET PASSWORD 'secret12345'", 'the command CREATE USER'],
  ['GRANT ROLE admin TO bob', 'the command GRANT ROLE'],
  ['SHOW USERS', 'the command SHOW USERS'],
  ['SHOW TRANSACTIONS', 'the command SHOW TRANSACTIONS'],
  ['SHOW INDEXES', 'the command SHOW INDEXES'],
  ['SHOW INDEXES YIELD name RETURN name', 'the command SHOW INDEXES'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'the command TERMINATE TRANSACTIONS'],
  // query options and console commands
  ['EXPLAIN CREATE (n)', 'the query option EXPLAIN'],
  ['PROFILE MATCH (n) SET n.x = 1', 'the query option PROFILE'],
  ['CYPHER 25 MATCH (n) RETURN n', 'the query option CYPHER 25'],
  [':param x => 1', 'the console command :param'],
  // hidden behind comments and line breaks
  ['// harmless comment\nCREATE (n)', 'CREATE'],
  ['/* MATCH (n) RETURN n */ CREATE (n)', 'CREATE'],
  ["MATCH (n)\n  //\n  sEt\n  n.`name` = 'x'", 'SET'],
  // more than one statement
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'DETACH DELETE'],
  ['MATCH (n) RETURN n /* ; */ ; CREATE (m)', 'CREATE'],
  ['MATCH (n) RETURN n; MATCH (m) RETURN m', '2 statements'],
  // unicode escapes, which Neo4j decodes before it parses (even inside strings and comments)
  ['\\u0043REATE (n)', 'a unicode escape (\\uXXXX)'],
  ['MATCH (n) \\u0053ET n.x = 1 RETURN n', 'a unicode escape (\\uXXXX)'],
  ['MATCH (n) // \\u000a SET n.x = 1\nRETURN n', 'a unicode escape (\\uXXXX)'],
  ["RETURN '\\u0027 + 1 AS x CREATE (n) //' AS y", 'a unicode escape (\\uXXXX)'],
  ['MATCH (n) RETURN n \\u003B CREATE (m)', 'a unicode escape (\\uXXXX)'],
];

/** Queries Neo4j's parser or semantic analysis refuses: QuerySyntaxError. */
const SYNTAX_ERRORS = [
  'MATCH (n RETURN n',
  'RETURN',
  '',
  '   ',
  '// only a comment',
  'MATCH (n) RETURN m',
  'MATCH (n) RETURN n;;',
  'RETURN 1 AS x FINISH',
];

/** Read queries the explorer needs: each must be accepted. */
const ACCEPTED = [
  'MATCH (n:Person) RETURN n.name AS name LIMIT 10',
  'mAtCh (n:Person) ReTuRn n',
  'MATCH p = shortestPath((a:Person {id: $a})-[*..6]-(b:Person {id: $b})) RETURN p',
  'MATCH p = allShortestPaths((a:Person {id: $a})-[*..6]-(b:Person {id: $b})) RETURN p',
  'MATCH (n:Entity) RETURN n.name AS name, COUNT { (n)--() } AS degree ORDER BY degree DESC',
  'MATCH (n:Person) WHERE EXISTS { (n)-[:SAID]->(:Statement) } RETURN n',
  "MATCH (n:Person) WHERE EXISTS { MATCH (n)-[:SAID]->(s:Statement) WHERE s.kind = 'direct' } RETURN n",
  'MATCH (n:Person) RETURN COLLECT { MATCH (n)-[:SAID]->(s) RETURN s.text } AS said',
  'CALL { MATCH (p:Person) RETURN p UNION MATCH (c:Company) RETURN c AS p } RETURN p.name AS name',
  'MATCH (n:Person) CALL (n) { MATCH (n)-[:SAID]->(s) RETURN count(s) AS said } RETURN n.name AS name, said',
  'MATCH (n:Person) CALL { WITH n MATCH (n)-[:SAID]->(s) RETURN count(s) AS said } RETURN n.name AS name, said',
  'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n',
  'MATCH (n:Entity) WITH n.type AS type, count(*) AS c WHERE c > 1 RETURN type, c',
  'MATCH (p:Person) OPTIONAL MATCH (p)-[:LEADS]->(c:Company) RETURN p.name AS person, c.name AS company',
  'RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x] AS squares',
  'MATCH (n:Person) RETURN [(n)-[:SAID]->(s) | s.text] AS said',
  'RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS total',
  'MATCH (s:Statement) WHERE s.date >= $since RETURN s LIMIT $limit',
  'WITH $x AS x RETURN x IS NULL AS missing',
  "MATCH (s:Statement) WHERE s.text CONTAINS 'create' OR s.text CONTAINS 'DETACH DELETE n; DROP INDEX x' RETURN s.`set` AS a, s.create AS b",
  'MATCH (`delete`:Person) RETURN `delete`.name AS name',
  '// CREATE (n)\nMATCH (n) RETURN n /* DETACH DELETE n */',
  'CALL db.labels() YIELD label RETURN label',
  "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node.name AS name, score",
  "RETURN date.truncate('month', date('2025-07-15')) AS month, duration.between(date('2025-01-01'), date()) AS d",
  'MATCH (n:Person) RETURN n {.name, .roles} AS person, CASE WHEN size(n.roles) > 0 THEN n.roles[0] ELSE null END AS role',
  'MATCH (n:Person) RETURN n.name AS name UNION MATCH (c:Company) RETURN c.name AS name',
  'MATCH (n) RETURN n;',
  'MATCH (n:Entity) RETURN n ORDER BY n.name SKIP 5 LIMIT 5',
  'MATCH (a:Person)(()-[:LEADS]->()){1,3}(b) RETURN b',
  "MATCH (n {name: 'Société Générale — 中芯国际'}) RETURN n",
  "MATCH (n) WHERE n.name =~ '(?i)nv.*' RETURN n",
];

describe('assertReadOnly refuses writes, commands and escape tricks', () => {
  it('has at least 40 refusal cases', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REFUSED)('refuses %j, naming %s', (query, clause) => {
    const e = guardError(query);
    expect(e).toBeInstanceOf(QueryRejectedError);
    expect((e as QueryRejectedError).details).toEqual({ clause });
    expect(e!.message).toContain(clause);
  });

  it.each(SYNTAX_ERRORS.map((q) => [q]))('refuses %j as a syntax error', (query) => {
    expect(guardError(query)).toBeInstanceOf(QuerySyntaxError);
  });

  it('says where the syntax error is', () => {
    const e = guardError('MATCH (n:Person)\nRETURN m') as QuerySyntaxError;
    expect(e.details).toEqual({ errors: [{ line: 2, column: 8, message: 'Variable `m` not defined' }] });
  });
});

describe('assertReadOnly accepts read queries', () => {
  it.each(ACCEPTED.map((q) => [q]))('accepts %j', (query) => {
    expect(guardError(query)).toBeNull();
  });

  it('still refuses a write after accepting (and remembering) a read that differs only in one clause', () => {
    assertReadOnly('MATCH (n:Person) RETURN n');
    expect(guardError('MATCH (n:Person) DELETE n')).toBeInstanceOf(QueryRejectedError);
    expect(guardError('MATCH (n:Person) RETURN n')).toBeNull();
  });

  it('returns the canonical text to run: comments blanked, the \\r bypass reduced to what was checked', () => {
    expect(assertReadOnly('MATCH (n) // x\nRETURN n')).toBe(`MATCH (n) ${' '.repeat(4)}\nRETURN n`);
    expect(assertReadOnly("//\r/*:\nLOAD CSV FROM '/etc/passwd' AS line RETURN line //\r*/ RETURN 1 AS x").trim()).toBe(
      'RETURN 1 AS x',
    );
  });

  it.each([
    ['MATCH (a)-[*]-(b) RETURN a', 'no upper bound'],
    ['MATCH (a)-[*2..]-(b) RETURN a', 'no upper bound'],
    ['MATCH (a)-[:R*1..50]-(b) RETURN a', 'more than 10 hops'],
    ['MATCH (a)-[*12]-(b) RETURN a', 'more than 10 hops'],
    ['MATCH p = shortestPath((a)-[*]-(b)) RETURN p', 'no upper bound'],
    ['MATCH (a)((x)-->(y)){1,}(b) RETURN a', 'no upper bound'],
    ['MATCH (a)((x)-->(y))+(b) RETURN a', 'no upper bound'],
    ['MATCH (a)((x)-->(y)){2,40}(b) RETURN a', 'more than 10'],
    ['UNWIND range(1, 100000000) AS x RETURN count(x) AS n', '100,000,000 values'],
  ])('refuses the costly %j with QueryTooComplexError saying %s and how to bound it', (query, says) => {
    const e = guardError(query);
    expect(e).toBeInstanceOf(QueryTooComplexError);
    expect(e!.message).toContain(says);
  });

  it('accepts bounded variable-length patterns, quantifiers and ranges', () => {
    for (const q of [
      'MATCH (a)-[:R*1..3]-(b) RETURN a',
      'MATCH (a)-[*..8]-(b) RETURN a',
      'MATCH (a)-[*3]-(b) RETURN a',
      'MATCH (a)((x)-->(y)){1,4}(b) RETURN a',
      'UNWIND range(1, 1000) AS x RETURN x',
    ]) {
      expect(guardError(q), q).toBeNull();
    }
  });

  it('accepts built-in functions in any casing', () => {
    expect(
      guardError(
        "RETURN toUpper('a') AS u, TOLOWER('B') AS l, coalesce(null, 1) AS c, datetime.truncate('day', datetime()) AS d",
      ),
    ).toBeNull();
  });

  it('allows only read procedures', () => {
    expect(
      [...READ_PROCEDURES].every((p) =>
        /^db\.(labels|relationshipTypes|propertyKeys|index\.fulltext\.query\w+|schema\.\w+)$/.test(p),
      ),
    ).toBe(true);
  });
});
