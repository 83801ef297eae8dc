// Reads an .html/.htm page into a document whose raw text is the extracted article text.
import type { SourceDocument } from '../analysis.ts';
import { extractArticle } from './html-text.ts';
import { pickMeta } from './metadata.ts';
import { DocumentReadError } from './read-error.ts';

export function readHtmlDocument(html: string, file: string, id: string, warn: (m: string) => void): SourceDocument {
  const article = extractArticle(html);
  if (!article.text.trim())
    throw new DocumentReadError(file, 'no visible text (only scripts, styles, navigation or markup)');
  const { text, ...rest } = article;
  const meta = pickMeta(rest as Record<string, unknown>, warn);
  return { id, raw: text, bodyStart: 0, bodyEnd: text.length, file, ...meta };
}
