// Stage "mentions": finds people, organizations, places, chips, models, policies and events in each sentence. The stage
// is a list of named rules (MENTION_RULES) run in order over one shared state; each rule lives in its own module under
// mention-rules/ (or text/ for the phrase and source finders) and is tested on its own.
import { settleRankedEntrants } from './mention-rules/conll-sports-tables.ts';
import { settleSportsPageTeams } from './mention-rules/conll-sports-pages.ts';
import { settlePressDigestPapers } from './mention-rules/conll-press-digests.ts';
import { settlePossessiveNames } from './mention-rules/possessive-names.ts';
import type { Analysis, Mention, PipelineContext, Stage } from '../analysis.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { gazetteerOf, indexAtOrBefore, textRange } from './text/stage-context.ts';
import { findPhrases } from './text/phrases.ts';
import { findSources } from './text/sources.ts';
import type { NerModel } from '../ner/ner-model.ts';
import { tagSentences } from '../ner/tagger.ts';
import { settleDocumentSenses } from './text/senses.ts';
import { type Found, isDomainFind, type SentenceScan } from './mention-rules/found-mention.ts';
import { NameFinder } from './mention-rules/name-finder.ts';
import { scanSentences } from './mention-rules/sentence-scans.ts';
import { settleUnknown } from './mention-rules/unknown-names.ts';
import { settleByTagger, settledTokens } from './mention-rules/tagger-settle.ts';
import { isPersonName, retypePlaceNames } from './mention-rules/person-checks.ts';
import { settleTitleRuns } from './mention-rules/title-runs.ts';
import { settleBodies, settleFirms, settleLegalForms } from './mention-rules/firm-evidence.ts';
import { settleSubsidiaryNames } from './mention-rules/subsidiary-names.ts';
import { settleProducts } from './mention-rules/product-context.ts';
import {
  settleBareHeads,
  settleCommonWordRuns,
  settleHeadlineWords,
  settlePartyAdjectives,
  settlePeoples,
  settleReferences,
} from './mention-rules/common-word-runs.ts';
import { settleAcronymPlaces, settlePlaceContext } from './mention-rules/place-context.ts';
import { settleBodyComplements } from './mention-rules/body-names.ts';
import { settleAcronymTypos } from './mention-rules/acronym-typos.ts';
import { settleTechnologyTerms } from './mention-rules/technology-terms.ts';
import { settleCapitalMetonymy } from './mention-rules/capital-metonymy.ts';
import { settleDepartmentShortNames } from './mention-rules/department-short-names.ts';
import { settleTrailingDates } from './mention-rules/trailing-dates.ts';
import { settleResearchPrograms } from './mention-rules/research-programs.ts';
import { addCountryBeforeName } from './mention-rules/country-before-name.ts';
import { addGovernmentBodies } from './mention-rules/government-mentions.ts';
import { keepNonOverlapping, toMention } from './mention-rules/mention-overlaps.ts';
import { isDemonym } from './text/lexicon.ts';

/** A nationality adjective ("Chinese", "American"); a plural ("Indians", "Americans") may name a people or a team. */
const isNationality = (w: string, g: Gazetteer) =>
  !w.includes(' ') && !/s$/i.test(w) && (isDemonym(w) || g.demonyms.has(w));

/** What the rules share while one document is read. */
export interface MentionState {
  text: string;
  g: Gazetteer;
  /** The tagger's model when the context gives one (else the committed model). */
  model?: NerModel;
  ranges: { start: number; end: number }[];
  scans: SentenceScan[];
  finder: NameFinder;
  /** Every find so far (the finder's list: rules add to it and retype its members). */
  found: Found[];
  /** Phrases that refer back to someone named ("the spokesman"): a described source there stays an anaphor. */
  phraseAnaphors: { start: number; end: number }[];
}

/** One named rule of the stage. */
export interface MentionRule {
  name: string;
  run(s: MentionState): void;
}

/** The stage's rules, in order: finders first, then the rules that type, retype or leave out what was found. */
export const MENTION_RULES: MentionRule[] = [
  {
    // Chip names are learnt where a sentence speaks of chips, then recognized anywhere in the document.
    name: 'chip names',
    run: (s) => {
      for (const sc of s.scans) s.finder.learnChips(sc);
    },
  },
  {
    name: 'names by shape, lists and titles',
    run: (s) => {
      for (const sc of s.scans) s.finder.scan(sc);
    },
  },
  {
    // Phrases are found paragraph-wide in one pass and filed under the sentence they start in.
    name: 'policy, event and description phrases',
    run: (s) => {
      if (!s.ranges.length) return;
      const starts = s.ranges.map((r) => r.start);
      const phrases = findPhrases(s.text, s.ranges[0].start, s.ranges[s.ranges.length - 1].end, s.g);
      for (const h of phrases) {
        const index = indexAtOrBefore(starts, h.start);
        if (h.end <= s.ranges[index].end) s.finder.add({ ...h, strength: 3, sentence: index });
      }
      s.phraseAnaphors = phrases.filter((h) => h.anaphor);
    },
  },
  {
    // Described sources that speak; a description that refers back to someone named ("the spokesman") stays an anaphor.
    name: 'described sources',
    run: (s) => {
      if (!s.ranges.length) return;
      const starts = s.ranges.map((r) => r.start);
      const from = s.ranges[0].start;
      for (const h of findSources(s.text.slice(from, s.ranges[s.ranges.length - 1].end))) {
        const start = from + h.start;
        const end = from + h.end;
        const index = indexAtOrBefore(starts, start);
        if (end > s.ranges[index].end || s.phraseAnaphors.some((x) => x.start < end && start < x.end)) continue;
        s.finder.add({
          start,
          end,
          type: h.type,
          canonical: h.name,
          method: 'description:source',
          strength: 3,
          sentence: index,
        });
      }
    },
  },
  { name: 'unknown names by context', run: (s) => settleUnknown(s.found, s.text, s.g) },
  {
    name: 'names settled by the tagger',
    run: (s) =>
      settleByTagger(
        s.found,
        tagSentences(
          s.scans.map((sc) => sc.toks),
          s.g,
          { margins: true, model: s.model, ...settledTokens(s.scans, s.found, s.finder) },
        ),
        s.scans,
        s.text,
        s.finder.isCommon,
      ),
  },
  {
    name: 'one sense per document',
    run: (s) =>
      settleDocumentSenses(s.found, {
        text: s.text,
        g: s.g,
        sentenceStarts: s.scans.map((sc) => sc.start),
        settled: isDomainFind,
        isCommon: s.finder.isCommon,
      }),
  },
  // CoNLL-2003 sports pages: a ranked row's entrant after a driver and a country ("Lola Honda") is a team.
  { name: 'ranked entrants', run: (s) => settleRankedEntrants(s.found, s.text) },
  { name: 'titles of works', run: (s) => settleTitleRuns(s.found, s.scans, s.text, s.g) },
  { name: "no day at a name's end", run: (s) => settleTrailingDates(s.found, s.text) },
  {
    name: 'person names only',
    run: (s) => {
      for (const f of s.found) {
        // "the Clinton Foundation": a name a body's head word ends is no person's, however sure the tagger is.
        if (f.type === 'Person' && /^ner:head:(?:organization|institution)$/.test(f.method)) f.type = 'Organization';
        if (f.type === 'Person' && !isPersonName(s.text.slice(f.start, f.end), f, s.g)) f.type = 'Unknown';
      }
    },
  },
  { name: 'place names', run: (s) => retypePlaceNames(s.found, s.text, s.g) },
  { name: 'places by context', run: (s) => settlePlaceContext(s.found, s.text) },
  { name: 'no short form a place by guess', run: (s) => settleAcronymPlaces(s.found, s.text, s.g) },
  { name: 'capitals for their country', run: (s) => settleCapitalMetonymy(s.found, s.text, s.g) },
  { name: 'a department by its short name', run: (s) => settleDepartmentShortNames(s.found, s.text, s.g) },
  { name: 'programs of an institution', run: (s) => settleResearchPrograms(s.found, s.text, s.ranges) },
  { name: "a body's complement with a country", run: (s) => settleBodyComplements(s.found, s.text, s.g) },
  { name: 'government bodies by description', run: (s) => addGovernmentBodies(s.found, s.scans, s.text, s.g) },
  { name: 'firms by context', run: (s) => settleFirms(s.found, s.text, s.g) },
  { name: 'bodies by context', run: (s) => settleBodies(s.found, s.text, s.g) },
  { name: "a legal form ends a firm's name", run: (s) => settleLegalForms(s.found, s.text) },
  { name: "a subsidiary's name", run: (s) => settleSubsidiaryNames(s.found, s.text) },
  { name: 'products by their head noun', run: (s) => settleProducts(s.found, s.scans, s.text, s.g, s.finder.isCommon) },
  { name: 'names that end in a possessive', run: (s) => settlePossessiveNames(s.found, s.text) },
  { name: 'a country before a name', run: (s) => addCountryBeforeName(s.found, s.text, s.g) },
  { name: 'title-case common words', run: (s) => settleCommonWordRuns(s.found, s.text, s.g, s.finder.isCommon) },
  {
    name: 'ordinary words in a title-case line',
    run: (s) => settleHeadlineWords(s.found, s.scans, s.text, s.g, s.finder.isCommon),
  },
  { name: 'a misspelt short form', run: (s) => settleAcronymTypos(s.found, s.text) },
  { name: 'technology terms', run: (s) => settleTechnologyTerms(s.found, s.text, s.g) },
  { name: 'no people or faith alone', run: (s) => settlePeoples(s.found, s.text, s.g) },
  { name: 'no head word alone', run: (s) => settleBareHeads(s.found, s.text, s.g) },
  { name: "a party's adjective after an institution", run: (s) => settlePartyAdjectives(s.found, s.text, s.g) },
  { name: 'no references to a part of a text', run: (s) => settleReferences(s.found, s.text, s.g) },
  {
    // A nationality word alone ("Chinese tech giants", "Chinese customers") names no firm, body, person or place; in a
    // compound of home ("Dutch-based ASML") it stands for its country.
    name: 'no nationality alone',
    run: (s) => {
      for (const f of s.found) {
        const word = s.text.slice(f.start, f.end);
        if (
          (f.type === 'Company' ||
            f.type === 'Organization' ||
            f.type === 'Person' ||
            // "U.S." is a nationality word and the country's own name
            (f.type === 'Place' && s.g.byAlias.get(word)?.type !== 'Country')) &&
          !f.anaphor &&
          f.method !== 'gazetteer' &&
          !f.method.startsWith('description:') &&
          isNationality(word, s.g)
        ) {
          const country = s.g.demonyms.get(word);
          if (country && /^-(?:based|headquartered)\b/.test(s.text.slice(f.end, f.end + 14))) {
            f.type = 'Country';
            f.canonical = s.g.byAlias.get(country)?.name ?? country;
          } else f.type = 'Unknown';
        }
      }
    },
  },
  {
    // A stock ticker in brackets after a firm's name ("Nvidia (NVDA.O)", "(9988.HK)", "(NASDAQ: NVDA)") names no other entity.
    name: 'no tickers',
    run: (s) => {
      for (const f of s.found)
        if (
          f.type !== 'Unknown' &&
          f.method !== 'gazetteer' &&
          /^(?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NASDAQ|NYSE|Nasdaq)(?::\s*[A-Z]{1,5})?)$/.test(
            s.text.slice(f.start, f.end),
          ) &&
          /\(\s*$/.test(s.text.slice(Math.max(0, f.start - 3), f.start))
        )
          f.type = 'Unknown';
    },
  },
  {
    // A lawmaker's party and state ("(R-Ohio)", "Ted Cruz, R-Texas,", "(D-Nev.)") name no organization or place.
    name: 'no party tags',
    run: (s) => {
      for (const f of s.found)
        if (
          !f.anaphor &&
          f.method !== 'gazetteer' &&
          /^[RDI](?:-\p{Lu}[\p{L}.]*)?$/u.test(s.text.slice(f.start, f.end)) &&
          /(?:\(|,\s)\s*$/.test(s.text.slice(Math.max(0, f.start - 3), f.start)) &&
          /^[-.\p{L}]*\s*[),]/u.test(s.text.slice(f.end, f.end + 12))
        )
          f.type = 'Unknown';
    },
  },
  // CoNLL-2003 sports pages only (a Reuters sports slug opens the document): clubs named by their city, result rows.
  { name: 'teams on a sports page', run: (s) => settleSportsPageTeams(s.found, s.text, s.ranges) },
  // CoNLL-2003 press digests only ("PRESS DIGEST - …" opens the document): a newspaper's name alone on a line.
  { name: 'newspapers in a press digest', run: (s) => settlePressDigestPapers(s.found, s.text, s.ranges) },
  {
    // A possessive ending read alone ("'s" cut from "China's") names nothing.
    name: 'no bare possessives',
    run: (s) => {
      for (const f of s.found)
        if (f.end - f.start <= 2 && /^['\u2019]s$/.test(s.text.slice(f.start, f.end))) f.type = 'Unknown';
    },
  },
];

export function findMentions(a: Analysis, g: Gazetteer, model?: NerModel): Mention[] {
  const text = a.text;
  const ranges = a.sentences.map((s) => textRange(a, s));
  const lowerWords = new Set<string>();
  const finder = new NameFinder(text, g, lowerWords);
  const scans = scanSentences(text, ranges, lowerWords);
  const state: MentionState = { text, g, model, ranges, scans, finder, found: finder.found, phraseAnaphors: [] };
  for (const rule of MENTION_RULES) rule.run(state);
  return keepNonOverlapping(state.found).map((f) => toMention(a, f));
}

export const mentions: Stage = {
  name: 'mentions',
  run(a: Analysis, context: PipelineContext): Analysis {
    return { ...a, mentions: findMentions(a, gazetteerOf(context), context.nerModel as NerModel | undefined) };
  },
};
