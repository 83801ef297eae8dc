// Events a reader names by a phrase: "Nancy Pelosi's visit to Taiwan", "a chief executive's trip to Beijing" (shape:
// visitor's visit/trip to a place). The event takes a canonical name from its arguments' entity names ("Jensen Huang's
// visit to Beijing"), so the same visit merges across documents; the visitor ATTENDED it and it is BASED_IN the place.
// The event's mention joins the sentence's mentions, so the rules after this one read it ("in response to … visit").
import { eventMention, ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

/** A journey's noun as its name says it: one visit whatever the report calls it ("his China trip", "his visit to China"). */
const travel = (noun: string) =>
  /^(?:trip|tour|journey|travel|stopover|state visit)$/i.test(noun) ? 'visit' : noun.toLowerCase();

const VISITOR = ['Person', ...ORG, 'Country'];
/** Between the venues of a list: "Beijing and Shanghai", "Seoul, Tokyo and Beijing". */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const VENUE = ['Place', 'Country', ...ORG];

const MODIFIERS =
  /^(?:first|second|third|fourth|fifth|next|last|recent|latest|planned|surprise|official|state|high-profile|rare|upcoming|brief|weeklong|two-day|three-day)$/;
const POSSESSED = /^['\u2019]s\s+(?:([\w-]+)\s+)?([\w-]+)\s+to\s+(?:the\s+)?$/;
/** "Huang's third China visit", "his Beijing trip": the venue as a modifier between the possessive and the noun. */
const VENUE_BEFORE = /(?:['\u2019]s|\b(his|her|their|its))\s+(?:([\w-]+)\s+)?$/i;
const NOUN_AFTER = /^\s+([a-z]+(?:\s+visit)?)\b/;
/** "his visit to", "her first trip to": a possessive pronoun for the visitor, right before the venue. */
const PRONOUN_VISIT = /\b(his|her|their|its)\s+(?:([\w-]+)\s+)?([\w-]+)\s+to\s+(?:the\s+)?$/i;

/** The visitor a pronoun stands for: the last person (for "its", organization or country) named before it. */
function antecedent(ctx: RelationContext, s: SentenceView, before: number, pronoun: string): M | undefined {
  const fits = (m: M) =>
    pronoun.toLowerCase() === 'its'
      ? [...ORG, 'Country'].includes(m.type)
      : m.type === 'Person' || m.type === 'Country';
  const inSentence = s.ms.filter((m) => m.end <= before && fits(m)).pop();
  if (inSentence) return inSentence;
  for (let k = s.si - 1; k >= Math.max(0, s.si - 2); k--) {
    const m = ctx.sentences[k].ms.filter((z) => fits(z) && !z.m.anaphor).pop();
    if (m) return m;
  }
  return undefined;
}

export function eventPhrases(ctx: RelationContext, s: SentenceView): void {
  const { text, byId } = ctx;
  const nouns = ctx.words('visitNouns');
  const found: M[] = [];
  /** "Huang's visit to China" (the phrase ends at the venue) or the venue-first "Huang's China visit": one event. */
  const visit = (p: M, y: M, start: number, end: number, modifier: string | undefined, noun: string, list = false) => {
    if (!nouns.has(noun.toLowerCase()) || (modifier && !MODIFIERS.test(modifier.toLowerCase()))) return;
    // "her visit to Beijing and Shanghai": one visit to every venue of a coordinated list after "to".
    const venues = [y];
    if (list)
      for (const z of s.ms) {
        const last = venues[venues.length - 1];
        if (z.start < last.end || z === y) continue;
        if (!(z.type === 'Place' || z.type === 'Country') || !LIST_JOIN.test(text.slice(last.end, z.start))) break;
        venues.push(z);
      }
    const who = byId.get(p.key);
    const wheres = venues.map((v) => byId.get(v.key));
    if (!who || wheres.some((w) => !w) || venues.some((v) => v.key === p.key)) return;
    const names = wheres.map((w) => w!.name);
    const place = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
    const ev = eventMention(
      ctx,
      s,
      `${who.name}'s ${travel(noun)} to ${place}`,
      start,
      Math.max(end, venues[venues.length - 1].end),
      'relation:event-phrase',
    );
    found.push(ev);
    ctx.add(p.key, 'ATTENDED', ev.key, s.si, 0.75, 'pattern:event-phrase', ctx.attribution(p, y));
    for (const v of venues)
      if (v.type === 'Place' || v.type === 'Country')
        ctx.add(ev.key, 'BASED_IN', v.key, s.si, 0.75, 'pattern:event-phrase', ctx.attribution(p, v));
  };
  s.ms.forEach((y, k) => {
    if (!VENUE.includes(y.type)) return;
    const p = k > 0 ? s.ms[k - 1] : undefined;
    // "Jensen Huang's visit to Beijing", "the chief executive's visit to Beijing" (a description resolved to a name).
    const named = p && p.end <= y.start ? POSSESSED.exec(text.slice(p.end, y.start)) : null;
    if (p && named && VISITOR.includes(p.type) && (!p.m.anaphor || p.m.method === 'anaphor:description')) {
      visit(p, y, p.start, y.end, named[1], named[2], true);
      return;
    }
    // "Huang's third China visit", "his Beijing trip": the venue before the noun.
    const noun = NOUN_AFTER.exec(text.slice(y.end, y.end + 20));
    const from = Math.max(s.start, y.start - 40);
    const lead = noun && nouns.has(noun[1]) ? VENUE_BEFORE.exec(text.slice(from, y.start)) : null;
    if (noun && lead) {
      const at = from + lead.index;
      const who = lead[1] ? antecedent(ctx, s, at, lead[1]) : p && p.end === at ? p : undefined;
      if (
        who &&
        VISITOR.includes(who.type) &&
        (!!lead[1] || !who.m.anaphor || who.m.method === 'anaphor:description')
      ) {
        visit(who, y, lead[1] ? at : who.start, y.end + noun[0].length, lead[2], noun[1]);
        return;
      }
    }
    // "His visit to Beijing".
    const gap = text.slice(Math.max(s.start, p && p.end <= y.start ? p.end : s.start), y.start);
    const pr = PRONOUN_VISIT.exec(gap);
    if (!pr) return;
    const start = y.start - gap.length + pr.index;
    const who = antecedent(ctx, s, start, pr[1]);
    if (who) visit(who, y, start, y.end, pr[2], pr[3], true);
  });
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
