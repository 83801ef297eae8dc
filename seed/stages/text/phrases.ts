// Finds the lower-case mentions: policies (restrictions, their lifting, deals, licences, bans), administrations, pronouns and descriptions.
import type { EntityLabel } from '../../../core/graph-model.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCountryWord, SPEECH_VERB_RE } from './lexicon.ts';
import { matchesOf, splitSpaces } from './matches.ts';
import { findPolicyNames } from './policy-names.ts';
import { findDescribedEvents, findNamedEvents, findTitledEvents } from './titled-events.ts';
import { countryNamed, findPolicyNounPhrases } from './policy-noun-phrases.ts';
import { alternation } from '../../lexicon/policy-words.ts';
import { policyExtent } from './policy-extents.ts';
import { findClausePolicies } from './clause-policies.ts';
import { findRestrictionObjects } from './restriction-objects.ts';

export interface PhraseHit {
  start: number; // offsets into the normalized text
  end: number;
  type: EntityLabel;
  canonical?: string;
  method: string;
  anaphor?: boolean;
  /** For a description: the title or noun it names ("Commerce Secretary", "company"). */
  role?: string;
  kind?: string;
  /** For a policy about a thing ("restrictions on H20"): that thing's surface form, resolved later. */
  subject?: string;
}

const RESTRICTION =
  /\b(?:(?<era>[A-Z][a-z]+)-era\s+)?(?<head>(?:US\s+|U\.S\.\s+|American\s+|[Nn]ew\s+|[Ss]trict\s+|[Tt]ighter\s+)?(?:[Ee]xport|[Tt]rade|[Cc]hip|[Tt]echnology)\s+(?:restrictions|controls|curbs|bans?|limits|rules)|sanctions|tariffs)(?:\s+(?:on|against|of)\s+(?:the\s+)?(?:(?<on>[A-Z][\w-]*)(?:\s+(?:chips?|sales|exports|shipments|equipment|processors|accelerators))?|(?<lon>(?:advanced|high-end|cutting-edge|leading-edge|sensitive|certain|critical)\s+[a-z][\w-]*(?:\s+(?:chips|semiconductors|equipment|technology|technologies|tools|items))?))(?:\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?)?(?:\s+(?:imposed\s+|introduced\s+|issued\s+)?by\s+the\s+(?<by>[A-Z][a-z]+)\s+administration)?/g;
const LIFTED_AFTER =
  /^\s+(?:have|has|had|were|was|are|is|will\s+be)?\s*(?:been\s+|be\s+)?(?:lifted|eased|removed|relaxed|rescinded|loosened|scrapped|reversed)/;
const LIFTING_BEFORE = /\b(?:lifting|easing|removal|rollback|relaxation|loosening|reversal)\s+of\s+(?:the\s+)?$/;
const RESUMPTION =
  /\bresum(?:e|ed|es|ing|ption\s+of)\s+(?:the\s+)?(?:sales?|supplies|supply|shipments?|exports?|deliveries)(?:\s+of\s+(?:its\s+|the\s+)?(?<x>[A-Z][\w-]*))?/g;
/** "the US-China trade deal": a pair of parties joined by a hyphen may open a deal's modifiers. */
const DEAL =
  /\b(?:a|an|[Tt]he)\s+(?<mods>(?:(?:U\.S\.|[A-Z][\w.]*)[-\u2013](?:U\.S\.|[A-Z][\w.]*)\s+)?(?:[a-z][\w-]*\s+){1,4}?)(?<head>deal|agreement|pact|accord|truce)\b/g;
const LICENCE = /\blicen[cs]es?\s+to\s+(?:sell|export|ship)\s+(?:its\s+|the\s+)?(?<x>[A-Z][\w-]*)/g;
/**
 * "a ban on Huawei equipment", "the ban on advanced-chip sales to China", "a ban on H20 exports": what is banned (a name,
 * or lower-case words before sales/exports), and the country the trade goes to, inside the phrase.
 */
const BAN = new RegExp(
  String.raw`\b(?:(?:${alternation('restrictionAdjectives')})\s+)?ban\s+on\s+(?:the\s+)?(?:(?<x>[A-Z][\w-]*)(?:\s+(?:chips?|sales|exports|imports|shipments|equipment))?|(?<lx>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:sales|exports|imports|shipments))(?<to>\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?<!\.)(?:\s+[A-Z][\w.-]*(?<!\.))?)?`,
  'g',
);
/** "the H20 ban", "the Huawei ban", "the advanced-chip ban": a named or hyphenated thing before "ban". */
const NAMED_BAN =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+(?<x>[A-Z][\w-]*[\w]|[a-z]+-[a-z]+)\s+(?:export\s+|sales\s+)?ban\b/g;
/** What a deal is for: "a revenue-sharing deal for the H20's export licences" (never "with": that is the partner). */
const DEAL_FOR =
  /^\s+(?:for|on|over|covering)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?<x>[A-Z][\w-]*(?:['\u2019]s)?\s+)?(?<what>(?:export\s+)?licen[cs]es|(?:export\s+)?sales|exports)\b/;
/** The country a deal is made with: "… deal with China", "… pact with the United States". */
const DEAL_WITH = /^\s+with\s+(?:the\s+)?(\p{Lu}[\w.-]*(?<!\.)(?:\s+\p{Lu}[\w.-]*(?<!\.))?)/u;
const ADMINISTRATION = /\b(?<who>[A-Z][a-z]+|US|U\.S\.)(?:-[Ee]ra\b|\s+administration\b)/g;
/** "they" or "it" as a speaker ("they said", "…, it added"): resolved to the group or organization spoken of last. */
const THEY = new RegExp(
  `\\b(?:[Tt]hey|[Ii]t)(?=\\s+(?:(?:also|further|have|had|previously|later|then|repeatedly|again|reportedly|has\\s+long|once)\\s+)*(?:${SPEECH_VERB_RE})\\b)`,
  'g',
);
/** A capitalized "He" inside a sentence before a capitalized word is a surname ("a spokesperson, He Yadong,"), not a pronoun. */
const PRONOUN =
  /\b(?:he|(?<![,;\p{Ll}]\s+)He|(?<=[,;\p{Ll}]\s+)He(?!\s+\p{Lu})|[Ss]he|[Hh]im|[Hh]er(?=\s*[.,;:!?]|\s+(?:that|to|and|in|at|on|for|with|as|by|about)\b))\b/gu;
const DEAL_NOISE = new Set(['good', 'great', 'big', 'whole', 'fair', 'raw', 'better', 'real']);
const DEAL_DROP = new Set([
  'new',
  'possible',
  'potential',
  'proposed',
  'landmark',
  'major',
  'recent',
  'latest',
  'preliminary',
  'broader',
  'final',
  'so-called',
  'reported',
  'planned',
  'long-awaited',
]);

/** Restrictions found by their head, whose phrase policyExtent widens. */
const EXTENDED = new Set(['phrase:restriction', 'phrase:goods-restriction', 'phrase:ban', 'phrase:control-regime']);
/** "the U.S. export control system", "China's new export control law": a body of controls, named with its country. */
const CONTROL_REGIME = /\b[Ee]xport[\s-]+control\s+(?:system|regime|law|laws|regulations|framework)\b/g;

const TITLE_SETS = new WeakMap<Gazetteer, Set<string>>();
const THE = /\b[Tt]he\s+/g;
const NEXT_WORDS = /([\w.-]+)(?:\s+([\w.-]+))?(?:\s+([\w.-]+))?(?:\s+([\w.-]+))?/y;
const MODIFIER = /^(?:[a-z][\w-]*|US|U\.S\.|\p{Lu}\p{Ll}+)$/u;

/**
 * "the chipmaker", "the top manager", "the Commerce Secretary": descriptions that point back to a named entity.
 * Word lookups after each "the" rather than one large regex, which was the slowest step of the stage.
 */
function findDescriptions(s: string, g: Gazetteer): { start: number; end: number; type: EntityLabel; role: string }[] {
  let titles = TITLE_SETS.get(g);
  if (!titles) {
    titles = new Set(g.titles.map((t) => t.title));
    TITLE_SETS.set(g, titles);
  }
  const out: { start: number; end: number; type: EntityLabel; role: string }[] = [];
  for (const m of matchesOf(THE, s)) {
    NEXT_WORDS.lastIndex = m.index + m[0].length;
    const w = NEXT_WORDS.exec(s);
    if (!w) continue;
    const words = [w[1], w[2], w[3], w[4]]
      .filter((x): x is string => !!x)
      .map((x) => x.replace(/\.$/, (d) => (/^(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)$/.test(x.slice(0, -1)) ? d : '')));
    // Up to two modifiers, then a noun or title of one to four words; never followed by "of"/"for" or a name.
    for (let skip = 0; skip <= 2 && skip < words.length; skip++) {
      if (skip > 0 && !MODIFIER.test(words[skip - 1])) break;
      let hit: { n: number; type: EntityLabel; role: string } | null = null;
      for (let n = Math.min(4, words.length - skip); n >= 1 && !hit; n--) {
        const phrase = words.slice(skip, skip + n).join(' ');
        if (n === 1 && g.companyNouns.has(phrase)) hit = { n, type: 'Company', role: phrase };
        else if (n === 1 && g.organizationNouns.has(phrase.toLowerCase()))
          hit = { n, type: 'Organization', role: phrase.toLowerCase() };
        else if (titles.has(phrase) || (n === 1 && g.personNouns.has(phrase.toLowerCase())))
          hit = { n, type: 'Person', role: phrase };
      }
      if (!hit) continue;
      const used = words.slice(0, skip + hit.n).join(' ');
      const rel = s.indexOf(used, m.index + m[0].length);
      if (rel < 0) break;
      const end = rel + used.length;
      if (/^\s+(?:of|for)\b|^\s+\p{Lu}/u.test(s.slice(end, end + 6)) || /^[\w-]/.test(s[end] ?? ' ')) break;
      out.push({ start: m.index, end, type: hit.type, role: hit.role });
      break;
    }
  }
  return out;
}

export function findPhrases(text: string, from: number, to: number, g: Gazetteer): PhraseHit[] {
  const s = text.slice(from, to);
  const out: PhraseHit[] = [];
  // A pattern whose words the text lacks (any one of `needs` must occur) is not run over it: the same matches, none.
  const scan = (re: RegExp, needs: string[]) => (needs.some((w) => s.includes(w)) ? matchesOf(re, s) : []);
  const at = (m: RegExpExecArray, offset = 0, len = m[0].length) => ({
    start: from + m.index + offset,
    end: from + m.index + offset + len,
  });
  for (const m of matchesOf(RESTRICTION, s)) {
    const gr = m.groups!;
    const head = gr.head
      .replace(/^(?:US|U\.S\.|American|new|strict|tighter)\s+/i, '')
      .toLowerCase()
      .replace(/^(?:chip|technology)\s+/, 'export ');
    const issuer = gr.by ?? gr.era;
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const idx = m as unknown as RegExpExecArray;
    if (gr.on && (LIFTED_AFTER.test(after) || LIFTING_BEFORE.test(before))) {
      out.push({
        ...at(idx),
        type: 'Policy',
        canonical: `Lifting of ${gr.on} export restrictions`,
        method: 'phrase:lifting',
        subject: gr.on,
      });
    } else if (issuer) {
      out.push({
        ...at(idx),
        type: 'Policy',
        canonical: `${issuer} administration ${head}`,
        method: 'phrase:restriction',
      });
    } else if (gr.lon) {
      // "export controls of advanced semiconductors": what they control, in lower case, names them.
      out.push({
        ...at(idx),
        type: 'Policy',
        canonical: `${issuer ? `${issuer} administration ` : ''}${head} on ${gr.lon.replace(/\s+/g, ' ')}`,
        method: 'phrase:restriction',
      });
    } else if (gr.on) {
      out.push({
        ...at(idx),
        type: 'Policy',
        // "export controls on the People's Republic of China": a country is named by its name, not its first word.
        canonical: `${countryNamed(s, m.index + m[0].lastIndexOf(gr.on), g) ?? gr.on} ${head}`,
        method: 'phrase:restriction',
        subject: gr.on,
      });
    } else {
      out.push({ ...at(idx), type: 'Policy', canonical: head, method: 'phrase:restriction' });
    }
  }
  // The named finders' hits, shifted to the text's offsets.
  const named = (h: { start: number; end: number; name: string }, type: PhraseHit['type'], method: string) =>
    out.push({ start: from + h.start, end: from + h.end, type, canonical: h.name, method });
  for (const e of findTitledEvents(s)) named(e, 'Event', 'phrase:titled-event');
  for (const e of findNamedEvents(s)) named(e, 'Event', 'phrase:named-event');
  for (const e of findDescribedEvents(s)) named(e, 'Event', 'phrase:described-event');
  for (const p of findPolicyNames(s, g)) named(p, 'Policy', 'phrase:policy-name');
  for (const p of findClausePolicies(s)) named(p, 'Policy', 'phrase:clause-policy');
  for (const p of findPolicyNounPhrases(s, g))
    named(p, p.method === 'phrase:dated-event' ? 'Event' : 'Policy', p.method);
  for (const m of scan(RESUMPTION, ['resum'])) {
    const x = m.groups?.x;
    out.push({
      ...at(m as RegExpExecArray),
      type: 'Policy',
      canonical: x ? `Lifting of ${x} export restrictions` : undefined,
      method: 'phrase:resumption',
      subject: x,
    });
  }
  for (const m of scan(DEAL, ['deal', 'agreement', 'pact', 'accord', 'truce'])) {
    const words = splitSpaces(m.groups!.mods.trim());
    if (
      words.some((w) => DEAL_NOISE.has(w)) ||
      /^(?:to|of|and|the|a|this|that|its|their)$/.test(words[words.length - 1])
    )
      continue;
    while (words.length && DEAL_DROP.has(words[0])) words.shift();
    let name = [...words, m.groups!.head].join(' ').replace(/\bU\.S\.(?=[-\u2013])/, 'US');
    const lead = m[0].indexOf(m.groups!.mods);
    // "… deal for the H20's export licences": the deal's object joins its name and its phrase.
    const tail = DEAL_FOR.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 80));
    let subject: string | undefined;
    if (tail) {
      subject = tail.groups!.x?.trim().replace(/['\u2019]s$/, '');
      const what = tail.groups!.what.replace(/^export\s+/, '').replace(/^licen[cs]es$/, 'licences');
      name += ` for ${subject ? `${subject} ` : ''}${/^(?:licences|sales)$/.test(what) ? `export ${what}` : what}`;
    }
    // "a secret security deal with China": a country it is made with joins its name, so the two sides' wordings merge.
    const rest = m.index + m[0].length + (tail ? tail[0].length : 0);
    const partner = DEAL_WITH.exec(s.slice(rest, rest + 60));
    const country = partner && (g.byAlias.get(partner[1])?.type === 'Country' || isCountryWord(partner[1]));
    if (partner && country) name += ` with ${g.byAlias.get(partner[1])?.name ?? partner[1]}`;
    out.push({
      ...at(
        m as RegExpExecArray,
        lead,
        m[0].length - lead + (tail ? tail[0].length : 0) + (country ? partner[0].length : 0),
      ),
      type: 'Policy',
      canonical: name,
      method: 'phrase:deal',
      subject,
    });
  }
  for (const m of scan(LICENCE, ['licen']))
    out.push({
      ...at(m as RegExpExecArray),
      type: 'Policy',
      canonical: `${m.groups!.x} export licenses`,
      method: 'phrase:licence',
      subject: m.groups!.x,
    });
  // A ban is named by what it bans, so "the ban on H20 sales to China" and "the H20 ban" are one policy.
  for (const m of scan(BAN, ['ban'])) {
    const x = m.groups!.x;
    const lx = m.groups!.lx;
    // A ban on several lower-case words ("all tech exports to Huawei") has no short form: its phrase names it.
    const phrase = m[0].slice(m[0].indexOf('ban'));
    out.push({
      ...at(m as RegExpExecArray),
      type: 'Policy',
      canonical: !x && lx.includes(' ') ? phrase.replace(/\s+/g, ' ') : `${x ?? lx} ban`,
      method: 'phrase:ban',
      subject: x,
    });
  }
  for (const m of scan(NAMED_BAN, ['ban'])) {
    const x = m.groups!.x;
    // "the Trump ban", "a Commerce ban": a name that is an issuer is no thing banned; the word after "the" leads.
    if (/^(?:US|U\.S|American|Chinese|Commerce|White|Trump|Biden|New|First)$/.test(x)) continue;
    const lead = m[0].indexOf(x);
    out.push({
      ...at(m as RegExpExecArray, lead, m[0].length - lead),
      type: 'Policy',
      canonical: `${x} ban`,
      method: 'phrase:ban',
      subject: /^[A-Z]/.test(x) ? x : undefined,
    });
  }
  for (const m of scan(CONTROL_REGIME, ['ontrol']))
    out.push({
      ...at(m as RegExpExecArray),
      type: 'Policy',
      canonical: m[0].toLowerCase().replace(/[\s-]+/g, ' '),
      method: 'phrase:control-regime',
    });
  // A restriction's phrase runs over its modifiers and its aim ("a new set of export controls", "… targeting China").
  for (const h of out) {
    if (!EXTENDED.has(h.method)) continue;
    const x = policyExtent(s, h.start - from, h.end - from, g);
    h.start = from + x.start;
    h.end = from + x.end;
    if (x.target && h.canonical && /^[a-z][a-z -]*$/.test(h.canonical)) h.canonical = `${x.target} ${h.canonical}`;
    // A body of controls is its country's: "China's export control law" and "the U.S. export control law" are two, and
    // a country's "system" and "regime" are one. Without a country ("current export control laws") it names none.
    if (h.method === 'phrase:control-regime')
      h.canonical = x.issuer ? `${x.issuer} ${h.canonical!.replace(/ regime$/, ' system')}` : undefined;
  }
  for (let k = out.length - 1; k >= 0; k--)
    if (out[k].method === 'phrase:control-regime' && !out[k].canonical) out.splice(k, 1);
  // A restriction with any object ("restrictions on chip exports to China"), where no other finder read it as long.
  for (const p of findRestrictionObjects(s)) {
    const start = from + p.start;
    const end = from + p.end;
    if (out.some((h) => h.type === 'Policy' && h.start <= start && end <= h.end)) continue;
    const x = policyExtent(s, p.start, p.end, g);
    out.push({
      start: from + x.start,
      end: from + x.end,
      type: 'Policy',
      canonical: p.name,
      method: 'phrase:restriction-object',
    });
  }
  for (const m of scan(ADMINISTRATION, ['administration', '-era', '-Era'])) {
    const who = m.groups!.who;
    const us = who === 'US' || who === 'U.S.';
    // "Biden-era rules": the era says who issued them, but names no administration; the mention stands for its issuer
    // without naming it (an anaphor the resolve stage leaves as it is), so the administration is no entity the text names.
    const era = /-era$/i.test(m[0]);
    out.push({
      ...at(m as RegExpExecArray, 0, era ? who.length : m[0].length),
      type: 'Organization',
      canonical: `${us ? 'US' : who} administration`,
      method: era ? 'phrase:era' : 'phrase:administration',
      kind: 'administration',
      anaphor: us || era || undefined,
    });
  }
  for (const re of [THEY, PRONOUN])
    for (const m of matchesOf(re, s))
      out.push({
        ...at(m as RegExpExecArray),
        type: 'Person',
        method: 'anaphor:pronoun',
        anaphor: true,
        role: m[0].toLowerCase(),
      });
  for (const d of findDescriptions(s, g))
    out.push({
      start: from + d.start,
      end: from + d.end,
      type: d.type,
      method: 'anaphor:description',
      anaphor: true,
      role: d.role,
    });
  return out;
}
