// Rule "a signature line after a quotation": official releases print a quotation as a paragraph of its own and sign it
// on the next line with a dash, the speaker's title and name, and perhaps the office (`"…"` then
// `-Assistant Attorney General Jo Roe of the Justice Department's National Security Division`). The quotation left
// without an attribution in its own paragraph is the signer's. The line must be short and hold no quotation and no
// sentence of its own (no full stop before its end but an abbreviation's).
import { HEAD } from '../text/attribution.ts';

/** A dash, up to eight title words ("Special Agent in Charge"), then the masked speaker; then at most an office ("of …", ", …"). */
const SIGNATURE_LINE = new RegExp(
  `^\\s*[-\\u2013\\u2014\\u2015]{1,3}\\s*(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*|in|of|for|and|the)\\s+){0,8}?(?<spk>${HEAD})`,
  'du',
);

/**
 * Where the signer's mask starts in a paragraph (masked text), or -1 when the paragraph is no signature line.
 */
export function signatureSpeakerAt(maskedParagraph: string): number {
  if (maskedParagraph.length > 240 || /["\u201c\u201d]/.test(maskedParagraph)) return -1;
  const m = SIGNATURE_LINE.exec(maskedParagraph);
  if (!m) return -1;
  // No sentence after the name: "-Jo Roe. She added …" is no signature line.
  const rest = maskedParagraph.slice(m.index + m[0].length).replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\./g, '');
  if (/[.!?]\s+\S/.test(rest)) return -1;
  return m.indices!.groups!.spk[0];
}
