// A government puts parties on a register: "The U.S. added SMIC to a blacklist of alleged Chinese military companies",
// "Commerce added 140 companies to the Entity List", "Huawei was placed on the Entity List by the Commerce Department".
// The register (a policy) TARGETS each party added (a list fans out), and the one who adds ISSUED_BY-links it.
import { ACTOR, ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

/** "added … to (the) <policy>", "placed … on (a) <policy>": the verb nearest the policy (the greedy prefix skips the
 * verbs of earlier clauses: "… were added for X, and entities were added due to ties to a group placed on the List"),
 * then the words before the policy's phrase. The auxiliary of a passive is read before the verb. */
const ADDED =
  /^([\s\S]*)\b(add(?:s|ed|ing)?|plac(?:es|ed|ing)|put(?:s|ting)?)\b(?:(?![.;:]).)*?\s(?:to|on|onto)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[\p{Lu}][\w.-]*['\u2019]s\s+){0,2}$/u;
const AUX = /\b(?:was|were|been|being|is|are|be)\s+$/;
const PARTY = [...ORG, 'Person', 'Country'];

/** A mention that only modifies the next name ("China's biggest chipmaker SMIC", "U.S.-origin items"): no party. */
const possessive = (ctx: RelationContext, m: M) => /^(?:['\u2019]s\b|-\p{L})/u.test(ctx.text.slice(m.end, m.end + 3));

/** Where the clause of a passive verb starts: after the last clause break before it (";", ", and", a subordinating or
 * relative word). "Iran Air, which was added": the relative pronoun's antecedent is the one party. */
const CLAUSE_BREAK =
  /(?:[;:\u2014]|,\s*(?:and|but|or)\s|\b(?:that|which|who|whom|while|whereas|because|after|before|when)\b)/giu;

function passiveParties(ctx: RelationContext, s: SentenceView, verbStart: number, outside: (m: M) => boolean): M[] {
  const head = ctx.text.slice(s.start, verbStart);
  // "X, which was added", "X that were added": the mention right before the relative word.
  const rel = /([,\s]*)\b(?:which|that|who)\s+$/u.exec(head);
  if (rel) {
    const end = s.start + rel.index;
    const ante = s.ms.filter((m) => m.end <= end && outside(m)).pop();
    return ante && /^\s*$/.test(ctx.text.slice(ante.end, end)) && PARTY.includes(ante.type) ? [ante] : [];
  }
  let from = s.start;
  for (const b of head.matchAll(CLAUSE_BREAK)) from = s.start + b.index + b[0].length;
  return s.ms.filter(
    (m) => m.start >= from && m.end <= verbStart && outside(m) && PARTY.includes(m.type) && !possessive(ctx, m),
  );
}

export function listAdditions(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  for (const p of s.ms) {
    if (p.type !== 'Policy') continue;
    const before = text.slice(s.start, p.start);
    const hit = ADDED.exec(before);
    if (!hit) continue;
    const verbAt = s.start + hit[1].length;
    const aux = AUX.exec(hit[1]);
    const passive = !!aux;
    const verbStart = aux ? s.start + aux.index : verbAt;
    const verbEnd = verbAt + hit[2].length;
    const outside = (m: M) => m !== p && !(p.start <= m.start && m.end <= p.end);
    const issuers: M[] = [];
    let parties: M[];
    // "a group placed on the Entity List": a participle right before the preposition modifies the noun before it.
    const reduced = !passive && /^\s+(?:to|on|onto)\s/.test(text.slice(verbEnd, verbEnd + 6));
    if (reduced) {
      const ante = s.ms.filter((m) => m.end <= verbStart && outside(m)).pop();
      // A government body or country right before "added to" is more likely who adds ("BIS added to the Entity List
      // 11 entities"): then nothing is read, rather than the adder made a target.
      parties =
        ante && /^[\s,]*$/.test(text.slice(ante.end, verbStart)) && (ante.type === 'Company' || ante.type === 'Person')
          ? [ante]
          : [];
      if (ante && !parties.length && /^\s*$/.test(text.slice(ante.end, verbStart)) && ACTOR.includes(ante.type))
        issuers.push(ante);
      const by = s.ms.find((m) => m.start >= p.end && /^\s+by\s+(?:the\s+)?$/.test(text.slice(p.end, m.start)));
      if (by && ACTOR.includes(by.type)) issuers.push(by);
    } else if (passive) {
      // Passive: the parties come before the verb; "by X" after the register names who added them.
      parties = passiveParties(ctx, s, verbStart, outside);
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
