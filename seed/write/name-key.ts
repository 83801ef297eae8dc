// Name normalization for cross-document entity matching: case, accents, punctuation and spacing do not make a new entity.

/** "  NVIDIA Corp. " → "nvidia corp"; "U.S." → "us"; "Lutnick’s" stays "lutnick s" (possessives are the pipeline's job). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.\u00b7]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-cased spellings to look for in the store: the store can only compare toLower(alias), so probe a few forms. */
export function probeKeys(name: string): string[] {
  const lower = name.trim().toLowerCase();
  return [...new Set([lower, lower.replace(/\s+/g, ' '), normalizeName(name)])].filter(Boolean);
}
