// A policy that opens its sentence, and the examples it names of the parties it covers: "The latest rules include a
// restriction of exports to 140 companies, including Chinese chip firms Piotech and SiCarrier" (the rules TARGETS
// each). The examples follow a plural noun for parties (relations.yaml `partyNouns`) and "including" or "such as"; no
// other name, clause word or verb of saying stands between the policy and them.
import { listGroups } from './clause-predicates.ts';
import { ORG, type RelationContext, type SentenceView } from './relation-context.ts';

/** "… 140 companies, including (Chinese chip firms)? " at the end of the words between the policy and the list. */
const EXAMPLES = /\b([a-z]+)\s*,?\s+(?:including|such\s+as)\s+(?:(?:[\p{L}-]+\s+){0,3})?$/u;
const BREAK = /\b(?:said|says|told|which|who|whom|that|after|before|while|because|although|but)\b|[;:"\u201c\u201d]/;

export function policyExamples(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const p = s.ms[0];
  if (p?.type !== 'Policy' || !/^(?:The\s+|the\s+)?$/.test(text.slice(s.start, p.start))) return;
  const rest = s.ms.filter((z) => z.start >= p.end);
  if (!rest.length) return;
  const list = listGroups(rest, text)[0];
  const first = list[0];
  const between = text.slice(p.end, first.start);
  const hit = EXAMPLES.exec(between);
  if (!hit || BREAK.test(between) || !ctx.words('partyNouns').has(hit[1])) return;
  // The words after "including" are the examples' own modifiers ("Chinese chip firms"), no verb.
  if (/\b(?:is|are|was|were|has|have|had)\s+$|\b(?:is|are|was|were|has|have|had)\s+\S+\s+$/.test(hit[0])) return;
  for (const z of list)
    if (ORG.includes(z.type) || z.type === 'Country')
      ctx.add(p.key, 'TARGETS', z.key, s.si, 0.65, 'pattern:policy-examples', { ...ctx.attribution(p, z) });
}
