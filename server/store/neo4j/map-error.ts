// Pure mapping from neo4j-driver errors (by status code) to actorgraph's error classes, for queries and for start-up.
import { Neo4jError } from 'neo4j-driver';
import {
  ActorgraphError,
  ConflictError,
  InvalidArgumentError,
  QueryFailedError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreAuthError,
  StoreError,
  StoreUnavailableError,
  WriteConflictError,
} from '../../../core/errors.ts';

/** Codes the driver itself gives when it cannot reach a server or loses it mid-transaction. */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

const AUTH = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

const SYNTAX = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Procedure.ProcedureNotFound',
]);

const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Writes refused because the transaction is read-only (or the user/database is). */
const READ_ONLY = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Transaction.ForbiddenDueToTransactionType',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.ClientError.Security.Forbidden',
]);

/** Terminated/LockClientStopped (reclassified by the driver from transient) carry the timeout as their reason. */
const TERMINATED = new Set(['Neo.ClientError.Transaction.Terminated', 'Neo.ClientError.Transaction.LockClientStopped']);

/** Errors in the values a query computes on (its input is wrong, not the server): the request must change → 400. */
const BAD_VALUE = new Set([
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.ClientError.Statement.PropertyNotFound',
  'Neo.ClientError.Procedure.ProcedureCallFailed', // e.g. a full-text query Lucene cannot parse
  'Neo.ClientError.Procedure.TypeError',
]);

/** The query needs more memory than the server grants a transaction: not retriable as is. */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.ClientError.Transaction.TransactionOutOfMemoryError',
]);

export interface ErrorContext {
  /** Where the call came from, e.g. "Neo4jStore.run". */
  where: string;
  query?: string;
  /** read: a transient transaction error is the server being busy, not a write conflict. */
  mode?: 'read' | 'write';
}

/** The Neo4j status code; null for other errors (a Node socket error's code, e.g. ECONNREFUSED, is not one). */
function codeOf(e: unknown): string | null {
  if (e instanceof Neo4jError) return e.code;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Neo.') || UNREACHABLE.has(code)) ? code : null;
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/** Maps an error from a query or transaction; our own errors (thrown inside a transaction function) pass through. */
export function mapNeo4jError(e: unknown, ctx: ErrorContext): ActorgraphError {
  if (e instanceof ActorgraphError) return e;
  const code = codeOf(e);
  const msg = firstLine(e);
  const at = ctx.where;
  const details = { neo4jCode: code, ...(ctx.query ? { query: ctx.query } : {}) };
  if (/Connection acquisition timed out/i.test(msg)) {
    return new StoreUnavailableError(`${at}: every connection to Neo4j is busy; try again shortly: ${msg}`, {
      cause: e,
      details: { ...details, poolExhausted: true },
    });
  }
  if (code === null) return new StoreError(`${at}: ${msg}`, { cause: e, details });
  if (UNREACHABLE.has(code))
    return new StoreUnavailableError(`${at}: Neo4j is unreachable: ${msg}`, { cause: e, details });
  if (AUTH.has(code)) return new StoreAuthError(`${at}: Neo4j refused the credentials: ${msg}`, { cause: e, details });
  if (SYNTAX.has(code)) return new QuerySyntaxError(`${at}: ${String((e as Error).message)}`, { cause: e, details }); // full text: it points at the position
  if (TIMEOUT.has(code))
    return new QueryTimeoutError(`${at}: the transaction timed out and was rolled back: ${msg}`, { cause: e, details });
  if (TERMINATED.has(code)) {
    if (/timed ?out|TransactionTimedOut/i.test(String((e as Error).message)))
      return new QueryTimeoutError(`${at}: the transaction timed out and was rolled back: ${msg}`, {
        cause: e,
        details,
      });
    return new StoreError(`${at}: the transaction was terminated: ${msg}`, { cause: e, details });
  }
  if (READ_ONLY.has(code))
    return new QueryRejectedError(`${at}: writing is not allowed here (read-only transaction): ${msg}`, {
      cause: e,
      details,
    });
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return new StoreUnavailableError(`${at}: ${msg} Check NEO4J_DATABASE.`, { cause: e, details });
  if (OUT_OF_MEMORY.has(code)) {
    return new StoreUnavailableError(
      `${at}: the query needs more memory than the Neo4j server allows one transaction; narrow it (a LIMIT, fewer hops) or ask for a larger limit: ${msg}`,
      {
        cause: e,
        details: { ...details, outOfMemory: true },
      },
    );
  }
  if (BAD_VALUE.has(code)) return new QueryFailedError(`${at}: ${msg}`, { cause: e, details });
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return new ConflictError(`${at}: that id is already taken (a uniqueness constraint refused the write): ${msg}`, {
      cause: e,
      details,
    });
  if (code.startsWith('Neo.TransientError.Transaction.')) {
    if (ctx.mode === 'read')
      return new StoreUnavailableError(
        `${at}: Neo4j is busy and could not run the read (the driver's retries ran out); try again: ${msg}`,
        { cause: e, details },
      );
    return new WriteConflictError(`${at}: ${msg} (the driver's retries ran out; try again)`, { cause: e, details });
  }
  if (code === 'Neo.TransientError.General.DatabaseUnavailable' || code.startsWith('Neo.TransientError.Cluster.')) {
    return new StoreUnavailableError(`${at}: Neo4j is temporarily unavailable: ${msg}`, { cause: e, details });
  }
  if (code.startsWith('Neo.TransientError.'))
    return new StoreUnavailableError(`${at}: transient Neo4j error, may succeed if tried again: ${msg}`, {
      cause: e,
      details: { ...details, transient: true },
    });
  // Neo4j's own classification: a ClientError means the request must change (a bad argument, a missing procedure…).
  // Only a write attempt is "rejected" (422, above); anything else the client sent wrong is a 400.
  if (code.startsWith('Neo.ClientError.')) return new InvalidArgumentError(`${at}: ${msg}`, { cause: e, details });
  return new StoreError(`${at}: ${msg}`, { cause: e, details });
}

/** Hides any user:password@ in a URI, so messages and health reports can name the server safely. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, '$1***@');
}

export interface ConnectTarget {
  uri: string;
  username: string;
  database: string;
}

/** Maps a failure to connect into a start-up error that says what to check; never includes the password. */
export function mapConnectError(e: unknown, target: ConnectTarget): ActorgraphError {
  const code = codeOf(e);
  const uri = redactUri(target.uri);
  const msg = firstLine(e).replace(/\.$/, '');
  if (code !== null && AUTH.has(code)) {
    return new StoreAuthError(
      `Neo4jStore.connect: Neo4j at ${uri} refused the credentials for user "${target.username}" (${code}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: e, details: { neo4jCode: code } },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(
      `Neo4jStore.connect: Neo4j at ${uri} has no database "${target.database}". Check NEO4J_DATABASE.`,
      { cause: e, details: { neo4jCode: code } },
    );
  }
  if (code === null || UNREACHABLE.has(code) || code.startsWith('Neo.TransientError.')) {
    return new StoreUnavailableError(
      `Neo4jStore.connect: cannot reach Neo4j at ${uri}: ${msg}. Check NEO4J_URI (scheme, host and port; Aura needs neo4j+s://), that the server is running, and that the network or firewall lets this machine reach it.`,
      { cause: e, details: { neo4jCode: code } },
    );
  }
  return mapNeo4jError(e, { where: `Neo4jStore.connect (${uri})` });
}
