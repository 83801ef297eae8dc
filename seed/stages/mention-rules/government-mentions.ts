// Government bodies named by description ("the German government", "China's commerce ministry", "state media").
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { governmentBodyAfter } from '../text/government-bodies.ts';
import { isDemonym } from '../text/lexicon.ts';
import type { Found, SentenceScan } from './found-mention.ts';

/** Government bodies named by description after a country or a nationality (text/government-bodies.ts), as Organization mentions. */
export function addGovernmentBodies(found: Found[], scans: SentenceScan[], text: string, g: Gazetteer): void {
  const added: Found[] = [];
  for (const f of found) {
    if (f.type !== 'Country' || f.anaphor) continue;
    const b = governmentBodyAfter(text, f.start, f.end, false);
    if (b)
      added.push({
        start: b.start,
        end: b.end,
        type: 'Organization',
        method: 'description:government',
        strength: 3,
        sentence: f.sentence,
        cued: true,
      });
  }
  for (const sc of scans) {
    for (let i = 0; i < sc.toks.length; i++) {
      const t = sc.toks[i];
      if (!/^\p{Lu}/u.test(t.text) || !(isDemonym(t.text) || g.demonyms.has(t.text))) continue;
      // "North Korean military": a compass word before the nationality is part of it.
      const from = i > 0 && /^(?:North|South|East|West)$/.test(sc.toks[i - 1].text) ? sc.toks[i - 1].start : t.start;
      const b = governmentBodyAfter(text, from, t.end, true);
      if (b && !added.some((x) => x.start === b.start))
        added.push({
          start: b.start,
          end: b.end,
          type: 'Organization',
          method: 'description:government',
          strength: 3,
          sentence: sc.index,
          cued: true,
        });
    }
  }
  found.push(...added);
}
