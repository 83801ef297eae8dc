// A document that publishes a rule names it in its title and then says "this rule": "In this final rule, the Bureau of
// Industry and Security (BIS) amends the Export Administration Regulations", "This interim final rule (IFR) will
// protect …". "This rule", "this final rule", "this IFR" stand for the first policy the document's opening sentences
// name in title case (its title); the mention joins the sentence, so the clause rule reads it as a subject or an object. "In this
// rule, X <verb> …" says X issues it (ISSUED_BY), and X's verb on another policy links the two ("amends the EAR":
// LINKED_TO).
import type { Mention } from '../../analysis.ts';
import { readPredicate } from '../text/predicates.ts';
import type { M, RelationContext, SentenceView } from './relation-context.ts';
import { ACTOR } from './relation-context.ts';

/** "this rule", "this interim final rule (IFR)", "this IFR", "this regulation": the document's own rule. */
const THIS_RULE =
  /\b([Ii]n\s+)?[Tt]his\s+(?:(?:interim|final|proposed)\s+)*(?:rule|regulation|IFR|notice|order)\b(?:\s*\([A-Z][\w/-]*\))?(,\s+)?/g;
/** How many opening sentences may hold the title. */
const TITLE_SENTENCES = 3;

/** The document's title policy: the first policy its opening sentences name in title case, before sentence `si`. */
export function titlePolicy(ctx: RelationContext, si: number): M | undefined {
  for (const s of ctx.sentences.slice(0, Math.min(TITLE_SENTENCES, si))) {
    const p = s.ms.find((m) => m.type === 'Policy' && !m.m.anaphor && m.m.method === 'phrase:policy-name');
    if (p) return p;
  }
  return undefined;
}

export function documentRule(ctx: RelationContext, s: SentenceView): void {
  if (s.si < 1) return;
  const { a, text } = ctx;
  const sentence = text.slice(s.start, s.end);
  THIS_RULE.lastIndex = 0;
  let title: M | undefined;
  const found: M[] = [];
  for (let hit = THIS_RULE.exec(sentence); hit; hit = THIS_RULE.exec(sentence)) {
    const start = s.start + hit.index + (hit[1]?.length ?? 0);
    const end = s.start + hit.index + hit[0].length - (hit[2]?.length ?? 0);
    // Inside a mention ("This Rule Act") it is part of a name; over a mention of the policy itself nothing is new.
    if (s.ms.some((m) => m.start < end && start < m.end && m.type !== 'Policy')) continue;
    title ??= titlePolicy(ctx, s.si);
    if (!title) return;
    if (s.ms.some((m) => m.key === title!.key && m.start < end && start < m.end)) continue;
    const mention: Mention = {
      start: a.toRaw(start),
      end: a.toRaw(end),
      text: a.doc.raw.slice(a.toRaw(start), a.toRaw(end)),
      type: 'Policy',
      entityKey: title.key,
      sentence: s.index,
      method: 'relation:document-rule',
      anaphor: true,
      canonical: title.m.canonical,
    };
    const m: M = { m: mention, key: title.key, type: 'Policy', start, end };
    found.push(m);
    if (!hit[1] || !hit[2]) continue;
    // "In this final rule, the Bureau of Industry and Security (BIS) amends the EAR": the actor right after the comma.
    const after = s.ms.filter((z) => z.start >= end).sort((x, y) => x.start - y.start);
    const actor = after[0];
    if (!actor || !ACTOR.includes(actor.type) || !/^(?:the\s+)?$/i.test(text.slice(end + hit[2].length, actor.start)))
      continue;
    const props = ctx.attribution(m, actor);
    ctx.add(title.key, 'ISSUED_BY', actor.key, s.si, 0.75, 'pattern:document-rule', props);
    // Its verb on another policy: the next policy after the actor (its acronym mention skipped).
    const object = after.find((z) => z.type === 'Policy' && z.key !== title!.key);
    const last = after.filter((z) => z.key === actor.key && (!object || z.end <= object.start)).pop() ?? actor;
    if (!object) continue;
    let between = text.slice(last.end, object.start);
    if (between.startsWith(')')) between = between.slice(1);
    const p = readPredicate(between, ctx.vocab);
    if (p?.entry?.type === 'LINKED_TO' && !p.passive)
      ctx.add(title.key, 'LINKED_TO', object.key, s.si, 0.7, 'pattern:document-rule', {
        ...props,
        predicate: p.lemma,
        ...(p.negated ? { negated: true } : {}),
        ...(p.modality ? { modality: p.modality } : {}),
      });
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
