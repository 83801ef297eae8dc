// Proves the Neo4j error mapping on the driver's own Neo4jError: each status code lands in the right actorgraph class.
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  ActorgraphError,
  QueryFailedError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreAuthError,
  StoreError,
  StoreUnavailableError,
  ValueRangeError,
  WriteConflictError,
} from '../../../../core/errors.ts';
import { mapConnectError, mapNeo4jError, redactUri } from '../../../../server/store/neo4j/map-error.ts';

const neo4jError = (code: string, message = `server says ${code}`) =>
  new Neo4jError(message, code as never, '50N42', 'error: general processing exception');
const map = (code: string, message?: string) =>
  mapNeo4jError(neo4jError(code, message), { where: 'Neo4jStore.run', query: 'MATCH (n) RETURN n' });

describe('mapNeo4jError', () => {
  it.each([
    ['Neo.ClientError.Statement.SyntaxError', QuerySyntaxError],
    ['Neo.ClientError.Statement.SemanticError', QuerySyntaxError],
    ['Neo.ClientError.Statement.ParameterMissing', QuerySyntaxError],
    ['Neo.ClientError.Procedure.ProcedureNotFound', QuerySyntaxError],
    ['Neo.ClientError.Transaction.TransactionTimedOut', QueryTimeoutError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', QueryTimeoutError],
    ['Neo.ClientError.Statement.AccessMode', QueryRejectedError],
    ['Neo.ClientError.Transaction.ForbiddenDueToTransactionType', QueryRejectedError],
    ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', QueryRejectedError],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', ConflictError],
    ['Neo.ClientError.Statement.ArgumentError', QueryFailedError],
    ['Neo.ClientError.Statement.TypeError', QueryFailedError],
    ['Neo.ClientError.Statement.ArithmeticError', QueryFailedError],
    ['Neo.ClientError.Procedure.ProcedureCallFailed', QueryFailedError],
    ['Neo.ClientError.Statement.EntityNotFound', QueryFailedError],
    ['ServiceUnavailable', StoreUnavailableError],
    ['SessionExpired', StoreUnavailableError],
    ['Neo.ClientError.Database.DatabaseNotFound', StoreUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', StoreUnavailableError],
    ['Neo.ClientError.Security.Unauthorized', StoreAuthError],
    ['Neo.ClientError.Security.AuthenticationRateLimit', StoreAuthError],
    ['Neo.TransientError.Transaction.DeadlockDetected', WriteConflictError],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', WriteConflictError],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', StoreUnavailableError],
    ['Neo.TransientError.General.TransactionMemoryLimit', StoreUnavailableError],
    ['Neo.DatabaseError.General.UnknownError', StoreError],
  ])('maps %s to %o', (code, cls) => {
    const e = map(code);
    expect(e).toBeInstanceOf(cls);
    expect(e.name).toBe(cls.name);
    expect(e.message).toMatch(/^Neo4jStore\.run: /);
    expect(e.details).toMatchObject({ neo4jCode: code, query: 'MATCH (n) RETURN n' });
    expect(e.cause).toBeInstanceOf(Neo4jError);
  });

  it('is 422 only for write attempts: a bad value is 400, too little memory 503 with a clear message', () => {
    expect(map('Neo.ClientError.Statement.AccessMode').status).toBe(422);
    expect(map('Neo.ClientError.Statement.TypeError').status).toBe(400);
    expect(
      map('Neo.ClientError.Procedure.ProcedureCallFailed', 'Failed to invoke procedure: ParseException').status,
    ).toBe(400);
    const memory = map('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    expect(memory.status).toBe(503);
    expect(memory.message).toMatch(/more memory than the Neo4j server allows/);
  });

  it('reads a transient transaction error on a read as a busy server, on a write as a write conflict', () => {
    const e = neo4jError('Neo.TransientError.Transaction.LockAcquisitionTimeout');
    expect(mapNeo4jError(e, { where: 'Neo4jStore.run', mode: 'read' })).toBeInstanceOf(StoreUnavailableError);
    expect(mapNeo4jError(e, { where: 'Neo4jStore.run', mode: 'write' })).toBeInstanceOf(WriteConflictError);
  });

  it('marks only write conflicts as retriable', () => {
    expect(map('Neo.TransientError.Transaction.DeadlockDetected').retriable).toBe(true);
    expect(map('Neo.ClientError.Statement.SyntaxError').retriable).toBe(false);
  });

  it('keeps the whole syntax error text, which points at the position', () => {
    const e = map(
      'Neo.ClientError.Statement.SyntaxError',
      'Invalid input \'RETURN\': expected ")" (line 1, column 10 (offset: 9))\n"MATCH (n RETURN n"\n          ^',
    );
    expect(e.message).toContain('^');
  });

  it('reads a termination caused by the timeout as a timeout, other terminations as store errors', () => {
    expect(
      map(
        'Neo.ClientError.Transaction.Terminated',
        'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. Reason: Neo.ClientError.Transaction.TransactionTimedOut',
      ),
    ).toBeInstanceOf(QueryTimeoutError);
    expect(
      map('Neo.ClientError.Transaction.LockClientStopped', 'transaction timed out while waiting for a lock'),
    ).toBeInstanceOf(QueryTimeoutError);
    expect(
      map(
        'Neo.ClientError.Transaction.Terminated',
        'The transaction has been terminated. Reason: killed by an administrator',
      ),
    ).toBeInstanceOf(StoreError);
  });

  it('passes our own errors through unchanged (thrown inside a transaction function)', () => {
    const own = new ValueRangeError('too big');
    expect(mapNeo4jError(own, { where: 'x' })).toBe(own);
  });

  it('maps errors without a Neo4j code (e.g. a socket error) to StoreError', () => {
    const e = mapNeo4jError(new Error('boom'), { where: 'Neo4jStore.run' });
    expect(e).toBeInstanceOf(StoreError);
    expect(e).toBeInstanceOf(ActorgraphError);
  });
});

describe('mapConnectError', () => {
  const target = { uri: 'neo4j+s://abcd1234.databases.neo4j.io', username: 'neo4j', database: 'neo4j' };

  it('says authentication failed, names the variables and never the password', () => {
    const password = 'hunter2-very-secret';
    const e = mapConnectError(
      neo4jError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.'),
      target,
    );
    expect(e).toBeInstanceOf(StoreAuthError);
    expect(e.message).toContain('NEO4J_USERNAME');
    expect(e.message).toContain('NEO4J_PASSWORD');
    expect(e.message).toContain(target.uri);
    expect(e.message).not.toContain(password);
    expect(JSON.stringify(e.details)).not.toContain(password);
  });

  it('says the server is unreachable, names the URI and NEO4J_URI', () => {
    const e = mapConnectError(
      neo4jError('ServiceUnavailable', 'Could not perform discovery. No routing servers available.'),
      target,
    );
    expect(e).toBeInstanceOf(StoreUnavailableError);
    expect(e.message).toContain(target.uri);
    expect(e.message).toContain('NEO4J_URI');
    expect(e.message).toMatch(/network/);
  });

  it('treats a bare socket error as unreachable', () => {
    expect(
      mapConnectError(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }),
        target,
      ),
    ).toBeInstanceOf(StoreUnavailableError);
    expect(mapConnectError(new Error('getaddrinfo ENOTFOUND nowhere'), target)).toBeInstanceOf(StoreUnavailableError);
  });

  it('names NEO4J_DATABASE when the database does not exist', () => {
    const e = mapConnectError(
      neo4jError('Neo.ClientError.Database.DatabaseNotFound', "Database does not exist. Database name: 'nope'."),
      { ...target, database: 'nope' },
    );
    expect(e).toBeInstanceOf(StoreUnavailableError);
    expect(e.message).toContain('NEO4J_DATABASE');
    expect(e.message).toContain('"nope"');
  });

  it('hides credentials written into the URI', () => {
    expect(redactUri('neo4j://neo4j:secret@localhost:7687')).toBe('neo4j://***@localhost:7687');
    expect(redactUri('bolt://localhost:7687')).toBe('bolt://localhost:7687');
    const e = mapConnectError(neo4jError('ServiceUnavailable'), {
      ...target,
      uri: 'bolt://neo4j:secret@10.0.0.1:7687',
    });
    expect(e.message).not.toContain('secret');
  });
});
