// The content hash that decides whether a document changed since it was loaded: sha256 of its raw text.
import { createHash } from 'node:crypto';

export function contentHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}
