// Document ids derived from file paths: a readable slug of the path relative to the load root, without extension.
import path from 'node:path';

/** "news/2025/Nvidia H20.md" → "news-2025-nvidia-h20". Stable across machines (always '/'-separated input). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function idFromPath(file: string, root: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const noExt = rel.slice(0, rel.length - path.extname(rel).length);
  return slugify(noExt) || 'document';
}
