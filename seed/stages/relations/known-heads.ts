// A head of state by title alone: "President Joe Biden" or "Since taking office, President Biden …" writes no country,
// and a reader knows which one; the gazetteer says it for the people it lists (entities.yaml `heads`). The title must be
// written (relations.yaml `stateHeadTitles`, not after "Vice", "former" …: `notLeading`); "Chinese President Xi Jinping"
// is title-before-name's, from the words themselves.
import type { RelationContext, SentenceView } from './relation-context.ts';

const TITLE_BEFORE = /(?:^|[^\p{L}'\u2019.-])((?:\p{Lu}\p{Ll}+\s+){1,2})$/u;

export function knownHeads(ctx: RelationContext, s: SentenceView): void {
  const titles = ctx.words('stateHeadTitles');
  const notLeading = ctx.words('notLeading');
  for (const p of s.ms) {
    if (p.type !== 'Person' || p.m.anaphor) continue;
    const person = ctx.byId.get(p.key);
    const heads = person && ctx.g.byAlias.get(person.name)?.heads;
    if (!heads?.length) continue;
    const before = ctx.text.slice(Math.max(s.start, p.start - 40), p.start);
    const m = TITLE_BEFORE.exec(before);
    if (!m) continue;
    const words = m[1].trim().toLowerCase().split(/\s+/);
    const title = titles.has(words.join(' ')) ? words : titles.has(words[words.length - 1]) ? words.slice(-1) : null;
    if (!title || words.some((w) => notLeading.has(w))) continue;
    // "former President Trump", "ex-President …": a lower-case word before the title may still undo it.
    const prior = /([\p{L}-]+)\s+$/u.exec(before.slice(0, m.index + m[0].length - m[1].length))?.[1]?.toLowerCase();
    if (prior && (notLeading.has(prior) || /^(?:ex|former)-/.test(prior))) continue;
    // A country the sentence already ties to the person by a title wins ("U.S. President Joe Biden").
    if ([...ctx.out.values()].some((r) => r.from === p.key && r.type === 'LEADS' && r.provenance.sentence === s.index))
      continue;
    const name = m[1].trim().split(/\s+/).slice(-title.length).join(' ');
    for (const country of heads) {
      const id = ctx.ensure('Country', ctx.g.byAlias.get(country)?.name ?? country);
      ctx.add(p.key, 'LEADS', id, s.si, 0.7, 'inference:head-of-state', { title: name, ...ctx.attribution(p, p) });
    }
  }
}
