// Refuses any Cypher that could write, load files, run commands or change the schema, judged on Neo4j's own parse tree.
//
// Why a parse tree and not keywords: `cReAtE`, comments, backticks and subqueries (CALL {}, EXISTS {}, COUNT {})
// defeat word matching, and words inside strings or property names must not. The tree comes from
// @neo4j-cypher/language-support (Neo4j's official ANTLR grammar, the one its tools ship): `getDebugTree` is its
// public view of that tree (rule names for inner nodes, token text for leaves), and `lintCypherQuery` reports the
// syntax and semantic errors Neo4j's own analysis finds. The guard is an allow-list: only the clauses a read
// query needs pass, so a clause added to Cypher later is refused until someone decides otherwise.
//
// Decisions: SHOW / TERMINATE and every other administration or schema command is refused (the explorer needs
// none, and SHOW TRANSACTIONS or SHOW SETTINGS reveal more than a graph query should). Query options
// (EXPLAIN, PROFILE, CYPHER …) are refused too: PROFILE runs the query, and runtime options are not ours to pick.
// One statement only; a single trailing `;` is fine.
//
// Unicode escapes (`\uXXXX`) are refused anywhere in the text. Neo4j's front end decodes them before it lexes,
// inside strings and comments too (the language-support semantic analysis, which is that front end, reads
// `\u0043REATE (n)` as CREATE, `'\u0027` as the end of a string and `// \u000a` as the end of a comment), while the
// ANTLR tree here does not: guarding one text while Neo4j runs another is how guards fail. No read query needs
// them: type the character, or pass the value as a parameter.
import { getDebugTree, isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { QueryRejectedError, QuerySyntaxError } from '../../core/errors.ts';

interface TreeNode {
  name: string;
  children: TreeNode[];
}

/** Procedures a read query may CALL: they read the schema or search the full-text index, nothing else. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Namespaced functions built into Neo4j (case-insensitive, as Neo4j treats built-ins); plugin functions such as apoc.cypher.* can run Cypher, so they are refused. */
const BUILT_IN_FUNCTION_NAMESPACES = ['date.', 'datetime.', 'localdatetime.', 'localtime.', 'time.', 'duration.', 'point.', 'vector.similarity.'];
const BUILT_IN_NAMESPACED_FUNCTIONS = new Set(['db.namefromelementid']);

/** Clause rules (children of the grammar's `clause`) a read query may use; callClause and subqueryClause are checked further. */
const READ_CLAUSES = new Set(['matchClause', 'withClause', 'returnClause', 'unwindClause', 'orderBySkipLimitClause', 'finishClause', 'callClause', 'subqueryClause']);

/** How refused clause rules are named in messages. */
const CLAUSE_NAMES: Record<string, string> = {
  createClause: 'CREATE',
  insertClause: 'INSERT',
  mergeClause: 'MERGE',
  setClause: 'SET',
  removeClause: 'REMOVE',
  deleteClause: 'DELETE',
  loadCSVClause: 'LOAD CSV',
  foreachClause: 'FOREACH',
  useClause: 'USE',
};

/** A backslash before u or U, however many backslashes precede it: Neo4j's decoding rules are not ours to re-implement. */
const UNICODE_ESCAPE = /\\[uU]/;

const ACCEPTED_CACHE_SIZE = 1000; // accepted texts remembered: saved queries repeat, and the analysis costs tens of ms
const accepted = new Set<string>();

/** Inner nodes of the debug tree are rules and always have children; leaves are tokens (a variable named `clause` is a leaf). */
function isRule(node: TreeNode, name?: string): boolean {
  return node.children.length > 0 && (name === undefined || node.name === name);
}

function leaves(node: TreeNode): string[] {
  return node.children.length === 0 ? [node.name] : node.children.flatMap(leaves);
}

/** A name as Neo4j reads it: backticks removed (a doubled backtick is one backtick). */
function unescapeName(token: string): string {
  return token.startsWith('`') && token.endsWith('`') && token.length >= 2 ? token.slice(1, -1).replace(/``/g, '`') : token;
}

/**
 * The dotted name of a procedureName or functionName node. Its first child is the `namespace` rule, which has no
 * children when the name has no namespace, so it is read by position, not by its (empty) text.
 */
function qualifiedName(node: TreeNode): string {
  const [namespace, ...rest] = node.children;
  const ns = namespace && namespace.name === 'namespace' ? namespace.children.flatMap(leaves) : leaves(namespace ?? { name: '', children: [] });
  return [...ns, ...rest.flatMap(leaves)].map(unescapeName).join('');
}

function reject(what: string, reason = 'is not allowed in a read-only query'): never {
  throw new QueryRejectedError(`assertReadOnly: ${what} ${reason}`, { details: { clause: what } });
}

function checkClause(clause: TreeNode): void {
  const inner = clause.children.find((c) => isRule(c));
  if (!inner) return; // an empty clause is a syntax error; the lint reports it
  if (!READ_CLAUSES.has(inner.name)) {
    const words = leaves(inner).map((w) => w.toUpperCase());
    let what = CLAUSE_NAMES[inner.name] ?? words[0] ?? inner.name;
    if (inner.name === 'deleteClause' && words[0] === 'DETACH') what = 'DETACH DELETE';
    // SHOW … and TERMINATE … can stand as clauses (SHOW INDEXES YIELD * RETURN …): name them as commands.
    if (inner.name === 'composableCommandClauses') what = `the command ${words.slice(0, 2).join(' ')}`;
    reject(what);
  }
  if (inner.name === 'callClause') {
    const proc = inner.children.find((c) => isRule(c, 'procedureName'));
    const name = proc ? qualifiedName(proc) : '';
    if (!READ_PROCEDURES.has(name)) reject(`CALL ${name || '(unnamed procedure)'}`, 'is not a read procedure on the allow-list');
  }
  if (inner.name === 'subqueryClause' && inner.children.some((c) => isRule(c, 'subqueryInTransactionsParameters'))) {
    reject('CALL { … } IN TRANSACTIONS');
  }
}

function checkFunction(invocation: TreeNode): void {
  const nameNode = invocation.children.find((c) => isRule(c, 'functionName'));
  if (!nameNode) return;
  const name = qualifiedName(nameNode);
  if (!name.includes('.')) return; // un-namespaced: a built-in (a backticked `a.b` counts as namespaced, to be safe)
  const lower = name.toLowerCase();
  if (BUILT_IN_NAMESPACED_FUNCTIONS.has(lower) || BUILT_IN_FUNCTION_NAMESPACES.some((ns) => lower.startsWith(ns))) return;
  reject(`function ${name}`, 'is not a built-in function; plugin functions are not allowed in a read-only query');
}

/** Rules refused wherever they appear, with how to name them. */
const REFUSED_RULES: Record<string, (node: TreeNode) => string> = {
  consoleCommand: (n) => `the console command :${leaves(n)[1] ?? ''}`,
  preparserOption: (n) => `the query option ${leaves(n).join(' ').toUpperCase()}`,
  command: (n) => `the command ${leaves(n).slice(0, 2).join(' ').toUpperCase()}`,
  localDefinition: () => 'a local procedure or function definition',
};

function walk(node: TreeNode): void {
  if (!isRule(node)) return;
  const refused = REFUSED_RULES[node.name];
  if (refused) reject(refused(node));
  if (node.name === 'clause') checkClause(node);
  else if (node.name === 'functionInvocation') checkFunction(node);
  for (const child of node.children) walk(child);
}

/**
 * Throws QueryRejectedError (naming the clause, command or procedure) unless the query is one read-only
 * statement, and QuerySyntaxError when Neo4j's parser or semantic analysis finds an error in it.
 * Undeclared parameters are not errors here: their values come with the request.
 */
export function assertReadOnly(query: string): void {
  if (accepted.has(query)) return;
  if (UNICODE_ESCAPE.test(query)) reject('a unicode escape (\\uXXXX)', 'is not accepted: Neo4j decodes it before parsing; type the character or use a parameter');
  const tree = getDebugTree(query) as TreeNode;
  const statements = tree.children.filter((s) => isRule(s));
  if (statements.length === 0) throw new QuerySyntaxError('assertReadOnly: the query is empty');
  for (const s of statements) walk(s);
  const errors = lintCypherQuery(query, {}, { consoleCommandsEnabled: false })
    .diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 && isNotParamError(d));
  if (errors.length > 0) {
    const [first] = errors;
    const at = `line ${first.range.start.line + 1}, column ${first.range.start.character + 1}`;
    throw new QuerySyntaxError(`assertReadOnly: ${first.message} (${at})`, {
      details: { errors: errors.map((e) => ({ line: e.range.start.line + 1, column: e.range.start.character + 1, message: e.message })) },
    });
  }
  if (statements.length > 1) reject(`${statements.length} statements`, 'were given; send one statement at a time');
  if (accepted.size >= ACCEPTED_CACHE_SIZE) accepted.clear();
  accepted.add(query);
}
