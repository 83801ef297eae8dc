// A government puts parties on a register: "The U.S. added SMIC to a blacklist of alleged Chinese military companies",
// "Commerce added 140 companies to the Entity List", "Huawei was placed on the Entity List by the Commerce Department".
// The register (a policy) TARGETS each party added (a list fans out), and the one who adds ISSUED_BY-links it.
import { ACTOR, ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

/** "added … to (the) <policy>", "placed … on (a) <policy>": the verb, then the words before the policy's phrase. */
const ADDED =
  /\b(?:(was|were|been|being|is|are|be)\s+)?(add(?:s|ed|ing)?|plac(?:es|ed|ing)|put(?:s|ting)?)\b(?:(?![.;:]).)*?\s(?:to|on|onto)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[\p{Lu}][\w.-]*['\u2019]s\s+){0,2}$/u;
const PARTY = [...ORG, 'Person', 'Country'];

/** A mention that only modifies the next name ("China's biggest chipmaker SMIC"): no party of its own. */
const possessive = (ctx: RelationContext, m: M) => /^['\u2019]s\b/.test(ctx.text.slice(m.end, m.end + 3));

export function listAdditions(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  for (const p of s.ms) {
    if (p.type !== 'Policy') continue;
    const before = text.slice(s.start, p.start);
    const hit = ADDED.exec(before);
    if (!hit) continue;
    const verbStart = s.start + hit.index + (hit[1] ? hit[0].indexOf(hit[2]) : 0);
    const verbEnd = s.start + hit.index + hit[0].indexOf(hit[2]) + hit[2].length;
    const outside = (m: M) => m !== p && !(p.start <= m.start && m.end <= p.end);
    const issuers: M[] = [];
    let parties: M[];
    if (hit[1]) {
      // Passive: the parties come before the verb; "by X" after the register names who added them.
      parties = s.ms.filter((m) => m.end <= verbStart && outside(m) && PARTY.includes(m.type) && !possessive(ctx, m));
      const by = s.ms.find((m) => m.start >= p.end && /^\s+by\s+(?:the\s+)?$/.test(text.slice(p.end, m.start)));
      if (by && ACTOR.includes(by.type)) issuers.push(by);
    } else {
      parties = s.ms.filter(
        (m) => m.start >= verbEnd && m.end <= p.start && outside(m) && PARTY.includes(m.type) && !possessive(ctx, m),
      );
      const subject = s.ms.filter((m) => m.end <= verbStart && ACTOR.includes(m.type) && !possessive(ctx, m)).pop();
      if (subject) issuers.push(subject);
    }
    for (const x of parties)
      ctx.add(p.key, 'TARGETS', x.key, s.si, 0.75, 'pattern:list-addition', ctx.attribution(x, p));
    for (const x of issuers)
      ctx.add(p.key, 'ISSUED_BY', x.key, s.si, 0.7, 'pattern:list-addition', ctx.attribution(x, p));
  }
}
