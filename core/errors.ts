// Error classes with distinct names, a stable code and an HTTP status: tests and the error middleware check the class, not the text.

export class ActorgraphError extends Error {
  readonly status: number = 500;
  readonly code: string = 'internal_error';
  /** True when the same call may succeed if tried again (e.g. a write conflict). */
  readonly retriable: boolean = false;
  details?: unknown;
  constructor(message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.details !== undefined) this.details = options.details;
  }
}

/** Start-up configuration is invalid; the message names the variable and what is expected. */
export class ConfigError extends ActorgraphError {
  override readonly code = 'invalid_config';
}

/** A request or argument is malformed. */
export class InvalidArgumentError extends ActorgraphError {
  override readonly status = 400;
  override readonly code = 'invalid_argument';
}

export class NotFoundError extends ActorgraphError {
  override readonly status = 404;
  override readonly code = 'not_found';
}

export class QueryTimeoutError extends ActorgraphError {
  override readonly status = 504;
  override readonly code = 'query_timeout';
}

/** A query was refused: a write in read mode, or a statement the store will not run. */
export class QueryRejectedError extends ActorgraphError {
  override readonly status = 422;
  override readonly code = 'query_rejected';
}

/** A query is too long, too deeply nested or too slow to check; the message says which limit and how to stay under it. */
export class QueryTooComplexError extends ActorgraphError {
  override readonly status = 400;
  override readonly code = 'query_too_complex';
}

/** Too many queries are waiting to be checked or run; try again after `retryAfterSeconds`. */
export class BusyError extends ActorgraphError {
  override readonly status = 503;
  override readonly code = 'busy';
  override readonly retriable = true;
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds = 1) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A valid query failed on its data while running (division by zero, numeric overflow, a bad conversion). */
export class QueryFailedError extends ActorgraphError {
  override readonly status = 400;
  override readonly code = 'query_failed';
}

/** A query needed more memory than a user query may take, and was stopped. */
export class QueryResourceError extends ActorgraphError {
  override readonly status = 413;
  override readonly code = 'query_too_large';
}

/** The backend reported a Cypher syntax or semantic error. */
export class QuerySyntaxError extends ActorgraphError {
  override readonly status = 400;
  override readonly code = 'query_syntax';
}

/** A value cannot be represented in JSON without loss (an integer past 2^53). */
export class ValueRangeError extends ActorgraphError {
  override readonly status = 422;
  override readonly code = 'value_out_of_range';
}

/** The store cannot be reached or is closed. */
export class StoreUnavailableError extends ActorgraphError {
  override readonly status = 503;
  override readonly code = 'store_unavailable';
}

/** The store refused our credentials. */
export class StoreAuthError extends ActorgraphError {
  override readonly status = 503;
  override readonly code = 'store_auth_failed';
}

/** Two writers touched the same data; the write may be retried. */
export class WriteConflictError extends ActorgraphError {
  override readonly status = 409;
  override readonly code = 'write_conflict';
  override readonly retriable = true;
}

/** Any other failure inside the store. */
export class StoreError extends ActorgraphError {
  override readonly status = 500;
  override readonly code = 'store_error';
}

/** A saved-query file is malformed; `file` and `line` say where (line is 1-based, absent when the whole file is at fault). */
export class QueryFileError extends ActorgraphError {
  override readonly code = 'invalid_query_file';
  readonly file: string;
  readonly line: number | undefined;
  constructor(
    file: string,
    line: number | undefined,
    message: string,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`, options);
    this.file = file;
    this.line = line;
  }
}

/** A change the API does not allow on this resource (e.g. editing a built-in saved query, which is a file). */
export class ForbiddenChangeError extends ActorgraphError {
  override readonly status = 403;
  override readonly code = 'forbidden_change';
}

/** A name or id that must be unique is already taken. */
export class ConflictError extends ActorgraphError {
  override readonly status = 409;
  override readonly code = 'conflict';
}
