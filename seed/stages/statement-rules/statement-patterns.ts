// The patterns the statements stage reads attributions with, over a sentence whose speaker mentions are masked (HEAD
// then FILL): one regular expression per attribution shape, and SENTENCE_RULES, the whole-sentence rules in the order
// they are tried. Word lists: seed/lexicon/statement-words.yaml.
import { SPEECH_GERUNDS, SPEECH_VERB_RE, TELL_VERBS } from '../text/lexicon.ts';
import { FILL, HEAD, LAST_IN_PHRASE } from '../text/attribution.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';
import { WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';

const AUDIENCES = STATEMENT_WORDS.audiences.join('|');

export const SPK = `${HEAD}${FILL}*`;
/** Up to four title words before a name: "Commerce Secretary Howard Lutnick", "the top manager". */
export const PRE = `(?:(?:\\p{Lu}[\\p{L}\\p{M}\\w.'-]*|the|a|an|one|another|some|several|many|multiple|two|three|other|most|all|both|top|chief|former|senior|deputy|its|his|her|${SPK}'s|${SPK})\\s+){0,4}?`;
/** A party and state after a politician's name: "Sen. Jane Roe (D-Mo.) said". */
export const PARTY = `(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:\\s+of\\s+(?:the\\s+)?(?:${SPK}|\\p{Lu}[\\w.'-]*(?:\\s+\\p{Lu}[\\w.'-]*){0,3}))?`;
/** One or two appositions between a speaker and the verb: "Jane Roe, director of the X institute, one of its founders, said"; or one set off by dashes. */
export const APPOSITIONS = '(?:(?:,[^,"]{1,200}){1,2},|(?:,[^,"]{1,200})?\\s+--?\\s[^"]{1,200}?\\s--?,?)';
export const APPOSITION = `(?:${APPOSITIONS})?`;
/** After a closing quotation, any few words may describe the speaker: "…," panel chairman Rep. Jo Lane said. A full stop that is no abbreviation ends the sentence, and the attribution with it. */
export const PRE_AFTER_QUOTE = `(?:(?:[\\p{L}\\p{M}\\w'-]+|(?:\\p{Lu}\\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr)\\.|${SPK}(?:'s)?)\\s+){0,5}?`;
/** Any words before a sentence-initial speaker: "Republican presidential nominee Donald Trump said …". */
export const PRE_WIDE = `(?:(?:[\\p{L}\\p{M}\\w.'()/-]+|${SPK}(?:'s)?)\\s+){0,6}?`;
export const VERB = `(?:${SPEECH_VERB_RE})`;
/** Beside a quotation, a verb of the manner of speaking attributes it too ("“…,” Trump shouted."): statement-words.yaml quoteVerbs. */
export const QUOTE_VERB = `(?:${SPEECH_VERB_RE}|${STATEMENT_WORDS.quoteVerbs.join('|')})`;
/** "told" and its kin take the audience after them: a verb-first attribution ("…, said X") is never one of them. */
export const NOT_TELL = `(?!(?:${TELL_VERBS})\\b)`;
export const ADVERBS = `(?:(?:${STATEMENT_WORDS.adverbs.join('|')})\\s+)*`;
export const AUDIENCE_ONLY = `(?:\\s+to\\s+(?:${SPK}|${AUDIENCES}|the\\s+\\w+)|(?<=\\b(?:told|tells|informed|assured|briefed|reminded))\\s+(?:${SPK}|${AUDIENCES}|the\\s+(?:audience|crowd|newspaper|outlet|agency|broadcaster|channel)|an?\\s+\\w+(?:\\s+\\w+)?))?`;
/** "said Monday", "said last week", "said in a statement". */
export const WHEN = `(?:\\s+(?:on\\s+)?(?:${WEEKDAY_ALT}|yesterday|today|tonight|recently|earlier|later|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning)|in\\s+a\\s+(?:statement|post|tweet|release|letter|speech)))?`;
export const AUDIENCE = `${AUDIENCE_ONLY}${WHEN}`;
export const SETTING =
  '(?:\\s*,?\\s+(?:on|in|at|during|via|through|after|before|when|while|of|about)\\s+[^,"]{0,70}?)?';
/** At the end of an attribution the setting runs to the comma or full stop: "said in an interview with Le Monde." */
export const SETTING_END = '(?:\\s*,?\\s+(?:on|in|at|during|via|through|after|before|when|while)\\s+[^,".]{0,70})?';

/** A reported statement's content that is only where or when it was said ("Trump said late last week", "Jo Roe reported
 * from Los Angeles", "said just after midnight on CNN", "told Tuesday's conference call"): a setting word first, at
 * most eight words, and no verb of a clause of its own (no auxiliary, no "-ed" word, no "that"). "To" only before an
 * article or a possessive ("said to a crowd of 500"): "pledged to support the nominee" reports a commitment. */
export const SETTING_ONLY = new RegExp(
  `^(?:(?:late|early|earlier|later|just|live|privately|publicly|happily|briefly|again|also|then)\\s+)*(?:to\\s+(?=(?:a|an|the|his|her|their|its|cheers|applause)\\b)|(?:on|in|at|from|during|after|before|via|through|over|by|last|this|yesterday|today|tonight|morning|afternoon|evening|midnight|${WEEKDAY_ALT}|January|February|March|April|June|July|August|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.)(?![^]*\\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|may|might|must|do|does|did|that|[a-z]+ed)\\b)(?:\\s*\\S+){0,7}\\s*$`,
  'u',
);
/** After a quotation a writing "reads" it: "“…,” the letter reads." */
export const AFTER_SPK_VERB = new RegExp(
  `^\\s*,?\\s*${PRE_AFTER_QUOTE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?<verb>${QUOTE_VERB}|reads|read)\\b(?<rest>${AUDIENCE}${SETTING_END})`,
  'du',
);
/** After an inverted verb a long title may stand before the name: "added Under Secretary of Commerce for industry and security Alan Estevez". */
export const PRE_TITLE = `(?:(?:[\\p{L}\\p{M}\\w.'()/-]+|${SPK}(?:'s)?)\\s+){0,10}?`;
/** After an inverted verb, the speaker is the last name of a titled phrase, a title of up to four words between: "said White House national security adviser Jake Sullivan". */
export const LAST_AFTER_TITLE = `(?!${FILL})(?!\\s+(?:(?!(?:in|at|on|of|for|to|from|with|by|during|after|before|and|or|but|who|which|that|when|while|as|the|a|an|said|says|told)\\b)[\\p{L}\\p{M}\\w.'-]+\\s+){0,4}${SPK})`;
/** After a speaker that heads a title (a country or body), the rest of the title up to a name ending the clause: the
 * words capitalized or "of", "for", "the", "and", or mentions ("U.S. Attorney for the Northern District of California
 * Jo Roe"). The statements stage takes the name when it is a person's. */
export const TITLE_TO_PERSON = new RegExp(
  `^(?:${FILL}*)(?:\\s+(?:of|for|the|and|\\p{Lu}[\\p{L}\\p{M}\\w.'-]*|${SPK})){0,10}?\\s+(?<spk>${SPK})(?=\\s*(?:[,.;:!?"]|$))`,
  'du',
);
export const AFTER_VERB_SPK = new RegExp(
  `^\\s*,?\\s*${NOT_TELL}(?<verb>${QUOTE_VERB})\\s+${PRE_TITLE}(?<spk>${SPK})${LAST_AFTER_TITLE}${PARTY}(?<rest>[^".]{0,90})`,
  'du',
);
/** An act coordinated before the speech verb: "he laughed and said", "she paused, then added". */
export const ACT_AND = '(?:[a-z]+ed(?:\\s+and|,)\\s+(?:then\\s+)?)?';
/** A source named after a quotation by "according to": "“…,” according to Judicial Watch." */
export const AFTER_ACCORDING = new RegExp(
  `^\\s*,?\\s*(?<verb>according\\s+to)\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{L}\\w.'-]+\\s+){0,3}?(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?<rest>)[^".]{0,60}(?:[.,;]|$)`,
  'du',
);
export const BEFORE = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}(?:,?\\s+who|${APPOSITION}|,)\\s+${ADVERBS}${ACT_AND}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*(?:,|:|that)?\\s*$`,
  'du',
);
/** A verb of the manner of speaking right before a quotation, a comma or colon between: "the man shouted, “…”", "X retorted: “…”";
 * or a writing's "reads": "the headline reads: “…”". */
export const BEFORE_MANNER = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}(?:,?\\s+who|${APPOSITION})\\s+${ADVERBS}(?<verb>${QUOTE_VERB}|reads|read)\\b(?<rest>${AUDIENCE})\\s*[,:]\\s*$`,
  'du',
);
/** A speech verb coordinated after the sentence's own predicate, right before a quotation: "Carson did not mention his
 * opponents, but told his supporters, “…”". The subject opens the sentence (after an opening phrase and its comma, not a
 * subordinate clause's "After X spoke"), and no other speaker opens a clause between it and the verb. */
export const BEFORE_COORDINATED = new RegExp(
  `^\\s*(?:[^"]{0,120}?,\\s+)?(?!(?:After|Before|When|While|As|If|Since|Because|Although|Though|Once|Until|Unless|In|On|At|For|From|With|By|During|Like|Unlike)\\b)${PRE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+(?:[a-z]+ly\\s+)?[a-z](?:(?![,;]\\s+${PRE}${SPK})[^"]){0,160}?(?:,\\s*|\\s+)(?:and|but|then|and\\s+then|yet)\\s+${ADVERBS}(?<verb>${QUOTE_VERB})\\b(?<rest>[^",.;:!?]{0,60}?)\\s*[,:]\\s*$`,
  'du',
);
/** "According to X, “…”" / "According to X: “…”": the source named right before a quotation, an apposition allowed. */
export const ACCORDING_BEFORE = new RegExp(
  `\\b[Aa]ccording\\s+to\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?:,\\s+(?:an?|the|who|whose)\\s[^,"]{0,70})?\\s*[,:]\\s*$`,
  'du',
);
/** A verb opening the sentence before its speaker and a quotation: "Said Ellis: "…"", "Added the senator, "…"". */
export const INVERTED_BEFORE = new RegExp(
  `^\\s*(?<verb>Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Tweeted|Explained|Recalled)(?!\\s+(?:by|about|if|whether|to)\\b)\\s+${PRE_TITLE}(?<spk>${SPK})${LAST_AFTER_TITLE}${PARTY}(?:,[^",]{1,120})?\\s*[:,]?\\s*$`,
  'du',
);
export const INDIRECT_SUBJECT = new RegExp(
  `^(?:(?:But|And|Meanwhile|Still|However|Separately|Also|Yet|So|Instead|Now|Later|Earlier|Previously|On\\s+\\w+|In\\s+\\w+)\\s*,?\\s+|[^"]{0,200}?,\\s+)?${PRE_WIDE}(?<spk>${SPK})${PARTY}(?:${APPOSITIONS}|,)?\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*,?\\s*(?<that>that\\s+|:\\s*)?(?<content>.+)$`,
  'du',
);
export const ACCORDING_FIRST = new RegExp(
  `^(?:\\w+\\s*,?\\s+)?[Aa]ccording\\s+to\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?:,\\s+(?:an?|the|who|whose)\\s[^,]{0,70})?[^,]{0,40},\\s*(?<content>.+)$`,
  'du',
);
export const ACCORDING_LAST = new RegExp(
  `^(?<content>.+?),?\\s+according\\s+to\\s+${PRE}(?<spk>${SPK})${PARTY}(?<rest>[^"]{0,80})$`,
  'du',
);
export const TRAIL_SPK_VERB = new RegExp(
  `^(?<content>.+?(?:,"|,|"))\\s+${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING_END})\\s*[.!?]?\\s*$`,
  'du',
);
export const TRAIL_VERB_SPK = new RegExp(
  `^(?<content>.+?(?:,"|,|"))\\s+${NOT_TELL}(?<verb>${VERB})\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?<rest>[^"]{0,90})$`,
  'du',
);
export const GERUND = new RegExp(
  `^(?:[^"]{0,40}?\\s)?(?<spk>${SPK})${PARTY}\\s[^"]*?,\\s+(?<verb>${SPEECH_GERUNDS})\\s+that\\s+(?<content>.+)$`,
  'du',
);
export const ACT = new RegExp(`^(?:\\w+\\s+\\w+,\\s+)?${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?:${VERB})\\b`, 'du');
export const VIA = new RegExp(
  `(?:interview\\s+with|told|speaking\\s+to|spoke\\s+to|to)\\s+(?:the\\s+)?(?<via>${SPK})`,
  'du',
);
/** Verbs whose object is what was said, with no "that": "Clinton mentioned the remarks", "Graham urged Republicans to …". Not
 * "announce": an announced thing with no content clause is an act (see text/attribution.ts OBJECT_VERB). */
export const OBJECT_VERBS = new RegExp(`^(?:${STATEMENT_WORDS.plainObjectVerbs.join('|')})$`);
/** A parenthetical attribution: "Climate change, Mr. Obama often says, is the greatest threat." — the content runs around it. */
export const PARENTHETICAL = new RegExp(
  `^(?:[^"]{0,200}?[,;]\\s+)?(?<content>[^",]{8,}?),\\s+${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}),\\s+(?<tail>[^"]{8,})$`,
  'du',
);
/** The same with the verb first: "The paradox of Nancy, says Carl Anthony, a historian, is that …", "And Trump, said Sunshine,
 * who knows him, doesn't forgive." — the speaker after the verb (with an apposition of its own, or "and others"), then
 * the rest of the clause from its verb (not another apposition or relative clause). */
export const PARENTHETICAL_INVERTED = new RegExp(
  `^(?:[^"]{0,200}?[,;]\\s+)?(?<content>[^",]{8,}?),\\s+${NOT_TELL}(?<verb>${VERB})\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?:\\s+and\\s+(?:[a-z]+\\s+)?others)?(?<rest>)(?:,[^",]{1,120})?,\\s+(?<tail>(?:[a-z]+ly\\s+)?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|do|did|(?:does|do|did|is|was|would|could|wo)n't|(?!(?:its|his|has|this|was|is|as|us)\\b)[a-z]{2,}(?:s|ed))\\b[^"]{4,})$`,
  'du',
);
/** A speaker applying quoted words to something: "X called the rule "a gift to its rivals"", "Y described it as "reckless"". */
export const CALLED = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?<verb>called|calls|calling|described|describes|describing|dubbed|dubs|dubbing|termed|terms|labeled|labelled|labels|labeling|labelling|branded|brands|branding|(?:accused|accuses|accusing)(?=[^"]{0,120}?\\sof(?:\\s+[a-z]+ing(?:\\s+of)?)?\\s*$))\\b[^"]{0,120}?\\s*$`,
  'du',
);
/** A quotation after a gerund attached to the sentence's subject ("Trump attacked Clinton, saying, "…"", the subject
 * within the sentence's first words, no quotation between) or right after a speaker ("footage of Clinton asking, "…""),
 * perhaps a few words after the gerund ("…, saying his "start-up capital was less than expected""), a name among them
 * ("…, telling Reuters, "…""); an apposition may follow the subject, and "by", "after", "before" or "while" may stand
 * for the comma ("Obama punctuated his list by saying "…""). */
export const GERUND_BEFORE = new RegExp(
  `^(?:[^"]{0,60}?\\s)?(?<spk>${SPK})${PARTY}(?:,?\\s[^"]{0,200}?(?:,|\\s(?:by|after|before|while)))?\\s+(?<verb>${SPEECH_GERUNDS}|asking|tweeting|writing|chanting)(?:\\s+(?:that\\s+)?(?!that\\b)(?:${SPK}|[\\w'’-]+)(?:\\s+(?:${SPK}|[\\w'’-]+)){0,4})?\\s*[,:]?\\s*$`,
  'du',
);
/** A gerund right after an attribution of its own: "Ryan and Trump will meet next week, Spicer said, adding, "…"" — the
 * speaker is the one who said, not the sentence's first name. */
export const SAID_THEN_GERUND = new RegExp(
  `(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?:${VERB})\\b[^",.]{0,40},\\s+(?<verb>${SPEECH_GERUNDS}|asking|tweeting|writing)\\s*[,:]?\\s*$`,
  'du',
);
/** A quotation that opens with its speaker's speech verb and a clause (Biden "emphasized that …", and he "underscored
 * that …"): the speaker stands right before the quotation, at a clause start. */
export const SPEAKER_BEFORE_QUOTE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|but|while)\\s+)${PRE}(?<spk>${SPK})${PARTY}\\s*$`,
  'du',
);
export const QUOTED_VERB = new RegExp(`^(?<verb>${VERB})\\s+(?:that|how|whether)\\b`, 'u');
/** "X said:" closing a paragraph: the next paragraph's quotation is X's. */
export const COLON_INTRO = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?:${VERB})\\b[^"]{0,80}:\\s*$`,
  'du',
);
/** Up to five title words before a subject's name, lower-case ones too ("Republican presidential nominee Donald Trump"),
 * but no word that opens a clause or a phrase of its own ("when", "After", "of", "to"), and no verb-like "-ed" or "-ing"
 * word ("asked the Cleveland crowd"). */
const CLAUSE_OPENERS = [
  'when',
  'whenever',
  'after',
  'before',
  'while',
  'as',
  'if',
  'since',
  'because',
  'although',
  'though',
  'unless',
  'until',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'of',
  'to',
  'for',
  'with',
  'by',
  'from',
  'in',
  'on',
  'at',
  'and',
  'or',
  'but',
  'during',
  'despite',
  'like',
  'unlike',
];
export const SUBJECT_TITLE = `(?:(?:${SPK}(?:'s)?|(?!(?:${CLAUSE_OPENERS.map((w) => `${w}|${w[0].toUpperCase()}${w.slice(1)}`).join('|')})\\b)(?![a-z]+(?:ed|ing)\\b)[\\p{L}\\p{M}\\w.'-]+)\\s+){0,5}?`;
/** A sentence whose subject is a speaker and whose predicate, whatever its verb, ends in a colon before a quotation
 * (here or opening the next paragraph): "Cruz called them on it: “…”", "President Clinton released the following
 * statement:", "the Christie supporter retorted: “…”"), an opening phrase set off by a comma or a dash before the subject. The predicate opens with a lower-case word that is no
 * conjunction or preposition, and holds no quotation and no sentence end. */
export const COLON_PREDICATE = new RegExp(
  `^[\\s\\u2014\\u2013-]*(?:[^"]{0,160}?(?:,|\\s[-\\u2014\\u2013]{1,2})\\s+)??${SUBJECT_TITLE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+(?<verb>(?!(?:and|or|but|of|in|on|at|for|to|with|from|by|as|who|which|that|is|are|was|were)\\b)\\p{Ll}[\\p{L}'’-]*)(?<rest>[^":;.!?]{0,100}?)\\s*:\\s*$`,
  'du',
);
/** A name and a colon right before a quotation, inside a paragraph as a label opens one: "… he tweeted about it ...
 * Donald Trump: "Appreciate the congrats …"" — after a sentence end, an ellipsis or a dash, the titles of a name before it. */
export const NAME_COLON = new RegExp(
  `(?:^|[.!?\\u2026]\\s+|\\s[-\\u2014\\u2013]{1,2}\\s+)(?:(?:\\p{Lu}[\\p{L}\\p{M}.'-]*|of|for|the)\\s+){0,4}?(?<spk>${SPK})${PARTY}\\s*:\\s*$`,
  'du',
);
/** A sentence opening with a speaker as its subject and a lower-case verb, up to a quotation no rule attributed:
 * "Smith, delivering Cross' speech, asked the Cleveland crowd "…"" — the quotation is the subject's, not the paragraph's
 * speaker's. A copula ("his guilty pleasure is "…"") is no act of saying. */
export const SENTENCE_SUBJECT = new RegExp(
  `^[\\s\\u2014\\u2013-]*(?:[^"]{0,160}?(?:,|\\s[-\\u2014\\u2013]{1,2})\\s+)??${SUBJECT_TITLE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+(?:[a-z]+ly\\s+)?(?!(?:and|or|but|of|in|on|at|for|to|with|from|by|as|who|which|that|is|are|was|were|be|been|has|have|had)\\b)\\p{Ll}[^"]{0,200}$`,
  'du',
);
/** A relative clause: "… an architect, Jo Ruiz, who said he was never paid": the speaker is the name before "who". */
export const WHO = new RegExp(
  `(?<spk>${SPK})${PARTY}(?:,[^,"]{1,100})?,?\\s+who\\s+(?:(?:in|on)\\s+\\w+\\s+)?${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*,?\\s*(?<that>that\\s+)?(?<content>[^"]+?)[.!?]?$`,
  'du',
);
/** A transcript's label in capitals: titles perhaps ("ASSISTANT SECRETARY", "MS."), then a surname or a role ("AXELROD",
 * "JEAN-PIERRE", "MODERATOR"). */
const CAPS_TITLES = String.raw`(?:(?:\p{Lu}{2,}|\p{Lu}{1,3}\.)\s+){0,4}`;
const CAPS_NAME = String.raw`\p{Lu}{2,}(?:[-']\p{Lu}+)?`;
/** A transcript's turn label that names no one the document knows ("MODERATOR:", "Q:", "Q Hello."): it ends a turn. */
export const TURN_LABEL = new RegExp(String.raw`^\s*(?:Q\b[\s:.]|${CAPS_TITLES}${CAPS_NAME}\s*:)`, 'u');
/** A transcript's turn label whose last word in capitals may be a surname, titles in capitals perhaps before it. */
export const CAPS_LABEL = new RegExp(String.raw`^\s*${CAPS_TITLES}(?<caps>${CAPS_NAME})\s*:\s+(?=\S)`, 'du');
/** A paragraph opening with a label and a colon: a speaker mention, or a surname in capitals (a transcript's "PENCE:",
 * titles in capitals perhaps before it: "ASSISTANT SECRETARY AXELROD:", "MS. JEAN-PIERRE:") or not (a headline's "Pence: …"). */
export const LABEL = new RegExp(
  `^\\s*(?<quote>")?\\s*(?:(?<spk>${SPK})|${CAPS_TITLES}(?<caps>${CAPS_NAME})|(?<surname>\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}\\p{Ll}+)?))\\s*:\\s+(?=\\S)`,
  'du',
);
/** A quotation signed with a dash, hyphens or a dash character, perhaps a title and a party with the name: "… ." ― Jo
 * Roe, "…" — Governor Jo Roe, "…" – Senator Jo Roe (R-ID). Nothing but a full stop or comma may follow on the line. */
export const SIGNATURE = new RegExp(
  `^\\s*(?:-{1,3}|[\\u2013\\u2014\\u2015])\\s*(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*|in|of|for|and|the)\\s+){0,6}?(?<spk>${SPK})(?<verb>)(?<rest>)(?:\\s*\\([^()\\n]{1,24}\\))?[ \\t]*(?:[.,\\n]|$)`,
  'du',
);
/** Any cue of reported speech; a sentence without one is not tried against the rules. */
export const CUE = new RegExp(`\\b(?:${SPEECH_VERB_RE}|${SPEECH_GERUNDS})\\b|\\b[Aa]ccording\\s+to\\b`);
export const NO_THAT_VERBS = new RegExp(`^(?:${STATEMENT_WORDS.noThatVerbs.join('|')})$`);

/**
 * The whole-sentence rules of reported speech, each named by its method, in the order they are tried (the first that reads
 * the sentence wins). `needs`: text the pattern cannot match without (any one of them), so a sentence lacking it is not tried.
 */
export const SENTENCE_RULES: { pattern: RegExp; method: string; confidence: number; needs?: string[] }[] = [
  { pattern: ACCORDING_FIRST, method: 'indirect:according-first', confidence: 0.85, needs: ['ccording'] },
  { pattern: ACCORDING_LAST, method: 'indirect:according-last', confidence: 0.85, needs: ['according'] },
  { pattern: PARENTHETICAL, method: 'indirect:parenthetical', confidence: 0.75, needs: [','] },
  { pattern: PARENTHETICAL_INVERTED, method: 'indirect:parenthetical', confidence: 0.75, needs: [','] },
  { pattern: INDIRECT_SUBJECT, method: 'indirect:subject', confidence: 0.8 },
  { pattern: TRAIL_SPK_VERB, method: 'indirect:trail-speaker-verb', confidence: 0.8, needs: [',', '"'] },
  { pattern: WHO, method: 'indirect:relative', confidence: 0.7, needs: ['who'] },
  { pattern: TRAIL_VERB_SPK, method: 'indirect:trail-verb-speaker', confidence: 0.8, needs: [',', '"'] },
  { pattern: GERUND, method: 'indirect:gerund', confidence: 0.6, needs: ['that'] },
];
