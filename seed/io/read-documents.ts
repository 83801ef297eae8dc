// Reads one input file into documents by its extension; each refused file or record becomes a ReadFailure, the rest load.
import fs from 'node:fs';
import path from 'node:path';
import type { SourceDocument } from '../analysis.ts';
import { decodeText } from './decode-text.ts';
import { readHtmlDocument } from './read-html.ts';
import { readJsonLines, readJsonRecords } from './read-records.ts';
import { readTextDocument } from './read-text.ts';
import { DocumentReadError, type ReadFailure } from './read-error.ts';
import { idFromPath } from './slug.ts';
import type { InputFile } from './walk.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'] as const;

export interface FileReadResult {
  documents: SourceDocument[];
  failures: ReadFailure[];
  /** Non-fatal remarks (an unreadable date, say), prefixed with the file. */
  warnings: string[];
}

/**
 * The bytes of a regular file. Opened without blocking and checked on the open descriptor, so a named pipe (or a file
 * swapped for one after the folder was walked) is refused instead of waiting forever for a writer.
 */
function readRegularFile(file: string, maxDocumentBytes: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new DocumentReadError(file, 'skipped: not a regular file (a pipe, socket or device)');
    // Checked before reading so a huge file is never pulled into memory.
    if (stat.size > maxDocumentBytes)
      throw new DocumentReadError(
        file,
        `too large: ${stat.size} bytes (the limit is ${maxDocumentBytes}; see MAX_DOCUMENT_BYTES)`,
      );
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads one file; never throws for bad input (it is reported in `failures`). */
export function readInputFile(input: InputFile, maxDocumentBytes: number): FileReadResult {
  const { file, root } = input;
  const result: FileReadResult = { documents: [], failures: [], warnings: [] };
  const warn = (m: string) => result.warnings.push(`${file}: ${m}`);
  try {
    const ext = path.extname(file).toLowerCase();
    if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
      throw new DocumentReadError(
        file,
        `unsupported file type ${ext || '(no extension)'}; expecting one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
      );
    }
    const text = decodeText(readRegularFile(file, maxDocumentBytes), file, maxDocumentBytes);
    const id = idFromPath(file, root);
    if (ext === '.json' || ext === '.jsonl') {
      const outcomes = ext === '.json' ? readJsonRecords(text, file, id, warn) : readJsonLines(text, file, id, warn);
      for (const o of outcomes) {
        if (o.ok) result.documents.push(o.doc);
        else result.failures.push(o.error.toFailure());
      }
    } else if (ext === '.html' || ext === '.htm') {
      result.documents.push(readHtmlDocument(text, file, id, warn));
    } else {
      result.documents.push(readTextDocument(text, file, id, warn));
    }
  } catch (e) {
    if (e instanceof DocumentReadError) result.failures.push(e.toFailure());
    else result.failures.push({ file, reason: `cannot read: ${(e as Error).message}` });
  }
  return result;
}
