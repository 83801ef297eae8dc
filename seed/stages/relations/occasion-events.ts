// Gatherings a report names as a thing: by who holds them ("the APEC summit in South Korea", "the G20 meeting",
// "US-China talks") or by what they are about and where ("trade talks in London"). The event is named from those words
// ("APEC summit", "US-China trade talks in London"), so the same gathering merges across documents, and is BASED_IN the
// place named after it. A bare "X met Y" is no such event: it is MET_WITH (meeting-places.ts).
import { alternation } from '../../lexicon/policy-words.ts';
import { lexTags } from '../text/lexicon.ts';
import { matchesOf } from '../text/matches.ts';
import { eventMention, type M, type RelationContext, type SentenceView } from './relation-context.ts';

let PATTERNS: { held: RegExp; about: RegExp } | undefined;
function patterns() {
  if (PATTERNS) return PATTERNS;
  const pair = String.raw`(?:U\.S\.|[A-Z][\w.]*)[-\u2013](?:U\.S\.|[A-Z][\w.]*)`;
  PATTERNS ??= {
    // "the APEC summit", "US-China trade talks": an acronym or a hyphenated pair, up to two lower-case words, the noun.
    held: new RegExp(
      String.raw`\b(${pair}|[A-Z][A-Z0-9&]+)((?:\s+[a-z][\w-]*){0,2}?)\s+(${alternation('occasionNouns')})\b`,
      'g',
    ),
    // "trade talks in London".
    about: new RegExp(String.raw`\b(${alternation('talksModifiers')})\s+(talks|negotiations)(?=\s+in\s)`, 'g'),
  };
  return PATTERNS;
}
const PLACE_AFTER = /^\s+(?:in|at)\s+(?:the\s+)?$/;
const norm = (s: string) =>
  s
    .replace(/\bU\.S\.(?=[-\u2013])/, 'US')
    .replace(/\u2013/g, '-')
    .replace(/\s+/g, ' ');

export function occasionEvents(ctx: RelationContext, s: SentenceView): void {
  const { text, byId, g } = ctx;
  const sentence = text.slice(s.start, s.end);
  const { held, about } = patterns();
  const found: M[] = [];
  const hits: { start: number; end: number; name: string }[] = [];
  for (const m of matchesOf(held, sentence)) {
    // A country alone ("the US talks") says whose side, not which gathering; a name of a person or firm is no holder.
    const holder = g.byAlias.get(m[1]);
    if (!m[1].includes('-') && !m[1].includes('\u2013') && holder && holder.type !== 'Organization') continue;
    // "the CEO meeting": an acronym the lexicon knows as a person's role is no holder.
    if (lexTags(m[1]) === 'Actor') continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, name: norm(m[0]) });
  }
  for (const m of matchesOf(about, sentence)) {
    if (hits.some((h) => h.start <= s.start + m.index && s.start + m.index < h.end)) continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, name: norm(m[0]) });
  }
  for (const h of hits) {
    // Inside a title-case name ("APEC Summit Organizing Committee") it is part of that name.
    if (s.ms.some((z) => z.start < h.start && h.end < z.end)) continue;
    const place = s.ms.find(
      (z) =>
        z.start >= h.end &&
        (z.type === 'Place' || z.type === 'Country') &&
        PLACE_AFTER.test(text.slice(h.end, z.start)),
    );
    const about = /(?:talks|negotiations)$/.test(h.name) && !/[-\u2013]/.test(h.name.split(' ')[0]) && place;
    const name = about ? `${h.name} in ${byId.get(place.key)?.name ?? ''}` : h.name;
    // "trade talks" with no place and no holder names no one gathering.
    if (/(?:talks|negotiations)$/.test(name) && !/[-\u2013A-Z]/.test(name.split(' ')[0])) continue;
    const end = about && place ? place.end : h.end;
    const event = eventMention(ctx, s, name, h.start, end, 'relation:occasion-event');
    const id = event.key;
    found.push(event);
    if (place) ctx.add(id, 'BASED_IN', place.key, s.si, 0.7, 'pattern:occasion-event', ctx.attribution(event, place));
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
