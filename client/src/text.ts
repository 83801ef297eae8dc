// Small pure text helpers for the panels: quoting without doubled quote marks, and counted nouns.

const QUOTE_MARKS = /^[\s“”"„«»‘’']+|[\s“”"„«»‘’']+$/g;

/** The words inside one pair of curly quotes, whatever quote marks the extracted text already carries. */
export function quoted(text: string): string {
  return `“${text.replace(QUOTE_MARKS, '')}”`;
}

/** "1 statement", "3 statements"; `plural` for irregular nouns. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
}
