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
//
// What is checked is what runs: the guard first reads the text with the shared lexer of cypher-text.ts, which
// blanks comments, normalizes line endings and refuses what two lexers could read differently; it parses that
// canonical text and returns it, and callers hand exactly that string to the store. Functions are an allow-list
// too (Neo4j's built-ins, data in BUILT_IN_FUNCTIONS), so a store's own functions cannot be reached. Size and
// nesting are capped before any parsing (the parser's time grows steeply with nesting), and request paths run
// the parse in a worker with a time budget (guard-pool.ts), so no text can hold the event loop.
import { getDebugTree, isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { QueryRejectedError, QuerySyntaxError, QueryTooComplexError } from '../../core/errors.ts';
import { canonicalCypher, type CanonicalCypher } from './cypher-text.ts';

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

/**
 * Functions a query may call (lower case: Neo4j matches built-ins case-insensitively): Neo4j 5's built-ins that read
 * values, without `file()` and `linenumber()` (LOAD CSV's) and without plugins (apoc.cypher.* runs Cypher) or a
 * store's own functions. A function missing here is refused with its name, so adding one is a deliberate choice.
 */
export const BUILT_IN_FUNCTIONS: ReadonlySet<string> = new Set(
  `abs acos all any asin atan atan2 avg btrim ceil char_length character_length coalesce collect cos cot count date
  date.realtime date.statement date.transaction date.truncate datetime datetime.fromepoch datetime.fromepochmillis
  datetime.realtime datetime.statement datetime.transaction datetime.truncate db.namefromelementid degrees duration
  duration.between duration.indays duration.inmonths duration.inseconds e elementid endnode exists exp floor haversin
  head id isempty isnan keys labels last left length localdatetime localdatetime.realtime localdatetime.statement
  localdatetime.transaction localdatetime.truncate localtime localtime.realtime localtime.statement
  localtime.transaction localtime.truncate log log10 lower ltrim max min nodes none normalize nullif percentilecont
  percentiledisc pi point point.distance point.withinbbox properties radians rand randomuuid range reduce relationships
  replace reverse right round rtrim sign sin single size split sqrt startnode stdev stdevp substring sum tail tan time
  time.realtime time.statement time.transaction time.truncate timestamp toboolean tobooleanlist tobooleanornull
  tofloat tofloatlist tofloatornull tointeger tointegerlist tointegerornull tolower tostring tostringlist
  tostringornull toupper trim type upper valuetype vector.similarity.cosine vector.similarity.euclidean`.split(/\s+/),
);

/** Longest variable-length pattern a query may ask for: the saved queries need 8 hops, and each hop multiplies the work. */
export const MAX_PATH_HOPS = 10;
/** Largest list a literal range() may make (UNWIND range(1, 100000000) took 8 GB). */
export const MAX_RANGE_SIZE = 10_000_000;

/** Limits checked before parsing, with how a person is told about them. */
export const GUARD_LIMITS = {
  /** Characters in one query: the longest saved query is under 2,000. */
  maxChars: 20_000,
  /** Tokens (words, numbers, strings, symbols) in one query. */
  maxTokens: 2_000,
  /** Depth of nested ( [ { — the parser's time and stack grow with it. */
  maxDepth: 32,
};

/** Clause rules (children of the grammar's `clause`) a read query may use; callClause and subqueryClause are checked further. */
const READ_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'orderBySkipLimitClause',
  'finishClause',
  'callClause',
  'subqueryClause',
]);

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
const accepted = new Map<string, string>();

/** Inner nodes of the debug tree are rules and always have children; leaves are tokens (a variable named `clause` is a leaf). */
function isRule(node: TreeNode, name?: string): boolean {
  return node.children.length > 0 && (name === undefined || node.name === name);
}

function leaves(node: TreeNode): string[] {
  return node.children.length === 0 ? [node.name] : node.children.flatMap(leaves);
}

/** A name as Neo4j reads it: backticks removed (a doubled backtick is one backtick). */
function unescapeName(token: string): string {
  return token.startsWith('`') && token.endsWith('`') && token.length >= 2
    ? token.slice(1, -1).replace(/``/g, '`')
    : token;
}

/**
 * The dotted name of a procedureName or functionName node. Its first child is the `namespace` rule, which has no
 * children when the name has no namespace, so it is read by position, not by its (empty) text.
 */
function qualifiedName(node: TreeNode): string {
  const [namespace, ...rest] = node.children;
  const ns =
    namespace && namespace.name === 'namespace'
      ? namespace.children.flatMap(leaves)
      : leaves(namespace ?? { name: '', children: [] });
  return [...ns, ...rest.flatMap(leaves)].map(unescapeName).join('');
}

function reject(what: string, reason = 'is not allowed: queries here can only read the graph'): never {
  throw new QueryRejectedError(`${what} ${reason}.`, { details: { clause: what } });
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
    if (!READ_PROCEDURES.has(name))
      reject(
        `CALL ${name || '(unnamed procedure)'}`,
        `is not allowed: only these procedures may be called: ${[...READ_PROCEDURES].join(', ')}`,
      );
  }
  if (inner.name === 'subqueryClause' && inner.children.some((c) => isRule(c, 'subqueryInTransactionsParameters'))) {
    reject('CALL { … } IN TRANSACTIONS');
  }
}

function tooCostly(what: string, advice: string): never {
  throw new QueryTooComplexError(`${what}: ${advice}`, { details: { cost: what } });
}

/** `[*]`, `[*2..]`, `[*..50]`: a variable-length relationship needs an upper bound of at most MAX_PATH_HOPS. */
function checkPathLength(node: TreeNode): void {
  const words = leaves(node);
  const dots = words.indexOf('..');
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const upper =
    dots < 0 ? (numbers.length === 1 ? numbers[0] : null) : words.slice(dots + 1).find((w) => /^\d+$/.test(w));
  if (upper === null || upper === undefined) {
    tooCostly(
      `The variable-length pattern [${words.join('')}] has no upper bound`,
      `give it one of at most ${MAX_PATH_HOPS} hops, e.g. [*..${Math.min(6, MAX_PATH_HOPS)}]`,
    );
  }
  if (Number(upper) > MAX_PATH_HOPS)
    tooCostly(
      `The variable-length pattern [${words.join('')}] allows more than ${MAX_PATH_HOPS} hops`,
      `use at most [*..${MAX_PATH_HOPS}]`,
    );
}

/** Quantified path patterns `{1,}`, `+`, `*`: bounded like variable-length relationships. */
function checkQuantifier(node: TreeNode): void {
  const words = leaves(node);
  const text = words.join('');
  if (text === '+' || text === '*')
    tooCostly(`The quantifier ${text} has no upper bound`, `write {1,${MAX_PATH_HOPS}} or fewer`);
  const m = /^\{(\d*),?(\d*)\}$/.exec(text);
  if (!m) return;
  const upper = text.includes(',') ? m[2] : m[1];
  if (upper === '')
    tooCostly(`The quantifier ${text} has no upper bound`, `write {${m[1] || 1},${MAX_PATH_HOPS}} or fewer`);
  if (Number(upper) > MAX_PATH_HOPS)
    tooCostly(`The quantifier ${text} allows more than ${MAX_PATH_HOPS} repetitions`, `use at most ${MAX_PATH_HOPS}`);
}

/** range(a, b[, step]) with literal integer bounds makes a list in memory: at most MAX_RANGE_SIZE elements. */
function checkRange(invocation: TreeNode): void {
  const args = invocation.children
    .filter((c) => !isRule(c, 'functionName'))
    .flatMap(leaves)
    .join('');
  const m = /^\((-?\d+),(-?\d+)(?:,(-?\d+))?\)$/.exec(args);
  if (!m) return;
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  const size = Math.abs(Number(m[2]) - Number(m[1])) / step + 1;
  if (size > MAX_RANGE_SIZE)
    tooCostly(
      `range(${m[1]}, ${m[2]}) makes ${size.toLocaleString('en')} values`,
      `at most ${MAX_RANGE_SIZE.toLocaleString('en')} are allowed; use a smaller range or MATCH the data instead`,
    );
}

function checkFunction(invocation: TreeNode): void {
  const nameNode = invocation.children.find((c) => isRule(c, 'functionName'));
  if (!nameNode) return;
  const name = qualifiedName(nameNode);
  if (name.toLowerCase() === 'range') checkRange(invocation);
  if (BUILT_IN_FUNCTIONS.has(name.toLowerCase())) return;
  reject(`function ${name}`, "is not allowed: only Neo4j's built-in functions may be called");
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
  else if (node.name === 'pathLength') checkPathLength(node);
  else if (node.name === 'quantifier') checkQuantifier(node);
  for (const child of node.children) walk(child);
}

/** The unicode-escape check, the shared lexer and the size limits: cheap, linear, and run before any parser. */
export function precheck(query: string): CanonicalCypher {
  if (query.length > GUARD_LIMITS.maxChars) {
    throw new QueryTooComplexError(
      `The query is ${query.length.toLocaleString('en')} characters long; the limit is ${GUARD_LIMITS.maxChars.toLocaleString('en')}. Pass long values as parameters.`,
    );
  }
  if (UNICODE_ESCAPE.test(query))
    reject(
      'a unicode escape (\\uXXXX)',
      'is not accepted: Neo4j decodes it before parsing; type the character or use a parameter',
    );
  const canonical = canonicalCypher(query);
  if (canonical.tokens.length > GUARD_LIMITS.maxTokens) {
    throw new QueryTooComplexError(
      `The query has ${canonical.tokens.length.toLocaleString('en')} words and symbols; the limit is ${GUARD_LIMITS.maxTokens.toLocaleString('en')}. Pass long lists as parameters.`,
    );
  }
  if (canonical.depth > GUARD_LIMITS.maxDepth) {
    throw new QueryTooComplexError(
      `The query nests brackets ${canonical.depth} deep; the limit is ${GUARD_LIMITS.maxDepth}.`,
    );
  }
  return canonical;
}

/**
 * Parses a canonical text (from precheck) and throws QueryRejectedError (naming the clause, command, procedure or
 * function) unless it is one read-only statement, or QuerySyntaxError when Neo4j's parser or semantic analysis finds
 * an error in it. Undeclared parameters are not errors here: their values come with the request.
 */
export function checkCanonical(text: string): void {
  const tree = getDebugTree(text) as TreeNode;
  const statements = tree.children.filter((s) => isRule(s));
  if (statements.length === 0)
    throw new QuerySyntaxError('The query is empty: write a statement such as MATCH (n) RETURN n LIMIT 10.');
  for (const s of statements) walk(s);
  const errors = lintCypherQuery(text, {}, { consoleCommandsEnabled: false })
    .diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 && isNotParamError(d));
  if (errors.length > 0) {
    const [first] = errors;
    const at = `line ${first.range.start.line + 1}, column ${first.range.start.character + 1}`;
    throw new QuerySyntaxError(`${first.message} (${at})`, {
      details: {
        errors: errors.map((e) => ({
          line: e.range.start.line + 1,
          column: e.range.start.character + 1,
          message: e.message,
        })),
      },
    });
  }
  if (statements.length > 1) reject(`${statements.length} statements`, 'were given; send one statement at a time');
}

/**
 * The whole guard on this thread: returns the canonical text, which is what the store must run, or throws.
 * Request paths use checkReadOnly (guard-pool.ts), which runs the parse in a worker with a time budget; this is for
 * the saved-query files read at start-up and for the worker itself.
 */
export function assertReadOnly(query: string): string {
  const cached = accepted.get(query);
  if (cached !== undefined) return cached;
  const { text } = precheck(query);
  checkCanonical(text);
  remember(query, text);
  return text;
}

/** Remembers an accepted query and its canonical text (saved queries repeat, and the analysis costs tens of ms). */
export function remember(query: string, text: string): void {
  if (accepted.size >= ACCEPTED_CACHE_SIZE) accepted.clear();
  accepted.set(query, text);
}

/** The canonical text of a query accepted before, if it is remembered. */
export function acceptedBefore(query: string): string | undefined {
  return accepted.get(query);
}
