// Finds reported speech cue by cue in one masked sentence: every speech verb or "according to" gets its own speaker and content, so one sentence may hold several statements.
// The work is split into named rules, tried in order: CUE_RULES read the sentence's cues (a verb cue, "according to", a
// speech noun); a verb cue's speaker is found by SPEAKER_RULES and what it said by CONTENT_RULES; then the contents are
// cut where the next attribution begins. Its patterns and clause helpers are in attribution-patterns.ts.
import { TELL_VERB } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import {
  AUX,
  ABOUT_NUMBER,
  ABOUT_VERB,
  ACCORDING_SOURCE,
  ACCOUNT,
  ANNOUNCED_CLAUSE,
  APPLIED_QUOTE,
  APPOS_NAME,
  APPOSITION_END,
  AS_LEAD,
  CLAUSE,
  clauseStart,
  COORD,
  CUE,
  cutAtNewClause,
  EVIDENCE_RE,
  FILL,
  GAP,
  GERUND_OBJECT,
  HEAD,
  INTENDED,
  INTRODUCES_ONLY,
  INVERTED,
  NAMING_VERB,
  NEGATED,
  NOT_A_CLAUSE,
  NOUN,
  NOUN_TOPIC,
  OBJECT_NP,
  OBJECT_VERB,
  PARENTHETICAL_THAT,
  PARTICIPLE_NP,
  QUESTION,
  restAfter,
  SAY,
  SUBJECT,
  TELL,
  TELL_ONLY,
  TO_OBJECT,
  TO_VERBS,
  TOPIC_STOP,
  TRAIL_END,
  trailLead,
  TRIM_END,
  VERB_FIRST,
  WH_ACCOUNT,
  words,
} from './attribution-patterns.ts';

export { AUX, FILL, hasCue, HEAD, HEADLINE_VERB, INTENDED, LAST_IN_PHRASE, NEGATED } from './attribution-patterns.ts';

/** One attribution, offsets relative to the sentence given. */
export interface Attribution {
  /** Where the speaker's placeholder starts. */
  speaker: number;
  verb: string;
  /** The words right after the cue (audience, setting): "told CNBC on Monday". */
  rest: { start: number; end: number };
  start: number; // the content
  end: number;
  method: string;
  confidence: number;
}

/** Speech verbs whose bare form is also a noun: "a Reuters report", "a Trump tweet", "the senator's comment". */
const NOUN_LIKE_VERB =
  /^(?:report|tweet|post|comment|claim|estimate|answer|reply|promise|pledge|vow|warning|statement|remark|response)$/;
const ARTICLE_BEFORE = /\b(?:the|a|an|The|A|An)\s+$/;
/** Whether a verb read after the speaker at `spk` is a noun instead: its bare form after an article and a name ("a Reuters report"). */
export const nounNotVerb = (ms: string, spk: number, verb: string): boolean =>
  NOUN_LIKE_VERB.test(verb) && ARTICLE_BEFORE.test(ms.slice(Math.max(0, spk - 6), spk));

/** An attribution while the sentence is read: `clause` is where its clause starts, `right` whether its content runs right of the cue. */
interface Found extends Attribution {
  clause: number;
  right: boolean;
  min?: number;
}

/** One masked sentence being read, and what its cues found so far. */
interface Scan {
  ms: string;
  quoted: (offset: number) => boolean;
  described?: (offset: number) => boolean;
  /** Whether the speaker masked there is a named person. */
  person?: (offset: number) => boolean;
  /** Where each masked speaker starts. */
  heads: number[];
  /** The sentence's subject, when a speaker is it. */
  subject: RegExpExecArray | null;
  found: Found[];
  /** The last verb cue read, with its speaker and where its audience and setting end. */
  last: { spk: number; end: number } | null;
  /** Where a verb cue whose words are a quotation begins its clause ("Trump boasted, "…""): another content ends there. */
  quoteClauses: number[];
}

/** The end of the masked speaker starting at `h`. */
function headEnd(ms: string, h: number): number {
  let e = h + 1;
  while (ms[e] === FILL) e++;
  return e;
}

/** A verb cue: the verb, where it stands, and once found its speaker, how that was found, and its audience and setting. */
interface VerbCue {
  v: number;
  vEnd: number;
  verb: string;
  gerund: boolean;
  spk: number;
  how: string;
  inverted: boolean;
  restStart: number;
  restEnd: number;
  /** The sentence after the audience and setting. */
  tail: string;
}

/** A rule for a cue's speaker: its offset and how it was found, or undefined when the rule does not apply. */
interface SpeakerRule {
  name: string;
  find(sc: Scan, c: Pick<VerbCue, 'v' | 'vEnd' | 'verb' | 'gerund'>): { spk: number; how: string } | undefined;
}

/**
 * The speaker to the left: the farthest with a valid gap, among the last six within 300 characters (an apposition may
 * name several): "Jo Roe, head of the Acme union, which …, said": Jo Roe, not the union.
 */
const leftSpeaker: SpeakerRule = {
  name: 'left',
  find({ ms, heads, described, person, subject }, { v, gerund }) {
    let spk = -1;
    let how = '';
    let apposed = false;
    const chain: number[] = [];
    for (let k = heads.length - 1, n = 0; k >= 0 && n < 6; k--) {
      const h = heads[k];
      if (h >= v) continue;
      n++;
      if (v - h > 300) break;
      const g = GAP.exec(ms.slice(headEnd(ms, h), v));
      if (!g) continue;
      if (spk >= 0 && !g.groups!.appos && !g.groups!.rel) break;
      // "In a report by Bloomberg, Michael McCaul, chairman of …, said": a person's name is no apposition of a body
      // named before it; the person speaks.
      if (spk >= 0 && person?.(spk) && !described?.(spk) && !person(h)) break;
      spk = h;
      chain.push(h);
      how = g.groups!.rel ? 'relative' : 'subject';
      // "A spokesperson, He Yadong, told …": a name in apposition to a description says who speaks.
      const named = g.groups!.appos && described ? APPOS_NAME.exec(g.groups!.appos) : null;
      if (named && described!(h)) {
        const at =
          headEnd(ms, h) + g.index + (g.groups!.appos ? g[0].indexOf(g.groups!.appos) : 0) + named[0].indexOf(HEAD);
        if (!described!(at)) spk = at;
      }
      apposed = !!g.groups!.appos;
      if (!g.groups!.appos) break;
    }
    if (spk >= 0 && gerund && apposed) {
      // A participle after a comma belongs to a clause's subject, not to a name set off before it: in "Fiorina spoke
      // of Trump, the front-runner, saying …" Fiorina speaks; in "In a CNN interview, Trump questioned Cruz's record,
      // saying …" Trump does (the "apposition" was a clause: a speaker and its verb).
      const clause = CLAUSE_SUBJECT.exec(ms.slice(0, v));
      if (clause) return { spk: clause.index + clause[0].indexOf(HEAD), how: 'gerund' };
      if (
        subject &&
        OBJECT_BEFORE.test(ms.slice(Math.max(0, chain[0] - 40), chain[0])) &&
        !chain.includes(subject.indices!.groups!.spk[0]) &&
        subject.indices!.groups!.spk[0] !== spk &&
        subject.index + subject[0].length <= v
      )
        return undefined;
    }
    return spk >= 0 ? { spk, how } : undefined;
  },
};

/** A name right after a preposition is an object, not the subject a participle belongs to. */
const OBJECT_BEFORE =
  /\b(?:for|of|to|with|by|about|against|on|at|from|over|toward|towards|into|like|than|between|among)\s+(?:the\s+)?$/;
/** The subject of the last clause before a participle: a comma, a speaker and a verb in the past or present, then no comma before the participle. */
const CLAUSE_SUBJECT = new RegExp(
  `,\\s+(?:(?:as|while|when|after|before|and|but|then)\\s+)?(?:(?:\\p{Lu}[\\w.'-]*)\\s+){0,3}${HEAD}${FILL}*\\s+(?:[a-z]+ly\\s+)?(?:[a-z]{3,}ed|[a-z]{3,}s|had|has|was|is|went|took|made|gave|spoke|said|told)\\b[^,]*,\\s*$`,
  'u',
);

/** "…, said Jo Roe, the firm's spokeswoman." — the verb first. */
const invertedSpeaker: SpeakerRule = {
  name: 'inverted',
  find({ ms }, { v, vEnd, verb, gerund }) {
    if (!/,\s*$/.test(ms.slice(0, v)) || gerund || TELL_VERB.test(verb)) return undefined;
    const inv = INVERTED.exec(ms.slice(vEnd, vEnd + 160));
    return inv ? { spk: vEnd + inv[0].length - inv.groups!.spk.length, how: 'inverted' } : undefined;
  },
};

/**
 * "…, the mayor said, adding that …": a gerund continues the attribution before it. The attribution right before the
 * comma counts even when it kept no content ("“…,” the mayor said, adding that …").
 */
const gerundContinues: SpeakerRule = {
  name: 'gerund',
  find({ ms, found, last }, { v, gerund }) {
    if (!gerund || !/,\s*$/.test(ms.slice(0, v)) || !(found.length || last)) return undefined;
    const spk =
      last && /^\s*,\s*$/.test(ms.slice(last.end, v)) ? last.spk : found.length ? found[found.length - 1].speaker : -1;
    return spk >= 0 ? { spk, how: 'gerund' } : undefined;
  },
};

/** "… exhorted Republicans and said he …", "Trump spoke for an hour, saying …": the sentence's subject speaks. */
const subjectOfSentence: SpeakerRule = {
  name: 'coordinated',
  find({ ms, subject }, { v, gerund }) {
    // A nearer clause with a speaker of its own and its verb: "Some booed, and when Rubio thanked Miami and said …".
    const nearer = gerund ? null : NEARER_CLAUSE.exec(ms.slice(Math.max(0, v - 200), v));
    if (nearer && (!subject || subject.index + subject[0].length <= v))
      return { spk: Math.max(0, v - 200) + nearer.index + nearer[0].indexOf(HEAD), how: 'coordinated' };
    if (
      !subject ||
      subject.index + subject[0].length > v ||
      !(gerund ? /,\s*$|\s$/.test(ms.slice(0, v)) : COORD.test(ms.slice(Math.max(0, v - 120), v)))
    )
      return undefined;
    return { spk: subject.indices!.groups!.spk[0], how: gerund ? 'gerund' : 'coordinated' };
  },
};

/** The clause right before a coordinated verb, opened by a comma or a conjunction: its speaker, its verb, then "and". */
const NEARER_CLAUSE = new RegExp(
  `(?:[,;(]|\\b(?:when|while|as|after|before|because|since|though|although|if|and|but))\\s+(?:\\p{Lu}[\\w.'-]*\\s+){0,3}${HEAD}${FILL}*\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}(?:ed|s)\\b[^,;"${HEAD}]*?\\s(?:and|but)\\s+${AUX}$`,
  'u',
);

/** The rules for a verb cue's speaker, in the order they are tried. */
export const SPEAKER_RULES: SpeakerRule[] = [leftSpeaker, invertedSpeaker, gerundContinues, subjectOfSentence];

/**
 * A rule for what a verb cue said: undefined when it does not apply (the next rule is tried), null when the cue says
 * nothing after all, else the attribution.
 */
interface ContentRule {
  name: string;
  read(sc: Scan, c: VerbCue): Found | null | undefined;
}

/** The attribution of a verb cue with its content from `start` to `end`. */
function verbFound(c: VerbCue, start: number, end: number, more: Partial<Found> = {}): Found {
  return {
    speaker: c.spk,
    verb: c.verb,
    rest: { start: c.restStart, end: c.restEnd },
    start,
    end,
    method: `indirect:cue-${c.how}`,
    confidence: c.how === 'subject' ? 0.8 : 0.65,
    clause: c.how === 'gerund' ? c.v : c.spk,
    right: true,
    ...more,
  };
}

/**
 * "member states trump everything", "emissions rules promise", "continue their attacks": a verb that is also a noun or
 * a verb of going on reports speech only before "that", a colon, a quotation or a comma.
 */
const introducesOnly: ContentRule = {
  name: 'introduces-only',
  read: (_sc, c) =>
    INTRODUCES_ONLY.test(c.verb) && !/^\s*(?:,|:|"|that\b)/.test(c.tail) && !c.inverted ? null : undefined,
};

/** "commented on the shooting", "complained about his mic": the topic is what the statement was about. */
const topicAfterVerb: ContentRule = {
  name: 'topic',
  read({ ms }, c) {
    const topic = ABOUT_VERB.test(c.verb) && !c.inverted ? /^\s+(?:on|about)\s+(?=\S)/.exec(ms.slice(c.vEnd)) : null;
    if (
      !topic ||
      /^(?:it|this|that|them|him|her|me|us|you)\b|^[^,".]{0,60}\bthat\s/.test(ms.slice(c.vEnd + topic[0].length))
    )
      return undefined;
    return verbFound(c, c.vEnd + topic[0].length, ms.length, {
      verb: `${c.verb}${topic[0].replace(/\s+/g, ' ').trimEnd()}`,
      rest: { start: c.vEnd, end: c.vEnd },
      confidence: 0.6,
      min: 2,
    });
  },
};

/** "Yet, as Mr. Bown observed, in the early days …": an attribution opening with "as" introduces the main clause after it. */
const asLead: ContentRule = {
  name: 'as-lead',
  read({ ms }, c) {
    const lead =
      !c.inverted && c.how === 'subject' && c.spk < 80 && AS_LEAD.test(ms.slice(0, c.spk))
        ? /^\s*,\s*/.exec(c.tail)
        : null;
    if (!lead) return undefined;
    return verbFound(c, c.restEnd + lead[0].length, ms.length, {
      method: 'indirect:cue-as',
      confidence: 0.7,
      clause: c.spk,
    });
  },
};

/** The clause before a trailing attribution ending at `lead`, as its content. */
function trailFound(ms: string, c: VerbCue, lead: number, confidence: number): Found {
  const cs = clauseStart(ms, lead);
  return verbFound(c, cs, lead, { method: `indirect:cue-trail-${c.how}`, confidence, clause: cs, right: false });
}

/** A trailing attribution ("…, the minister said."): what was said is the clause before the comma. */
const trailing: ContentRule = {
  name: 'trailing',
  read({ ms }, c) {
    if (
      !(TRAIL_END.test(c.tail) || (c.inverted && APPOSITION_END.test(c.tail))) ||
      PARENTHETICAL_THAT.test(c.tail) ||
      c.how === 'gerund' ||
      c.how === 'coordinated'
    )
      return undefined;
    const lead = trailLead(ms, c.inverted ? c.v : c.spk);
    return lead < 0 ? null : trailFound(ms, c, lead, 0.8);
  },
};

/** A verb before its speaker ("…, said Jo Roe") reads only the clause before it. */
const invertedTrailsOnly: ContentRule = {
  name: 'inverted-trails-only',
  read: (_sc, c) => (c.inverted ? null : undefined),
};

/** "…, the mayor said as the council met": a subordinate clause after the verb is its setting; the content is before it. */
const trailingBeforeSetting: ContentRule = {
  name: 'trailing-before-setting',
  read({ ms }, c) {
    if (
      !/^\s+(?:as|while|when|after|before|because|since|during)\b/.test(c.tail) ||
      /^[^,"]{0,80}\bthat\s/.test(c.tail)
    )
      return undefined;
    const lead = trailLead(ms, c.spk);
    return lead >= 0 ? trailFound(ms, c, lead, 0.75) : null;
  },
};

/**
 * What was said follows: after "that", a colon, or a clause; some verbs take their object or an infinitive. A bare
 * complement that opens with a preposition, a participle or a verb is a setting or a relative clause, not speech.
 */
/** A time noun after "that" with a preposition or the end after it: "that year in a visit", "that week." */
export const THAT_TIME =
  /^(?:year|week|month|day|night|time|morning|afternoon|evening|decade|summer|spring|fall|autumn|winter)\b(?!\s+(?:is|was|were|will|would|has|had|have|could|should|might|may|must|can|did|does)\b)(?=\s+(?:in|at|on|during|after|before|when|with|to|for)\b|\s*[.;]?\s*$)/;

const following: ContentRule = {
  name: 'following',
  read({ ms }, c) {
    const { verb, tail, restEnd, vEnd, v } = c;
    let cs = restEnd;
    let min = 3;
    // An adverb may stand between the verb and its "that": "complained bitterly that".
    const that =
      /^\s*,?\s*(?:(?:[a-z]{3,}ly\s+)?that\s*,?\s+|:\s*)/.exec(tail) ??
      PARENTHETICAL_THAT.exec(tail) ??
      (TELL.test(verb) || /^\s*(?:on|in|at|during)\b/.test(tail) ? /^[^,"]{0,60}?\bthat\s+/.exec(tail) : null);
    if (that) {
      cs += that[0].length;
      // "highlighted that year in a visit to …": "that" before a time noun that no verb follows is a determiner.
      if (THAT_TIME.test(ms.slice(cs))) return null;
      if (VERB_FIRST.test(ms.slice(cs))) {
        // "believe that is likely": a verb right after "that" makes it the clause's subject, a demonstrative.
        // Only right after the verb: after a setting ("after the meeting that was held") "that" is a relative pronoun.
        if (
          restEnd !== vEnd ||
          TELL.test(verb) ||
          !/^\s*that\s+(?:is|was|would|will|could|can|might|may|has|had|should|must)\s/.test(tail)
        )
          return null;
        cs = restEnd + tail.indexOf('that');
      }
    } else {
      const t = tail.replace(/^\s*,?\s*/, '');
      cs += tail.length - t.length;
      // "announced the arrest of a man", "called for new tariffs", "suggested looking at …": the object is what was put forward.
      const object =
        OBJECT_VERB.test(verb) &&
        OBJECT_NP.test(t) &&
        (!NOT_A_CLAUSE.test(t) ||
          (GERUND_OBJECT.test(verb) &&
            /^[a-z]{3,}ing\b/.test(t) &&
            !/^(?:during|being|according|including|following|regarding)\b/.test(t)) ||
          PARTICIPLE_NP.test(t));
      if (object) {
        // "called the senator a “nasty guy”": bare "called" names something only with a complement after its object.
        if (
          /^call(?:s|ed)$/.test(verb) &&
          (!/^[^.;]{1,80}?(?:\s(?:an?|the)\s|")/.test(t) ||
            /\b(?:is|are|was|were|be|been|being)\s+$/.test(ms.slice(Math.max(0, v - 12), v)))
        )
          return null;
      }
      // "announced a series of new restrictions that banned …": after "announce" with no "that", only a clause with a
      // pronoun subject or a modal or auxiliary verb is what was said; a noun phrase is what was done.
      if (/^announc/.test(verb) && !object && !ANNOUNCED_CLAUSE.test(t)) return null;
      const ok =
        object ||
        (EVIDENCE_RE.test(verb)
          ? CLAUSE.test(t) && !/^(?:it|this|that|them|him|her)\b/.test(t)
          : TELL_ONLY.test(verb)
            ? CLAUSE.test(t) || /^to\s+[a-z]/.test(t)
            : SAY.test(verb) || /^\p{Lu}/u.test(verb)
              ? !t.startsWith('"')
              : CLAUSE.test(t) ||
                (TO_VERBS.test(verb) &&
                  TO_OBJECT.test(t) &&
                  !/^to\s+(?:the|a|an|his|her|their|its|this|that)\b/.test(t)) ||
                (QUESTION.test(verb) && /^(?:whether|if|why|how|what|when|where|who)\b/.test(t)) ||
                (ACCOUNT.test(verb) && WH_ACCOUNT.test(t)));
      if (!ok || (NOT_A_CLAUSE.test(t) && !object && !ABOUT_NUMBER.test(t))) return null;
      if (object) min = 2; // "denied wrongdoing", "mentioned climate change"
    }
    // "called the processor "deeply concerning"": the quoted words the speaker applied are what was said.
    const applied = NAMING_VERB.test(verb) ? APPLIED_QUOTE.exec(ms.slice(cs)) : null;
    if (applied) {
      const qs = cs + applied.index + applied[0].length - applied[1].length - 2;
      return verbFound(c, qs, qs + applied[1].length + 2, { min: 1 });
    }
    if (
      /^(?:whether|if|why|how|what|when|where|who)\b/.test(ms.slice(cs)) &&
      !QUESTION.test(verb) &&
      !(ACCOUNT.test(verb) && WH_ACCOUNT.test(ms.slice(cs)))
    )
      return null;
    return verbFound(c, cs, ms.length, { min });
  },
};

/**
 * "in the wake of the New York Times report, …", "features a Reuters report that …": a speech verb that is also a
 * noun, in its bare form right after an article and a name, is a noun; the name only says whose it is.
 */
const nounAfterArticle: ContentRule = {
  name: 'noun-after-article',
  read: ({ ms }, c) => (c.how === 'subject' && nounNotVerb(ms, c.spk, c.verb) ? null : undefined),
};

/** The rules for what a verb cue said, in the order they are tried; the first that applies decides. */
export const CONTENT_RULES: ContentRule[] = [
  nounAfterArticle,
  introducesOnly,
  topicAfterVerb,
  asLead,
  trailing,
  invertedTrailsOnly,
  trailingBeforeSetting,
  following,
];

/** "according to a new Reuters survey": the source is the first speaker within five words. */
function accordingTo(sc: Scan, v: number, vEnd: number): Found | undefined {
  const { ms } = sc;
  const src = ACCORDING_SOURCE.exec(ms.slice(vEnd, vEnd + 120));
  if (!src) return undefined;
  const spk = vEnd + src.index + src[0].length - src.groups!.spk.length;
  const after = headEnd(ms, spk);
  const lead = ms.slice(0, v);
  if (/,\s*$/.test(lead) || words(lead) >= 4) {
    // "…, according to X": what was said is the clause before.
    const cs = clauseStart(ms, v);
    return {
      speaker: spk,
      verb: 'according to',
      rest: { start: after, end: after },
      start: cs,
      end: lead.replace(/[\s,]+$/, '').length,
      method: 'indirect:cue-according',
      confidence: 0.8,
      clause: v,
      right: false,
    };
  }
  // "According to X, …": what was said follows the comma.
  let comma = ms.indexOf(',', after);
  // "According to Jo Roe, an analyst at Bernstein, …": the apposition describes the source.
  const appos = comma < 0 ? null : /^\s+(?:an?|the|who|whose|which)\s[^,"]{0,80},/.exec(ms.slice(comma + 1));
  if (appos) comma += appos[0].length;
  if (comma < 0 || comma - after > 120 || ms.slice(after, comma).includes('"')) return undefined;
  return {
    speaker: spk,
    verb: 'according to',
    rest: { start: after, end: comma },
    start: comma + 1,
    end: ms.length,
    method: 'indirect:cue-according',
    confidence: 0.8,
    clause: v,
    right: true,
  };
}

/** A speech verb: its speaker by SPEAKER_RULES, what it said by CONTENT_RULES. */
function verbCue(sc: Scan, m: RegExpExecArray): Found | undefined {
  const { ms } = sc;
  const v = m.index;
  const gr = m.groups!;
  const verb = gr.verb ?? gr.gerund;
  const vEnd = v + m[0].length;
  if (NEGATED.test(ms.slice(Math.max(0, v - 30), v)) || INTENDED.test(ms.slice(Math.max(0, v - 30), v))) return;
  const cue = { v, vEnd, verb, gerund: !!gr.gerund };
  let who: { spk: number; how: string } | undefined;
  for (const rule of SPEAKER_RULES) if ((who = rule.find(sc, cue))) break;
  if (!who) return;
  const { spk, how } = who;
  // A capitalized verb is a headline's, read only right after its subject.
  if (/^\p{Lu}/u.test(verb) && !(how === 'subject' && /^\s+$/.test(ms.slice(headEnd(ms, spk), v)))) return;
  const inverted = how === 'inverted';
  const restStart = inverted ? headEnd(ms, spk) : vEnd;
  const restEnd = restAfter(ms, restStart, verb);
  if (!gr.gerund) sc.last = { spk, end: restEnd };
  const c: VerbCue = { ...cue, spk, how, inverted, restStart, restEnd, tail: ms.slice(restEnd) };
  for (const rule of CONTENT_RULES) {
    const f = rule.read(sc, c);
    if (f !== undefined) return f ?? quotedWords(sc, c);
  }
  return quotedWords(sc, c);
}

/** A verb cue followed by a quotation ("Trump boasted, "…"", "…, saying: "…""): its words are the quotation's, read
 * elsewhere, but its clause still ends any content running into it. */
function quotedWords(sc: Scan, c: VerbCue): undefined {
  // Not in a relative clause ("hungry for what she calls "real solutions""): that stays part of the content around it.
  if (
    /^\s*[,:]?\s*"/.test(c.tail) &&
    !c.inverted &&
    !(
      c.how === 'subject' &&
      /\b(?:what|which|that|who|whom|as)\s+(?:[\w'-]+\s+){0,3}$/i.test(sc.ms.slice(Math.max(0, c.spk - 40), c.spk))
    )
  )
    sc.quoteClauses.push(c.how === 'gerund' ? c.v : c.spk);
  return undefined;
}

/** "Trump's claim that …": a speech noun after a possessive speaker, and the clause after "that". */
function* speechNounThat({ ms, quoted }: Scan): Generator<Found> {
  for (const m of matchesOf(NOUN, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    if (VERB_FIRST.test(ms.slice(cs))) continue;
    yield {
      speaker: m.index,
      verb: m.groups!.noun,
      rest: { start: cs, end: cs },
      start: cs,
      end: ms.length,
      method: 'indirect:cue-noun',
      confidence: 0.6,
      clause: m.index,
      right: true,
    };
  }
}

/** "the senator's remarks about the tariffs": a speech noun and its topic. */
function* speechNounTopic({ ms, quoted }: Scan): Generator<Found> {
  for (const m of matchesOf(NOUN_TOPIC, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    const stop = TOPIC_STOP.exec(ms.slice(cs));
    const g = m.groups!;
    yield {
      speaker: m.index,
      verb: `${g.noun} ${g.prep}`,
      rest: { start: cs, end: cs },
      start: cs,
      end: stop ? cs + stop.index : ms.length,
      method: 'indirect:cue-noun',
      confidence: 0.55,
      clause: m.index,
      right: false,
      min: 2,
    };
  }
}

/** Every speech verb and "according to" in the sentence, in order: each by its own rule. */
function* verbCues(sc: Scan): Generator<Found> {
  for (const m of matchesOf(CUE, sc.ms)) {
    if (sc.quoted(m.index)) continue;
    const f = m.groups!.according ? accordingTo(sc, m.index, m.index + m[0].length) : verbCue(sc, m);
    if (f) {
      sc.found.push(f);
      yield f;
    }
  }
}

/** The rules that read a sentence's cues, in order; each yields the attributions it finds. */
export const CUE_RULES: { name: string; read(sc: Scan): Iterable<Found> }[] = [
  { name: 'verb-cues', read: verbCues },
  { name: 'speech-noun-that', read: speechNounThat },
  { name: 'speech-noun-topic', read: speechNounTopic },
];

/**
 * A content running right ends where the next attribution's clause begins, when enough is left; so it does where an
 * attribution of a quotation begins ("When Clinton noted that …, Trump boasted, "…"": Clinton's words end before Trump).
 */
function cutAtNextAttribution(ms: string, found: Found[], quoteClauses: number[]): void {
  for (const f of found) {
    if (!f.right) continue;
    const next = found.find((o) => o !== f && o.clause > f.start && o.clause < f.end && (o.right || o.start > f.start));
    if (next) {
      const cut = ms.slice(f.start, next.right ? next.clause : next.start).replace(TRIM_END, '');
      if (words(cut) >= 3) f.end = f.start + cut.length;
    }
    const q = quoteClauses.find((at) => at > f.start && at < f.end);
    if (q !== undefined) {
      const cut = ms.slice(f.start, q).replace(TRIM_END, '');
      if (words(cut) >= 3) f.end = f.start + cut.length;
    }
  }
}

/**
 * Every attribution in a masked sentence. `quoted` says whether an offset lies inside a quotation (whose words are
 * the quotation's, found elsewhere); `described` whether the speaker masked there is a description, not a name;
 * `person` whether it is a person.
 */
export function findAttributions(
  ms: string,
  quoted: (offset: number) => boolean,
  described?: (offset: number) => boolean,
  person?: (offset: number) => boolean,
): Attribution[] {
  if (!ms.includes(HEAD)) return [];
  const heads: number[] = [];
  for (let i = ms.indexOf(HEAD); i >= 0; i = ms.indexOf(HEAD, i + 1)) heads.push(i);
  const sc: Scan = {
    ms,
    quoted,
    described,
    person,
    heads,
    subject: SUBJECT.exec(ms),
    found: [],
    last: null,
    quoteClauses: [],
  };
  const found: Found[] = [];
  for (const rule of CUE_RULES) for (const f of rule.read(sc)) found.push(f);
  cutAtNextAttribution(ms, found, sc.quoteClauses);
  const out: Attribution[] = [];
  for (const f of found) {
    if (f.right) f.end = cutAtNewClause(ms, f.start, f.end, quoted);
    const body = ms.slice(f.start, f.end).replace(TRIM_END, '');
    const end = f.start + body.length;
    if (words(body) < (f.min ?? 3) || quoted(f.start) || /^\s*"[^"]*"\s*$/.test(body)) continue;
    out.push({
      speaker: f.speaker,
      verb: f.verb,
      rest: f.rest,
      start: f.start,
      end,
      method: f.method,
      confidence: f.confidence,
    });
  }
  return out;
}
