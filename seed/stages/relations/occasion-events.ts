// Gatherings a report names as a thing: by who holds them ("the APEC summit in South Korea", "the G20 meeting",
// "US-China talks") or by what they are about and where ("trade talks in London"). The event is named from those words
// and the place named right after them ("APEC summit in South Korea", "trade talks in London"), so the same gathering
// merges across documents while the summits of other years elsewhere stay apart; a document's other mentions of a
// gathering it places once take that name. The event is BASED_IN the place. A bare "X met Y" is no such event: it is MET_WITH (meeting-places.ts).
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

interface Hit {
  start: number;
  end: number;
  /** The gathering's name from its own words ("G20 summit", "trade talks"). */
  base: string;
  /** The place named right after it ("… in Osaka"), if any. */
  place?: M;
}

/** The gatherings a sentence names, each with the place after it. */
function hitsOf(ctx: RelationContext, s: SentenceView): Hit[] {
  const { text, g } = ctx;
  const sentence = text.slice(s.start, s.end);
  const { held, about } = patterns();
  const hits: Hit[] = [];
  for (const m of matchesOf(held, sentence)) {
    // A country alone ("the US talks") says whose side, not which gathering; a name of a person or firm is no holder.
    const holder = g.byAlias.get(m[1]);
    if (!m[1].includes('-') && !m[1].includes('\u2013') && holder && holder.type !== 'Organization') continue;
    // "the CEO meeting": an acronym the lexicon knows as a person's role is no holder.
    if (lexTags(m[1]) === 'Actor') continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, base: norm(m[0]) });
  }
  for (const m of matchesOf(about, sentence)) {
    if (hits.some((h) => h.start <= s.start + m.index && s.start + m.index < h.end)) continue;
    hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, base: norm(m[0]) });
  }
  return hits.filter((h) => {
    // Inside a title-case name ("APEC Summit Organizing Committee") it is part of that name.
    if (s.ms.some((z) => z.start < h.start && h.end < z.end)) return false;
    h.place = s.ms.find(
      (z) =>
        z.start >= h.end &&
        (z.type === 'Place' || z.type === 'Country') &&
        PLACE_AFTER.test(text.slice(h.end, z.start)),
    );
    // "trade talks" with no place and no holder names no one gathering.
    return h.place || !/(?:talks|negotiations)$/.test(h.base) || /[-\u2013A-Z]/.test(h.base.split(' ')[0]);
  });
}

const PLACED = new WeakMap<RelationContext, Map<string, string | null>>();
/**
 * A gathering's name with its place, for each one the document places exactly once ("the G20 summit in Osaka"): its
 * other mentions there ("the G20 summit") are the same gathering, and summits of other years elsewhere are not.
 */
function placedNames(ctx: RelationContext): Map<string, string | null> {
  let placed = PLACED.get(ctx);
  if (!placed) {
    placed = new Map();
    for (const s of ctx.sentences)
      for (const h of hitsOf(ctx, s)) {
        if (!h.place) continue;
        const name = `${h.base} in ${ctx.byId.get(h.place.key)?.name ?? ''}`;
        const before = placed.get(h.base);
        placed.set(h.base, before === undefined || before === name ? name : null);
      }
    PLACED.set(ctx, placed);
  }
  return placed;
}

export function occasionEvents(ctx: RelationContext, s: SentenceView): void {
  const found: M[] = [];
  const hits = hitsOf(ctx, s);
  if (!hits.length) return;
  const placed = placedNames(ctx);
  for (const h of hits) {
    const place = h.place;
    const name = place ? `${h.base} in ${ctx.byId.get(place.key)?.name ?? ''}` : (placed.get(h.base) ?? h.base);
    const end = place ? place.end : h.end;
    const event = eventMention(ctx, s, name, h.start, end, 'relation:occasion-event');
    found.push(event);
    if (place)
      ctx.add(event.key, 'BASED_IN', place.key, s.si, 0.7, 'pattern:occasion-event', ctx.attribution(event, place));
  }
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
