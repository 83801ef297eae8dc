// Parses a request part with its zod schema; a mismatch is an InvalidArgumentError listing each field and what it expects.
import type { z } from 'zod';
import { InvalidArgumentError } from '../../core/errors.ts';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message }));
  const first = issues[0];
  throw new InvalidArgumentError(`Invalid ${where}: ${first.field}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, { details: { issues } });
}
