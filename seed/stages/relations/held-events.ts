// Events a report names by who or where holds them: a vote by its place ("the first Solomon Islands election",
// "Taiwan's presidential election", "parliamentary elections in Georgia") and a company's market debut by the company
// ("the IPO of CATL in Hong Kong", "CATL's IPO"). The event is named from its holder's entity name ("Solomon Islands
// election", "CATL IPO"), so the wordings merge across documents; an ordinal ("first", "upcoming") stays in the phrase
// but not in the name. A vote is BASED_IN its place; a debut is BASED_IN the place named after "in". The event's
// mention joins the sentence, so the rules after this one read it. Word lists: seed/lexicon/policy-words.yaml.
import { alternation } from '../../lexicon/policy-words.ts';
import { eventMention, type M, type RelationContext, type SentenceView } from './relation-context.ts';

let P: { after: RegExp; before: RegExp; listingAfter: RegExp; listingBefore: RegExp; ordinal: RegExp } | undefined;
function patterns() {
  if (P) return P;
  const mods = alternation('electionModifiers');
  const nouns = alternation('electionNouns');
  const listing = alternation('listingNouns');
  const ord = alternation('occasionOrdinals');
  P = {
    // "Solomon Islands election", "Taiwan's presidential election".
    after: new RegExp(String.raw`^(?:['\u2019]s)?[^\S\n]+((?:(?:${mods})[^\S\n]+){0,2})(${nouns})\b(?![\w-])`),
    // "presidential election in Georgia", "the upcoming elections in".
    before: new RegExp(
      String.raw`\b((?:(?:${ord})[^\S\n]+)?)((?:(?:${mods})[^\S\n]+){0,2})(${nouns})[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$`,
      'i',
    ),
    // "CATL IPO", "CATL's initial public offering".
    listingAfter: new RegExp(String.raw`^(?:['\u2019]s)?[^\S\n]+(${listing})\b(?![\w-])`),
    // "the IPO of CATL".
    listingBefore: new RegExp(String.raw`\b((?:(?:${ord})[^\S\n]+)?)(${listing})[^\S\n]+of[^\S\n]+$`, 'i'),
    ordinal: new RegExp(String.raw`\b(?:${ord})[^\S\n]+$`, 'i'),
  };
  return P;
}
/** Nouns after a vote's noun that make it a modifier of something else ("the election commission"). */
const COMPOUND_AFTER =
  /^[^\S\n]+(?:commission|committee|board|officials?|authorit(?:y|ies)|laws?|observers?|monitors?|agency|body|council|workers?|fraud|interference|meddling|security|rules?)\b/;
const PLACE_AFTER = /^[^\S\n]+(?:in)[^\S\n]+(?:the[^\S\n]+)?$/;

const singular = (noun: string) => noun.toLowerCase().replace(/^elections$/, 'election');

export function heldEvents(ctx: RelationContext, s: SentenceView): void {
  const { text, byId } = ctx;
  const p = patterns();
  const found: M[] = [];
  const inside = (y: M) =>
    s.ms.some((z) => z !== y && z.start <= y.start && y.end <= z.end && z.end - z.start > y.end - y.start);
  const add = (name: string, start: number, end: number, place: M | undefined) => {
    const ev = eventMention(ctx, s, name, start, end, 'relation:held-event');
    found.push(ev);
    if (place) ctx.add(ev.key, 'BASED_IN', place.key, s.si, 0.7, 'pattern:held-event', ctx.attribution(ev, place));
  };
  for (const y of s.ms) {
    if (y.m.anaphor || inside(y)) continue;
    const holder = byId.get(y.key);
    if (!holder) continue;
    const after = text.slice(y.end, Math.min(s.end, y.end + 60));
    const lead = text.slice(Math.max(s.start, y.start - 60), y.start);
    if (y.type === 'Country' || y.type === 'Place') {
      const a = p.after.exec(after);
      if (a && !COMPOUND_AFTER.test(after.slice(a[0].length))) {
        const ord = p.ordinal.exec(lead);
        const mods = a[1].trim().toLowerCase().replace(/\s+/g, ' ');
        add(
          `${holder.name} ${mods ? `${mods} ` : ''}${singular(a[2])}`,
          y.start - (ord?.[0].length ?? 0),
          y.end + a[0].length,
          y,
        );
        continue;
      }
      const b = p.before.exec(lead);
      if (b && !/[\w-]/.test(text[y.end] ?? ' ')) {
        const mods = b[2].trim().toLowerCase().replace(/\s+/g, ' ');
        add(`${holder.name} ${mods ? `${mods} ` : ''}${singular(b[3])}`, y.start - b[0].length, y.end, y);
      }
      continue;
    }
    if (y.type !== 'Company') continue;
    const la = p.listingAfter.exec(after);
    const lb = la ? null : p.listingBefore.exec(lead);
    if (!la && !lb) continue;
    const start = la ? y.start - (p.ordinal.exec(lead)?.[0].length ?? 0) : y.start - lb![0].length;
    const end = la ? y.end + la[0].length : y.end;
    const noun = (la ?? lb)![la ? 1 : 2];
    const name = /^(?:IPO|initial public offering|public offering)$/i.test(noun)
      ? `${holder.name} IPO`
      : `${holder.name} ${noun.toLowerCase()}`;
    const place = s.ms.find(
      (z) =>
        z.start >= end && (z.type === 'Place' || z.type === 'Country') && PLACE_AFTER.test(text.slice(end, z.start)),
    );
    add(name, start, end, place);
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
