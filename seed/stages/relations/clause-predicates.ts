// The clause rule: between neighbouring mentions of a sentence (a coordinated list counts as one), the predicate that
// joins them — a verb group, a relational noun, a light verb and a noun — mapped through the relation vocabulary
// (seed/lexicon/relations.yaml); a predicate it lacks keeps its lemma on a RELATED_TO relationship. Lists fan out.
import { lemmaOf, readPredicate, type Predicate } from '../text/predicates.ts';
import { subjectReading } from './clause-subjects.ts';
import { lexTags } from '../text/lexicon.ts';
import {
  ACTOR,
  finiteVerb,
  ORG,
  outerMentions,
  type M,
  type RelationContext,
  type SentenceView,
} from './relation-context.ts';

/** Words that join the members of a list: ", ", " and ", ", and ", " or ", " as well as ". */
const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or|as\s+well\s+as|&)\s*$/;
/** " and the ": a list member with its article ("China and the White House"). */
const AND_THE = /^\s*,?\s*(?:and|or)\s+the\s+$/;
const JOINED = /^\s*(?:,\s*(?:and|or)|and|or|as\s+well\s+as|&)\s*$/;

/** Companies and organizations list together ("Nvidia, the Commerce Department and AMD"), so do countries and places
 * ("China and Hong Kong", "Arizona and Taiwan"). */
const kindOf = (t: string) =>
  t === 'Company' || t === 'Organization' ? 'org' : t === 'Country' || t === 'Place' ? 'geo' : t;

/** A country or place beside a company or an organization. */
const mixedGeoOrg = (a: string, b: string) =>
  (kindOf(a) === 'geo' && kindOf(b) === 'org') || (kindOf(a) === 'org' && kindOf(b) === 'geo');

/** Mentions in order, grouped into lists ("Nvidia, AMD and Intel") of one kind joined by "and" or "or" somewhere.
 * `titled` accepts the words between two persons of a list when the second has a title before it ("Antony Blinken and
 * National Security Adviser Jake Sullivan"). */
export function listGroups(ms: M[], text: string, titled?: (gap: string) => boolean): M[][] {
  const groups: M[][] = [];
  const isTitled = (a: M, b: M, gap: string) =>
    !!titled && a.type === 'Person' && b.type === 'Person' && gap.length <= 80 && titled(gap);
  let split = false;
  for (const m of ms) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    // A list gap is a few characters at most (", and "): longer ones are not read.
    if (
      prev &&
      m.start >= prev.end &&
      ((m.start - prev.end <= 16 &&
        kindOf(prev.type) === kindOf(m.type) &&
        (LIST_GAP.test(gap) || AND_THE.test(gap))) ||
        // "visited China and the White House": a country or place and a body joined by "and"/"or" are one list too
        // (a bare comma is not enough: "In Beijing, Nvidia …").
        (m.start - prev.end <= 14 && mixedGeoOrg(prev.type, m.type) && (JOINED.test(gap) || AND_THE.test(gap))) ||
        isTitled(prev, m, gap))
    ) {
      last.push(m);
      split = true;
    } else groups.push([m]);
  }
  if (!split) return groups;
  // Names joined by commas alone are no list ("In Beijing, Nvidia …"): split a group that no "and" or "or" joins.
  return groups.flatMap((g) =>
    g.length > 1 &&
    !g.some((m, k) => {
      if (k === 0) return false;
      const gap = text.slice(g[k - 1].end, m.start);
      return JOINED.test(gap) || AND_THE.test(gap) || isTitled(g[k - 1], m, gap);
    })
      ? g.map((m) => [m])
      : [g],
  );
}

/** The words between two persons of a list, the second with its title: "and National Security Adviser", ", and China's
 * Foreign Minister", "and Chinese leader". The title's last word is one the vocabulary knows. */
function titledListGap(ctx: RelationContext, gap: string): boolean {
  const t = /^\s*,?\s*(?:and|or)\s+((?:[\p{L}.\u2019'-]+\s+){1,6})$/u.exec(gap);
  if (!t) return false;
  const ws = t[1].trim().split(/\s+/);
  const bare = (w: string) => w.toLowerCase().replace(/(?:['\u2019]s|\.)$/, '');
  const known = (w: string) => ctx.words('roleTitles').has(w) || ctx.words('leaderTitles').has(w);
  const last = bare(ws[ws.length - 1]);
  if (!known(last) && !known(`${bare(ws[ws.length - 2] ?? '')} ${last}`)) return false;
  return ws.every((w) => {
    const b = bare(w);
    if (/^(?:of|for|the)$/.test(b)) return true;
    if (finiteVerb(w) && !known(b)) return false;
    return (
      /^\p{Lu}/u.test(w) || !['prepositions', 'breaks', 'auxiliaries', 'be', 'modals'].some((l) => ctx.words(l).has(b))
    );
  });
}

/** A country, place or organization right before a person's title ("Chinese" aside: "U.S. Commerce Secretary",
 * "Nvidia chief executive"): it only qualifies the title (title-roles.ts reads it), it is no party of a clause. */
export function titleQualifier(ctx: RelationContext, m: M, next: M | undefined): boolean {
  if (next?.type !== 'Person' || !['Country', 'Place', ...ORG].includes(m.type)) return false;
  const gap = ctx.text.slice(m.end, next.start).replace(/^['\u2019]s(?=\s)/, '');
  if (!/^\s+\S/.test(gap)) return false;
  const ws = gap.trim().split(/\s+/);
  const known = (w: string) =>
    ctx.words('roleTitles').has(w.toLowerCase()) || ctx.words('leaderTitles').has(w.toLowerCase());
  if (!ws.some(known) || ws.some((w) => finiteVerb(w) && !known(w))) return false;
  return TITLE_GAP.test(gap) || withoutTitle(ctx, gap, next).trim() === '';
}

/** A participle and its agent right after a name: ", led by ", " backed by ", " owned by the ". */
const REDUCED_PASSIVE = /^\s*,?\s*[a-z]+(?:ed|led|wn|un|ld|de|lt)\s+by\s/;

/** A preposition (other than the agent's "by") right before a name. "to" before a name is the preposition (an
 * infinitive's "to" stands before a verb): "the decision to approve exports of chips to China could backfire on the
 * U.S." has no China as the subject of "backfire". */
const PREPOSITION_BEFORE =
  /\b(?:in|of|at|from|for|on|into|across|near|under|about|over|inside|outside|within|throughout|to|with|against|between|among|toward|towards|via|through|than)\s+(?:the\s+)?$/i;

/** One to four title words between a qualifier and a person: " diplomat ", " Commerce Secretary ", " climate envoy ". */
const TITLE_GAP =
  /^\s+(?:(?!(?:and|or|to|in|of|with|for|on|at|by|from|as|that|who|which|said|says|is|was|are|were|has|have|had|will|would)\b)[\p{L}.-]+\s+){1,4}$/u;

/** A preposition among a country's modifiers makes the name its object, not its body: "Israel's conflict with Hamas". */
const MOD_BREAK = /^(?:with|against|to|of|in|on|for|from|by|over|between|and|or)$/;

/** "the Department of Commerce's Bureau of Industry and Security", "China's State Council", "the Biden Administration's AI Diffusion Rule". */
function possessive(ctx: RelationContext, x: M, y: M, between: string, si: number): boolean {
  if (x.m.anaphor) return false;
  // "China's global infrastructure push, known as the Belt and Road Initiative": a possessed noun phrase the text then
  // names is the name's, as "China's Belt and Road Initiative" would be.
  if (
    /^['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+(?:known\s+as|called|dubbed|named|titled|entitled)\s+(?:the\s+)?$/.test(
      between,
    )
  )
    between = "'s ";
  // "the People's Republic of China's (PRC) Military-Civil Fusion strategy": the acronym in parentheses after the
  // possessive stands for its owner; what follows it is possessed.
  if (/^\)\s+$/.test(between) && /['\u2019]s\s*\($/.test(ctx.text.slice(Math.max(0, x.start - 6), x.start)))
    between = `'s${between.slice(1)}`;
  // "China's ruling Communist Party", "Japan's biggest carmaker Toyota": a country's modifiers before its body or firm,
  // unless a word there names another relation ("China's rival …", "Apple's supplier TSMC": possessive-nouns.ts).
  const mods = /^['\u2019]s\s+((?:[a-z][\w-]*\s+){1,2})$/.exec(between);
  if (
    mods &&
    (x.type === 'Country' || x.type === 'Place') &&
    (ORG.includes(y.type) || y.type === 'Place') &&
    !mods[1]
      .split(/\s+/)
      .some(
        (w) =>
          ctx.vocab.possessiveNouns.has(w) || ctx.vocab.nouns.has(w) || ctx.words('breaks').has(w) || MOD_BREAK.test(w),
      )
  ) {
    // "China's southern Guangdong province": a place is part of the place or country it belongs to.
    if (y.type === 'Place')
      ctx.add(y.key, 'PART_OF', x.key, si, 0.65, 'pattern:possessive-place', ctx.attribution(x, y));
    else ctx.add(y.key, 'BASED_IN', x.key, si, 0.65, 'pattern:possessive-place', ctx.attribution(x, y));
    return true;
  }
  if (!/^['\u2019]s\s+$/.test(between)) return false;
  const props = ctx.attribution(x, y);
  if (ORG.includes(x.type) && y.type === 'Organization')
    ctx.add(y.key, 'PART_OF', x.key, si, 0.7, 'pattern:possessive-unit', props);
  else if ((x.type === 'Country' || x.type === 'Place') && ORG.includes(y.type))
    ctx.add(y.key, 'BASED_IN', x.key, si, 0.7, 'pattern:possessive-place', props);
  // "California's Ronald Reagan Presidential Library", "Taiwan's Hsinchu".
  else if ((x.type === 'Country' || x.type === 'Place') && y.type === 'Place')
    ctx.add(y.key, 'PART_OF', x.key, si, 0.7, 'pattern:possessive-place', props);
  else if ((ORG.includes(x.type) || x.type === 'Country') && y.type === 'Policy')
    ctx.add(y.key, 'ISSUED_BY', x.key, si, 0.75, 'pattern:possessive-issuer', props);
  else return false;
  return true;
}

/** Capitalized title words before a person, with "of"/"the" inside and a modifier before: "outgoing Indonesian President". */
const TITLE_TAIL =
  /(?:^|\s)((?:(?:outgoing|incoming|former|acting|then|new|top|veteran)[\s-]+)?(?:\p{Lu}[\w.-]*\s+(?:(?:of|for|the)\s+){0,2}){1,6})$/u;

/**
 * The words between a subject and a titled person, without the title: "was set to meet with Secretary of State " reads
 * as "was set to meet with " before Antony Blinken. Only a title the vocabulary knows (roleTitles, leaderTitles) is cut.
 */
export function withoutTitle(ctx: RelationContext, between: string, y: M): string {
  if (y.type !== 'Person') return between;
  const t = TITLE_TAIL.exec(between);
  if (!t) return between;
  const caps = t[1].match(/\p{Lu}[\w.-]*/gu) ?? [];
  const known = (w: string) => ctx.words('roleTitles').has(w) || ctx.words('leaderTitles').has(w);
  if (!caps.some((w) => known(w.toLowerCase().replace(/\.$/, '')))) return between;
  return between.slice(0, between.length - t[1].length);
}

/** A name followed by a lower-case noun it modifies ("U.S. farmland"), not by a verb, a preposition or a clause break. */
function qualifiesNoun(ctx: RelationContext, m: M): boolean {
  const w = /^\s+([a-z][\w-]*)/.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
  if (!w) return false;
  // "visited Ankara this week", "talks with Iran brokered by Oman": a determiner or a participle starts no noun it
  // qualifies.
  for (const list of ['prepositions', 'breaks', 'auxiliaries', 'be', 'modals', 'negations', 'adverbs', 'determiners'])
    if (ctx.words(list).has(w)) return false;
  // "leader of the Democratic Party give her …": a bare verb is no noun either.
  return !finiteVerb(w) && !/(?:ly|ed)$/.test(w) && lexTags(w) !== 'Infinitive';
}

/** The words between a country and a firm it qualifies: a few lower-case nouns, no function word nor verb ("chip giant"). */
function qualifiesName(ctx: RelationContext, gap: string): boolean {
  if (!/^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(gap)) return false;
  const ws = gap.trim().split(/\s+/).filter(Boolean);
  const stop = ['prepositions', 'breaks', 'auxiliaries', 'be', 'modals', 'negations'];
  return !ws.some((w) => finiteVerb(w) || stop.some((l) => ctx.words(l).has(w)) || /^(?:the|a|an)$/.test(w));
}

/** A noun phrase a comma or a dash opens after a name, read as an apposition ("— companies headquartered in"), never a
 * verb phrase after a comma (", seems unlikely to …", ", did not attack …"). */
function appositionAfter(ctx: RelationContext, between: string): boolean {
  const w = /^\s*[,\u2014\u2013-]\s*(?:(?:a|an|the)\s+)?([a-z][\w-]*)\s/.exec(between)?.[1];
  if (!w || finiteVerb(w) || /(?:ly|ing)$/.test(w)) return false;
  if (
    ['auxiliaries', 'be', 'modals', 'negations', 'adverbs', 'prepositions', 'breaks'].some((l) => ctx.words(l).has(w))
  )
    return false;
  return readPredicate(between, ctx.vocab)?.shape === 'apposition';
}

/** A mention followed by a finite verb before any other mention: the subject of a clause of its own. */
function startsClause(ctx: RelationContext, m: M, next: M[] | undefined): boolean {
  const w = /^\s+([a-z]+)\b/.exec(ctx.text.slice(m.end, next ? next[0].start : m.end + 30))?.[1];
  return !!w && finiteVerb(w) && !ctx.words('prepositions').has(w);
}

/** The verb right before a mention (an article aside) whose object the mention is: "allow", "urged", "forcing"; with
 * `anyWord`, any word there that is no function word (before "X from selling" only a verb can stand: "bars"). */
export function governingVerb(ctx: RelationContext, from: number, at: number, anyWord = false): string | undefined {
  // "bars Nvidia and AMD from selling": the verb stands before the whole list.
  const before = ctx.text
    .slice(Math.max(from, at - 80), at)
    .replace(
      /(?:(?:^|\s)\p{Lu}[\w.&'\u2019-]*(?:\s+\p{Lu}[\w.&'\u2019-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))+$/u,
      ' ',
    );
  const w = /(?:^|\s)([a-z]+)\s+(?:the\s+)?$/.exec(before.slice(-30))?.[1];
  if (!w) return undefined;
  for (const list of ['prepositions', 'breaks', 'determiners', 'auxiliaries', 'be', 'modals', 'negations', 'adverbs'])
    if (ctx.words(list).has(w)) return undefined;
  const lemma = lemmaOf(w);
  if (anyWord) return lemma ?? w;
  return lemma && (finiteVerb(w) || lemma === w || /ing$/.test(w)) ? lemma : undefined;
}

/**
 * "Xi Jinping is set to receive a third term as head of the Communist Party": a relational noun after "as" at the end
 * of the words between is said of the subject, as an apposition would be ("Xi, head of the party"). No comma before it,
 * and a verb before it: "succeeded X as president of Y" says nothing of X.
 */
function asRole(ctx: RelationContext, between: string): Predicate | null {
  const m =
    /^(?:\s*,\s*(?:who|which)\b)?[^,;:]*\bas\s+((?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,3}(?:the\s+)?)$/.exec(
      between,
    );
  if (!m) return null;
  // "succeeded John Podesta as president of Y": with no verb between the name and "as", the name is an object.
  const lead = between
    .slice(0, between.length - m[1].length)
    .replace(/\bas\s+$/, '')
    .replace(/^\s*,\s*(?:who|which)\b/, '');
  if (!/\p{L}/u.test(lead)) return null;
  const p = readPredicate(`, ${m[1]}`, ctx.vocab);
  return p?.entry && p.shape === 'apposition' ? p : null;
}

/** "'s " alone or with up to two lower-case modifiers ("'s ruling ", "'s state-owned "), no preposition nor verb. */
function possessiveModifiers(ctx: RelationContext, gap: string): boolean {
  const m = /^['\u2019]s\s+((?:[a-z][\w-]*\s+){0,2})$/.exec(gap);
  if (!m) return false;
  const stop = ['prepositions', 'breaks', 'auxiliaries', 'be', 'modals', 'negations'];
  return !m[1]
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .some((w) => finiteVerb(w) || stop.some((l) => ctx.words(l).has(w)));
}

/** The name whose "'s" (with up to two modifiers) stands just before `m`: "Huang's recent White House …" → Huang. */
function possessorBefore(ctx: RelationContext, s: SentenceView, m: M): M | undefined {
  const owner = s.ms.filter((z) => z.end <= m.start && m.start - z.end <= 40).at(-1);
  return owner && possessiveModifiers(ctx, ctx.text.slice(owner.end, m.start)) ? owner : undefined;
}

const GOVERNMENT_KINDS = new Set(['government', 'agency', 'administration']);
const GOVERNMENT_HEAD =
  /\b(?:Department|Ministry|Administration|Government|Agency|Bureau|Commission|Congress|Parliament)\b/;

/** A country, or an organization the gazetteer or its name makes a government body ("Commerce Department"). */
function government(ctx: RelationContext, m: M): boolean {
  if (m.type === 'Country') return true;
  const e = ctx.byId.get(m.key);
  return m.type === 'Organization' && !!e && (GOVERNMENT_KINDS.has(e.kind ?? '') || GOVERNMENT_HEAD.test(e.name));
}

/** "If Nvidia acquires Arm, …", "unless Intel partners with TSMC": the conditional word (or the noun of "reports
 * that") that opens the clause a
 * subject stands in (after the last comma, semicolon, colon or quotation mark before it); the relationship's modality. */
export function conditionalBefore(ctx: RelationContext, from: number, at: number): string | undefined {
  const clause =
    ctx.text
      .slice(from, at)
      .split(/[,;:\u201c\u201d"]/)
      .pop() ?? '';
  const cond = /\b(if|unless|whether)\b/i.exec(clause)?.[1].toLowerCase();
  if (cond) return cond;
  // "Reports that Nvidia acquired Arm were false": the clause of a noun of saying or fearing (relations.yaml
  // `complementNouns`) is that noun's content, not the writer's fact.
  const noun = /\b([A-Za-z][a-z]+)\s+that\s+(?:the\s+)?$/.exec(clause)?.[1].toLowerCase();
  return noun && ctx.words('complementNouns').has(noun) ? noun.replace(/s$/, '') : undefined;
}

/** Words that may stand between a verb of saying and its complement: a time ("on Monday"), a channel ("in a
 * statement"), an audience ("told investors"). */
const REPORT_FILLER =
  /^(?:on|in|at|last|this|late|early|earlier|a|an|the|its|their|his|her|\p{Lu}\p{Ll}+day|today|yesterday|week|month|year|statement|filing|release|letter|post|interview|briefing|reporters|investors|analysts|lawmakers|officials)$/u;

/**
 * "Nvidia said it would sell chips to Alibaba", "the Biden administration announced Monday that it has imposed new
 * controls", "AMD and Intel said they plan to …": a verb of saying (relations.yaml `complementVerbs`), then a pronoun that
 * agrees with the sayer (it: one body; they: bodies; he, she: one person) opening the complement, whose predicate the
 * vocabulary reads. The relationship is the sayer's claim (`attributedTo`); a passive or a predicate the vocabulary
 * lacks is not read.
 */
export function reportedComplement(ctx: RelationContext, between: string, subj: M[]): Predicate | null {
  const m = /^\s*(?:also\s+)?([a-z]+)\s+((?:[\p{L}]+\s+){0,4}?)(?:that\s+)?(it|they|he|she)\s+(\S.*)$/u.exec(between);
  if (!m || !ctx.words('complementVerbs').has(m[1])) return null;
  if (
    m[2] &&
    !m[2]
      .trim()
      .split(/\s+/)
      .every((w) => REPORT_FILLER.test(w))
  )
    return null;
  const pron = m[3];
  const body = (t: string) => ORG.includes(t) || t === 'Country' || t === 'Policy';
  const agrees =
    pron === 'it'
      ? subj.length === 1 && body(subj[0].type)
      : pron === 'they'
        ? subj.every((z) => body(z.type)) || (subj.length > 1 && subj.every((z) => z.type === 'Person'))
        : subj.length === 1 && subj[0].type === 'Person';
  if (!agrees) return null;
  const p = readPredicate(` ${m[4]}`, ctx.vocab);
  return p?.entry && !p.passive && p.shape !== 'possessive' && p.shape !== 'apposition' ? p : null;
}

/** `rule` names the rule in the provenance: "clause" for the pair's own reading, "clause-subject" for a subject
 * clause-subjects.ts found elsewhere. */
function emitClause(
  ctx: RelationContext,
  p: Predicate,
  sx: M,
  oy: M,
  x: M,
  y: M,
  si: number,
  rule = 'clause',
  claimed: Record<string, string> = {},
): void {
  if (sx.key === oy.key) return;
  const props: Record<string, string | number | boolean> = { ...claimed, ...ctx.attribution(x, y) };
  if (p.negated) props.negated = true;
  if (p.modality) props.modality = p.modality;
  // "securing U.S. farmland", "came under U.S. scrutiny", "affect U.S. businesses", "condemned the Huawei ban": a
  // name before a common noun only qualifies it (a person's name aside: "met Biden aides" is rare, "Trump tariffs" is
  // a policy's name).
  // A chip or a model before its kind is that thing ("its A100 and H100 chips").
  if (!['Person', 'Chip', 'ChipFamily', 'Model'].includes(oy.type) && qualifiesNoun(ctx, oy)) return;
  if (!p.entry) {
    // A verb the vocabulary lacks joins two actors or an actor and a thing only: "said", "is" and the like never get here.
    if (!ACTOR.includes(sx.type) && sx.type !== 'Place') return;
    ctx.add(sx.key, 'RELATED_TO', oy.key, si, 0.5, `${rule}:generic`, { ...props, predicate: p.lemma });
    return;
  }
  // The first entry written this way whose labels fit the two parties ("released" a rule or a model).
  const e = [p.entry, ...(p.alternatives ?? [])].find(
    (z) => z.from.has(sx.type as never) && z.to.has(oy.type as never),
  );
  if (!e) return;
  const [from, to] = e.reverse ? [oy.key, sx.key] : [sx.key, oy.key];
  if (e.symmetric && ctx.out.has(`${to}|${e.type}|${from}`)) return;
  // "an executive vice president of", "a deputy director of": a title a notLeading word qualifies is a role, not the lead.
  const head = p.lemma.split(' ')[0];
  const qualified =
    e.type === 'LEADS' &&
    new RegExp(`\\b(?:${[...ctx.words('notLeading')].join('|')})[\\s-]+(?:[a-z]+\\s+)?${head}`, 'i').test(
      ctx.text.slice(x.end, y.start),
    );
  // "The Commerce Department announced $6.6 billion in funding for TSMC": a government's funding is a grant, no stake.
  const type = qualified
    ? 'HOLDS_ROLE'
    : e.type === 'INVESTS_IN' && ctx.words('grantPredicates').has(p.lemma) && government(ctx, sx)
      ? 'PAYS'
      : e.type;
  ctx.add(from, type, to, si, p.negated || p.modality ? 0.6 : 0.75, `${rule}:${p.shape}`, {
    ...props,
    predicate: p.lemma,
  });
}

export function clausePredicates(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  // "the PRC Government's strategy": a name inside another name ("PRC") is no party of the clause; the outer one is.
  const outer = outerMentions(s.ms).filter(
    (m, _, all) =>
      !all.some((z) => z !== m && z.start <= m.start && m.end <= z.end && z.end - z.start > m.end - m.start),
  );
  // "a rule updating the authorizations for Samsung and SK hynix— companies headquartered in the ROK": an apposition
  // after a policy's or an event's phrase describes the names that end it, not the phrase; they stand after it (the phrase stays an object before it).
  for (let k = 0; k < outer.length; k++) {
    const ph = outer[k];
    if (ph.type !== 'Policy' && ph.type !== 'Event') continue;
    const next = outer[k + 1];
    if (!appositionAfter(ctx, text.slice(ph.end, next ? next.start : ph.end + 80))) continue;
    const inner = s.ms.filter((z) => z !== ph && ph.start <= z.start && z.end <= ph.end && z.type !== ph.type);
    const tail = listGroups(inner, text).at(-1);
    if (tail?.length && tail[tail.length - 1].end === ph.end) {
      outer.splice(k + 1, 0, ...tail);
      k += tail.length;
    }
  }
  const parties = outer.filter(
    (m, k) =>
      !titleQualifier(
        ctx,
        m,
        outer.slice(k + 1).find((z) => z.start >= m.end),
      ),
  );
  const groups = listGroups(parties, text, (gap) => titledListGap(ctx, gap));
  for (let gi = 0; gi + 1 < groups.length; gi++) {
    const subj = groups[gi];
    let obj = groups[gi + 1];
    // "meets with US diplomat Henry Kissinger": a country or an organization that only qualifies a titled person is
    // not the object; the person is.
    // "joined Taiwan Semiconductor Manufacturing Company (TSMC) CEO C.C. Wei": the acronym in brackets is the name's.
    const acronym = groups[gi + 2]?.[0];
    const titled =
      acronym && obj.length === 1 && acronym.key === obj[0].key && text[acronym.start - 1] === '('
        ? groups[gi + 3]
        : groups[gi + 2];
    const titleGap = titled ? text.slice(obj[0].end, titled[0].start).replace(/^\s*\([^()]{1,12}\)(?=\s)/, '') : '';
    if (
      obj.length === 1 &&
      titled?.[0].type === 'Person' &&
      ['Country', 'Place', ...ORG].includes(obj[0].type) &&
      (TITLE_GAP.test(titleGap) || withoutTitle(ctx, titleGap, titled[0]).trim() === '')
    )
      obj = titled;
    // "used chips from China chip giant SMIC": a country or place before a firm's descriptive nouns only qualifies it.
    else if (
      obj.length === 1 &&
      titled &&
      (obj[0].type === 'Country' || obj[0].type === 'Place') &&
      ORG.includes(titled[0].type) &&
      qualifiesName(ctx, text.slice(obj[0].end, titled[0].start))
    )
      obj = titled;
    // "met Jensen Huang and Scott Bessent praised the deal": a last member a finite verb follows starts a new clause.
    if (obj.length > 1 && startsClause(ctx, obj[obj.length - 1], groups[gi + 2])) obj = obj.slice(0, -1);
    const x = subj[subj.length - 1];
    const y = obj[0];
    if (y.start < x.end) continue;
    // "for the Department of Commerce's Bureau of Industry and Security": a possessive inside a noun phrase holds
    // wherever the phrase stands.
    if (subj.length === 1 && obj.length === 1 && possessive(ctx, x, y, text.slice(x.end, y.start), s.si)) continue;
    // "Microsoft, which backs OpenAI, sued Google", "Nvidia met Huawei and praised Alibaba", "Mike Johnson of Louisiana
    // leads the House": the predicate is another name's (clause-subjects.ts).
    const carried = subjectReading(ctx, groups, gi, text.slice(x.end, y.start));
    // "companies that make chips in China are having to …", "Rep. Mike Johnson of Louisiana is elected": a name after a
    // preposition is no subject of the clause that follows it; a participle after it still describes it ("the work
    // of the committee led by Chairman John Moolenaar").
    if (
      PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, subj[0].start - 12), subj[0].start)) &&
      !REDUCED_PASSIVE.test(text.slice(x.end, y.start)) &&
      // "sales to Huawei, which used chips from SMIC": a relative clause a comma opens is said of the name before it (a
      // restrictive one is said of the head noun: "people outside the government who met with X"; "the president
      // of the Communications Workers of America, which endorsed X": after "of" it is said of the whole phrase).
      !(
        /^\s*,\s*(?:which|who)\b/.test(text.slice(x.end, y.start)) &&
        !/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, subj[0].start - 12), subj[0].start))
      ) &&
      !carried &&
      // "authorizations for Samsung and SK hynix— companies headquartered in the ROK": an apposition describes the
      // name wherever the name stands.
      !appositionAfter(ctx, text.slice(x.end, y.start))
    )
      continue;
    // "praised China's achievements": the object is what the name qualifies, not the name; when that is a name too
    // ("a rescission of the Biden Administration's AI Diffusion Rule", "heads China's ruling Communist Party"), it is
    // the object.
    if (/^['\u2019]s\b/.test(text.slice(obj[obj.length - 1].end, obj[obj.length - 1].end + 2))) {
      if (carried !== undefined) continue;
      const possessed = groups[gi + 2];
      if (
        obj.length !== 1 ||
        !possessed ||
        !possessiveModifiers(ctx, text.slice(obj[0].end, possessed[0].start)) ||
        /^['\u2019]s\b/.test(text.slice(possessed[possessed.length - 1].end, possessed[possessed.length - 1].end + 2))
      )
        continue;
      let before = text.slice(x.end, obj[0].start);
      if (before.startsWith(')') && text[x.start - 1] === '(') before = before.slice(1);
      const p = readPredicate(before, ctx.vocab) ?? asRole(ctx, before);
      if (!p?.entry || p.passive) continue;
      for (const sx of subj) for (const oy of possessed) emitClause(ctx, p, sx, oy, x, possessed[0], s.si);
      continue;
    }
    // "Nancy Pelosi's visit to Taiwan": names inside an event's phrase relate through the event.
    if (
      s.ms.some((e) => e.type === 'Event' && e.start <= x.start && y.end <= e.end && e.key !== x.key && e.key !== y.key)
    )
      continue;
    if (possessive(ctx, x, y, text.slice(x.end, y.start), s.si)) continue;
    if (carried === null) continue;
    if (carried) {
      const [sg, og] = carried.p.passive ? [obj, carried.subj] : [carried.subj, obj];
      const [sx0, oy0] = carried.p.passive ? [y, carried.x] : [carried.x, y];
      for (const sx of sg) for (const oy of og) emitClause(ctx, carried.p, sx, oy, sx0, oy0, s.si, 'clause-subject');
      continue;
    }
    // "the Department of Commerce (DOC) initiated …": the predicate starts after the acronym's closing parenthesis.
    let between = text.slice(x.end, y.start);
    if (between.startsWith(')') && text[x.start - 1] === '(') between = between.slice(1);
    // "BIS has published an interim final rule (IFR)": the object is the phrase its bracketed acronym names.
    if (text[y.start - 1] === '(' && text[y.end] === ')' && /\p{Ll}\s*\($/u.test(between))
      between = between.replace(/\s*\($/, ' ');
    const read = readPredicate(withoutTitle(ctx, between, y), ctx.vocab) ?? asRole(ctx, between);
    // "Nvidia said it would sell chips to Alibaba": the predicate of a complement whose subject stands for the sayer
    // is the sayer's own claim.
    const claim = read ? null : reportedComplement(ctx, withoutTitle(ctx, between, y), subj);
    if (claim) {
      for (const sx of subj)
        for (const oy of obj) emitClause(ctx, claim, sx, oy, x, y, s.si, 'clause-report', { attributedTo: sx.key });
      continue;
    }
    if (!read) continue;
    // "Huang's recent White House meeting with Trump", "a Beijing meeting with Xi": a name before a word that is a
    // relational noun as well as a gerund only qualifies the noun (a venue, never a party); the noun's party is the
    // possessor before the name, when there is one.
    const gerund = /^\s+(\p{Ll}+ing)\s/u.exec(between)?.[1];
    if (gerund && ctx.vocab.nouns.has(gerund) && !read.passive) {
      const owner = possessorBefore(ctx, s, subj[0]);
      if (owner)
        for (const oy of obj) {
          emitClause(ctx, read, owner, oy, owner, y, s.si);
          // The place before the noun is the meeting's venue ("Huang's White House meeting with Trump").
          const met = ctx.out.get(`${owner.key}|MET_WITH|${oy.key}`);
          if (met && subj.length === 1 && subj[0].type !== 'Person' && met.provenance.method.startsWith('clause'))
            met.properties = { ...met.properties, place: subj[0].key };
        }
      if (owner || subj[0].type !== 'Person') continue;
    }
    // "may allow Nvidia to sell the H20 to China": a subject that is another verb's object, with an infinitive after
    // it, states what that verb allows, asks or expects, not a fact; the verb is the relationship's modality.
    const governing = /^\s+to\s/.test(between) ? governingVerb(ctx, s.start, subj[0].start) : undefined;
    // "whether Barack Obama, who had served in the Senate, …": a relative clause is a fact of its own.
    const cond = /^\s*,\s*(?:who|which)\b/.test(between) ? undefined : conditionalBefore(ctx, s.start, subj[0].start);
    const p =
      governing && !read.modality
        ? { ...read, modality: governing }
        : cond && !read.modality
          ? { ...read, modality: cond }
          : read;
    const [sg, og] = p.passive ? [obj, subj] : [subj, obj];
    for (const sx of sg) for (const oy of og) emitClause(ctx, p, sx, oy, x, y, s.si);
  }
}
