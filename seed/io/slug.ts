// Document ids derived from file paths: a readable slug of the path relative to the load root, without extension.
import path from 'node:path';

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** "news/2025/Nvidia H20.md" → "news-2025-nvidia-h20". Stable across machines (always '/'-separated input). */
export function slugify(text: string): string {
  // ASCII text is its own NFKD form, with no combining marks to drop: the Unicode steps are skipped (entity keys are
  // slugs of names, made many times per document).
  const folded = isAscii(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function idFromPath(file: string, root: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const noExt = rel.slice(0, rel.length - path.extname(rel).length);
  return slugify(noExt) || 'document';
}
