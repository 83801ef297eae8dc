// Reads .json (one record or an array) and .jsonl (one record a line) files of {id?, title, text, source?, url?, date?, language?}.
import type { SourceDocument } from '../analysis.ts';
import { pickMeta } from './metadata.ts';
import { DocumentReadError } from './read-error.ts';
import { trimmedRange } from './read-text.ts';

/** One record read, or the reason it was refused; `line` is the JSONL line or the 1-based array position. */
export type RecordOutcome = { ok: true; doc: SourceDocument } | { ok: false; error: DocumentReadError };

function recordToDocument(
  value: unknown,
  file: string,
  fallbackId: string,
  line: number | undefined,
  warn: (m: string) => void,
): SourceDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DocumentReadError(file, 'record is not a JSON object', line);
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.trim() === '')
    throw new DocumentReadError(file, 'record has no `text` (a non-empty string)', line);
  if (typeof r.title !== 'string' || r.title.trim() === '')
    throw new DocumentReadError(file, 'record has no `title` (a non-empty string)', line);
  if (r.id !== undefined && r.id !== null && typeof r.id !== 'string' && typeof r.id !== 'number')
    throw new DocumentReadError(file, '`id` must be a string or a number', line);
  const id = r.id === undefined || r.id === null || String(r.id).trim() === '' ? fallbackId : String(r.id).trim();
  const { start, end } = trimmedRange(r.text, 0, r.text.length);
  const where = line === undefined ? '' : ` (record at ${line})`;
  return { id, raw: r.text, bodyStart: start, bodyEnd: end, file, ...pickMeta(r, (m) => warn(`${m}${where}`)) };
}

/** A .json file: an object is one record; an array holds records; `{documents: [...]}` too. */
export function readJsonRecords(
  text: string,
  file: string,
  baseId: string,
  warn: (m: string) => void,
): RecordOutcome[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DocumentReadError(file, `malformed JSON: ${(e as Error).message}`);
  }
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as { documents?: unknown }).documents)
  )
    value = (value as { documents: unknown[] }).documents;
  if (!Array.isArray(value)) return [attempt(() => recordToDocument(value, file, baseId, undefined, warn))];
  if (value.length === 0) throw new DocumentReadError(file, 'empty: the JSON array holds no records');
  return value.map((v, i) => attempt(() => recordToDocument(v, file, `${baseId}-${i + 1}`, i + 1, warn)));
}

/** A .jsonl file: one JSON record a line; blank lines are ignored; a bad line fails alone. */
export function readJsonLines(text: string, file: string, baseId: string, warn: (m: string) => void): RecordOutcome[] {
  const out: RecordOutcome[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    out.push(
      attempt(() => {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw new DocumentReadError(file, `malformed JSON line: ${(e as Error).message}`, i + 1);
        }
        return recordToDocument(value, file, `${baseId}-${i + 1}`, i + 1, warn);
      }),
    );
  });
  if (out.length === 0) throw new DocumentReadError(file, 'empty: no records');
  return out;
}

function attempt(fn: () => SourceDocument): RecordOutcome {
  try {
    return { ok: true, doc: fn() };
  } catch (e) {
    if (e instanceof DocumentReadError) return { ok: false, error: e };
    throw e;
  }
}
