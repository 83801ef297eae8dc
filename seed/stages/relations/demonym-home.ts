// A nationality before a company says where it is based: "Chinese AI startup Moonshot AI", "Chinese firms like
// DeepSeek, Alibaba and Baidu" (BASED_IN the country). Not when the nationality qualifies another noun that the
// company only complements: "Chinese demand for Nvidia accelerators" says nothing of where Nvidia is. An apposition
// after the company says it too: "DeepSeek, a Chinese AI startup", "Huawei, the Chinese telecoms giant".
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { matchesOf } from '../text/matches.ts';
import { finiteVerb, type RelationContext, type SentenceView } from './relation-context.ts';

const DEMONYM_PATTERNS = new WeakMap<Gazetteer, RegExp>();
/** Built once per gazetteer, not per sentence (matchesOf collects every match before returning, so sharing one is safe). */
function demonymPattern(g: Gazetteer): RegExp {
  let re = DEMONYM_PATTERNS.get(g);
  if (!re) {
    re = new RegExp(`\\b(${[...g.demonyms.keys()].map((d) => d.replace(/\./g, '\\.')).join('|')})(?=\\s)`, 'g');
    DEMONYM_PATTERNS.set(g, re);
  }
  return re;
}

/** The gap between a demonym and a company: up to three words, then an optional "like"/"such as"/"including" list. */
const GAP = /^(?:\s+[\w-]+){0,3}\s+(?:(?:like|such\s+as|including)\s+)?(?:[^.;:"]*?(?:,\s*(?:and\s+)?|\s+and\s+))?$/u;

/**
 * "DeepSeek, a Chinese AI startup, …": an apposition after a company whose noun phrase (up to its first preposition)
 * opens with an article, at most two modifiers and a nationality, and whose nouns are no noun of custom or demand
 * ("Nvidia, a supplier to Chinese firms", "Nvidia, the Chinese market's leader" say nothing of where Nvidia is).
 */
function appositionHome(ctx: RelationContext, s: SentenceView, c: SentenceView['ms'][number]): string | undefined {
  const { text, g } = ctx;
  const m = /^\s*(?:\([^()]{1,12}\)\s*)?,\s+((?:[^,.;:()"\u201c\u201d]|\.(?=\S)|(?<=\b\p{Lu})\.){1,80})/u.exec(
    text.slice(c.end, s.end),
  );
  if (!m) return undefined;
  const toks = m[1].trim().split(/\s+/);
  if (!/^(?:a|an|the)$/i.test(toks[0] ?? '')) return undefined;
  const prepositions = ctx.words('prepositions');
  const notHome = ctx.words('demonymNotHome');
  const stop = (w: string) => prepositions.has(w.toLowerCase()) || ctx.words('breaks').has(w.toLowerCase());
  for (let i = 1; i <= 3 && i < toks.length - 1; i++) {
    const w = toks[i].replace(/['\u2019]s$/, '');
    const named = g.byAlias.get(w);
    const country = g.demonyms.get(w) ?? (named?.type === 'Country' ? named.name : undefined);
    if (country) {
      const head = [];
      for (let j = i + 1; j < toks.length && !stop(toks[j]); j++)
        head.push(toks[j].toLowerCase().replace(/['\u2019]s?$/, ''));
      if (!head.length || head.some((h) => notHome.has(h) || finiteVerb(h))) return undefined;
      return g.byAlias.get(country)?.name ?? country;
    }
    if (!/^[a-z][\w-]*$/.test(w) || stop(w) || finiteVerb(w)) return undefined;
  }
  return undefined;
}

export function demonymHome(ctx: RelationContext, s: SentenceView): void {
  const { text, g } = ctx;
  const demonymRe = demonymPattern(g);
  const ms = s.ms;
  for (const c of ms) {
    if (c.type !== 'Company' || c.m.anaphor) continue;
    const home = appositionHome(ctx, s, c);
    if (home) ctx.add(c.key, 'BASED_IN', ctx.ensure('Country', home), s.si, 0.65, 'pattern:demonym-apposition');
    const before = text.slice(s.start, c.start);
    const dm = matchesOf(demonymRe, before).pop();
    if (!dm || dm.index === undefined) continue;
    const gap = before.slice(dm.index + dm[1].length);
    if (!GAP.test(gap)) continue;
    const listed = ms.filter((z) => z.start >= s.start + dm.index! + dm[1].length && z.end <= c.start);
    const caps = (gap.match(/\p{Lu}[\w-]*/gu) ?? []).length;
    if (/\b(?:said|says|is|are|was|were|has|have|and\s+the)\b/.test(gap) || caps > listed.length + 2) continue;
    // "without U.S. technology and thus SMIC may …": a conjunction right before the company, with no company listed
    // before it, ends the nationality's noun phrase: the company is the next conjunct, not a member of a list.
    if (!listed.length && /\b(?:and|or|but)(?:\s+(?:thus|so|then|therefore|hence|also|yet))?\s*$/.test(gap)) continue;
    // "Chinese demand for Nvidia accelerators": a preposition before the company (outside a "like" list) means the
    // demonym qualifies another noun.
    const head = gap
      .split(/\b(?:like|such\s+as|including)\b/)[0]
      .toLowerCase()
      .split(/\s+/);
    const prepositions = ctx.words('prepositions');
    // "Chinese customers Nvidia lost": a noun of demand or custom is not the firm's kind either.
    const notHome = ctx.words('demonymNotHome');
    if (head.some((w) => prepositions.has(w) || notHome.has(w))) continue;
    // "The U.S. Commerce Department added Huawei": a verb, or a name the nationality qualifies, before the list.
    if (head.some((w) => /^\p{Ll}.*(?:ed|ew|ought|aid)$/u.test(w) && finiteVerb(w))) continue;
    const listAt = /\b(?:like|such\s+as|including)\b/.exec(gap);
    const headEnd = listAt ? s.start + dm.index + dm[1].length + listAt.index : c.start;
    // A company listed before it keeps the nationality ("Chinese chip firms Piotech and SiCarrier"); a body does not.
    if (
      ms.some(
        (z) => z !== c && z.type !== 'Company' && z.start >= s.start + dm.index! + dm[1].length && z.end <= headEnd,
      )
    )
      continue;
    const country = g.demonyms.get(dm[1])!;
    const known = g.byAlias.get(country);
    ctx.add(c.key, 'BASED_IN', ctx.ensure('Country', known?.name ?? country), s.si, 0.65, 'pattern:demonym');
  }
}
