// Events a reader names by a phrase: "Nancy Pelosi's visit to Taiwan", "a chief executive's trip to Beijing" (shape:
// visitor's visit/trip to a place). The event takes a canonical name from its arguments' entity names ("Jensen Huang's
// visit to Beijing"), so the same visit merges across documents; the visitor ATTENDED it and it is BASED_IN the place.
// The event's mention joins the sentence's mentions, so the rules after this one read it ("in response to … visit").
import type { Mention } from '../../analysis.ts';
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const VISITOR = ['Person', ...ORG, 'Country'];
const VENUE = ['Place', 'Country', ...ORG];

export function eventPhrases(ctx: RelationContext, s: SentenceView): void {
  const { a, text, byId } = ctx;
  const nouns = ctx.words('visitNouns');
  const found: M[] = [];
  s.ms.forEach((p, k) => {
    if (!VISITOR.includes(p.type) || p.m.anaphor) return;
    const y = s.ms.slice(k + 1).find((z) => z.start >= p.end);
    if (!y || !VENUE.includes(y.type) || y.key === p.key) return;
    const m = /^['\u2019]s\s+(?:([\w-]+)\s+)?([\w-]+)\s+to\s+(?:the\s+)?$/.exec(text.slice(p.end, y.start));
    if (
      !m ||
      !nouns.has(m[2].toLowerCase()) ||
      (m[1] &&
        !/^(?:first|second|last|recent|latest|planned|surprise|official|state|high-profile|rare|upcoming)$/.test(
          m[1].toLowerCase(),
        ))
    )
      return;
    const who = byId.get(p.key);
    const where = byId.get(y.key);
    if (!who || !where) return;
    const noun = m[2].toLowerCase();
    const id = ctx.ensure('Event', `${who.name}'s ${noun} to ${where.name}`);
    const start = a.toRaw(p.start);
    const end = a.toRaw(y.end);
    const ev = byId.get(id)!;
    if (!ev.mentions.some((x) => x.start === start))
      ev.mentions.push({ start, end, text: a.doc.raw.slice(start, end) });
    const mention: Mention = {
      start,
      end,
      text: a.doc.raw.slice(start, end),
      type: 'Event',
      entityKey: id,
      sentence: s.index,
      method: 'relation:event-phrase',
    };
    found.push({ m: mention, key: id, type: 'Event', start: p.start, end: y.end });
    const props = ctx.attribution(p, y);
    ctx.add(p.key, 'ATTENDED', id, s.si, 0.75, 'pattern:event-phrase', props);
    if (y.type === 'Place' || y.type === 'Country')
      ctx.add(id, 'BASED_IN', y.key, s.si, 0.75, 'pattern:event-phrase', props);
  });
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
