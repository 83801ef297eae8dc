// The patterns and clause helpers findAttributions (attribution.ts) reads a masked sentence with: the cues, what may
// stand between a speaker and its verb, the audience and setting after it, and where a reported clause starts and ends.
import { SPEECH_GERUNDS, SPEECH_VERB_RE } from './lexicon.ts';
import { matchesOf, splitSpaces } from './matches.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';
import { WEEKDAY_ALT, MONTH_ALT } from '../../lexicon/calendar-words.ts';

const SPEECH_NOUNS = STATEMENT_WORDS.speechNouns.join('|');
const TOPIC_NOUNS = STATEMENT_WORDS.topicNouns.join('|');

/** A speaker mention is masked to HEAD then FILL to its length, so offsets stay those of the text and patterns see one token. */
export const HEAD = '\u0001';
export const FILL = '\u0002';
export const SPK = `${HEAD}${FILL}*`;
/**
 * A speaker after the verb is the last name of its noun phrase: in "said Nvidia CEO Jensen Huang", "said Bernstein
 * analyst Mark Li", "said analyst Mark Li" the company or the description only qualifies the person named after it.
 * Up to two words may stand between (a title); a preposition, conjunction or article starts another phrase.
 */
export const LAST_IN_PHRASE = `(?!${FILL})(?!\\s+(?:(?!(?:in|at|on|of|for|to|from|with|by|during|after|before|and|or|but|who|which|that|when|while|as|the|a|an|said|says|told)\\b)[\\p{L}\\p{M}\\w.'-]+\\s+){0,2}${SPK})`;

/** Words that may stand between a subject and its speech verb: auxiliaries, adverbs, "continued to", "is" before a gerund. */
export const AUX = `(?:(?:(?:on\\s+)?(?:${WEEKDAY_ALT})|in\\s+(?:(?:${MONTH_ALT})\\s+)?(?:19|20)\\d\\d|(?:this|last|earlier\\s+this)\\s+(?:week|month|year)|[a-z]+ly|also|just|long|still|now|then|later|earlier|again|once|often|always|further|previously|recently|reportedly|separately|similarly|likewise|too|together|has|have|had|did|does|do|would|will|could|can|may|might|should|must|is|are|was|were|been|being|(?:continues?|continued|went\\s+on|goes\\s+on|appeared|appears|seemed|seems|wants?|wanted|tried|sought|began|begins|started|used|proceeded|hastened|rushed|would\\s+later|was\\s+quick)\\s+to)\\s+)*`;
/** A negation of the verb itself, in the words right before it ("did not immediately respond", "declined to say"); a "not" earlier in the clause negates something else ("not paying an architect who said"). */
export const NEGATED =
  /(?:\b(?:not|never)|n't|\b(?:declined|refused|failed|declines|refuses|fails|decline|refuse|fail)\s+to)\s+(?:(?:[a-z]+ly|also|yet|even|ever|once|be|been|being|have|has|had|to|want|wants|wanted|going|care|cared)\s+){0,4}$/;
/** A speech verb governed by a verb of intent or expectation ("wants to maintain its lead", "plans to announce", "is
 * expected to say"): what would be said has not been said, so there is no statement. */
export const INTENDED =
  /\b(?:wants?|wanted|wanting|hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|seeks?|sought|tries|tried|trying|try|needs?|needed|intends?|intended|expected|likely|going|able|unable|set|ready|prepared|scheduled|due|wishes|wished)\s+to\s+$/;
/** Between a speaker and the verb: a party tag "(R-Ohio)", then at most two comma or dash appositions, or a relative "who". */
export const GAP = new RegExp(
  `^(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:\\s+(?:of|on|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\w.'-]*(?:\\s+(?:\\p{Lu}[\\w.'-]*|of|and|the|for|on)){0,5})?(?<appos>(?:,(?!\\s*(?:and|but|or|so|yet|while|because)\\s)[^"]{1,160}?){1,2},|(?:,[^",]{1,160}?)?\\s*(?:--?|[–—―])\\s*[^"]{1,200}?\\s*(?:--?|[–—―]),?|\\s+\\([^()"]{1,120}\\))?(?<rel>(?:,|\\s*(?:--?|[–—―]))?\\s+(?:(?:many|most|some|all|several|none|one|each|both|few|two|three)\\s+of\\s+(?:whom|which)|who|which|that))?\\s+(?<aux>${AUX})$`,
  'u',
);
/** An apposition that is one masked speaker and nothing else: ", He Yadong,". */
export const APPOS_NAME = new RegExp(`^,\\s*${SPK}\\s*,$`, 'u');
/** A coordinated verb phrase: "… exhorted Republicans and said he …"; the subject is the sentence's. */
export const COORD = new RegExp(`(?:\\band|\\bbut|,)\\s+${AUX}$`);
export const ACCORDING_SOURCE = new RegExp(
  `^\\s+(?:[\\w.'-]+\\s+|${SPK}\\s+){0,5}?(?<spk>${SPK})${LAST_IN_PHRASE}`,
  'u',
);
export const INVERTED = new RegExp(`^\\s+(?:(?:[\\w.'-]+|${SPK}'s)\\s+){0,6}?(?<spk>${SPK})`, 'u');
/** A sentence's subject: a speaker after at most a few title words, followed by a lower-case word (its verb). */
export const SUBJECT = new RegExp(
  `^(?:(?:But|And|Yet|Still|Meanwhile|However|Instead|Now|Later|Earlier|Separately|Also)\\s*,?\\s+)?(?:(?:\\p{Lu}[\\w.'-]*|${SPK}(?:'s)?|(?!(?:after|before|in|on|at|with|for|from|by|to|of|when|while|as|if|since|during|about|against|between|that|who|which)\\b)[a-z][\\w'-]*)\\s+){0,4}?(?<spk>${SPK})(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:,[^",]{1,120},)?\\s+(?:[a-z]+ly\\s+)?[a-z]`,
  'du',
);
/** Verbs by which a writing or a finding states something: "a Bloomberg poll shows that …" (a clause must follow). */
export const EVIDENCE = STATEMENT_WORDS.evidenceVerbs.join('|');
/** A headline's verb is capitalized: "Obama Says Museum Will Tell …", "Lawmaker Urges Retaliation". */
export const HEADLINE_VERB =
  'Says|Said|Tells|Told|Warns|Warned|Urges|Urged|Vows|Vowed|Claims|Claimed|Admits|Denies|Insists|Predicts|Pledges|Promises|Calls\\s+for|Calls\\s+on';
/** Verbs that put something forward by naming it rather than saying a clause: "called X a liar", "cited the figure". */
export const NAMING = 'cites|cited|(?<!-)call(?:s|ed)(?!\\s+(?:for|on|off|up|back|in|out|it\\s+quits)\\b)';
export const CUE_SOURCE = `\\b(?:(?<verb>${SPEECH_VERB_RE}|(?:call(?:s|ed)?|calling)\\s+(?:for|on)|${NAMING}|${EVIDENCE}|${HEADLINE_VERB})|(?<gerund>${SPEECH_GERUNDS}|citing)|(?<according>[Aa]ccording\\s+to))\\b`;
export const CUE = new RegExp(CUE_SOURCE, 'g');
export const CUE_ONE = new RegExp(CUE_SOURCE);
/** A speech noun and "that" after a possessive: "Trump's claim that …". */
const SPEECH_NOUN_THAT = new RegExp(`'s?\\s+(?:[a-z-]+\\s+){0,2}?(?:${SPEECH_NOUNS})\\s+that\\b`);
/** Whether a sentence holds any cue this module reads (a quick test before the full scan). */
export const hasCue = (ms: string): boolean => CUE_ONE.test(ms) || SPEECH_NOUN_THAT.test(ms) || NOUN_TOPIC_ONE.test(ms);
/** A speech noun after a possessive speaker: "Trump's claim that …", "the company's statement that …". */
/** A speech noun and its topic: "the senator's remarks on Tuesday about the tariffs" — what the words were about. */
export const NOUN_TOPIC_SOURCE = `(?<spk>${SPK})'s?\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>${TOPIC_NOUNS})(?:\\s+(?:on\\s+)?(?:${WEEKDAY_ALT}|yesterday|last\\s+week))?\\s+(?<prep>about|on|regarding|concerning)\\s+(?=[\\w\u0001])`;
export const NOUN_TOPIC = new RegExp(NOUN_TOPIC_SOURCE, 'gu');
export const NOUN_TOPIC_ONE = new RegExp(NOUN_TOPIC_SOURCE, 'u');
/** Where a topic ends: a comma, or the verb of the clause the noun phrase is subject of ("… on the shooting came as …"). */
export const TOPIC_STOP =
  /[,;:"]|\s(?:is|are|was|were|has|have|had|came|come|comes|drew|draws|sparked|prompted|caused|will|would|could|may|might|should|can|did|do|does)\b/;
export const NOUN = new RegExp(`(?<spk>${SPK})'s?\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>${SPEECH_NOUNS})\\s+that\\s+`, 'gu');
/** Whom it was told and where: "told reporters", "told the Financial Times on Monday", "said in a statement". */
export const TELL = /^(?:told|tells|tell|telling|informed|assured|briefed|reminded|warned|asked|urged)$/;
export const AUDIENCE = new RegExp(
  `^(?:\\s+(?:(?:[Tt]he\\s+)?${SPK}|me|us|him|her|them|reporters|journalists|investors|analysts|lawmakers|employees|staff|members|(?:the|a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+?(?=\\s+(?:that|on|in|at|during|last|this|[A-Z][a-z]+day)\\b|,|[.!?;]?\\s*$)))?`,
  'u',
);
export const TO_AUDIENCE = new RegExp(
  `^\\s+to\\s+(?:${SPK}|reporters|journalists|investors|analysts|lawmakers|the\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+(?=\\s+(?:that|on|in|at|during)\\b|,|$))`,
  'u',
);
export const WHEN = new RegExp(
  `^(?:\\s+(?:on\\s+)?(?:(?:${WEEKDAY_ALT})(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|recently|earlier|later|again|also|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|afternoon)))*`,
);
export const SETTING =
  /^\s*,?\s+(?:(?:on|in|at|during|via|through|after|before|while|from|over)\s+|to\s+(?=(?:the|a|an|his|her|their|its)\s|[A-Z\u0001]))[^,".;]{0,80}?(?=\s*,|\s+that\b|\s*[.;]?\s*$)/;
/** Words that open a clause, so a verb with no "that" reports one: "said it would", "agreed the plan was". */
export const CLAUSE = new RegExp(
  `^(?:he|she|it|they|we|I|you|there|this|${SPK}(?:,[^,"]{1,80},)?(?:'s?)?\\s+(?:(?:[\\w'-]+|${SPK})\\s+){0,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|won't|wouldn't|isn't|wasn't|[a-z]+ed|[a-z]+s|\\w+n't)\\b|[a-z][\\w'-]*\\s+(?:[\\w'-]+\\s+){0,4}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do)\\b|(?:the|a|an|its|his|her|their|this|these|those|some|many|most|all|no|any|both|each|such|[A-Z][\\w.'-]*)\\s+(?:[\\w.'-]+\\s+){0,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|won't|wouldn't|isn't|wasn't|[a-z]+ed|[a-z]+s)\\b)`,
  'u',
);
/** A clause after "announced" with no "that": a pronoun subject, or a subject of a few words and a modal or auxiliary. */
export const ANNOUNCED_CLAUSE = new RegExp(
  `^(?:(?:he|she|it|they|we|I)\\s|(?:[\\w.'-]+\\s+|${SPK}(?:'s)?\\s+){1,6}?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had)\\b)`,
  'u',
);
/** What cannot open a reported clause: a verb (the "that" was a relative pronoun), a participle, a preposition. */
export const NOT_A_CLAUSE =
  /^(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|be|been|being|[a-z]+ing|[a-z]+ed|from|in|on|at|of|for|about|by|with|without|during|after|before|as|while|when|since|because|amid|despite|according)\b/;
/** A clause may open with an approximate number: "said about 20 people have applied". */
export const ABOUT_NUMBER = /^(?:about|nearly|almost|around|roughly|more\s+than|fewer\s+than|less\s+than)\s+[\d$]/;
export const VERB_FIRST =
  /^(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|be|been|being)\b/;
/** Verbs whose bare object is what was said: "said yes", "urged Congress to act", "vowed to fight". */
export const SAY = /^(?:said|says|say|told|tells|tell|saying|telling)$/i;
/** After "told X" what follows is content only as a clause ("told reporters the plan was dead"), never a bare object ("told a radio program"). */
export const TELL_ONLY = /^(?:told|tells|tell|telling)$/;
export const EVIDENCE_RE = new RegExp(`^(?:${EVIDENCE})$`);
/** A parenthetical between the verb and its "that": "cautioned, as did the campaign itself, that …", "insisted, most recently on Monday, that …". */
export const PARENTHETICAL_THAT =
  /^\s*,\s*(?:as\s+(?:did|does|do|has|have|had)\s|(?:most\s+recently|again|once\s+more|repeatedly)\s|(?:in|on|at|during)\s)[^,"]{1,80},\s*that\s+/;
export const TO_VERBS = new RegExp(`^(?:${STATEMENT_WORDS.toVerbs.join('|')})$`);
/** Verbs whose bare object is what was put forward: "denied any involvement", "cited the figure". Not "announce": what is
 * announced with no content clause ("announced new restrictions", "announced $6.6 billion in funding") is an act, not
 * something said (issue 14's statement definition and the in-domain gold). */
export const OBJECT_VERB = new RegExp(`^(?:${STATEMENT_WORDS.objectVerbs.join('|')})$`);
/** Verbs by which a speaker applies words to something ("called the rule "a gift to its rivals"", "described it as …"). */
export const NAMING_VERB = /^(?:call(?:s|ed)|describe[sd]|dub(?:s|bed)|term(?:s|ed)|label(?:s|ed|led)|brand(?:s|ed))$/;
/** The quotation in such a verb's object, within a short object: its words (group 1), the marks around them. */
export const APPLIED_QUOTE = /^[^".;]{0,120}?"([^"]{1,200})"/;
/** Speech verbs that read as nouns ("states", "rules") or as going on ("continued", "went on"): see their use below. */
export const INTRODUCES_ONLY = /^(?:states?|rules?|ruled|ruling|continues?|continued|went\s+on|goes\s+on)$/;
/** Verbs of speaking whose topic follows "on" or "about": "commented on X", "complained about X", "asked about X". */
export const ABOUT_VERB = new RegExp(`^(?:${STATEMENT_WORDS.aboutVerbs.join('|')})$`);
/** Of those, the ones whose object may be a gerund: "suggested looking at …", "denied taking part". */
export const GERUND_OBJECT =
  /^(?:suggest|deny|deni|admit|acknowledg|mention|recommend|propos|call(?:s|ed)?\s+for|calling\s+for|urg)/;
/** An object opening with a participle used as an adjective: "called for increased spending", "announced planned cuts". */
export const PARTICIPLE_NP =
  /^[a-z]{3,}ed\s+(?!(?:by|to|in|on|at|for|with|from|that|the|a|an|and|or|as|of|his|her|its|their|it|them|him|up|out|off|down|over)\b)[a-z]{3,}/;
/** An object that is a noun phrase: not a pronoun alone, an adverb of degree, or an infinitive. */
export const OBJECT_NP = new RegExp(
  `^(?!(?:it|this|that|them|him|her|me|us|you|so|as|to|too|(?:much|more)(?!\\s+(?!than|of|to|and|or|about|on|in|at)[a-z]{3,})|nothing|something|anything|everything|there|here|again|also|otherwise)\\b)(?:[\\w$"-]|${SPK})`,
  'u',
);
/** "urged North Korea to resume talks": an object of a few words (a masked name among them, perhaps with an apposition), then an infinitive. */
export const TO_OBJECT = new RegExp(
  `^(?:(?:[\\w'-]+|${SPK}(?:'s)?)\\s+){0,3}?(?:(?:[\\w'-]+|${SPK})\\s*,[^,"]{1,120},\\s+)?to\\s+"?[a-z]`,
  'u',
);
export const QUESTION = /^(?:ask(?:s|ed)?|asking|wonder(?:s|ed)?)$/;
/** Verbs that report an account by its question word: "explained how the rule works", "recalled why they left". */
export const ACCOUNT = new RegExp(`^(?:${STATEMENT_WORDS.accountVerbs.join('|')})$`);
export const WH_ACCOUNT = /^(?:how|why|what|whether)\s/;
/** What follows a trailing attribution: the sentence ends, or a new clause begins. */
export const TRAIL_END =
  /^\s*(?:[.!?]\s*)?$|^\s*(?:;|,\s*(?:as|while|when|after|before|because|since|but|and|though|although|even|adding|noting|saying|citing|according|in|on|at|during|with|without|amid|despite|who|where|which)\b)/;
/** "as" opening the sentence's first clause right before a speaker: "As Smith noted, …", "Yet, as Mr. Bown observed, …". */
export const AS_LEAD =
  /(?:^|^(?:But|Yet|And|Still|So|Indeed)\s*,?\s+)[Aa]s\s+(?:(?:[\w.'-]+|\u0001\u0002*'s?)\s+){0,4}$/;
/** An apposition after an inverted speaker, running to the sentence end: "…, said Jo Roe, a longtime adviser to the family." */
export const APPOSITION_END = /^\s*,\s*(?:an?|the|one|his|her|its|their|whose)\s[^"]*$/;
/** Before a trailing speaker: a comma, then a few words that describe the speaker ("…, top black lawmakers said"). */
export const TRAIL_LEAD = new RegExp(`(?<comma>[,;:])\\s+(?:(?:[\\w.'()-]+|${SPK}(?:'s)?)\\s+){0,6}$`, 'u');
/** TRAIL_LEAD over the last 200 characters before `end` (a regex anchored at the end would scan the whole sentence). */
export function trailLead(ms: string, end: number): number {
  const from = Math.max(0, end - 200);
  const m = TRAIL_LEAD.exec(ms.slice(from, end));
  return m ? from + m.index : -1;
}
/** Discourse words at a clause start that are not part of what was said. */
export const OPENER = /^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Moreover|Also)\s*,?\s+)/;
export const TRIM_END =
  /(?:[\s,;:.]|\b(?:and|but|though|although|while|whereas|as|so|yet|or|because|since|when|after|before|even)\b)+$/;
/** Words of a masked text: a masked speaker counts as one ("he is honored" is three). */
export const words = (s: string) => splitSpaces(s).filter((w) => /\p{L}|\u0001/u.test(w)).length;

/**
 * A clause coordinated after a comma with a subject of its own and a verb in the past ("…,” and the company raised its
 * forecast") is the writer's narration, not more of what was said: the content stops before it.
 */
export const NEW_CLAUSE = new RegExp(
  `(?:,"?|",)\\s+(?:and|but)\\s+(?:(?:the|a|an|its|his|her|their|this|these|those)\\s+(?:[\\w'-]+\\s+){0,2}?[\\w'-]+|${SPK}|he|she|they|it|we)\\s+(?:[a-z]+ly\\s+|also\\s+|later\\s+|then\\s+)?(?:[a-z]{3,}ed|(?:is|are)\\s+[a-z]{3,}ing|had|was|were|did|said|told|rose|fell|sold|made|took|gave|won|lost|cut|put|set|began|became|went|came|left|kept|held|met|ran|saw)\\b`,
  'gu',
);
export function cutAtNewClause(ms: string, start: number, end: number, quoted: (offset: number) => boolean): number {
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
export function clauseStart(ms: string, end: number): number {
  let s = Math.max(ms.lastIndexOf(';', end - 1), ms.lastIndexOf(': ', end - 1)) + 1;
  while (s < end && /\s/.test(ms[s])) s++;
  const o = OPENER.exec(ms.slice(s, end));
  return o ? s + o[0].length : s;
}

/** The audience and setting after a verb: their length. */
export function restAfter(ms: string, at: number, verb: string): number {
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
