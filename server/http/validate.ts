// Parses a request part with its zod schema; a mismatch is an InvalidArgumentError listing each field and what it expects.
import type { z } from 'zod';
import { InvalidArgumentError } from '../../core/errors.ts';

type Issue = z.core.$ZodIssue;

const WHERE: Record<'query' | 'body' | 'path', string> = {
  query: 'in the address',
  body: 'in the request',
  path: 'in the address',
};

/** One zod issue as a sentence for a person: which value, and what it should be. */
export function describeIssue(i: Issue, where: 'query' | 'body' | 'path'): string {
  const name = i.path.length ? `“${i.path.join('.')}”` : where === 'path' ? 'the id' : 'the value';
  const unit = (origin: unknown) => (origin === 'string' ? 'characters' : origin === 'array' ? 'items' : '');
  switch (i.code) {
    case 'too_small':
      if (i.origin === 'string' && Number(i.minimum) === 1) return `${name} is empty; give a value`;
      return `${name} is too ${unit(i.origin) ? 'short' : 'small'}: at least ${String(i.minimum)} ${unit(i.origin)}`.trim();
    case 'too_big':
      return `${name} is too ${unit(i.origin) ? 'long' : 'large'}: at most ${String(i.maximum)} ${unit(i.origin)}`.trim();
    case 'invalid_type':
      return i.input === undefined
        ? `${name} is missing`
        : `${name} should be ${i.expected === 'number' ? 'a number' : i.expected === 'string' ? 'text' : `a ${i.expected}`}`;
    case 'invalid_value':
      return `${name} should be one of ${i.values.map((v) => `“${String(v)}”`).join(', ')}`;
    case 'invalid_format':
      return `${name} should be ${i.message.replace(/^Invalid string: must match pattern .*$/, 'in the expected form')}`;
    case 'unrecognized_keys':
      return `unknown ${i.keys.length > 1 ? 'fields' : 'field'} ${i.keys.map((k) => `“${k}”`).join(', ')} ${WHERE[where]}`;
    default:
      return `${name}: ${i.message}`;
  }
}

export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'body' | 'path',
): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message }));
  const first = describeIssue(r.error.issues[0], where);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new InvalidArgumentError(`${first.charAt(0).toUpperCase()}${first.slice(1)}${more}.`, { details: { issues } });
}
