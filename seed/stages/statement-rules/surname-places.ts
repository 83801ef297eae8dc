// Rule "a speaking place is a surname": a word the mention finder read as a place ("Bolton", "Warren", "Austin") that
// stands right beside a speech verb ("Bolton said", "said Warren", "Austin, the defense secretary, added") while the
// document names exactly one person with that surname ("John Bolton") is that person speaking: a place says nothing.
// The statements stage reads such mentions as the person's before it masks its speakers; the mention itself is left
// to the entities as it was (a place elsewhere keeps its reading, and so does one after a preposition: "a resident of
// Bolton said").
import type { Entity, Mention } from '../../analysis.ts';
import { SPEECH_VERB_RE } from '../text/lexicon.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

const VERB = `(?:${SPEECH_VERB_RE}|${STATEMENT_WORDS.quoteVerbs.join('|')})`;
/** After the word: an optional apposition, an adverb, then the verb. */
const VERB_AFTER = new RegExp(`^(?:,[^,"\\n]{1,100},)?\\s+(?:[a-z]+ly\\s+)?${VERB}\\b`);
/** Before the word: a preposition that makes it a place ("a resident of Bolton said"). */
const PLACE_BEFORE = /\b(?:of|in|from|at|near|to|outside|across|around|into)\s+$/i;
/** Before the word: a verb that opens an inverted attribution after a quotation ("…,” said Bolton). */
const VERB_BEFORE = new RegExp(`["\\u201d,]\\s*${VERB}\\s+$`);

/** The mentions with each speaking place that is a named person's surname read as that person (others unchanged). */
export function surnamePlacesAsSpeakers<T extends { m: Mention; start: number; end: number }>(
  text: string,
  norm: T[],
  entities: Entity[],
): T[] {
  if (!norm.some((x) => x.m.type === 'Place')) return norm;
  const bySurname = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'Person' || !e.name.includes(' ')) continue;
    const last = e.name.split(' ').pop()!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), e]);
  }
  return norm.map((x) => {
    if (x.m.type !== 'Place' || !x.m.entityKey) return x;
    const word = text.slice(x.start, x.end);
    const people = bySurname.get(word);
    if (people?.length !== 1) return x;
    const before = text.slice(Math.max(0, x.start - 30), x.start);
    if (PLACE_BEFORE.test(before)) return x;
    const speaks = VERB_AFTER.test(text.slice(x.end, x.end + 140)) || VERB_BEFORE.test(before);
    if (!speaks) return x;
    const p = people[0];
    return { ...x, m: { ...x.m, type: 'Person', entityKey: p.id, canonical: p.name } };
  });
}
