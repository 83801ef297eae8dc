// A policy named again by its head noun alone: "The Commerce Department imposed export controls on Huawei. … The
// Trump administration reversed the ban." "The ban", "the rule", "the deal" stand for the last policy of the same
// family named in the three sentences before (or earlier in the same sentence); the rules after this one read them as
// that policy's mentions ("reversed the ban" → REVERSES). The families are data: relations.yaml `policyAnaphors`.
import type { Mention } from '../../analysis.ts';
import type { M, RelationContext, SentenceView } from './relation-context.ts';

const ANAPHOR =
  /\b[Tt]he\s+(?:(?:new|latest|earlier|original|proposed|planned|same|current|existing|former)\s+)?([a-z]+)\b/g;
const WINDOW = 3;

/** Which family a head word belongs to, from the `policyAnaphors` lists ("ban" → "restriction"). */
function familyOf(ctx: RelationContext, word: string): string | undefined {
  for (const name of ['restriction', 'deal', 'licence', 'law'])
    if (ctx.words(`policyAnaphors.${name}`).has(word)) return name;
  return undefined;
}

/** The family of a policy mention, by the words of its name or text ("H20 ban" → restriction). */
function policyFamily(ctx: RelationContext, m: M): string | undefined {
  const words = `${m.m.canonical ?? ''} ${m.m.text}`.toLowerCase().split(/[^a-z]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const f = familyOf(ctx, words[i]);
    if (f) return f;
  }
  return undefined;
}

export function policyAnaphors(ctx: RelationContext, s: SentenceView): void {
  const { a, text } = ctx;
  const candidates: { m: M; family: string; si: number }[] = [];
  for (let k = Math.max(0, s.si - WINDOW); k < s.si; k++)
    for (const m of ctx.sentences[k].ms)
      if (m.type === 'Policy') {
        const family = policyFamily(ctx, m);
        if (family) candidates.push({ m, family, si: k });
      }
  const found: M[] = [];
  ANAPHOR.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  for (let hit = ANAPHOR.exec(sentence); hit; hit = ANAPHOR.exec(sentence)) {
    const start = s.start + hit.index;
    const end = start + hit[0].length;
    // Followed by a name or "on"/"of" it is a new policy's phrase, which the mention stage reads; inside a mention it
    // is part of a name.
    if (/^\s+(?:on|of|against|to|for|that|which)\b|^\s+\p{Lu}|^[\w-]/u.test(text.slice(end, end + 6))) continue;
    // A described speaker's word ("latest" read as a source) names no entity: it hides no policy.
    if (s.ms.some((m) => m.start < end && start < m.end && ctx.byId.has(m.key))) continue;
    const family = familyOf(ctx, hit[1]);
    if (!family) continue;
    const before = s.ms.filter((m) => m.type === 'Policy' && m.end <= start && policyFamily(ctx, m) === family);
    const ante = before.pop() ?? candidates.filter((c) => c.family === family).pop()?.m;
    if (!ante) continue;
    const mention: Mention = {
      start: a.toRaw(start),
      end: a.toRaw(end),
      text: a.doc.raw.slice(a.toRaw(start), a.toRaw(end)),
      type: 'Policy',
      entityKey: ante.key,
      sentence: s.index,
      method: 'relation:policy-anaphor',
      anaphor: true,
      canonical: ante.m.canonical,
    };
    found.push({ m: mention, key: ante.key, type: 'Policy', start, end });
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}
