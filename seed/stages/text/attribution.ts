// Finds reported speech cue by cue in one masked sentence: every speech verb or "according to" gets its own speaker and content, so one sentence may hold several statements.
import { SPEECH_GERUNDS, SPEECH_VERB_RE, TELL_VERB } from './lexicon.ts';
import { matchesOf, splitSpaces } from './matches.ts';

/** A speaker mention is masked to HEAD then FILL to its length, so offsets stay those of the text and patterns see one token. */
export const HEAD = '\u0001';
export const FILL = '\u0002';
const SPK = `${HEAD}${FILL}*`;
/**
 * A speaker after the verb is the last name of its noun phrase: in "said Nvidia CEO Jensen Huang", "said Bernstein
 * analyst Mark Li", "said analyst Mark Li" the company or the description only qualifies the person named after it.
 * Up to two words may stand between (a title); a preposition, conjunction or article starts another phrase.
 */
export const LAST_IN_PHRASE = `(?!${FILL})(?!\\s+(?:(?!(?:in|at|on|of|for|to|from|with|by|during|after|before|and|or|but|who|which|that|when|while|as|the|a|an|said|says|told)\\b)[\\p{L}\\p{M}\\w.'-]+\\s+){0,2}${SPK})`;

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

/** Words that may stand between a subject and its speech verb: auxiliaries, adverbs, "continued to", "is" before a gerund. */
export const AUX = `(?:(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d\\d|(?:this|last|earlier\\s+this)\\s+(?:week|month|year)|[a-z]+ly|also|just|long|still|now|then|later|earlier|again|once|often|always|further|previously|recently|reportedly|separately|similarly|likewise|too|together|has|have|had|did|does|do|would|will|could|can|may|might|should|must|is|are|was|were|been|being|(?:continues?|continued|went\\s+on|goes\\s+on|appeared|appears|seemed|seems|wants?|wanted|tried|sought|began|begins|started|used|proceeded|hastened|rushed|would\\s+later|was\\s+quick)\\s+to)\\s+)*`;
/** A negation of the verb itself, in the words right before it ("did not immediately respond", "declined to say"); a "not" earlier in the clause negates something else ("not paying an architect who said"). */
export const NEGATED =
  /(?:\b(?:not|never)|n't|\b(?:declined|refused|failed|declines|refuses|fails|decline|refuse|fail)\s+to)\s+(?:(?:[a-z]+ly|also|yet|even|ever|once|be|been|being|have|has|had|to|want|wants|wanted|going|care|cared)\s+){0,4}$/;
/** A speech verb governed by a verb of intent or expectation ("wants to maintain its lead", "plans to announce", "is
 * expected to say"): what would be said has not been said, so there is no statement. */
export const INTENDED =
  /\b(?:wants?|wanted|wanting|hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|seeks?|sought|tries|tried|trying|try|needs?|needed|intends?|intended|expected|likely|going|able|unable|set|ready|prepared|scheduled|due|wishes|wished)\s+to\s+$/;
/** Between a speaker and the verb: a party tag "(R-Ohio)", then at most two comma or dash appositions, or a relative "who". */
const GAP = new RegExp(
  `^(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:\\s+(?:of|on|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\w.'-]*(?:\\s+(?:\\p{Lu}[\\w.'-]*|of|and|the|for|on)){0,5})?(?<appos>(?:,(?!\\s*(?:and|but|or|so|yet|while|because)\\s)[^"]{1,160}?){1,2},|(?:,[^",]{1,160}?)?\\s*(?:--?|[–—―])\\s*[^"]{1,200}?\\s*(?:--?|[–—―]),?|\\s+\\([^()"]{1,120}\\))?(?<rel>(?:,|\\s*(?:--?|[–—―]))?\\s+(?:(?:many|most|some|all|several|none|one|each|both|few|two|three)\\s+of\\s+(?:whom|which)|who|which|that))?\\s+(?<aux>${AUX})$`,
  'u',
);
/** An apposition that is one masked speaker and nothing else: ", He Yadong,". */
const APPOS_NAME = new RegExp(`^,\\s*${SPK}\\s*,$`, 'u');
/** A coordinated verb phrase: "… exhorted Republicans and said he …"; the subject is the sentence's. */
const COORD = new RegExp(`(?:\\band|\\bbut|,)\\s+${AUX}$`);
const ACCORDING_SOURCE = new RegExp(`^\\s+(?:[\\w.'-]+\\s+|${SPK}\\s+){0,5}?(?<spk>${SPK})${LAST_IN_PHRASE}`, 'u');
const INVERTED = new RegExp(`^\\s+(?:(?:[\\w.'-]+|${SPK}'s)\\s+){0,6}?(?<spk>${SPK})`, 'u');
/** A sentence's subject: a speaker after at most a few title words, followed by a lower-case word (its verb). */
const SUBJECT = new RegExp(
  `^(?:(?:But|And|Yet|Still|Meanwhile|However|Instead|Now|Later|Earlier|Separately|Also)\\s*,?\\s+)?(?:(?:\\p{Lu}[\\w.'-]*|${SPK}(?:'s)?|(?!(?:after|before|in|on|at|with|for|from|by|to|of|when|while|as|if|since|during|about|against|between|that|who|which)\\b)[a-z][\\w'-]*)\\s+){0,4}?(?<spk>${SPK})(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:,[^",]{1,120},)?\\s+(?:[a-z]+ly\\s+)?[a-z]`,
  'du',
);
/** Verbs by which a writing or a finding states something: "a Bloomberg poll shows that …" (a clause must follow). */
const EVIDENCE =
  'shows|showed|shown|show|found|finds|indicates|indicated|indicate|reveals|revealed|reveal|concludes|concluded|demonstrates|demonstrated';
/** A headline's verb is capitalized: "Obama Says Museum Will Tell …", "Lawmaker Urges Retaliation". */
export const HEADLINE_VERB =
  'Says|Said|Tells|Told|Warns|Warned|Urges|Urged|Vows|Vowed|Claims|Claimed|Admits|Denies|Insists|Predicts|Pledges|Promises|Calls\\s+for|Calls\\s+on';
/** Verbs that put something forward by naming it rather than saying a clause: "called X a liar", "cited the figure". */
const NAMING = 'cites|cited|(?<!-)call(?:s|ed)(?!\\s+(?:for|on|off|up|back|in|out|it\\s+quits)\\b)';
const CUE_SOURCE = `\\b(?:(?<verb>${SPEECH_VERB_RE}|(?:call(?:s|ed)?|calling)\\s+(?:for|on)|${NAMING}|${EVIDENCE}|${HEADLINE_VERB})|(?<gerund>${SPEECH_GERUNDS}|citing)|(?<according>[Aa]ccording\\s+to))\\b`;
const CUE = new RegExp(CUE_SOURCE, 'g');
const CUE_ONE = new RegExp(CUE_SOURCE);
/** Whether a sentence holds any cue this module reads (a quick test before the full scan). */
export const hasCue = (ms: string): boolean =>
  CUE_ONE.test(ms) ||
  /'s?\s+(?:[a-z-]+\s+){0,2}?(?:statement|claim|assertion|emphasis|warning|argument|insistence|announcement|pledge|promise|prediction|contention|suggestion|allegation|admission|belief|view)\s+that\b/.test(
    ms,
  ) ||
  NOUN_TOPIC_ONE.test(ms);
/** A speech noun after a possessive speaker: "Trump's claim that …", "the company's statement that …". */
/** A speech noun and its topic: "the senator's remarks on Tuesday about the tariffs" — what the words were about. */
const NOUN_TOPIC_SOURCE = `(?<spk>${SPK})'s?\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>comments|comment|remarks|statements|claims|criticism|warnings|testimony|complaints)(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\\s+week))?\\s+(?<prep>about|on|regarding|concerning)\\s+(?=[\\w\u0001])`;
const NOUN_TOPIC = new RegExp(NOUN_TOPIC_SOURCE, 'gu');
const NOUN_TOPIC_ONE = new RegExp(NOUN_TOPIC_SOURCE, 'u');
/** Where a topic ends: a comma, or the verb of the clause the noun phrase is subject of ("… on the shooting came as …"). */
const TOPIC_STOP =
  /[,;:"]|\s(?:is|are|was|were|has|have|had|came|come|comes|drew|draws|sparked|prompted|caused|will|would|could|may|might|should|can|did|do|does)\b/;
const NOUN = new RegExp(
  `(?<spk>${SPK})'s?\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>statement|claim|assertion|emphasis|warning|argument|insistence|announcement|pledge|promise|prediction|contention|suggestion|allegation|admission|belief|view)\\s+that\\s+`,
  'gu',
);
/** Whom it was told and where: "told reporters", "told the Financial Times on Monday", "said in a statement". */
const TELL = /^(?:told|tells|tell|telling|informed|assured|briefed|reminded|warned|asked|urged)$/;
const AUDIENCE = new RegExp(
  `^(?:\\s+(?:(?:[Tt]he\\s+)?${SPK}|me|us|him|her|them|reporters|journalists|investors|analysts|lawmakers|employees|staff|members|(?:the|a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+?(?=\\s+(?:that|on|in|at|during|last|this|[A-Z][a-z]+day)\\b|,|[.!?;]?\\s*$)))?`,
  'u',
);
const TO_AUDIENCE = new RegExp(
  `^\\s+to\\s+(?:${SPK}|reporters|journalists|investors|analysts|lawmakers|the\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+(?=\\s+(?:that|on|in|at|during)\\b|,|$))`,
  'u',
);
const WHEN =
  /^(?:\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|recently|earlier|later|again|also|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning|afternoon)))*/;
const SETTING =
  /^\s*,?\s+(?:(?:on|in|at|during|via|through|after|before|while|from|over)\s+|to\s+(?=(?:the|a|an|his|her|their|its)\s|[A-Z\u0001]))[^,".;]{0,80}?(?=\s*,|\s+that\b|\s*[.;]?\s*$)/;
/** Words that open a clause, so a verb with no "that" reports one: "said it would", "agreed the plan was". */
const CLAUSE = new RegExp(
  `^(?:he|she|it|they|we|I|you|there|this|${SPK}(?:,[^,"]{1,80},)?(?:'s?)?\\s+(?:(?:[\\w'-]+|${SPK})\\s+){0,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|won't|wouldn't|isn't|wasn't|[a-z]+ed|[a-z]+s|\\w+n't)\\b|[a-z][\\w'-]*\\s+(?:[\\w'-]+\\s+){0,4}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do)\\b|(?:the|a|an|its|his|her|their|this|these|those|some|many|most|all|no|any|both|each|such|[A-Z][\\w.'-]*)\\s+(?:[\\w.'-]+\\s+){0,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|won't|wouldn't|isn't|wasn't|[a-z]+ed|[a-z]+s)\\b)`,
  'u',
);
/** A clause after "announced" with no "that": a pronoun subject, or a subject of a few words and a modal or auxiliary. */
const ANNOUNCED_CLAUSE = new RegExp(
  `^(?:(?:he|she|it|they|we|I)\\s|(?:[\\w.'-]+\\s+|${SPK}(?:'s)?\\s+){1,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had)\\b)`,
  'u',
);
/** What cannot open a reported clause: a verb (the "that" was a relative pronoun), a participle, a preposition. */
const NOT_A_CLAUSE =
  /^(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|be|been|being|[a-z]+ing|[a-z]+ed|from|in|on|at|of|for|about|by|with|without|during|after|before|as|while|when|since|because|amid|despite|according)\b/;
/** A clause may open with an approximate number: "said about 20 people have applied". */
const ABOUT_NUMBER = /^(?:about|nearly|almost|around|roughly|more\s+than|fewer\s+than|less\s+than)\s+[\d$]/;
const VERB_FIRST = /^(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|be|been|being)\b/;
/** Verbs whose bare object is what was said: "said yes", "urged Congress to act", "vowed to fight". */
const SAY = /^(?:said|says|say|told|tells|tell|saying|telling)$/i;
/** After "told X" what follows is content only as a clause ("told reporters the plan was dead"), never a bare object ("told a radio program"). */
const TELL_ONLY = /^(?:told|tells|tell|telling)$/;
const EVIDENCE_RE = new RegExp(`^(?:${EVIDENCE})$`);
/** A parenthetical between the verb and its "that": "cautioned, as did the campaign itself, that …", "insisted, most recently on Monday, that …". */
const PARENTHETICAL_THAT =
  /^\s*,\s*(?:as\s+(?:did|does|do|has|have|had)\s|(?:most\s+recently|again|once\s+more|repeatedly)\s|(?:in|on|at|during)\s)[^,"]{1,80},\s*that\s+/;
const TO_VERBS =
  /^(?:(?:call(?:s|ed)?|calling)\s+(?:for|on)|urge[sd]?|urging|vow(?:s|ed)?|vowing|pledge[sd]?|pledging|promise[sd]?|promising|ask(?:s|ed)?|asking|warn(?:s|ed)?|warning|told|tells|tell|telling|advise[sd]?|threaten(?:s|ed)?|predict(?:s|ed)?|agree[sd]?|agreeing)$/;
/** Verbs whose bare object is what was put forward: "denied any involvement", "cited the figure". Not "announce": what is
 * announced with no content clause ("announced new restrictions", "announced $6.6 billion in funding") is an act, not
 * something said (issue 14's statement definition and the in-domain gold). */
const OBJECT_VERB =
  /^(?:urge[sd]?|express(?:es|ed)?|deni(?:ed|es)|deny|acknowledge[sd]?|admit(?:s|ted)?|confirm(?:s|ed)?|mention(?:s|ed)?|predict(?:s|ed)?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|suggest(?:s|ed)?|claim(?:s|ed)?|reiterate[sd]?|emphasi[sz]e[sd]?|stress(?:es|ed)?|highlight(?:s|ed)?|underscore[sd]?|recommend(?:s|ed)?|report(?:s|ed)?|propose[sd]?|(?:call(?:s|ed)?|calling)\s+for|call(?:s|ed)|cite[sd]?|cites|citing)$/;
/** Verbs by which a speaker applies words to something ("called the rule "a gift to its rivals"", "described it as …"). */
const NAMING_VERB = /^(?:call(?:s|ed)|describe[sd]|dub(?:s|bed)|term(?:s|ed)|label(?:s|ed|led)|brand(?:s|ed))$/;
/** The quotation in such a verb's object, within a short object: its words (group 1), the marks around them. */
const APPLIED_QUOTE = /^[^".;]{0,120}?"([^"]{1,200})"/;
/** Speech verbs that read as nouns ("states", "rules") or as going on ("continued", "went on"): see their use below. */
const INTRODUCES_ONLY = /^(?:states?|rules?|ruled|ruling|continues?|continued|went\s+on|goes\s+on)$/;
/** Verbs of speaking whose topic follows "on" or "about": "commented on X", "complained about X", "asked about X". */
const ABOUT_VERB =
  /^(?:comment(?:s|ed)?|complain(?:s|ed)?|ask(?:s|ed)?|testif(?:y|ies|ied)|joked|jokes|boasted|boasts|spoke|speaks|talked|talks)$/;
/** Of those, the ones whose object may be a gerund: "suggested looking at …", "denied taking part". */
const GERUND_OBJECT =
  /^(?:suggest|deny|deni|admit|acknowledg|mention|recommend|propos|call(?:s|ed)?\s+for|calling\s+for|urg)/;
/** An object opening with a participle used as an adjective: "called for increased spending", "announced planned cuts". */
const PARTICIPLE_NP =
  /^[a-z]{3,}ed\s+(?!(?:by|to|in|on|at|for|with|from|that|the|a|an|and|or|as|of|his|her|its|their|it|them|him|up|out|off|down|over)\b)[a-z]{3,}/;
/** An object that is a noun phrase: not a pronoun alone, an adverb of degree, or an infinitive. */
const OBJECT_NP = new RegExp(
  `^(?!(?:it|this|that|them|him|her|me|us|you|so|as|to|too|(?:much|more)(?!\\s+(?!than|of|to|and|or|about|on|in|at)[a-z]{3,})|nothing|something|anything|everything|there|here|again|also|otherwise)\\b)(?:[\\w$"-]|${SPK})`,
  'u',
);
/** "urged North Korea to resume talks": an object of a few words (a masked name among them, perhaps with an apposition), then an infinitive. */
const TO_OBJECT = new RegExp(
  `^(?:(?:[\\w'-]+|${SPK}(?:'s)?)\\s+){0,3}?(?:(?:[\\w'-]+|${SPK})\\s*,[^,"]{1,120},\\s+)?to\\s+"?[a-z]`,
  'u',
);
const QUESTION = /^(?:ask(?:s|ed)?|asking|wonder(?:s|ed)?)$/;
/** Verbs that report an account by its question word: "explained how the rule works", "recalled why they left". */
const ACCOUNT =
  /^(?:explain(?:s|ed)?|recount(?:s|ed)?|recall(?:s|ed)?|comment(?:s|ed)?|testif(?:y|ies|ied)|wrote|writes|write|remark(?:s|ed)?)$/;
const WH_ACCOUNT = /^(?:how|why|what|whether)\s/;
/** What follows a trailing attribution: the sentence ends, or a new clause begins. */
const TRAIL_END =
  /^\s*(?:[.!?]\s*)?$|^\s*(?:;|,\s*(?:as|while|when|after|before|because|since|but|and|though|although|even|adding|noting|saying|citing|according|in|on|at|during|with|without|amid|despite|who|where|which)\b)/;
/** "as" opening the sentence's first clause right before a speaker: "As Smith noted, …", "Yet, as Mr. Bown observed, …". */
const AS_LEAD = /(?:^|^(?:But|Yet|And|Still|So|Indeed)\s*,?\s+)[Aa]s\s+(?:(?:[\w.'-]+|\u0001\u0002*'s?)\s+){0,4}$/;
/** An apposition after an inverted speaker, running to the sentence end: "…, said Jo Roe, a longtime adviser to the family." */
const APPOSITION_END = /^\s*,\s*(?:an?|the|one|his|her|its|their|whose)\s[^"]*$/;
/** Before a trailing speaker: a comma, then a few words that describe the speaker ("…, top black lawmakers said"). */
const TRAIL_LEAD = new RegExp(`(?<comma>[,;:])\\s+(?:(?:[\\w.'()-]+|${SPK}(?:'s)?)\\s+){0,6}$`, 'u');
/** TRAIL_LEAD over the last 200 characters before `end` (a regex anchored at the end would scan the whole sentence). */
function trailLead(ms: string, end: number): number {
  const from = Math.max(0, end - 200);
  const m = TRAIL_LEAD.exec(ms.slice(from, end));
  return m ? from + m.index : -1;
}
/** Discourse words at a clause start that are not part of what was said. */
const OPENER = /^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Moreover|Also)\s*,?\s+)/;
const TRIM_END =
  /(?:[\s,;:.]|\b(?:and|but|though|although|while|whereas|as|so|yet|or|because|since|when|after|before|even)\b)+$/;
/** Words of a masked text: a masked speaker counts as one ("he is honored" is three). */
const words = (s: string) => splitSpaces(s).filter((w) => /\p{L}|\u0001/u.test(w)).length;

/**
 * A clause coordinated after a comma with a subject of its own and a verb in the past ("…,” and the company raised its
 * forecast") is the writer's narration, not more of what was said: the content stops before it.
 */
const NEW_CLAUSE = new RegExp(
  `(?:,"?|",)\\s+(?:and|but)\\s+(?:(?:the|a|an|its|his|her|their|this|these|those)\\s+(?:[\\w'-]+\\s+){0,2}?[\\w'-]+|${SPK}|he|she|they|it|we)\\s+(?:[a-z]+ly\\s+|also\\s+|later\\s+|then\\s+)?(?:[a-z]{3,}ed|had|was|were|did|said|told|rose|fell|sold|made|took|gave|won|lost|cut|put|set|began|became|went|came|left|kept|held|met|ran|saw)\\b`,
  'gu',
);
function cutAtNewClause(ms: string, start: number, end: number, quoted: (offset: number) => boolean): number {
  const body = ms.slice(start, end);
  if (!body.includes(' and ') && !body.includes(' but ')) return end;
  for (const m of matchesOf(NEW_CLAUSE, body)) {
    const at = start + m.index;
    if (quoted(at + m[0].indexOf(' ')) || words(body.slice(0, m.index)) < 3) continue;
    return at + (m[0].startsWith('",') ? 1 : m[0].startsWith(',"') ? 2 : 0);
  }
  return end;
}

/** Where a trailing content starts: the sentence start, or after the last semicolon or colon before `end`. */
function clauseStart(ms: string, end: number): number {
  let s = Math.max(ms.lastIndexOf(';', end - 1), ms.lastIndexOf(': ', end - 1)) + 1;
  while (s < end && /\s/.test(ms[s])) s++;
  const o = OPENER.exec(ms.slice(s, end));
  return o ? s + o[0].length : s;
}

/** The audience and setting after a verb: their length. */
function restAfter(ms: string, at: number, verb: string): number {
  let i = at;
  if (TELL.test(verb)) i += AUDIENCE.exec(ms.slice(i))![0].length;
  else {
    const t = TO_AUDIENCE.exec(ms.slice(i));
    if (t) i += t[0].length;
  }
  for (let k = 0; k < 3; k++) {
    const w = WHEN.exec(ms.slice(i))![0].length;
    i += w;
    const s = SETTING.exec(ms.slice(i));
    if (s) i += s[0].length;
    if (!w && !s) break;
  }
  return i;
}

/**
 * Every attribution in a masked sentence. `quoted` says whether an offset lies inside a quotation (whose words are
 * the quotation's, found elsewhere). The speaker of a verb is the farthest speaker whose gap to the verb is a valid
 * apposition ("Jo Roe, head of the Acme union, which …, said": Jo Roe, not the union), else the nearest one.
 */
export function findAttributions(
  ms: string,
  quoted: (offset: number) => boolean,
  described?: (offset: number) => boolean,
): Attribution[] {
  if (!ms.includes(HEAD)) return [];
  const heads: number[] = [];
  for (let i = ms.indexOf(HEAD); i >= 0; i = ms.indexOf(HEAD, i + 1)) heads.push(i);
  const headEnd = (h: number) => {
    let e = h + 1;
    while (ms[e] === FILL) e++;
    return e;
  };
  const subject = SUBJECT.exec(ms);
  const found: (Attribution & { clause: number; right: boolean; min?: number })[] = [];
  /** The last verb cue read, with its speaker and where its audience and setting end. */
  let last: { spk: number; end: number } | null = null;
  for (const m of matchesOf(CUE, ms)) {
    const v = m.index;
    if (quoted(v)) continue;
    const gr = m.groups!;
    const verb = gr.verb ?? gr.gerund ?? 'according to';
    const vEnd = v + m[0].length;
    if (gr.according) {
      // "according to a new Reuters survey": the source is the first speaker within five words.
      const src = ACCORDING_SOURCE.exec(ms.slice(vEnd, vEnd + 120));
      if (!src) continue;
      const spk = vEnd + src.index + src[0].length - src.groups!.spk.length;
      const after = headEnd(spk);
      const lead = ms.slice(0, v);
      if (/,\s*$/.test(lead) || words(lead) >= 4) {
        const cs = clauseStart(ms, v);
        found.push({
          speaker: spk,
          verb,
          rest: { start: after, end: after },
          start: cs,
          end: lead.replace(/[\s,]+$/, '').length,
          method: 'indirect:cue-according',
          confidence: 0.8,
          clause: v,
          right: false,
        });
      } else {
        let comma = ms.indexOf(',', after);
        // "According to Jo Roe, an analyst at Bernstein, …": the apposition describes the source.
        const appos = comma < 0 ? null : /^\s+(?:an?|the|who|whose|which)\s[^,"]{0,80},/.exec(ms.slice(comma + 1));
        if (appos) comma += appos[0].length;
        if (comma < 0 || comma - after > 120 || ms.slice(after, comma).includes('"')) continue;
        found.push({
          speaker: spk,
          verb,
          rest: { start: after, end: comma },
          start: comma + 1,
          end: ms.length,
          method: 'indirect:cue-according',
          confidence: 0.8,
          clause: v,
          right: true,
        });
      }
      continue;
    }
    if (NEGATED.test(ms.slice(Math.max(0, v - 30), v)) || INTENDED.test(ms.slice(Math.max(0, v - 30), v))) continue;
    // The speaker to the left: the farthest with a valid gap, among the last six within 300 characters (an apposition may name several).
    let spk = -1;
    let how = '';
    for (let k = heads.length - 1, n = 0; k >= 0 && n < 6; k--) {
      const h = heads[k];
      if (h >= v) continue;
      n++;
      if (v - h > 300) break;
      const g = GAP.exec(ms.slice(headEnd(h), v));
      if (!g) continue;
      if (spk >= 0 && !g.groups!.appos && !g.groups!.rel) break;
      spk = h;
      how = g.groups!.rel ? 'relative' : 'subject';
      // "A spokesperson, He Yadong, told …": a name in apposition to a description says who speaks.
      const named = g.groups!.appos && described ? APPOS_NAME.exec(g.groups!.appos) : null;
      if (named && described!(h)) {
        const at =
          headEnd(h) + g.index + (g.groups!.appos ? g[0].indexOf(g.groups!.appos) : 0) + named[0].indexOf(HEAD);
        if (!described!(at)) spk = at;
      }
      if (!g.groups!.appos) break;
    }
    let inverted = false;
    if (spk < 0 && /,\s*$/.test(ms.slice(0, v)) && !gr.gerund && !TELL_VERB.test(verb)) {
      // "…, said Jo Roe, the firm's spokeswoman." — the verb first.
      const inv = INVERTED.exec(ms.slice(vEnd, vEnd + 160));
      if (inv) {
        spk = vEnd + inv[0].length - inv.groups!.spk.length;
        how = 'inverted';
        inverted = true;
      }
    }
    // "…, the mayor said, adding that …": a gerund continues the attribution before it.
    // The attribution right before the comma counts even when it kept no content ("“…,” the mayor said, adding that …").
    if (spk < 0 && gr.gerund && /,\s*$/.test(ms.slice(0, v)) && (found.length || last)) {
      spk =
        last && /^\s*,\s*$/.test(ms.slice(last.end, v))
          ? last.spk
          : found.length
            ? found[found.length - 1].speaker
            : -1;
      how = 'gerund';
    }
    if (
      spk < 0 &&
      subject &&
      subject.index + subject[0].length <= v &&
      (gr.gerund ? /,\s*$|\s$/.test(ms.slice(0, v)) : COORD.test(ms.slice(Math.max(0, v - 120), v)))
    ) {
      spk = subject.indices!.groups!.spk[0];
      how = gr.gerund ? 'gerund' : 'coordinated';
    }
    if (spk < 0) continue;
    if (/^\p{Lu}/u.test(verb) && !(how === 'subject' && /^\s+$/.test(ms.slice(headEnd(spk), v)))) continue;
    const restStart = inverted ? headEnd(spk) : vEnd;
    const restEnd = restAfter(ms, restStart, verb);
    if (!gr.gerund) last = { spk, end: restEnd };
    const tail = ms.slice(restEnd);
    // "member states trump everything", "emissions rules promise", "continue their attacks": a verb that is also a noun or
    // a verb of going on reports speech only before "that", a colon, a quotation or a comma.
    if (INTRODUCES_ONLY.test(verb) && !/^\s*(?:,|:|"|that\b)/.test(tail) && !inverted) continue;
    // "commented on the shooting", "complained about his mic": the topic is what the statement was about.
    const topic = ABOUT_VERB.test(verb) && !inverted ? /^\s+(?:on|about)\s+(?=\S)/.exec(ms.slice(vEnd)) : null;
    if (
      topic &&
      !/^(?:it|this|that|them|him|her|me|us|you)\b|^[^,".]{0,60}\bthat\s/.test(ms.slice(vEnd + topic[0].length))
    ) {
      found.push({
        speaker: spk,
        verb: `${verb}${topic[0].replace(/\s+/g, ' ').trimEnd()}`,
        rest: { start: vEnd, end: vEnd },
        start: vEnd + topic[0].length,
        end: ms.length,
        method: `indirect:cue-${how}`,
        confidence: 0.6,
        clause: how === 'gerund' ? v : spk,
        right: true,
        min: 2,
      });
      continue;
    }
    // "Yet, as Mr. Bown observed, in the early days …": an attribution opening with "as" introduces the main clause after it.
    const asLead =
      !inverted && how === 'subject' && spk < 80 && AS_LEAD.test(ms.slice(0, spk)) ? /^\s*,\s*/.exec(tail) : null;
    if (asLead) {
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: restEnd + asLead[0].length,
        end: ms.length,
        method: 'indirect:cue-as',
        confidence: 0.7,
        clause: spk,
        right: true,
      });
      continue;
    }
    if (
      (TRAIL_END.test(tail) || (inverted && APPOSITION_END.test(tail))) &&
      !PARENTHETICAL_THAT.test(tail) &&
      how !== 'gerund' &&
      how !== 'coordinated'
    ) {
      // A trailing attribution: what was said is the clause before the comma.
      const lead = trailLead(ms, inverted ? v : spk);
      if (lead < 0) continue;
      const cs = clauseStart(ms, lead);
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: cs,
        end: lead,
        method: `indirect:cue-trail-${how}`,
        confidence: 0.8,
        clause: cs,
        right: false,
      });
      continue;
    }
    if (inverted) continue;
    // What was said follows: after "that", a colon, or a clause; some verbs take their object or an infinitive.
    // A bare complement that opens with a preposition, a participle or a verb is a setting or a relative clause, not speech.
    let cs = restEnd;
    let min = 3;
    if (/^\s+(?:as|while|when|after|before|because|since|during)\b/.test(tail) && !/^[^,"]{0,80}\bthat\s/.test(tail)) {
      const lead = trailLead(ms, spk);
      if (lead >= 0) {
        const c0 = clauseStart(ms, lead);
        found.push({
          speaker: spk,
          verb,
          rest: { start: restStart, end: restEnd },
          start: c0,
          end: lead,
          method: `indirect:cue-trail-${how}`,
          confidence: 0.75,
          clause: c0,
          right: false,
        });
      }
      continue;
    }
    // An adverb may stand between the verb and its "that": "complained bitterly that".
    const that =
      /^\s*,?\s*(?:(?:[a-z]{3,}ly\s+)?that\s*,?\s+|:\s*)/.exec(tail) ??
      PARENTHETICAL_THAT.exec(tail) ??
      (TELL.test(verb) || /^\s*(?:on|in|at|during)\b/.test(tail) ? /^[^,"]{0,60}?\bthat\s+/.exec(tail) : null);
    if (that) {
      cs += that[0].length;
      if (VERB_FIRST.test(ms.slice(cs))) {
        // "believe that is likely": a verb right after "that" makes it the clause's subject, a demonstrative.
        // Only right after the verb: after a setting ("after the meeting that was held") "that" is a relative pronoun.
        if (
          restEnd !== vEnd ||
          TELL.test(verb) ||
          !/^\s*that\s+(?:is|was|would|will|could|can|might|may|has|had|should|must)\s/.test(tail)
        )
          continue;
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
          continue;
      }
      // "announced a series of new restrictions that banned …": after "announce" with no "that", only a clause with a
      // pronoun subject or a modal or auxiliary verb is what was said; a noun phrase is what was done.
      if (/^announc/.test(verb) && !object && !ANNOUNCED_CLAUSE.test(t)) continue;
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
      if (!ok || (NOT_A_CLAUSE.test(t) && !object && !ABOUT_NUMBER.test(t))) continue;
      if (object) min = 2; // "denied wrongdoing", "mentioned climate change"
    }
    // "called the processor "deeply concerning"": the quoted words the speaker applied are what was said.
    const applied = NAMING_VERB.test(verb) ? APPLIED_QUOTE.exec(ms.slice(cs)) : null;
    if (applied) {
      const qs = cs + applied.index + applied[0].length - applied[1].length - 2;
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: qs,
        end: qs + applied[1].length + 2,
        method: `indirect:cue-${how}`,
        confidence: how === 'subject' ? 0.8 : 0.65,
        clause: how === 'gerund' ? v : spk,
        right: true,
        min: 1,
      });
      continue;
    }
    if (
      /^(?:whether|if|why|how|what|when|where|who)\b/.test(ms.slice(cs)) &&
      !QUESTION.test(verb) &&
      !(ACCOUNT.test(verb) && WH_ACCOUNT.test(ms.slice(cs)))
    )
      continue;
    found.push({
      speaker: spk,
      verb,
      rest: { start: restStart, end: restEnd },
      start: cs,
      end: ms.length,
      method: `indirect:cue-${how}`,
      confidence: how === 'subject' ? 0.8 : 0.65,
      clause: how === 'gerund' ? v : spk,
      right: true,
      min,
    });
  }
  for (const m of matchesOf(NOUN, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    if (VERB_FIRST.test(ms.slice(cs))) continue;
    found.push({
      speaker: m.index,
      verb: m.groups!.noun,
      rest: { start: cs, end: cs },
      start: cs,
      end: ms.length,
      method: 'indirect:cue-noun',
      confidence: 0.6,
      clause: m.index,
      right: true,
    });
  }
  for (const m of matchesOf(NOUN_TOPIC, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    const stop = TOPIC_STOP.exec(ms.slice(cs));
    const ce = stop ? cs + stop.index : ms.length;
    const g = m.groups!;
    found.push({
      speaker: m.index,
      verb: `${g.noun} ${g.prep}`,
      rest: { start: cs, end: cs },
      start: cs,
      end: ce,
      method: 'indirect:cue-noun',
      confidence: 0.55,
      clause: m.index,
      right: false,
      min: 2,
    });
  }
  // A content running right ends where the next attribution's clause begins, when enough is left.
  for (const f of found) {
    if (!f.right) continue;
    const next = found.find((o) => o !== f && o.clause > f.start && o.clause < f.end && (o.right || o.start > f.start));
    if (next) {
      const cut = ms.slice(f.start, next.right ? next.clause : next.start).replace(TRIM_END, '');
      if (words(cut) >= 3) f.end = f.start + cut.length;
    }
  }
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
