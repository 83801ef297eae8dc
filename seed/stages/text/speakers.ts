// Finds speakers no mention covers, in the positions a speech cue gives them: "Batchelder said", "…, said O'Neill.", "according to Politico", "the fund warned that".
import type { EntityLabel } from '../../../core/graph-model.ts';
import { AUX, FILL, HEAD, NEGATED } from './attribution.ts';
import {
  isCommonWord,
  isFirstName,
  isLastName,
  isPlaceWord,
  SPEECH_GERUNDS,
  SPEECH_VERB_RE,
  TELL_VERB,
} from './lexicon.ts';
import { matchesOf, splitSpaces } from './matches.ts';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../../io/yaml-cache.ts';
import { MONTH_ALT, NEWS_MONTH_ABBREVIATION_ALT, WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';

/** The word lists (seed/gazetteer/speaker-words.yaml). */
const SPEAKER_WORDS = parseYamlData(
  fs.readFileSync(fileURLToPath(new URL('../../gazetteer/speaker-words.yaml', import.meta.url)), 'utf8'),
) as Record<
  | 'speakerPeoplePlural'
  | 'speakerOpeners'
  | 'speakerPronouns'
  | 'speakerTitles'
  | 'speakerOrganizationHeads'
  | 'speakerPersonHeads'
  | 'speakerPersonHeadsAsIs'
  | 'speakerNotSpeakers'
  | 'speakerSpeakingHeads'
  | 'speakerNounVerbs',
  string[]
>;

/**
 * Decision: the statements stage should not lose a clear attribution because the mention finder missed its subject.
 * A phrase in speaker position becomes a speaker when nothing masked stands there: a capitalized name is a Person
 * when it looks like a personal name (a known first or last name, a title before it, or one unknown word) and an
 * Organization when its head says so ("Tax Policy Center", "The Hill"); a described one ("the fund", "one
 * questioner") follows sources.ts: a Person when its head names people, else an Organization, kept to the document,
 * and no entity when nothing names it (statement-rules/unnamed-sources.ts).
 */
export interface SpeakerPhrase {
  start: number; // the name's offsets in the sentence given (the article and the titles left out)
  end: number;
  type: Extract<EntityLabel, 'Person' | 'Organization'>;
  name: string;
  /** A description ("fund", "top British medical journal"), not a name: its entity stays the document's own. */
  described: boolean;
  /** A share of a poll's respondents ("63 percent said"): the poll speaks through them. */
  share?: boolean;
}

const W = `\\p{Lu}[\\p{L}\\p{M}'.-]*`;
/** A capitalized name: up to six words, "of", "for", "on", "and", "the" may join them ("Commission on Presidential Debates"). */
const NAME = `(?:[Tt]he\\s+)?${W}(?:\\s+(?:(?:of|for|on|and|the|de|del|da|van|von|bin|al)\\s+){0,2}${W}){0,5}`;
const DET =
  '(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Tt]wo|[Tt]hree|[Ff]our)';
/** A description: a determiner, up to three modifiers (a masked name among them: "the Clinton campaign"), a lower-case head. */
const DESC = `(?:${DET}|${HEAD}${FILL}*'s?)\\s+(?:(?:[\\w'][\\w'-]*|${HEAD}${FILL}*)\\s+){0,3}?[a-z][a-z-]+`;
/** Plural heads that name people: a group so named speaks with no article ("Experts on trade said"). */
const PEOPLE_PLURAL = `(?:${SPEAKER_WORDS.speakerPeoplePlural.join('|')})`;
/** What places a group: a preposition and up to six words, none a verb ("officials in South Korea", not "… in Seoul said they"). */
const PP_WORD = `(?!(?:said|says|say|told|tells|added|noted|warned|argued|wrote|claimed|stated|is|are|was|were|be|been|has|have|had|would|will|could|can|should|may|might|must|do|does|did|who|which|that|but|and(?=\\s+(?:(?:he|she|they|it|we|I|the|a|an)\\b|${HEAD})))\\b)(?:[\\w.'/-]+|${HEAD}${FILL}*)`;
const PLACED = `\\s+(?:in|from|of|on|for|at|with|across)\\s+${PP_WORD}(?:\\s+${PP_WORD}){0,5}`;
/** People named by a plural head and what places them, with no article: "elected officials from both parties", "attorneys for the family". */
const GROUP = `(?:[\\w'-]+\\s+){0,2}?(?:${PEOPLE_PLURAL})(?:${PLACED})?`;
/** A share of those polled: "63 percent", "Another 19 percent of voters", "most respondents", "two-thirds of Republicans",
 * "about 4 in 10", "nearly three in five". */
const SHARE = `(?:(?:[Aa]nother|[Oo]nly|[Jj]ust|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Mm]ore\\s+than|[Ff]ewer\\s+than|[Ll]ess\\s+than)\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:percent|per\\s+cent|%)|(?:\\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\\s+(?:in|out\\s+of)\\s+(?:\\d+|ten|five|four|three)\\b|(?:[Mm]ost|[Mm]any|[Hh]alf|[Aa]\\s+(?:majority|third|quarter|plurality)|[Tt]wo-thirds|[Tt]hree-quarters|[A-Z]?[a-z]+(?:-[a-z]+)?\\s+percent)(?=\\s+(?:of\\s+)?(?:respondents|voters|those|Americans|Republicans|Democrats|independents|[a-z]+\\s+voters)|\\s+percent))(?:\\s+of\\s+(?:the\\s+)?(?:respondents|voters|those\\s+(?:polled|surveyed|asked|questioned)|Americans|Republicans|Democrats|independents|[\\w-]+\\s+voters|[\\w-]+\\s+(?:women|men|adults)))?(?:\\s+(?:respondents|voters|polled|surveyed))?`;
/** Where a subject may start: the sentence start, a punctuation mark, or a conjunction. */
const LEFT_EDGE = `(?<=^|[,;:("]\\s*|\\s(?:and|but|while|as|when|because|after|before|since|though|although|whereas|unless|until|where|if|so|which|whom)\\s)`;
const APPOSITION = `(?<appos>,[^,"]{2,150},)?`;
/** A subject right before its verb (after an apposition and auxiliaries): "Flynn, a top Trump surrogate, said". */
/** A quantifier standing for people, as a subject: "Some argue", "Then someone asked", "all agreed" — unnamed speakers. */
const QUANT =
  '(?:(?:Then|But|And|Yet|So|Still|Now)\\s+)?(?<quant>[Ss]ome(?:one|body)?|[Mm]any|[Oo]thers|[Mm]ost|[Aa]ll|[Ee]veryone|[Ff]ew)';
const LEFT = new RegExp(
  `${LEFT_EDGE}(?:${QUANT}|(?<share>${SHARE})|(?<name>${NAME})|(?<desc>${DESC})|(?<group>${GROUP}))${APPOSITION}\\s+${AUX}$`,
  'u',
);
/** What may follow a speaker after its verb or "according to": the sentence or clause ends, or a setting starts. */
const RIGHT_END = `(?=\\s*(?:[,.;:!?"]|$)|\\s+(?:in|on|at|during|who|whose|which|of|from|after|before|while|when|as|and|for|to|that|last|this|[a-z]+ed)\\b)`;
const RIGHT = new RegExp(
  `^\\s+(?:(?<name>${NAME})|(?<desc>${DESC})|(?<bare>(?:[a-z]+\\s+){0,2}[a-z]+s))${RIGHT_END}`,
  'u',
);
/** A masked speaker (or its possessive) right before the verb, past auxiliaries. */
const TOPIC_END = new RegExp(`\\s+(?:on|about)\\s+${PP_WORD}(?:\\s+${PP_WORD}){0,5}$`, 'u');
const KNOWN_BEFORE = new RegExp(`[\u0001\u0002]['\\s]*(?:s\\s+)?\\s${AUX}$`, 'u');
const CUE = new RegExp(
  `\\b(?:(?<verb>${SPEECH_VERB_RE}|shows|showed|found|finds|indicates|indicated|reveals|revealed|concludes|concluded)|(?<according>[Aa]ccording\\s+to)|(?<gerund>${SPEECH_GERUNDS}))\\b`,
  'g',
);
/** Verbs by which a finding states something: only a writing or a body described or named before them speaks so. */
const EVIDENCE = /^(?:shows|showed|found|finds|indicates|indicated|reveals|revealed|concludes|concluded)$/;
/** A word before a plural head that modifies it: no preposition, conjunction or verb form ("rebuked critics who say",
 * "ammunition to Republicans who say": the critics, the Republicans). */
const GROUP_MODIFIER =
  '(?!(?:to|of|in|on|at|for|from|with|by|about|against|among|between|into|than|like|and|or|but)\\s)(?![a-z]{2,}(?:ed|ing)\\s)';
/** A relative clause's antecedent: "an architect who said", "some economists who argue", "nervous Democrats on Capitol Hill, who have argued". */
const RELATIVE = new RegExp(
  `(?<![\\w'])(?:(?<desc>${DET}\\s+(?:[\\w'-]+\\s+){0,3}?[a-z][a-z-]+)|(?<group>(?:${GROUP_MODIFIER}[a-z][\\w'-]*\\s+)?(?:${PEOPLE_PLURAL})(?:${PLACED})?))(?:,[^,"]{2,100})?(?:,|\\s+-{1,2})?\\s+(?:(?:many|most|some|all|several|one|each|both|few)\\s+of\\s+(?<whom>whom)|who|that|(?<which>which))\\s+${AUX}$`,
  'u',
);

/** A verb coordinated after the sentence's own verb ("Democrats also objected to the vote, and said …"): its subject is the sentence's. */
const COORD_BEFORE = new RegExp(`(?:,\\s*|\\s)(?:and|but)\\s+${AUX}$`, 'u');
/** A known speaker and its verb in the clause right before a coordinated verb ("…, and when Rubio thanked Miami and
 * said"): that clause's subject speaks, not the sentence's. */
const NEARER_SUBJECT = new RegExp(
  `(?:^|[,;(]|\\b(?:when|while|as|after|before|because|since|though|although|if|and|but))\\s+(?:\\p{Lu}[\\w.'-]*\\s+){0,3}${HEAD}${FILL}*\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}(?:ed|s)\\b[^,;]*?\\s(?:and|but)\\s+${AUX}$`,
  'u',
);
/** A time an opening phrase names: "In August,", "On Tuesday,", "Last week,". */
const TIME_WORD = `${WEEKDAY_ALT}|${MONTH_ALT}|${NEWS_MONTH_ABBREVIATION_ALT}|week|month|year|spring|summer|fall|autumn|winter|\\d{4}`;
/** The sentence's subject when no mention covers it: a description, a group or a name, then its (past or present) verb. */
const SENT_SUBJECT = new RegExp(
  `^(?:(?:But|And|Yet|Still|Meanwhile|However|Instead|Now|Later|Earlier|Separately|Also|Then)\\s*,?\\s+)?(?:(?:In|On|By|Last|This|Earlier\\s+this)\\s+(?:${TIME_WORD})(?:\\s+\\d{1,4})?(?:,\\s+\\d{4})?\\s*,\\s+)?(?:(?<desc>${DESC})|(?<group>${GROUP})|(?<name>${NAME}))\\s+(?:[a-z]+ly\\s+|also\\s+)?(?:[a-z]+ed|has|was|is|does|[a-z]+s(?!\\s+[a-z]+ed\\b)|said|told|wrote|spoke|gave|made|took|met|sent)\\b`,
  'u',
);

/** A quotation signed with a dash and a name that ends the line: `"…" ― Nell Carden Grey` — the name is the signer. */
const SIGNED = new RegExp(
  `"[ \\t]*[-\\u2013\\u2014\\u2015]{1,3}[ \\t]*(?<name>${NAME})[ \\t]*\\.?[ \\t]*(?=\\n|$)`,
  'gu',
);

/** A name set off by commas after a speaker or a description, right before the verb: "A spokesperson, He Yadong, told". */
const NAME_APPOSITION = new RegExp(`[\u0002\\p{Ll}]\\s*,\\s+(?<name>${NAME}),\\s+${AUX}$`, 'u');

/** Opening words that are not part of a name: "But Batchelder said", "Meanwhile Politico reported". */
const OPENERS = new Set(SPEAKER_WORDS.speakerOpeners);
const PRONOUNS = new Set(SPEAKER_WORDS.speakerPronouns);
const TIME = new RegExp(`^(?:${WEEKDAY_ALT}|${MONTH_ALT}|${NEWS_MONTH_ABBREVIATION_ALT})$`);
/** Titles and honorifics before a personal name: the name is what follows the last of them. */
const TITLES = new Set(SPEAKER_WORDS.speakerTitles);
/** The same titles as a list (seed/gazetteer/speaker-words.yaml speakerTitles), for rules that strip them from a name. */
export const SPEAKER_TITLES: readonly string[] = SPEAKER_WORDS.speakerTitles;
/** Heads of organization names: "Tax Policy Center", "Christian News Service", "Daily Caller". */
const ORG_HEAD = new RegExp(`^(?:${SPEAKER_WORDS.speakerOrganizationHeads.join('|')})$`);
/** Heads of descriptions that name people: "one questioner", "my father", "the 34-year-old mother of three". */
const PERSON_HEAD = new RegExp(
  `^(?:(?:${SPEAKER_WORDS.speakerPersonHeads.join('|')})s?|${SPEAKER_WORDS.speakerPersonHeadsAsIs.join('|')})$`,
);
/** Heads that never speak: times, amounts, abstractions that only stand before a verb by chance. */
const NOT_A_SPEAKER = new RegExp(`^(?:${SPEAKER_WORDS.speakerNotSpeakers.join('|')})$`);

/** The rest of a title before its masked holder: lower-case or capitalized words, no punctuation, then the name. */
const TITLE_THEN_NAME = new RegExp(
  `^(?:\\s+(?!(?:in|at|with|during|on|to|after|before|when|while|as|that|who|which|said|told|by|from)\\b)(?:[\\p{L}\\p{M}'.-]+)){0,8}?\\s+${HEAD}`,
  'u',
);

/** Heads that speak after an inverted verb: people, bodies and writings. */
const SPEAKING_HEAD = new RegExp(`(?:${PERSON_HEAD.source})|^(?:${SPEAKER_WORDS.speakerSpeakingHeads.join('|')})$`);
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
/** Verbs that are also nouns ("New York state attorney general", "the report notes"): in the present tense they cue only before "that", a colon or a comma. */
const NOUN_VERB = new RegExp(`^(?:${SPEAKER_WORDS.speakerNounVerbs.join('|')})$`);
/** A final full stop ends the sentence, not the name, unless the name ends with an initial or an abbreviation. */
const trimDot = (phrase: string) =>
  /\.$/.test(phrase) && !/(?:^|\s)(?:\p{Lu}|Jr|Sr|Inc|Corp|Co|Ltd|Bros|St|Mr|Mrs|Ms|Dr)\.$|\.\p{Lu}\.$/u.test(phrase)
    ? phrase.slice(0, -1)
    : phrase;

/** The name inside a capitalized phrase, its offset in the phrase, and what it names; null when it is no name. */
function readName(
  phrase: string,
  sentenceStart: boolean,
  afterAccording: boolean,
  appositive = false,
): { at: number; name: string; type: SpeakerPhrase['type']; described?: boolean } | null {
  const words = splitSpaces(phrase);
  let i = 0;
  let hadThe = false;
  if (/^[Tt]he$/.test(words[0])) {
    hadThe = true;
    i = 1;
  }
  while (i < words.length && OPENERS.has(words[i])) i++;
  // In an apposition "He" before a capitalized word is a surname ("a spokesperson, He Yadong,"), not a pronoun.
  if (
    i >= words.length ||
    (PRONOUNS.has(words[i].replace(/['\u2019](?:ve|d|m|ll|re|s)$/, '')) && !(appositive && words.length - i > 1)) ||
    words.some((w) => TIME.test(w)) ||
    // A common "-ing" word opens a clause ("Citing …"), unless a title follows it ("Ranking Member Jo Roe", "Acting Secretary …").
    (/ing$/.test(words[i]) &&
      isCommonWord(words[i]) &&
      !isLastName(words[i]) &&
      !words.slice(i + 1, -1).some((w) => TITLES.has(w)))
  )
    return null;
  // Words in capitals are a heading ("SAVE A QUARTER Let's say"), unless the name is one acronym.
  if (words.length - i > 1 && words.slice(i).filter((w) => /^\p{Lu}{2,}$/u.test(w)).length > 1) return null;
  // The name after the last title: "South Korean President Park Geun-hye" → Park Geun-hye, a person.
  let t = -1;
  for (let k = i; k < words.length - 1; k++) if (TITLES.has(words[k])) t = k;
  const titled = t >= 0;
  let from = titled ? t + 1 : i;
  // "Secretary of Energy Jane Doe", "Minister of Foreign Affairs Wang Yi": the body after the title's "of" is the
  // title's; the name starts at its first given name, else it is the last two words. No name after it: no name here.
  if (titled && /^(?:of|for)$/.test(words[from] ?? '')) {
    const body = words.slice(from + 1);
    if (body.length < 2) {
      // "The Secretary of Energy said": the title alone describes the speaker.
      const at = new RegExp(`^(?:\\S+\\s+){${t}}`).exec(phrase)![0].length;
      return { at, name: words.slice(t).join(' ').replace(/'s?$/, ''), type: 'Person', described: true };
    }
    const given = body.findIndex((w, k) => k >= 1 && isFirstName(w));
    from += 1 + (given >= 1 ? given : body.length === 2 ? 1 : body.length - 2);
  }
  const nameWords = words.slice(from).map((w) => w.replace(/'s?$/, ''));
  if (!nameWords.length || nameWords.some((w) => !w)) return null;
  const at = from ? new RegExp(`^(?:\\S+\\s+){${from}}`).exec(phrase)![0].length : 0;
  const name = nameWords.join(' ');
  const last = nameWords[nameWords.length - 1];
  const first = nameWords[0];
  // A lone capitalized word opening the sentence is most often an ordinary word ("Critics", "Wines"); a place is a place.
  if (
    nameWords.length === 1 &&
    ((sentenceStart && from === 0 && isCommonWord(first)) ||
      isPlaceWord(first) ||
      (/^\p{Lu}+$/u.test(first) && first.length < 2))
  )
    return null;
  if (nameWords.every((w) => isPlaceWord(w)) || isPlaceWord(name)) return null;
  // "The Hill", "The Intercept": the article belongs to a one-word name.
  // A name in apposition to a speaker is a person's unless its head names a body ("a spokesperson, He Yadong,").
  if (appositive && !ORG_HEAD.test(last)) return { at, name, type: 'Person' };
  if (hadThe && from === 1 && nameWords.length === 1) return { at: 0, name: `The ${name}`, type: 'Organization' };
  if (ORG_HEAD.test(last) && !titled) return { at, name, type: 'Organization' };
  if (titled || (isFirstName(first) && nameWords.length <= 4) || (nameWords.length <= 3 && isLastName(last)))
    return { at, name, type: 'Person' };
  if (hadThe || nameWords.length > 3) return { at, name, type: 'Organization' };
  if (nameWords.length === 1)
    return {
      at,
      name,
      type: afterAccording && !isLastName(first) && /^\p{Lu}{2,}|[a-z]\p{Lu}/u.test(first) ? 'Organization' : 'Person',
    };
  return { at, name, type: 'Organization' };
}

/** A description's head and type; null when the head cannot speak. */
function readDescription(phrase: string): { at: number; name: string; type: SpeakerPhrase['type'] } | null {
  const head = lastWord(phrase);
  if (NOT_A_SPEAKER.test(head) || /ly$/.test(head) || phrase.includes('"')) return null;
  const det = /^\S+\s+/.exec(phrase)![0];
  // A quantifier standing for people before a phrase that places them ("Some in the crowd", "One in four", "Many of
  // them") is the whole description: without it only the place is left.
  if (/^(?:in|of|from|at|on|among|across)\s/.test(phrase.slice(det.length)))
    return /^(?:[Ss]ome|[Oo]ne|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Aa]nother)\s/.test(det)
      ? { at: 0, name: phrase.replace(/\s+/g, ' '), type: 'Person' }
      : null;
  // "the ire of lawmakers who thought …": a head that names no one before "of" and people after it — the people speak
  // ("one of two women", "members of Congress" stay whole).
  const of = /^(\S+)\s+of\s+(?:the\s+)?/.exec(phrase.slice(det.length));
  if (
    of &&
    PERSON_HEAD.test(head) &&
    !PERSON_HEAD.test(of[1]) &&
    !/^(?:one|some|many|most|several|each|all|none|both|either|neither|any|two|three|four|majority|half|third|group|number|\d.*)$/i.test(
      of[1],
    )
  )
    return {
      at: det.length + of[0].length,
      name: phrase.slice(det.length + of[0].length).replace(/\s+/g, ' '),
      type: 'Person',
    };
  // "the Clinton campaign" keeps its name; "his attorney", "my father" keep the possessive that tells whose.
  const keepDet = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\s|^\u0001/.test(det);
  const at = keepDet ? 0 : det.length;
  return { at, name: phrase.slice(at).replace(/\s+/g, ' '), type: PERSON_HEAD.test(head) ? 'Person' : 'Organization' };
}

/** The sentence's own subject, when no mention covers it, for a verb at `v` that shares it (coordinated, or a gerund). */
function sentenceSubject(
  ms: string,
  v: number,
  quoted: (offset: number) => boolean,
): { start: number; phrase: string; read: ReturnType<typeof readName>; described: boolean } | null {
  const sj = SENT_SUBJECT.exec(ms);
  if (!sj || sj[0].length > v || quoted(0) || /[\u0001\u0002]/.test(sj[0])) return null;
  const g = sj.groups!;
  const phrase = g.name ? trimDot(g.name) : (g.desc ?? g.group);
  const start = sj[0].indexOf(phrase);
  if (g.name) return { start, phrase, read: readName(phrase, true, false), described: false };
  if (g.desc) return { start, phrase, read: readDescription(phrase), described: true };
  return { start, phrase, read: { at: 0, name: phrase.replace(/\s+/g, ' '), type: 'Person' }, described: true };
}

/**
 * Speakers in one masked sentence (known speakers are masked to HEAD then FILL) that no mention covers, each at a
 * speech cue: the subject before the verb, the speaker after an inverted verb ("…, said X"), or the source after
 * "according to". `plain` is the sentence unmasked (same offsets). `quoted` says whether an offset lies inside a quotation, whose words are not attributions.
 */
export function findSpeakerPhrases(ms: string, plain: string, quoted: (offset: number) => boolean): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  const add = (
    start: number,
    phrase: string,
    read: { at: number; name: string; type: SpeakerPhrase['type']; described?: boolean } | null,
    described: boolean,
  ) => {
    if (!read) return;
    if (read.described) described = true;
    const s = start + read.at;
    const e = start + phrase.length;
    // "…, said Del." before "Stacey Plaskett …": a short word and a full stop is an abbreviation the sentence split at.
    if (/^\p{Lu}\p{Ll}{0,2}$/u.test(phrase) && ms[e] === '.' && e + 1 >= ms.trimEnd().length) return;
    // Next to a known speaker the phrase is that speaker's title or part of its name ("Rep. [Jim Clyburn]").
    if (/^\.?\s*\u0001/.test(ms.slice(e, e + 3)) || /\u0002\s*$/.test(ms.slice(Math.max(0, start - 3), start))) return;
    // A description right after a known speaker and a comma is its apposition ("Jo Ruiz, an architect, who said"),
    // unless the verb follows it directly: then it is the subject ("…exports to Mexico, one slide says").
    if (
      described &&
      /\u0002\s*,\s*$/.test(ms.slice(Math.max(0, start - 4), start)) &&
      /^\s*(?:,|who\b|that\b)/.test(ms.slice(e))
    )
      return;
    if (ms.slice(s, e).includes(HEAD) && !described) return;
    // A pronoun and "'s" is a contraction, not a possessive ("as he's often alleged").
    if (described && /^(?:he|she|it|there|that|who|what|where)['\u2019]s\s/i.test(plain.slice(s, e))) return;
    // A description never holds another attribution: "[a senior official said the talks] would continue" is two clauses.
    if (described && /\b(?:said|says|say|told|tells)\b/.test(plain.slice(s, e))) return;
    if (out.some((o) => o.start < e && s < o.end)) return;
    // The name as written: a masked name inside a description reads from the plain text ("Clinton campaign").
    const name = ms.slice(s, e).includes(HEAD) ? plain.slice(s, e).replace(/\s+/g, ' ').replace(/'s?$/, '') : read.name;
    out.push({ start: s, end: e, type: read.type, name, described });
  };
  // A quotation signed on its own line by a name and no verb: the name is a person's unless its head names a body.
  // The mention finder may have taken only its first words ("Nell Carden" of "Nell Carden Grey"): the whole name wins.
  if (plain.includes('"'))
    for (const m of matchesOf(SIGNED, plain)) {
      const phrase = trimDot(m.groups!.name);
      const s = m.index + m[0].indexOf(phrase, 1);
      const e = s + phrase.length;
      const mask = ms.slice(s, e);
      const read = readName(phrase, false, false, true);
      if (read?.at !== 0 || /^\u0001\u0002*$/.test(mask) || mask.indexOf(HEAD, 1) > 0) continue;
      if (!out.some((o) => o.start < e && s < o.end))
        out.push({ start: s, end: e, type: read.type, name: read.name, described: false });
    }
  for (const m of matchesOf(CUE, ms)) {
    const v = m.index;
    if (quoted(v)) continue;
    const gr = m.groups!;
    const vEnd = v + m[0].length;
    const right = (afterAccording: boolean) => {
      const r = RIGHT.exec(ms.slice(vEnd, vEnd + 120));
      if (!r) return;
      const g = r.groups!;
      const matched = g.name ?? g.desc ?? g.bare;
      const start = vEnd + r[0].length - matched.length;
      const phrase = g.name ? trimDot(matched) : matched;
      if (phrase.includes(HEAD) && !g.desc) return;
      // A title whose person is named further on ("added Under Secretary of Commerce for industry and security Alan
      // Estevez"): the named person speaks, found by the statements' own patterns, not the title's tail.
      if (g.name && TITLE_THEN_NAME.test(ms.slice(start + matched.length, start + matched.length + 90))) return;
      if (g.name) add(start, phrase, readName(phrase, false, afterAccording), false);
      // After an inverted verb a description is a speaker only by a head that speaks ("…," said the report), never a clause ("said the rule went too far").
      else if (g.desc && (afterAccording || SPEAKING_HEAD.test(lastWord(phrase))))
        add(start, phrase, readDescription(phrase), true);
      else if (afterAccording && !NOT_A_SPEAKER.test(lastWord(phrase)))
        add(start, phrase, { at: 0, name: phrase, type: 'Organization' }, true);
    };
    if (gr.according) {
      right(true);
      continue;
    }
    // "A judge rejected the request, saying …": a gerund after a comma speaks for the sentence's subject.
    if (gr.gerund) {
      const sj = /,\s*$/.test(ms.slice(Math.max(0, v - 3), v)) ? sentenceSubject(ms, v, quoted) : null;
      if (sj) add(sj.start, sj.phrase, sj.read, sj.described);
      continue;
    }
    // A negation counts only in the verb's own clause: "…has not been determined," said X is said.
    const lead = ms.slice(Math.max(0, v - 30), v);
    if (
      /^\p{Lu}/u.test(gr.verb) ||
      NEGATED.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('"')) + 1))
    )
      continue;
    const before = ms.slice(Math.max(0, v - 200), v);
    // A known speaker right before the verb is the rules' to read ("analysts at TrendForce": TrendForce speaks for them),
    // unless it is only the topic of a group ("Experts on North Korea said").
    const known = KNOWN_BEFORE.test(before);
    // A subject before the verb, perhaps past an apposition; else "…," said X: the verb right after a comma or a quotation.
    // "many of whom", "the study -- which": a relative pronoun is no subject; its antecedent is found below.
    const l0 = LEFT.exec(before);
    const l = l0?.groups?.desc && /\b(?:whom|which|who|that)$/.test(l0.groups.desc) ? null : l0;
    if (known && !(l?.groups?.group && TOPIC_END.test(l.groups.group))) continue;
    if (!l) {
      const ap = NAME_APPOSITION.exec(before);
      if (ap) {
        const phrase = trimDot(ap.groups!.name);
        add(
          v - before.length + ap.index + ap[0].indexOf(ap.groups!.name, 1),
          phrase,
          readName(phrase, false, false, true),
          false,
        );
        continue;
      }
      const r = EVIDENCE.test(gr.verb) ? null : RELATIVE.exec(before);
      // "which" speaks only for a body or a writing ("the study -- which notes that"); "many of whom" only for people.
      const rOk =
        r &&
        !(r.groups!.which && !(r.groups!.desc && SPEAKING_HEAD.test(lastWord(r.groups!.desc)))) &&
        !(r.groups!.whom && r.groups!.desc && !PERSON_HEAD.test(lastWord(r.groups!.desc)));
      if (r && rOk && !quoted(v - before.length + r.index)) {
        const phrase = r.groups!.desc ?? r.groups!.group;
        const at = v - before.length + r.index;
        add(
          at,
          phrase,
          r.groups!.desc ? readDescription(phrase) : { at: 0, name: phrase.replace(/\s+/g, ' '), type: 'Person' },
          true,
        );
      } else if (COORD_BEFORE.test(before) && !EVIDENCE.test(gr.verb) && !NEARER_SUBJECT.test(before)) {
        const sj = sentenceSubject(ms, v, quoted);
        if (sj) add(sj.start, sj.phrase, sj.read, sj.described);
      } else if (/[,"]\s*$/.test(before) && !EVIDENCE.test(gr.verb) && !TELL_VERB.test(gr.verb)) right(false);
      continue;
    }
    const g = l.groups!;
    const phrase = g.quant ?? g.share ?? g.name ?? g.desc ?? g.group;
    const start = v - before.length + l.index + (g.quant ? l[0].indexOf(g.quant) : 0);
    if (NOUN_VERB.test(gr.verb) && !/^\s*(?:that\b|[:,])/.test(ms.slice(vEnd, vEnd + 8))) continue;
    if (quoted(start)) continue;
    const sentenceStart = !/\S/.test(ms.slice(0, start));
    if (EVIDENCE.test(gr.verb) && !g.desc && !g.name) continue;
    if (g.quant) {
      // Not a subject when it quantifies something already said ("all of it said"), nor in "all said and done".
      if (/^(?:[Aa]ll|[Mm]ost)$/.test(g.quant) && !/^\s+(?:that|[a-z]+\s)/.test(ms.slice(vEnd, vEnd + 12))) continue;
      add(start, phrase, { at: 0, name: phrase.toLowerCase(), type: 'Person' }, true);
    } else if (g.share) {
      if (!out.some((o) => o.start < start + phrase.length && start < o.end))
        out.push({
          start,
          end: start + phrase.length,
          type: 'Person',
          // "One in four" names itself; "63 percent" and "most" name those polled.
          name: /\s(?:in|out\s+of)\s/.test(phrase) ? phrase : 'poll respondents',
          described: true,
          share: true,
        });
    } else if (g.name) add(start, phrase, readName(phrase, sentenceStart, false), false);
    else if (g.desc) add(start, phrase, readDescription(phrase), true);
    else add(start, phrase, { at: 0, name: phrase.replace(/\s+/g, ' '), type: 'Person' }, true);
  }
  return out;
}
