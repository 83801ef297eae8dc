// Bytes of a file to text: refuses empty, over-size, binary and invalid UTF-8 input with a DocumentReadError.
import { DocumentReadError } from './read-error.ts';

const BINARY_PROBE_BYTES = 8192; // a NUL byte in the first 8 KiB means binary, as git and grep decide

/** Decodes UTF-8 strictly (a leading BOM is dropped); the file name is for the error only. */
export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): string {
  if (bytes.length === 0) throw new DocumentReadError(file, 'empty file');
  if (bytes.length > maxBytes)
    throw new DocumentReadError(
      file,
      `too large: ${bytes.length} bytes (the limit is ${maxBytes}; see MAX_DOCUMENT_BYTES)`,
    );
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
    throw new DocumentReadError(file, 'binary content (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentReadError(file, 'invalid UTF-8');
  }
  if (text.trim() === '') throw new DocumentReadError(file, 'empty: only whitespace');
  return text;
}
