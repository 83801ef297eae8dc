// Inquiries and disputes a report names by what they are into or over: "Japanese Prime Minister Fumio Kishida ordered
// an investigation into the Unification Church", "China's antitrust probe into Nvidia", "China Launches WTO Dispute
// over US Chip Export Controls". The event is named from its noun and its object's entity name ("investigation into
// Unification Church"), so wordings merge across documents; it TARGETS the party it is into (or is LINKED_TO the
// policy it is over), and the actor that opens it ("ordered", "launched": inquiryVerbs) or owns it ("China's probe")
// ISSUED_BY-links it. The event's mention joins the sentence, so the rules after this one read it.
import { alternation, POLICY_WORDS } from '../../lexicon/policy-words.ts';
import { ACTOR, eventMention, type M, type RelationContext, type SentenceView } from './relation-context.ts';

let INQUIRY: RegExp | undefined;
/** Modifiers (acronyms, "Section 301", listed words), the noun, the preposition, an optional "the" before the object. */
function inquiry(): RegExp {
  INQUIRY ??= new RegExp(
    String.raw`(?<![\w-])((?:(?:[A-Z]{2,}|Section\s+\d+|${alternation('inquiryModifiers')})\s+){0,2})((?:${POLICY_WORDS.inquiryNouns.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')}))\s+(into|of|on|over|against)\s+(?:the\s+)?$`,
  );
  return INQUIRY;
}
const VERBS = new Set(POLICY_WORDS.inquiryVerbs);
/** A title-case object after a possessive: capitalized words joined by commas, "and" and lower-case joining words. */
const TITLE_AFTER =
  /^['\u2019]s[^\S\n]+(\p{Lu}[\p{L}-]*(?:(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+(?:(?:of|and|to|for|the|in|on)[^\S\n]+)*)\p{Lu}[\p{L}-]*)*)/u;
const TARGET = [...ACTOR, 'Place'];

export function inquiryEvents(ctx: RelationContext, s: SentenceView): void {
  const { text, byId } = ctx;
  const found: M[] = [];
  for (const y of s.ms) {
    if (!TARGET.includes(y.type) && y.type !== 'Policy') continue;
    const before = text.slice(Math.max(s.start, y.start - 80), y.start);
    const hit = inquiry().exec(before);
    // "a dispute on ABC News": "on" after a dispute says where it was aired, not what it is over.
    if (!hit || (hit[3] === 'on' && /^dispute$/i.test(hit[2]))) continue;
    const target = byId.get(y.key);
    // A name that only opens a longer one ("US" in "US Chip Export Controls") is not what the inquiry is into.
    if (!target || /^[^\S\n]+\p{Lu}/u.test(text.slice(y.end, y.end + 3))) continue;
    // A name inside a policy's phrase ("US" in "the US export controls") is read through the policy.
    if (s.ms.some((z) => z !== y && z.start <= y.start && y.end <= z.end && z.end - z.start > y.end - y.start))
      continue;
    const start = y.start - before.length + hit.index;
    // "… of China's Acts, Policies, and Practices Related to Technology Transfer": the title-case object after the
    // party's possessive is the inquiry's subject, and its name.
    const titled = TITLE_AFTER.exec(text.slice(y.end, s.end));
    const about = titled && titled[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 ? titled : null;
    const name = `${hit[1].replace(/\s+/g, ' ')}${hit[2].toLowerCase()} ${hit[3]} ${target.name}${about ? `'s ${about[1].replace(/\s+/g, ' ')}` : ''}`;
    const event = eventMention(ctx, s, name, start, y.end + (about?.[0].length ?? 0), 'relation:inquiry-event');
    const id = event.key;
    found.push(event);
    const props = ctx.attribution(event, y);
    ctx.add(id, y.type === 'Policy' ? 'LINKED_TO' : 'TARGETS', y.key, s.si, 0.75, 'pattern:inquiry-event', props);
    // Who opens it: "X ordered an investigation", "China on Friday launched a probe", "X's probe".
    const lead = text.slice(s.start, start);
    const possessor = /['\u2019]s\s+$/.exec(lead);
    const verb = /(\S+)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|formal\s+)?$/.exec(lead);
    let actor: M | undefined;
    if (possessor) actor = s.ms.find((z) => z.end === s.start + possessor.index && ACTOR.includes(z.type));
    else if (verb && VERBS.has(verb[1].toLowerCase())) {
      const at = s.start + verb.index;
      actor = s.ms.filter((z) => z.end <= at && ACTOR.includes(z.type)).pop();
      if (actor && !/^[^,;]{0,30}$/.test(text.slice(actor.end, at))) actor = undefined;
    }
    if (actor && actor.key !== y.key)
      ctx.add(id, 'ISSUED_BY', actor.key, s.si, 0.7, 'pattern:inquiry-event', ctx.attribution(actor, event));
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
