// Government bodies named by description ("the German government", "China's commerce ministry", "state media").
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { governmentBodyAfter, stateMediaSpans } from '../text/government-bodies.ts';
import { isDemonym } from '../text/lexicon.ts';
import type { Found, SentenceScan } from './found-mention.ts';

/** Hoisted: a regex literal in the per-token loop made a new RegExp object for every token of the document. */
const UPPER_FIRST = /^\p{Lu}/u;
const TITLE_FIRST_WORDS = new WeakMap<Gazetteer, Set<string>>();
/**
 * "the U.S. House", "the U.S. Senate": a country's institution named by the country and a head word (the gazetteer's
 * countryInstitutions), when no other capitalized word but a title ("U.S. House Speaker") follows: then the words
 * after name something else ("U.S. House Foreign Affairs Committee").
 */
function institutionAfter(text: string, f: Found, g: Gazetteer): { start: number; end: number } | undefined {
  const m = /^\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?=(\s+\p{Lu}\p{L}*)?)/u.exec(text.slice(f.end, f.end + 40));
  if (!m) return undefined;
  let head = m[1];
  if (!g.countryInstitutions.has(head)) head = head.split(/\s+/)[0];
  if (!g.countryInstitutions.has(head)) return undefined;
  const after = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(f.end + m[0].indexOf(head) + head.length, f.end + 80));
  let titles = TITLE_FIRST_WORDS.get(g);
  if (!titles) TITLE_FIRST_WORDS.set(g, (titles = new Set(g.titles.map((t) => t.title.split(' ')[0]))));
  if (after && !titles.has(after[1])) return undefined;
  return { start: f.start, end: f.end + m[0].indexOf(head) + head.length };
}

/** A government body's span as an Organization mention of the sentence. */
function governmentMention(b: { start: number; end: number }, sentence: number): Found {
  return {
    start: b.start,
    end: b.end,
    type: 'Organization',
    method: 'description:government',
    strength: 3,
    sentence,
    cued: true,
  };
}

/** Government bodies named by description after a country or a nationality (text/government-bodies.ts), as Organization mentions. */
export function addGovernmentBodies(found: Found[], scans: SentenceScan[], text: string, g: Gazetteer): void {
  const added: Found[] = [];
  for (const f of found) {
    if (f.type !== 'Country' || f.anaphor) continue;
    const b = governmentBodyAfter(text, f.start, f.end, false) ?? institutionAfter(text, f, g);
    if (b) added.push(governmentMention(b, f.sentence));
  }
  for (const sc of scans) {
    for (let i = 0; i < sc.toks.length; i++) {
      const t = sc.toks[i];
      if (!UPPER_FIRST.test(t.text) || !(isDemonym(t.text) || g.demonyms.has(t.text))) continue;
      // "North Korean military": a compass word before the nationality is part of it.
      const from = i > 0 && /^(?:North|South|East|West)$/.test(sc.toks[i - 1].text) ? sc.toks[i - 1].start : t.start;
      const b = governmentBodyAfter(text, from, t.end, true);
      if (b && !added.some((x) => x.start === b.start)) added.push(governmentMention(b, sc.index));
    }
    // "State media said": state media without a country word before it (one there is read above with its country).
    for (const b of stateMediaSpans(text, sc.start, sc.start + sc.text.length))
      if (
        !added.some((x) => x.start < b.end && b.start < x.end) &&
        !found.some((x) => x.start < b.end && b.start < x.end)
      )
        added.push(governmentMention(b, sc.index));
  }
  found.push(...added);
}
