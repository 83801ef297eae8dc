// The Federal Register's rule documents label their front matter: "AGENCY: Bureau of Industry and Security, Department
// of Commerce." names who issues the document's rule (ISSUED_BY) and the department the agency belongs to (PART_OF);
// "SUMMARY: BIS is revising the Export Administration Regulations (EAR) …" names its issuer as the subject and, by a
// LINKED_TO verb (relations.yaml), the policy the rule changes. The rule is the document's title policy (as for "this
// rule": document-rule.ts). A format's own labels, read only where a line opens with them.
import { readPredicate } from '../text/predicates.ts';
import { titlePolicy } from './document-rule.ts';
import { ORG, type RelationContext, type SentenceView } from './relation-context.ts';
import { departmentIn } from './title-roles.ts';

const AGENCY = /^\s*AGENCY:\s*/;
const SUMMARY = /^\s*SUMMARY:\s*(?:[Tt]he\s+)?/;

export function federalRegister(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const sentence = text.slice(s.start, s.end);
  const label = AGENCY.exec(sentence) ?? SUMMARY.exec(sentence);
  if (!label) return;
  const title = titlePolicy(ctx, s.si);
  const after = s.ms.filter((m) => m.start >= s.start + label[0].length).sort((x, y) => x.start - y.start);
  const actor = after[0];
  if (!actor || !ORG.includes(actor.type) || actor.start !== s.start + label[0].length) return;
  const method = 'pattern:federal-register';
  if (AGENCY.test(sentence)) {
    // The agency's department holds whether or not the document's title was read as a policy.
    if (title) ctx.add(title.key, 'ISSUED_BY', actor.key, s.si, 0.8, method);
    // "Bureau of Industry and Security, Commerce.": the department after the comma, named or by its subject word.
    const rest = text.slice(actor.end, s.end);
    const next = after[1];
    if (next && ORG.includes(next.type) && /^\s*,\s*(?:the\s+)?$/.test(text.slice(actor.end, next.start)))
      ctx.add(actor.key, 'PART_OF', next.key, s.si, 0.75, method);
    else {
      const word = /^\s*,\s*(\p{Lu}\p{Ll}+)\s*\.?\s*$/u.exec(rest)?.[1];
      const dept = word ? departmentIn(ctx, `of ${word}`) : undefined;
      if (dept) ctx.add(actor.key, 'PART_OF', dept, s.si, 0.75, method);
    }
    return;
  }
  // SUMMARY: the subject issues the rule when its verb changes a policy ("BIS is revising the EAR").
  if (!title) return;
  const object = after.find((z) => z.type === 'Policy' && z.key !== title.key);
  if (!object) return;
  const last = after.filter((z) => z.key === actor.key && z.end <= object.start).pop() ?? actor;
  let between = text.slice(last.end, object.start);
  if (between.startsWith(')')) between = between.slice(1);
  const p = readPredicate(between, ctx.vocab);
  if (p?.entry?.type !== 'LINKED_TO' || p.passive || p.negated) return;
  ctx.add(title.key, 'ISSUED_BY', actor.key, s.si, 0.75, method);
  ctx.add(title.key, 'LINKED_TO', object.key, s.si, 0.7, method, { predicate: p.lemma });
}
