// The pattern rules: a relationship read from the words between two mentions of the right types in one sentence, by a
// regular expression per shape ("X's H20", "X, backed by Y", "faster than"). The older, seed-shaped half of the stage;
// the clause rule (clause-predicates.ts) reads the open-ended predicates through the vocabulary.
import type { RelationType } from '../../../core/graph-model.ts';
import { matchesOf } from '../text/matches.ts';
import { lemmaOf, readPredicate } from '../text/predicates.ts';
import { conditionalBefore, governingVerb } from './clause-predicates.ts';
import { ACTOR, finiteVerb, ORG, THING, type RelationContext, type SentenceView } from './relation-context.ts';

interface PairRule {
  type: RelationType;
  from: string[];
  to: string[];
  /** Tested on the text between the two mentions. */
  between: RegExp;
  /** Tested on the sentence's text before the first mention, when given. */
  before?: RegExp;
  /** Emit to → from instead. */
  reverse?: boolean;
  confidence: number;
  name: string;
  /** The words between are the rule's verb group, so their negation and modality are the relationship's. */
  verbal?: boolean;
}

const PAIR_RULES: PairRule[] = [
  {
    name: 'possessive',
    type: 'MAKES',
    from: ['Company'],
    to: ['Chip', 'ChipFamily'],
    between: /^'s\s+(?:[\w-]+\s+){0,3}$/,
    confidence: 0.8,
  },
  {
    name: 'announced',
    verbal: true,
    type: 'MAKES',
    from: ['Company'],
    to: ['Chip', 'ChipFamily'],
    between:
      /^\s+(?:has\s+|had\s+|will\s+)?(?:announced|unveiled|launched|introduced|makes|made|produces|produced|designs|designed|develops|developed|ships|shipped|sells|sold|builds|built|plans\s+to\s+(?:release|launch|sell)|released)\b[^.;]{0,90}$/,
    confidence: 0.75,
  },
  {
    name: 'released',
    verbal: true,
    type: 'RELEASED',
    from: ORG,
    to: ['Model'],
    between:
      /^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|have\s+)?(?:released|launched|unveiled|introduced|open-sourced|debuted|rolled\s+out|releases|launches|unveils|published)\b[^.;]{0,80}$/,
    confidence: 0.8,
  },
  {
    name: 'based-on',
    type: 'BASED_ON',
    from: ['Chip', 'Model'],
    to: ['ChipFamily', 'Chip', 'Model'],
    between: /\bbased\s+on\b[^.;]{0,50}$/,
    confidence: 0.8,
  },
  {
    name: 'variant-of',
    type: 'VARIANT_OF',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between: /\b(?:version|variant|derivative|edition)\s+of\s+(?:the\s+|its\s+|\S+'s\s+)?$/,
    confidence: 0.75,
  },
  {
    name: 'in-response-to',
    type: 'IN_RESPONSE_TO',
    from: [...THING, 'Country'],
    to: ['Policy', 'Event'],
    // "in response to then-Speaker of the House Nancy Pelosi's visit": a title may stand before the event's own words.
    between:
      /\b(?:in\s+response\s+to|as\s+a\s+response\s+to|response\s+to|to\s+comply\s+with|in\s+reaction\s+to|to\s+circumvent|to\s+get\s+around|designed\s+to\s+meet)\s+(?:the\s+|new\s+)?(?:(?:then-)?\p{Lu}[\w.-]*\s+(?:(?:of|the)\s+){0,2}){0,5}$/u,
    confidence: 0.8,
  },
  {
    name: 'issued-by',
    type: 'ISSUED_BY',
    from: ['Policy'],
    to: [...ORG, 'Country', 'Person'],
    between: /^\s+(?:imposed\s+|issued\s+|introduced\s+|announced\s+|set\s+)?by\s+(?:the\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'linked-to',
    type: 'LINKED_TO',
    from: THING,
    to: THING,
    between:
      /^\s+(?:is|are|was|were|be|being|has\s+been|had\s+been)\s+(?:closely\s+|directly\s+|reportedly\s+)?(?:linked|tied|connected|related)\s+to\s+(?:the\s+|a\s+|an\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'backed-by',
    type: 'BACKED_BY',
    from: ORG,
    to: [...ORG, 'Person', 'Country'],
    between: /^\s*,?\s+(?:is\s+|was\s+|which\s+is\s+)?(?:backed|funded|financed|owned|supported)\s+by\s+(?:the\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'met-with',
    verbal: true,
    type: 'MET_WITH',
    from: ['Person'],
    to: ['Person'],
    between:
      /^\s+(?:has\s+|had\s+|will\s+)?(?:met|meets|meeting|held\s+talks|talked|spoke)\s+(?:with\s+)?(?:\p{Lu}[\w.-]*\s+){0,3}$/u,
    confidence: 0.85,
  },
  {
    name: 'spoke-at',
    verbal: true,
    type: 'SPOKE_AT',
    from: ['Person'],
    to: ['Event'],
    between:
      /\b(?:spoke|speaks|speaking|spoken|addressed|appeared|testified|testifies|testifying|delivered\s+(?:(?:a|an|the|his|her|their)\s+)?(?:following\s+)?(?:(?:opening|closing|prepared|keynote)\s+)?(?:speech|keynote|remarks|statement|testimony|address)|gave\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?:opening|closing|keynote)\s+)?(?:speech|keynote|talk|statement|testimony|address))\b[^.;]{0,60}\b(?:at|to|before)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:of\s+(?:the\s+)?)?$/,
    confidence: 0.8,
  },
  {
    // A headline's "Kathleen Hicks' Remarks at the White House … Event", "Cantwell Opening Statement at Semiconductor
    // Hearing": the speaker, then the speech's noun, then where it was given.
    name: 'remarks-at',
    type: 'SPOKE_AT',
    from: ['Person'],
    to: ['Event'],
    between:
      /^(?:['\u2019]s?)?\s+(?:(?:opening|closing|prepared|keynote)\s+)?(?:remarks|statement|speech|address|testimony)\s+(?:at|to|before)\s+(?:the\s+|a\s+|an\s+)?$/i,
    confidence: 0.8,
  },
  {
    // "a hearing on …, with the CEOs of Intel, Micron, Lam, and PACCAR": the companies whose heads appear attend it.
    name: 'heads-of-at',
    type: 'ATTENDED',
    from: ['Company', 'Organization'],
    to: ['Event'],
    reverse: true,
    between:
      /^\s*,?\s+(?:featuring|with)\s+(?:the\s+)?(?:CEOs?|chief\s+executives?|heads?|executives|leaders|representatives|officials)\s+(?:of|from)\s+(?:the\s+)?(?:[^.;:]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+))?$/,
    confidence: 0.7,
  },
  {
    // "Remarks by U.S. Secretary of Commerce Gina Raimondo at White House Press Briefing": the speech's noun and "by"
    // before the speaker, "at" the gathering after.
    name: 'remarks-by-at',
    type: 'SPOKE_AT',
    from: ['Person'],
    to: ['Event'],
    before: /\b(?:remarks|statement|speech|address|testimony)\s+(?:by|of|from)\s+(?:[^.;:\n]|(?<=\b\p{Lu})\.){0,80}$/iu,
    between: /^\s*,?\s+at\s+(?:the\s+|a\s+|an\s+)?$/,
    confidence: 0.75,
  },
  {
    name: 'sells-to',
    verbal: true,
    type: 'SELLS_TO',
    from: ['Company'],
    to: ['Country', 'Company', 'Organization'],
    between:
      /\b(?:sell|sells|selling|sold|sale|sales|ship|ships|shipping|shipped|export|exports|exporting)\b(?:[^.;]{0,60}\b(?:to|in|into)\s+(?:the\s+)?|\s+)$/,
    confidence: 0.7,
  },
  {
    name: 'permits',
    verbal: true,
    type: 'PERMITS',
    from: [...ORG, 'Country', 'Policy', 'Person'],
    to: ['Company', 'Chip', 'Organization'],
    between:
      /\b(?:allowing|allows|allowed|allow|permit|permits|permitted|permitting|authorized|authorizes|approved|approves|cleared|clears|granting|granted|lets|let)\s+(?:the\s+)?$/,
    confidence: 0.7,
  },
  {
    name: 'restricts',
    verbal: true,
    type: 'RESTRICTS',
    from: ['Policy'],
    to: ['Chip', 'Company', 'Model', 'ChipFamily'],
    between:
      /^\s+(?:on|against|targeting|covering|that\s+(?:restrict|ban|bar|cover)s?)\s+(?:the\s+|its\s+)?(?:sales?\s+of\s+|exports?\s+of\s+)?$/,
    confidence: 0.75,
  },
  {
    name: 'targets',
    type: 'TARGETS',
    from: ['Policy'],
    to: ['Country', 'Company'],
    between: /^\s+(?:on|against|targeting|to|aimed\s+at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:to|in|on)?\s*$/,
    confidence: 0.65,
  },
  {
    name: 'faster-than',
    type: 'RANKS_ABOVE',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between:
      /\b(?:faster|more\s+powerful|more\s+advanced|better|stronger|superior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/,
    confidence: 0.7,
  },
  {
    name: 'slower-than',
    type: 'RANKS_ABOVE',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between:
      /\b(?:slower|weaker|less\s+powerful|less\s+advanced|inferior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/,
    reverse: true,
    confidence: 0.7,
  },
];

/**
 * Negation and modality of a pattern's words ("stopped selling", "may ship"), recorded on the relationship; the word
 * lists are the predicate reader's (relations.yaml `negations`, `negatingVerbs`, `modals`, `intentVerbs`).
 */

/** Whether the words before a trade noun (relations.yaml `tradeNouns`: "restricted exports to") are a verb the vocabulary reads as a restriction. */
function restrictsTrade(between: string, ctx: RelationContext): boolean {
  const nouns = ctx.words('tradeNouns');
  const noun = matchesOf(/[a-z]+/g, between).find((w) => nouns.has(w[0]));
  if (!noun?.index) return false;
  const p = readPredicate(between.slice(0, noun.index), ctx.vocab);
  return !!p && p.shape === 'verb' && [p.entry, ...(p.alternatives ?? [])].some((e) => e?.type === 'RESTRICTS');
}

/** The verbs of "permits". */
const PERMIT_WORD =
  /\b(?:allowing|allows|allowed|allow|permit|permits|permitted|permitting|authorized|authorizes|approved|approves|cleared|clears|granting|granted|lets|let)\b/;

/** The trade words of "sells-to" (a verb or its noun). */
const TRADE_WORD = /\b(?:sell|sells|selling|sold|sale|sales|ship|ships|shipping|shipped|export|exports|exporting)\b/;

/**
 * Whether the seller is the trade word's subject: the words from it to the trade word are at most an auxiliary, a
 * modal, an intent verb, an adverb or a list ("Nvidia plans to sell", "Nvidia and AMD will ship"), never another
 * clause's verb ("… Nvidia GPUs to China. The United States has taken a step to curb the export of technology to …").
 */
function tradeSubject(between: string, ctx: RelationContext, verb = TRADE_WORD): boolean {
  const at = verb.exec(between)?.index ?? -1;
  if (at < 0 || at > 80) return false;
  // "the SVP is campaigning against legislation which allows the government …": a relative clause's verb is its head's.
  if (/\b(?:which|that|who)\b/i.test(between.slice(0, at))) return false;
  // "The administration has changed course on exports, allowing Nvidia to ship …": a participle after a comma is the
  // sentence subject's.
  if (/,\s*$/.test(between.slice(0, at)) && /^\w+ing\b/.test(between.slice(at))) return true;
  const allowed = (w: string) =>
    ['auxiliaries', 'be', 'modals', 'intentVerbs', 'negatingVerbs'].some((l) => ctx.words(l).has(w));
  return !matchesOf(/[\p{L}'-]+/gu, between.slice(0, at)).some((m) => {
    const w = m[0].toLowerCase();
    return finiteVerb(w) && !allowed(w);
  });
}

export function qualifiers(between: string, ctx: Pick<RelationContext, 'words'>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  const toks = between
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/n't\b/g, " n't")
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  const neg = ctx.words('negations');
  const negVerbs = ctx.words('negatingVerbs');
  const modals = ctx.words('modals');
  const intent = ctx.words('intentVerbs');
  toks.forEach((w, i) => {
    if (neg.has(w) || negVerbs.has(w) || (w === 'no' && toks[i + 1] === 'longer')) out.negated = true;
    // "plans to sell", "considers allowing": an intent verb before an infinitive or a gerund.
    else if (
      out.modality === undefined &&
      (modals.has(w) || (intent.has(w) && (toks[i + 1] === 'to' || /^[a-z]{2,}ing$/.test(toks[i + 1] ?? ''))))
    )
      out.modality = modals.has(w) ? w : (lemmaOf(w) ?? w);
  });
  return out;
}

/** The rest of a list after its first name: " and AMD", ", AMD and Intel". */
const LIST_TAIL =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\p{Lu}[\w.&'\u2019-]*(?:\s+\p{Lu}[\w.&'\u2019-]*)*)+/u;

const RULES_BY_TYPES = new Map<string, PairRule[]>();
/** The rules that can join a mention of type x to a later one of type y (cached: most pairs have none). */
function rulesFor(x: string, y: string): PairRule[] {
  const k = `${x}>${y}`;
  let rules = RULES_BY_TYPES.get(k);
  if (!rules) {
    rules = PAIR_RULES.filter((r) => r.from.includes(r.reverse ? y : x) && r.to.includes(r.reverse ? x : y));
    RULES_BY_TYPES.set(k, rules);
  }
  return rules;
}

/** Every ordered pair of mentions within 140 characters, tested against the pattern rules of their types. */
export function pairPatterns(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const { ms } = s;
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) {
      const x = ms[i];
      const y = ms[j];
      if (y.start < x.end) continue;
      const between = text.slice(x.end, y.start);
      if (between.length > 140) break;
      for (const r of rulesFor(x.type, y.type)) {
        if (!r.between.test(between)) continue;
        if (r.before && !r.before.test(text.slice(s.start, x.start))) continue;
        if (r.type === 'RANKS_ABOVE' && /\b(?:but|while|whereas|and)\b/.test(between)) continue;
        // "funding under the CHIPS Act to boost U.S. competitiveness": a "to" before a lower-case word opens an
        // infinitive, not the policy's destination ("an export ban to China").
        if (r.type === 'TARGETS' && /^\s+to\s+(?!the\s)[a-z]/.test(between)) continue;
        // "The administration …, allowing Nvidia …": only the sentence's subject permits.
        if (r.type === 'PERMITS' && ms.some((z) => z.start < x.start && ACTOR.includes(z.type))) continue;
        // Another actor of the same kind in between breaks the link ("Nvidia … AMD … H20"); for a sale, unless it is
        // listed with the seller ("Nvidia and AMD sell to China", not "Nvidia's rival AMD sells to China").
        if (
          ms.some(
            (z) =>
              z.start >= x.end &&
              z.end <= y.start &&
              z.type === x.type &&
              z.key !== x.key &&
              (r.type !== 'SELLS_TO' ||
                !/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(x.end, z.start))),
          )
        )
          continue;
        // Negation and modality belong to a rule whose words are the predicate ("stopped selling"); "suspended the
        // talks in response to" negates the talks, not the response.
        const q = r.verbal ? qualifiers(between, ctx) : {};
        // "may allow Nvidia to sell the H20 to China": the sale is what another verb allows (clause-predicates.ts).
        // The words after the subject's list ("Nvidia and AMD from selling"): the subject's own.
        const rest = between.replace(LIST_TAIL, '');
        const prevented = /^\s+from\s+[a-z]+ing\b/.test(rest);
        const governing =
          r.verbal && /^\s+(?:to|from)\s/.test(rest) ? governingVerb(ctx, s.start, x.start, prevented) : undefined;
        if (governing && q.modality === undefined) q.modality = governing;
        // "If Nvidia sells chips to China, …": a condition is no fact.
        const cond =
          r.verbal && !/^\s*,\s*(?:who|which)\b/.test(between) ? conditionalBefore(ctx, s.start, x.start) : undefined;
        if (cond && q.modality === undefined) q.modality = cond;
        // "The rule bars Nvidia and AMD from selling chips to China": what a verb keeps its object from doing.
        if (governing && prevented) q.negated = true;
        // "stopped supplying", "never sold": a negated trade is no trade; the clause rule records it, negated.
        if (q.negated && r.type === 'SELLS_TO') continue;
        // "Nvidia restricted exports to China": a verb of restriction before the trade noun makes it no sale (the
        // restriction is read by trade-objects.ts).
        if (r.type === 'SELLS_TO' && restrictsTrade(between, ctx)) continue;
        if (r.type === 'SELLS_TO' && !tradeSubject(rest, ctx)) continue;
        if (r.type === 'PERMITS' && !tradeSubject(rest, ctx, PERMIT_WORD)) continue;
        const [from, to] = r.reverse ? [y.key, x.key] : [x.key, y.key];
        ctx.add(from, r.type, to, s.si, r.confidence, `pattern:${r.name}`, { ...q, ...ctx.attribution(x, y) });
      }
    }
  }
}

/**
 * "the Alibaba-backed Chinese AI startup Moonshot AI", "CCP-tied DeepSeek", "China-linked hackers group APT41": a party
 * before a hyphen and a participle, and a name up to four words after it that the participle describes. Participles
 * and the relationship each makes are data: relations.yaml `hyphenBacked` (BACKED_BY) and `hyphenLinked` (LINKED_TO).
 */
export function hyphenBacked(ctx: RelationContext, s: SentenceView): void {
  const ms = s.ms;
  const backed = ctx.words('hyphenBacked');
  const linked = ctx.words('hyphenLinked');
  for (let i = 0; i < ms.length; i++) {
    const x = ms[i];
    if (!ORG.includes(x.type) && x.type !== 'Country') continue;
    const participle = /^-([a-z]+)\s/i.exec(ctx.text.slice(x.end, x.end + 20))?.[1].toLowerCase();
    const type =
      participle && backed.has(participle)
        ? 'BACKED_BY'
        : participle && linked.has(participle)
          ? 'LINKED_TO'
          : undefined;
    if (!type) continue;
    for (let j = i + 1; j < ms.length && ms[j].start - x.end <= 80; j++) {
      const y = ms[j];
      if (y.start < x.end || !(ORG.includes(y.type) || y.type === 'Model' || y.type === 'Person')) continue;
      // A country backs nothing by itself ("U.S.-backed" names a government's support): only ties are read for it.
      if (x.type === 'Country' && type === 'BACKED_BY') break;
      // The words between name what the participle describes ("firm", "Chinese AI startup"), no verb of a clause.
      const gap = ctx.text.slice(x.end, y.start);
      const between = gap.trim().split(/\s+/).slice(1);
      if (
        /^-[a-z]+\s+(?:[\w-]+\s+){0,4}$/i.test(gap) &&
        !between.some(
          (w) =>
            /^[a-z]+(?:ed|ing)$/.test(w) ||
            finiteVerb(w) ||
            ['breaks', 'be', 'prepositions'].some((l) => ctx.words(l).has(w.toLowerCase())),
        )
      )
        ctx.add(y.key, type, x.key, s.si, 0.85, type === 'BACKED_BY' ? 'pattern:x-backed' : 'pattern:x-linked');
    }
  }
}
