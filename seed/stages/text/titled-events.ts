// Events named by their quoted titles: a hearing, a roundtable or a conference announced with its title in quotation
// marks ("a hearing titled "From High Tech to Heavy Steel: …"", "Holds Hearing - "Rebuilding the Arsenal of …"") is
// that event, named as the title reads. The nouns are data (seed/lexicon/policy-words.yaml, titledEventNouns).
import { alternation } from '../../lexicon/policy-words.ts';
import { matchesOf } from './matches.ts';

export interface TitledEvent {
  start: number; // offsets into the string searched: the title inside its quotation marks
  end: number;
  name: string;
}

let TITLED: RegExp | undefined;

/** Quoted titles of events in s: the noun, an optional "titled/entitled/called" or a dash, then the quotation. */
export function findTitledEvents(s: string): TitledEvent[] {
  TITLED ??= new RegExp(
    String.raw`\b(?:${alternation('titledEventNouns')})(?:\s*,?\s+(?:titled|entitled|called|named)|\s*[-\u2013\u2014:])?\s*["\u201c](?<title>[A-Z][^"\u201c\u201d\n]{7,300}?)[.,]?["\u201d]`,
    'gi',
  );
  const out: TitledEvent[] = [];
  for (const m of matchesOf(TITLED, s)) {
    const title = m.groups!.title;
    // A title has several words, most of them capitalized: a quoted remark is not one.
    const words = title.split(/\s+/);
    const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length < 3 || caps / words.length < 0.5) continue;
    const start = m.index + m[0].lastIndexOf(title);
    out.push({ start, end: start + title.length, name: title.replace(/\s+/g, ' ') });
  }
  return out;
}
