// Reads a .txt or .md document: optional YAML front matter, then the body; raw stays exactly the file's text.
import type { SourceDocument } from '../analysis.ts';
import { parseFrontMatter } from './front-matter.ts';
import { pickMeta } from './metadata.ts';
import { DocumentReadError } from './read-error.ts';

/** Offsets of the body once leading and trailing whitespace are skipped. */
export function trimmedRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The first Markdown heading, else the first line when it is short enough to be a title. */
function titleFromBody(body: string): string | undefined {
  const heading = /^#{1,3}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  if (heading) return heading[1].trim();
  const first = body.split(/\r?\n/, 1)[0].trim();
  return first && first.length <= 200 ? first : undefined;
}

export function readTextDocument(text: string, file: string, id: string, warn: (m: string) => void): SourceDocument {
  const fm = parseFrontMatter(text, file);
  const { start, end } = trimmedRange(text, fm.end, text.length);
  if (start >= end) throw new DocumentReadError(file, 'empty: no text after the front matter');
  const meta = pickMeta(fm.data, warn);
  const title = meta.title ?? titleFromBody(text.slice(start, end));
  const doc: SourceDocument = { id, raw: text, bodyStart: start, bodyEnd: end, file, ...meta };
  if (title) doc.title = title;
  return doc;
}
