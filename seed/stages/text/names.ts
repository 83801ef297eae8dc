// Classifies a capitalized span no list knows: organization and event heads, compromise's name and place words, shape.
import type { EntityLabel } from '../../../core/graph-model.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { CALENDAR_WORDS } from '../../lexicon/calendar-words.ts';
import { isCommonWord, isCountryWord, isDemonym, isFirstName, isLastName, isOrgWord, isPlaceWord } from './lexicon.ts';

export type SpanType = EntityLabel | 'Place' | 'Unknown';

export interface SpanGuess {
  type: SpanType;
  /** 3 = list or head word, 2 = name words, 1 = shape only. */
  strength: number;
  method: string;
}

/** Capitalized abbreviations that are not names in news text. */
export const STOP_ACRONYMS = new Set([
  // Time zones after a clock time ("11:15 a.m., E.T.").
  'ET',
  'E.T.',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'AI',
  'GPU',
  'GPUs',
  'CPU',
  'CPUs',
  'CEO',
  'CFO',
  'CTO',
  'COO',
  'LLM',
  'LLMs',
  'IPO',
  'GDP',
  'TV',
  'PC',
  'OK',
  'AM',
  'PM',
  'ID',
  'EV',
  'EVs',
  'IT',
  'PR',
  'HQ',
  'I',
  'A',
  'Q',
  'RSS',
  'FAQ',
  'PDF',
  'USD',
  'EUR',
  'CNY',
  'API',
  'APIs',
  'R&D',
  'HBM',
  'DRAM',
  'NAND',
  'CEOs',
  'ET',
  'GMT',
  'UTC',
  'AGI',
  'VR',
  'AR',
  'IoT',
  'SaaS',
  'OS',
]);
/** Capitalized function words that start a sentence or a headline, never a name on their own. */
export const STOP_WORDS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'From',
  'To',
  'Of',
  'And',
  'But',
  'Or',
  'If',
  'As',
  'By',
  'With',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'We',
  'They',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'There',
  'Here',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Although',
  'Though',
  'However',
  'Meanwhile',
  'According',
  'Also',
  'Still',
  'Yet',
  'So',
  'Now',
  'Then',
  'Today',
  'Yesterday',
  ...CALENDAR_WORDS.weekdays,
  ...CALENDAR_WORDS.months,
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  // A question's opening auxiliary ("Can Sanders take a punch?", "Does Nvidia care?") is no part of the name after it.
  'Can',
  'Could',
  'Should',
  'Would',
  'Does',
  'Did',
  'Is',
  'Are',
  'Was',
  'Were',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Which',
  'Some',
  'Many',
  'Most',
  'All',
  'No',
  'Not',
  'Every',
  'Each',
  'Other',
  'Another',
  'Such',
  'Only',
  'Even',
  'Just',
  'More',
  'Previously',
  'Earlier',
  "I'm",
  "I've",
  "I'll",
  "I'd",
  "We're",
  "We've",
  "We'll",
  "You're",
  "You've",
  "They're",
  "They've",
  'I\u2019m',
  'I\u2019ve',
  'We\u2019re',
  'We\u2019ve',
  'You\u2019re',
  'They\u2019re',
  'Later',
  'Last',
  'Next',
  'First',
  'Second',
  'Third',
  'Read',
  'See',
  'Photo',
  'Image',
  'Video',
  'Update',
  'Updated',
  'Editor',
  'Note',
  'Related',
  'Advertisement',
  ...CALENDAR_WORDS.newsMonthAbbreviations.map((w) => `${w}.`),
  // "Sun" is left out: it is a surname and a firm's name (Sun Microsystems) more often than a day.
  ...CALENDAR_WORDS.weekdayAbbreviations.filter((w) => w !== 'Sun'),
  ...CALENDAR_WORDS.monthAbbreviations,
]);

/** Organization heads that never end a place's or a person's name, whatever the words before them. */
const INSTITUTION_HEADS = new Set([
  'Ministry',
  'Court',
  'Authority',
  'Council',
  'Commission',
  'Committee',
  'Association',
  'Federation',
  'University',
  'Party',
  'Parliament',
  'Agency',
  'Bureau',
  'Institute',
  'Union',
  'Organisation',
  'Organization',
  'Tribunal',
  'Assembly',
  'Foundation',
  'Department',
]);
/** Legal forms of a company, written after its name. */
export const LEGAL_FORMS = new Set([
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Corporation',
  'Co',
  'Co.',
  'Ltd',
  'Ltd.',
  'LLC',
  'Plc',
  'PLC',
  'plc',
  'AG',
  'SA',
  'S.A.',
  'NV',
  'N.V.',
  'BV',
  'GmbH',
  'SpA',
  'AB',
  'ASA',
  'Oyj',
  'A/S',
  'Bhd',
  'Pty',
  'KK',
  'Limited',
  'Incorporated',
]);
const NAME_SHAPE =
  /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?|\p{Lu}\.|(?:Mc|Mac|O')\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,5}$/u;
const CONNECTOR = new Set(['of', 'for', 'de', 'del', 'la', 'van', 'von', 'der', 'du', 'da', '&', 'the', 'and', 'on']);

/**
 * Guesses the type of a span of capitalized words. `isCommon` says whether a word is an ordinary word in this
 * document (it also occurs lower-cased), which catches sentence-initial and headline words the lexicon misses.
 */
/** Common Korean and Chinese family names in their usual romanization (a closed class). */
const EAST_ASIAN_FAMILY = new Set(
  (
    'Kim Lee Park Choi Jung Jun Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Chey Koo Chung Moon Bae Baek Heo Nam Noh Kwak Sung Cha Joo Woo Min Ryu Chae Chun Bang Byun Yeo Yang ' +
    'Xi Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei Tao Mao Hao Gu Gong Shao Qian ' +
    'Lai Tsai Hsu Chang Chiang Ko Lien Soong Hsieh Kuo Tseng Liao Wong Leung Chan Cheung Lau Tse Ng Yeung'
  ).split(' '),
);
/** A hyphenated given name: "Young-hyun", "Jae-yong", "Ing-wen" (two syllables, the second lower-case). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/**
 * The family name of a full personal name: the first word for a Chinese or Korean family name of the closed class that
 * is not also an English given name ("Xi Jinping" → Xi, "Tsai Ing-wen" → Tsai, "Lee Smith" → Smith), else the last.
 */
export function familyName(name: string): string {
  const ws = name.split(/\s+/);
  const first = ws[0];
  return ws.length > 1 && EAST_ASIAN_FAMILY.has(first) && !isFirstName(first) ? first : ws[ws.length - 1];
}

/** "Jun Young-hyun": a family name of the closed class and a hyphenated given name whose halves are not both English ("Long-term"). */
export function isFamilyGiven(family: string, given: string): boolean {
  if (!EAST_ASIAN_FAMILY.has(family) || !HYPHENATED_GIVEN.test(given)) return false;
  const [a, b] = given.toLowerCase().split('-');
  return !(isCommonWord(a) && isCommonWord(b));
}

export function guessSpan(
  words: string[],
  g: Gazetteer,
  isCommon: (w: string) => boolean,
  allCaps: boolean,
): SpanGuess | null {
  const first = words[0];
  const last = words[words.length - 1];
  const n = words.length;
  const content = words.filter((w) => !CONNECTOR.has(w));
  // "Chinese AI", "New Technology": a head word needs a name before it.
  const named = content
    .slice(0, -1)
    .some((w) => !STOP_WORDS.has(w) && !isDemonym(w) && !isCommonWord(w) && !isCommon(w));
  // A whole name the lexicon knows as a country or place ("West Bank", "Gold Coast") is one before any head word says otherwise.
  const joined = words.join(' ');
  if (isCountryWord(joined)) return { type: 'Country', strength: 2, method: 'lexicon:country' };
  if (isPlaceWord(joined)) return { type: 'Place', strength: 2, method: 'lexicon:place' };
  // "West Bank", "North Shore": a compass word and one more is a region, whatever the second word heads elsewhere.
  if (
    n === 2 &&
    /^(?:North|South|East|West|Upper|Lower|Northern|Southern|Eastern|Western)$/.test(first) &&
    !g.organizationHeads.has(last)
  )
    return { type: 'Place', strength: 1, method: 'shape:compass' };
  // "Organisation of Islamic Conference", "Center for Strategic and International Studies", "Committee on Foreign
  // Affairs", "African National Congress": an institution's head word with of/for/on, or "National" before an assembly
  // word, names the body, not a meeting of it.
  const body =
    // (not first: "State Administration for Market Regulation").
    (n >= 3 &&
      words.some(
        (w, k) =>
          k < n - 2 && (g.organizationHeads.has(w) || INSTITUTION_HEADS.has(w)) && /^(?:of|for|on)$/.test(words[k + 1]),
      )) ||
    (last === 'Congress' && words.includes('National'));
  if (n >= 2 && g.eventHeads.has(last) && named && !body) return { type: 'Event', strength: 3, method: 'head:event' };
  // "Capitol Visitor Center", "Cannon House Office Building": a building's tail after a name makes a place.
  const tail = [words.slice(-2).join(' '), last].find((t) => g.buildingTails.has(t));
  if (tail && !body && n > tail.split(' ').length && named && !STOP_WORDS.has(first))
    return { type: 'Place', strength: 3, method: 'head:building' };
  if (body) return { type: 'Organization', strength: 3, method: 'head:organization' };
  // "Xinjiang Uyghur Autonomous Region", "Sichuan Province": a region's head word after a name ends a place's name.
  if (n >= 2 && g.regionHeads.has(last) && named && !STOP_WORDS.has(first))
    return { type: 'Place', strength: 3, method: 'head:region' };
  if (n >= 2 && g.policyHeads.has(last) && named) return { type: 'Policy', strength: 3, method: 'head:policy' };
  // A legal form ends only a company's name, whatever the words before it: "Indian Oil Corp", "Sun Microsystems Inc".
  if (n >= 2 && LEGAL_FORMS.has(last) && !STOP_WORDS.has(first) && !CONNECTOR.has(first))
    return { type: 'Company', strength: 3, method: 'head:legal-form' };
  if (n >= 2 && g.companyHeads.has(last) && named) return { type: 'Company', strength: 3, method: 'head:company' };
  // Heads that only ever end an institution's name take common words before them too: "Foreign Ministry", "Supreme Court".
  if (n >= 2 && INSTITUTION_HEADS.has(last) && !STOP_WORDS.has(first) && content.length >= 2)
    return { type: 'Organization', strength: 3, method: 'head:institution' };
  if (
    (n >= 2 && g.organizationHeads.has(last) && named) ||
    (n >= 3 && (g.organizationHeads.has(first) || g.companyHeads.has(first)) && words[1] === 'of')
  )
    return { type: 'Organization', strength: 3, method: 'head:organization' };
  // "National Bank of Poland", "Chicago Board of Trade", "Organisation for Security …": a head word before "of"/"for".
  for (let k = 1; k < n - 2; k++) {
    if (
      (words[k + 1] === 'of' || words[k + 1] === 'for' || words[k + 1] === 'on') &&
      (g.organizationHeads.has(words[k]) || g.companyHeads.has(words[k])) &&
      words.slice(0, k).every((w) => /^\p{Lu}/u.test(w) && !STOP_WORDS.has(w))
    )
      return { type: 'Organization', strength: 3, method: 'head:organization-of' };
  }
  // "Douglas & Lomason", "Procter & Gamble": names joined by an ampersand are a firm's.
  if (n >= 3 && words.includes('&') && words[0] !== '&' && last !== '&')
    return { type: 'Company', strength: 2, method: 'shape:ampersand' };
  if (isOrgWord(joined)) return { type: 'Organization', strength: 2, method: 'lexicon:organization' };
  if (n === 1) {
    const w = first;
    if (STOP_WORDS.has(w) || STOP_ACRONYMS.has(w) || isDemonym(w) || /^\p{Lu}\.?$/u.test(w) || w === 'New') return null;
    // "the Kurds", "Afrikaners": a people or a faith in the plural is a group, not a name.
    if (g.peoples.has(w)) return null;
    if (allCaps) return null;
    if (ACRONYM.test(w)) return { type: 'Organization', strength: 1, method: 'shape:acronym' };
    if (isCommonWord(w) || isCommon(w)) return null;
    if (isFirstName(w) || isLastName(w)) return { type: 'Person', strength: 1, method: 'lexicon:name' };
    return { type: 'Unknown', strength: 0, method: 'shape:capitalized' };
  }
  // "Jun Young-hyun", "Lee Jae-yong", "Tsai Ing-wen": a Korean or Chinese family name before a hyphenated given name,
  // the order and form the press keeps for them (the family name may also be an English word or a month: "Jun", "Song").
  if (n === 2 && isFamilyGiven(first, last)) return { type: 'Person', strength: 3, method: 'shape:family-given' };
  const common = content.filter((w) => STOP_WORDS.has(w) || isCommonWord(w) || isCommon(w) || isDemonym(w)).length;
  if (isFirstName(first) && !STOP_WORDS.has(first) && content.slice(1).every((w) => NAME_SHAPE.test(w) && !isCommon(w)))
    return { type: 'Person', strength: 2, method: 'lexicon:first-name' };
  if (allCaps) return null;
  if (common * 2 >= content.length) return null;
  if (isLastName(last) && n <= 3 && content.every((w) => NAME_SHAPE.test(w)))
    return { type: 'Person', strength: 2, method: 'lexicon:last-name' };
  if (
    n <= 3 &&
    content.length === n &&
    words.every((w) => NAME_SHAPE.test(w)) &&
    !words.some((w) => isPlaceWord(w) || isOrgWord(w))
  )
    return { type: 'Person', strength: 1, method: 'shape:name' };
  return { type: 'Organization', strength: 1, method: 'shape:proper-noun' };
}
