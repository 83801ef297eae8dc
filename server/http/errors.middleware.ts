// The one error middleware and the JSON 404 that closes the chain: every error becomes {"error":{code,message,details?}}.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ActorgraphError, BusyError } from '../../core/errors.ts';
import type { Logger } from '../logger.ts';

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}` } });
};

/** Errors raised by Express's own body parser carry `type` and `status`; they are client errors. */
const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'malformed_json', message: 'The request body is not valid JSON' },
  'entity.too.large': { code: 'payload_too_large', message: 'The request body is larger than the limit' },
  'entity.too.deep': { code: 'body_too_deep', message: 'The request body nests arrays and objects too deeply' },
  'encoding.unsupported': { code: 'unsupported_encoding', message: 'The request body encoding is not supported' },
  'charset.unsupported': { code: 'unsupported_charset', message: 'The request body charset is not supported' },
};

/**
 * The message as a person reads it: a leading internal name (a function like `assertReadOnly:` or a class like
 * `EmbeddedStore:`) is dropped at the HTTP edge, so the API never shows the code's vocabulary; the domain prefixes
 * the routes write ("Paths: …") stay.
 */
export function forPeople(message: string): string {
  const m = /^(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*(?:Store|Guard|Error)): +/.exec(message);
  if (!m) return message;
  const rest = message.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** What a client error raised below our code (router, body parser, zlib) means to the person who sent it. */
function clientError(err: {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  type?: unknown;
}): { status: number; code: string; message: string } | undefined {
  const status = typeof err.status === 'number' ? err.status : undefined;
  const known = typeof err.type === 'string' ? BODY_ERRORS[err.type] : undefined;
  if (known) return { status: status ?? 400, ...known };
  if (status === undefined || status < 400 || status >= 500) return undefined;
  // The router could not percent-decode a path parameter (`/api/entities/%`).
  if (err.name === 'URIError')
    return {
      status,
      code: 'malformed_path',
      message: 'The URL path has a malformed percent-escape (a % not followed by two hex digits of valid UTF-8)',
    };
  // The body did not decompress as its Content-Encoding header says (zlib and brotli error codes start with Z_ or ERR_).
  if (typeof err.code === 'string' && /^(Z_|ERR_)/.test(err.code)) {
    return {
      status,
      code: 'malformed_encoding',
      message: 'The request body does not match its Content-Encoding (gzip, deflate or br)',
    };
  }
  return { status, code: 'bad_request', message: 'The request is malformed' };
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof ActorgraphError) {
      // A refusal for load (busy) or a timed-out query is the system working as designed: one line, no stack.
      if (err instanceof BusyError || err.status === 504) log.warn({ code: err.code, path: req.path }, err.message);
      else if (err.status >= 500) log.error({ err, path: req.path }, err.message);
      const body: { code: string; message: string; details?: unknown } = {
        code: err.code,
        message: forPeople(err.message),
      };
      if (err.details !== undefined) body.details = err.details;
      if (err instanceof BusyError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      res.status(err.status).json({ error: body });
      return;
    }
    const client = err && typeof err === 'object' ? clientError(err) : undefined;
    if (client) {
      res.status(client.status).json({ error: { code: client.code, message: client.message } });
      return;
    }
    log.error({ err, path: req.path }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Internal error' } });
  };
}
