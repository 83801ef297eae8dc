// Finds descriptive sources in speaker position ("officials said", "according to people familiar with the matter"): speakers no name identifies.
import type { EntityLabel } from '../../../core/graph-model.ts';
import { SPEECH_VERB_RE, SPEECH_VERBS, TELL_VERBS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../../io/yaml-cache.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

/**
 * The word lists (seed/gazetteer/source-words.yaml): heads of described people, bodies and writings, bodies that speak
 * bare, the adverbs between a source and its verb, and non-modifiers.
 */
const SOURCE_WORDS = parseYamlData(
  fs.readFileSync(fileURLToPath(new URL('../../gazetteer/source-words.yaml', import.meta.url)), 'utf8'),
) as {
  people: string[];
  bodies: string[];
  writings: string[];
  bareBodies: string[];
  sourceAdverbs: string[];
  notModifiers: string[];
};

/**
 * A described source is a speaker mention with the method `description:source`. People ("a senior official",
 * "sources", "people familiar with the plan") are typed Person; bodies spoken of as a whole ("police", "the campaign")
 * Organization, and so are writings that say something ("the report says", "according to exit polls"): they speak
 * for the body that wrote them. The type only says which kind of source it is: resolve keeps the description to the
 * one document (two articles' "officials" are not the same people) and may tie it to a named person ("the
 * president"); one left unnamed becomes no entity, only the speaker's name on its statements
 * (statement-rules/unnamed-sources.ts).
 */
export interface SourceHit {
  start: number; // offsets into the text given
  end: number;
  type: EntityLabel;
  /** The description without its article: "White House official", "people familiar with the matter". */
  name: string;
}

const PEOPLE = SOURCE_WORDS.people.join('|');
const BODIES = SOURCE_WORDS.bodies.join('|');
/** Writings that say things ("the report says", "according to exit polls"): they speak for whoever wrote them. */
const WRITINGS = SOURCE_WORDS.writings.join('|');
/** Whether a word is a writing's head ("report", "polls"): a writing speaks for whoever wrote it. */
const WRITING_WORD = new RegExp(`^(?:${WRITINGS})$`, 'i');
export const isWriting = (word: string): boolean => WRITING_WORD.test(word);
/** Each head also capitalized, as it stands at a sentence start ("Lawmakers said", "Police say"). */
const capitalized = (alts: string) =>
  alts
    .split('|')
    .map((w) => `${w}|${w[0].toUpperCase()}${w.slice(1)}`)
    .join('|');
/** Bodies that speak with no article ("police said", "authorities say"): plural or mass nouns for a public service. */
const BARE_BODIES = new RegExp(`^(?:${capitalized(SOURCE_WORDS.bareBodies.join('|'))})$`);
const HEAD = new RegExp(
  `\\b(?:(?<people>${capitalized(PEOPLE)}|regulators|Regulators)|(?<body>${capitalized(BODIES)})|(?<writing>${capitalized(WRITINGS)}))\\b(?<familiar>\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on|with\\s+knowledge\\s+of)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?[\\w-]+(?:\\s+(?:talks|plan|matter|deal|case|decision|negotiations))?)?(?<located>\\s+(?:in|from)\\s+(?:the\\s+)?\\p{Lu}[\\w.'-]*(?:\\s+\\p{Lu}[\\w.'-]*){0,2}(?=\\s+(?:${SPEECH_VERB_RE})\\b))?`,
  'gu',
);
const ADVERBS = `(?:(?:${SOURCE_WORDS.sourceAdverbs.join('|')})\\s+)*`;
/** A speech verb right after the description, perhaps past an apposition: "officials, who asked not to be named, said". */
const VERB_AFTER = new RegExp(`^(?:,[^,"]{1,90},)?\\s+${ADVERBS}(?:${SPEECH_VERB_RE})\\b`);
/** A writing also states by showing or finding: "a Bloomberg poll shows that …", "the study found that …". */
const EVIDENCE_AFTER =
  /^(?:\s+(?:of|by|from|for|on|in)\s+[^,."]{1,60}?)?\s+(?:also\s+)?(?:shows?|showed|finds|found|indicates?|indicated|reveals?|revealed|concludes?|concluded|suggests?|suggested)\b/;
/** A writing quoted before it "reads" what it says: "“…,” the letter reads." (only right after a closing quotation). */
const READS_AFTER = /^\s+(?:reads|read)\b/;
/** A verb of the manner of speaking right after a source that a closing quotation precedes: "“…,” the man shouted." */
const MANNER_AFTER = new RegExp(`^(?:\\s+[a-z]+ly)?\\s+(?:${STATEMENT_WORDS.quoteVerbs.join('|')})\\b`);
/** … or before one, a comma or colon between: "the headline reads: “…”". */
const READS_QUOTE = /^\s+(?:reads|read)\s*[,:]\s*["\u201c]/;
/** A phrase of setting opening a clause, before a writing: "In a Facebook message posted Friday, …" (not "a narrator in the ad asks"). */
const IN_SETTING =
  /(?:^|[,;(.!?"\n]\s*)(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|the|his|her|its|their|this|that)\s+$/;
const QUOTE_BEFORE = /[,.!?]['\u2019]?["\u201d]\s+(?:(?:the|a|an|his|her|its|their|The)\s+)?(?:[\w-]+\s+){0,2}$/;
/** "according to" or a speech verb right before it: "…," said a senior official. */
const CUE_BEFORE = new RegExp(
  `(?:\\b[Aa]ccording\\s+to\\s+(?:[\\w.'-]+\\s+){0,4}|[,"]\\s*(?!(?:${TELL_VERBS})\\b)(?:${SPEECH_VERB_RE})\\s+(?:(?:the|a|an|one|another|some|several|two|three|\\p{Lu}[\\w.'-]*|(?!(?:in|on|at|to|that|of|for|with|by|from|about|after|before|during|when|while)\\b)[a-z-]+)\\s+){0,3})$`,
  'u',
);
/** A personal name right after a singular description, or apposed to it between commas. */
const NAME_AFTER =
  /^(?:,\s*|\s+)(?:\p{Lu}\p{Ll}+|\p{Lu}\.)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]+|van|von|de|der|da)){1,3}(?:,|\s+(?:said|says|told|added|wrote|noted|warned|argued|explained|stated|who)\b|\s*[.;]|$)/u;
/** One capitalized word, a surname, right after a capitalized title, then a clause's end or a speech verb. */
const SURNAME_AFTER =
  /^\s+\p{Lu}\p{Ll}+(?:[-']\p{Lu}\p{Ll}+)?(?:,|\s+(?:said|says|told|added|wrote|noted|warned|argued|explained|stated|continued|who)\b|\s*[.;:]|$)/u;
/** Any name apposed to the description between commas, one word or more: "TSMC's biggest customer, Apple, agreed". */
const APPOSED_NAME = /^,\s*\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3},/u;
/** Words that may stand before the head and belong to the description. */
const MODIFIER = /^(?:[a-z][a-z-]*|\p{Lu}[\p{L}.'-]*)$/u;
const NOT_MODIFIER = new Set(SOURCE_WORDS.notModifiers);

/**
 * Descriptions of sources that speak. The span starts at the first modifier and ends at the head (or its
 * "familiar with …"); it never takes in a capitalized name before it when that name could be its own mention
 * ("a Boeing spokesman": the span is "spokesman", the name "Boeing spokesman").
 */
export function findSources(s: string): SourceHit[] {
  const out: SourceHit[] = [];
  for (const m of matchesOf(HEAD, s)) {
    const end = m.index + m[0].length;
    const before = s.slice(Math.max(0, m.index - 80), m.index);
    // Only in speaker position: right before a speech verb, or right after "according to" or a verb.
    const afterQuote = QUOTE_BEFORE.test(before);
    const writingShows =
      !!m.groups!.writing &&
      (EVIDENCE_AFTER.test(s.slice(end, end + 90)) ||
        (READS_AFTER.test(s.slice(end, end + 8)) && afterQuote) ||
        READS_QUOTE.test(s.slice(end, end + 12)));
    // Right after a closing quotation, a verb of the manner of speaking makes a source too: "“…,” the man shouted."
    const mannerAfter = afterQuote && MANNER_AFTER.test(s.slice(end, end + 40));
    const verbAfter = VERB_AFTER.test(s.slice(end, end + 120));
    if (!verbAfter && !CUE_BEFORE.test(before) && !writingShows && !mannerAfter) continue;
    // Walk back over modifiers: lower-case ones join the span, capitalized ones only the name.
    let start = m.index;
    let nameStart = m.index;
    let lowerOnly = true;
    for (let used = 0; used < 4; used++) {
      const w = /(\S+)(\s+)$/.exec(s.slice(Math.max(0, nameStart - 40), nameStart));
      if (
        !w ||
        !MODIFIER.test(w[1]) ||
        NOT_MODIFIER.has(w[1]) ||
        // A speech verb is no modifier ("said officials"), but "state" is ("state media", "state officials").
        (SPEECH_VERBS.has(w[1]) && w[1] !== 'state') ||
        (/(?:ly|ing|ed)$/.test(w[1]) && w[1] !== 'unnamed')
      )
        break;
      // A word ending a sentence ("…against Donald Trump. Republicans said") is not a modifier; an abbreviation ("U.S.") is.
      if (/[.!?]$/.test(w[1]) && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen)\.$/u.test(w[1])) break;
      nameStart -= w[0].length;
      if (/^\p{Lu}/u.test(w[1])) lowerOnly = false;
      else if (lowerOnly) start = nameStart;
    }
    const lead = /(\S+)\s+$/.exec(s.slice(Math.max(0, nameStart - 20), nameStart))?.[1];
    // Bodies speak only when named as a whole ("the campaign said", "Lutz's team says"); people with or without an article.
    if (
      m.groups!.body &&
      !BARE_BODIES.test(m.groups!.body) &&
      !(lead === 'the' || lead === 'The' || /'s$/.test(lead ?? '')) &&
      nameStart === m.index
    )
      continue;
    // A capitalized body noun ("Party", "Police") ends a name; a lower-case one after a name and "the" is that name's body
    // ("the Clinton campaign says": the campaign speaks, the name stays its own mention).
    if (m.groups!.body && /^\p{Lu}/u.test(m.groups!.body)) {
      if (nameStart < m.index || !BARE_BODIES.test(m.groups!.body)) continue;
    } else if (
      m.groups!.body &&
      nameStart < m.index &&
      !lowerOnly &&
      !/'s\s/.test(s.slice(nameStart, m.index)) &&
      !/^(?:the|The)$/.test(lead ?? '')
    )
      continue;
    // "social media" is where things are posted, not a body that speaks ("state media said" is).
    if (m.groups!.body === 'media' && /\bsocial\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    // A capitalized head right after other capitalized words is part of a name ("Federal Police", "Tax Analysts").
    if (/^\p{Lu}/u.test(m[0]) && nameStart < m.index && !lowerOnly) continue;
    // "people", "men" alone are too vague to be a source: they need a modifier or "familiar with …"; or to speak right
    // after a quotation, with an article ("“…,” the man shouted").
    if (
      m.groups!.people &&
      /^(?:people|man|woman|men|women|person)$/i.test(m.groups!.people) &&
      !m.groups!.familiar &&
      start === m.index &&
      !(afterQuote && (verbAfter || mannerAfter) && /^(?:the|a|an|one)$/.test(lead ?? ''))
    )
      continue;
    // A writing in a setting ("In a Facebook message posted Friday, Cruz said …") is where it was said, not who said it.
    if (m.groups!.writing && IN_SETTING.test(s.slice(Math.max(0, nameStart - 30), nameStart))) continue;
    // A writing speaks only with an article or a modifier before it ("the report", "exit polls"), never bare ("data show").
    // A plural writing that shows or finds something may stand bare ("Polls showed that …").
    if (
      m.groups!.writing &&
      nameStart === m.index &&
      !/^(?:the|The|a|A|an|An)$/.test(lead ?? '') &&
      !(writingShows && /s$/.test(m.groups!.writing))
    )
      continue;
    // A description that a name follows or stands apposed to is that person's title, not another speaker:
    // "Bernstein analyst Mark Li", "Its chief executive, Christophe Fouquet, told …".
    if (m.groups!.people && !m.groups!.familiar && NAME_AFTER.test(s.slice(end, end + 80))) continue;
    // … and so is a capitalized title a surname follows: "wrote Ranking Member Shaheen.", "Secretary Raimondo said".
    if (m.groups!.people && /^\p{Lu}/u.test(m[0]) && SURNAME_AFTER.test(s.slice(end, end + 40))) continue;
    if (m.groups!.people && !m.groups!.familiar && APPOSED_NAME.test(s.slice(end, end + 80))) continue;
    out.push({
      start,
      end,
      type: m.groups!.people ? 'Person' : 'Organization',
      name: s.slice(nameStart, end).replace(/\s+/g, ' '),
    });
  }
  return out;
}
