// A headline drops the copula: "Huawei Latest Target of US Crackdown on China Tech" says Huawei is the latest target of
// the crackdown. In a headline (a line of capitalized words without a closing full stop), title-case words between two
// names that read as a relational noun once "is the" is put back ("is the latest target of") are that noun's
// relationship; nothing else a headline says is read here (its verbs are read by the clause rule).
import { readPredicate } from '../text/predicates.ts';
import { outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

/** Title-case words only ("Latest Target of"): the gap of a headline, lower-case function words allowed. */
const TITLE_GAP = /^\s+(?:(?:[A-Z][a-z]+|of|to|for|with|in|on|the|a|an)\s+){1,5}$/;

function isHeadline(line: string): boolean {
  if (/[.!?"\u201d]\s*$/.test(line)) return false;
  const ws = line.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return ws.length >= 3 && ws.every((w) => /^[A-Z]/.test(w));
}

export function headlineCopulas(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  if (!isHeadline(text.slice(s.start, s.end).trim())) return;
  const ms = outerMentions(s.ms);
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    const between = text.slice(x.end, y.start);
    if (!TITLE_GAP.test(between)) continue;
    const p = readPredicate(` is the ${between.trim().toLowerCase()} `, ctx.vocab);
    if (!p?.entry || p.shape !== 'light-verb' || p.passive) continue;
    const e = p.entry;
    if (!e.from.has(x.type as never) || !e.to.has(y.type as never)) continue;
    const [from, to] = e.reverse ? [y.key, x.key] : [x.key, y.key];
    ctx.add(from, e.type, to, s.si, 0.6, 'pattern:headline-copula', { predicate: p.lemma });
  }
}
