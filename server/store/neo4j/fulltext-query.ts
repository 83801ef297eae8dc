// Turns a user's search text into a safe Lucene query for Neo4j's full-text index: every word exact, prefix or fuzzy.

/** Lucene's query-syntax characters; `&&` and `||` are covered by escaping & and | one by one. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

const MIN_FUZZY_LENGTH = 3; // one edit on a 1–2 letter word matches nearly every short token (Lucene's AUTO fuzziness agrees)

/**
 * Each word becomes `(word^3 OR word* OR word~1)`: an exact match ranks first, a prefix finds what is being typed
 * ("Lutn"), one edit forgives a typo. Words are joined with AND, so "Jensen Huang" does not return every Huang.
 * Words are lower-cased (AND/OR/NOT are then plain words, not operators) and escaped, so no input can be a
 * Lucene syntax error. Returns null when the text has no letter or digit.
 */
export function buildFulltextQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const t = escapeLucene(w);
      const forms = [`${t}^3`, `${t}*`];
      if ([...w].length >= MIN_FUZZY_LENGTH) forms.push(`${t}~1`);
      return `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}
