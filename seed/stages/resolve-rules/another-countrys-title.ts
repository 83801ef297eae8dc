// Rule "another country's title" of the resolve stage: a title standing alone ("the president said") refers back to the
// person the text names with that title, unless that person is named far back (not in this paragraph or the one
// before) with a country ("Taiwan's President Tsai Ing-wen"), and the title's own sentence names countries, none of them
// that one ("Sri Lanka expects a loan, the president said"): then it is that other country's title-holder, whom the text
// does not name, and the title stays a description. Countries inside a quotation are the speaker's words and do not count.
import type { Mention } from '../../analysis.ts';

/** How far before a name a country may stand and still be the holder's: "Taiwan's President Tsai Ing-wen". */
const COUNTRY_REACH = 40;

/**
 * Whether the description `desc` (an anaphor "the president") names another country's title-holder than `holder` (a
 * person's canonical name). `paragraphOf` gives a sentence's paragraph.
 */
export function isAnotherCountrysTitle(
  ms: Mention[],
  desc: Mention,
  holder: string,
  paragraphOf: (sentence: number) => number,
  raw?: string,
): boolean {
  const para = paragraphOf(desc.sentence);
  const named = ms.filter((m) => !m.anaphor && m.type === 'Person' && m.canonical === holder && m.start < desc.start);
  if (named.some((m) => paragraphOf(m.sentence) >= para - 1)) return false;
  const holderCountries = new Set<string>();
  for (const n of named) {
    if (!n.role) continue;
    for (const c of ms)
      if (
        c.type === 'Country' &&
        c.canonical &&
        c.sentence === n.sentence &&
        c.end <= n.start &&
        n.start - c.end <= COUNTRY_REACH
      )
        holderCountries.add(c.canonical);
  }
  if (!holderCountries.size) return false;
  // A country inside a quotation is the speaker's words ("“We are not hurting China's economy,” the secretary added"),
  // not the title's: only the sentence's own words count.
  const quoted = (o: number) =>
    !!raw && (raw.slice(raw.lastIndexOf('\n', o) + 1, o).match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1;
  const own = ms.filter((c) => c.type === 'Country' && c.canonical && c.sentence === desc.sentence && !quoted(c.start));
  return own.length > 0 && !own.some((c) => holderCountries.has(c.canonical!));
}
