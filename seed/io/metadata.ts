// Document metadata from front matter, HTML meta tags or JSON records: trimmed strings, dates as ISO 8601 days.

export interface DocumentMeta {
  title?: string;
  source?: string;
  url?: string;
  date?: string;
  language?: string;
}

export const META_FIELDS = ['title', 'source', 'url', 'date', 'language'] as const;

/** A date as YYYY-MM-DD (or the full ISO timestamp's day); undefined when it cannot be read as a date. */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Picks the known fields from a record, keeping non-empty strings; a date that is not a date becomes a warning. */
export function pickMeta(record: Record<string, unknown>, warn: (message: string) => void): DocumentMeta {
  const out: DocumentMeta = {};
  for (const key of META_FIELDS) {
    const v = record[key];
    if (v === undefined || v === null || v === '') continue;
    if (key === 'date') {
      const d = normalizeDate(v);
      if (d) out.date = d;
      else warn(`date ${JSON.stringify(String(v))} is not a date; ignored`);
      continue;
    }
    if (typeof v === 'string' || typeof v === 'number') {
      const s = String(v).trim();
      if (s) out[key] = s;
    } else warn(`${key} is not a string; ignored`);
  }
  return out;
}
