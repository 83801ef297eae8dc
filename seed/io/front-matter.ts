// YAML front matter of .md/.txt documents: where the body starts, and the metadata the block declares.
import { parse } from 'yaml';
import { DocumentReadError } from './read-error.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset in the text just past the closing fence line (0 when there is no front matter). */
  end: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Parses a leading `---` … `---` block; text without one has empty data. An unclosed or invalid block throws. */
export function parseFrontMatter(text: string, file: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, end: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new DocumentReadError(file, 'malformed front matter: no closing `---` line');
  const yamlText = rest.slice(0, close.index);
  let data: unknown;
  try {
    data = parse(yamlText, { schema: 'core', uniqueKeys: true });
  } catch (e) {
    throw new DocumentReadError(file, `malformed front matter: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new DocumentReadError(file, 'malformed front matter: expecting key: value pairs');
  return { data: data as Record<string, unknown>, end: open[0].length + close.index + close[0].length };
}
