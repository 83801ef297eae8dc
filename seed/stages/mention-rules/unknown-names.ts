// Names the shape and list rules could not type: datelines, context cues ("news agency X", "X spokesman"), one sense
// per document, headline words the text types elsewhere, and single capitalized words read from the words around them.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { SpanType } from '../text/names.ts';
import { isDateline } from '../text/cues.ts';
import { isCommonWord, isDemonym, SPEECH_VERBS } from '../text/lexicon.ts';
import { matchesOf, splitSpaces } from '../text/matches.ts';
import { type Found, isSettled, mayBeTeam, nationality } from './found-mention.ts';
import { settleTeamsByList, settleTeamsByScore } from './conll-sports-tables.ts';
import { escapeRegExp } from '../text/matches.ts';

const SPEECH_AFTER = new RegExp(`^\\s+(?:${[...SPEECH_VERBS].filter((v) => !v.includes(' ')).join('|')})\\b`);

/** Nouns right before a name that make it an organization's ("news agency Tanjug", "the daily Zycie Warszawy", "club Nice"). */
const ORG_BEFORE =
  /\b(?:agency|newspaper|daily|weekly|magazine|paper|broadcaster|network|television|radio|station|team|club|side|firm|company|group|carmaker|automaker|maker|bank|insurer|airline|shares\s+of|stake\s+in|units?\s+of)\s+(?:the\s+)?$/;
/** Words right after a name that make it an organization's ("Ericsson spokesman", "Jones stock", "Interfax news agency"). */
const ORG_AFTER =
  /^\s*(?:'s\s+)?(?:spokes(?:man|woman|person)|shares|stock|common\s+stock|stockholders|shareholders|officials|executives|board\s+of|news\s+agency|agency|daily|newspaper|defender|midfielder|striker|goalkeeper|coach|manager|general\s+manager|chief\s+executive|chairman|board|captain|skipper|team-?mate|fans|supporters)\b/;

/** Words after a name that a firm has and a city or a person has not ("Lehman analyst", "Porsche 's registrations"). */
const FIRM_AFTER =
  /^\s*(?:'s\s+)?(?:analysts?|economists?|strategists?|subsidiary|subsidiaries|unit|registrations|net\s+(?:profit|income|loss)|earnings|revenues?|sales|plants?|factory|factories|shareholders|bonds?|issue|dealers?|traders?)\b/;

/** An apposition that makes a name a firm's part: ", one of its units", ", a subsidiary of …", ", its chip division". */
const APPOSED_UNIT =
  /^\s*,\s+(?:one\s+of\s+(?:its|the|their)\s+|(?:a|an|its|their|the)\s+)(?:[\w-]+\s+){0,2}?(?:units?|subsidiar(?:y|ies)|divisions?|affiliates?|arms?)\b/;

const APPOSED_TITLE = new WeakMap<Gazetteer, RegExp>();
/** ", Chinese Commerce Minister," / ", a spokeswoman for …": a title in apposition after a word makes it a person's name. */
function apposedTitle(g: Gazetteer): RegExp {
  let re = APPOSED_TITLE.get(g);
  if (!re) {
    const heads = [
      ...new Set([...g.titles.map((t) => t.title.split(' ').pop()!.replace(/\.$/, '')), ...g.personNouns]),
    ].filter((w) => w.length > 2);
    re = new RegExp(
      `^,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,4}?(?:${heads.map(escapeRegExp).join('|')})\\b`,
      'i',
    );
    APPOSED_TITLE.set(g, re);
  }
  return re;
}

/** A name at a dateline ("WASHINGTON —") that no stronger rule typed is a place. */
function settleDateline(f: Found, text: string): boolean {
  if (!isDateline(text, f.start, f.end)) return false;
  if (f.strength <= 1 && f.method !== 'lexicon:organization') {
    f.type = 'Place';
    f.place = true;
  }
  return true;
}

/** Single capitalized words no rule could type: a surname of someone named, a name seen typed elsewhere, or a speaker. */
export function settleUnknown(found: Found[], text: string, g: Gazetteer): void {
  const titled = apposedTitle(g);
  const typed = new Map<string, Found>();
  const surnames = new Set<string>();
  for (const f of found) {
    if (f.type === 'Unknown' || f.anaphor) continue;
    const s = text.slice(f.start, f.end);
    const prev = typed.get(s);
    if (!prev || prev.strength < f.strength) typed.set(s, f);
    if (f.type === 'Person') for (const w of splitSpaces(s).slice(1)) surnames.add(w);
    if (f.type === 'Person' && f.strength >= 2) surnames.add(splitSpaces(s)[0]);
  }
  // Places that play: "Leicestershire beat Somerset", "Surrey 22 Kent 15", a standings row, "KANSAS CITY AT DETROIT" — a team is an organization.
  const teams = new Set<string>();
  settleTeamsByScore(found, text, teams);
  for (const f of found) {
    if (isSettled(f)) continue;
    settleDateline(f, text);
  }
  settleTeamsByList(found, text, g, surnames, teams);
  // Words around a name that only an organization has: "the news agency Tanjug", "Ericsson spokesman", "shares of Jones".
  for (const f of found) {
    if (!mayBeTeam(f, text) || surnames.has(text.slice(f.start, f.end)) || nationality(text.slice(f.start, f.end), g))
      continue;
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    const after = text.slice(f.end, f.end + 40);
    if (
      ORG_BEFORE.test(before) ||
      ORG_AFTER.test(after) ||
      APPOSED_UNIT.test(after) ||
      (FIRM_AFTER.test(after) && f.type !== 'Place')
    ) {
      f.type = 'Organization';
      f.cued = true;
      teams.add(text.slice(f.start, f.end).toLowerCase());
    }
  }
  // One sense per document: a name seen playing, or seen as an organization by its context, is one wherever else the text uses it without other evidence.
  if (teams.size)
    for (const f of found)
      if (mayBeTeam(f, text) && teams.has(text.slice(f.start, f.end).toLowerCase())) {
        f.type = 'Organization';
        f.cued = true;
      }
  // Names typed in running text, by their lower-cased form, for the same words in a headline.
  const byLower = new Map<string, SpanType>();
  const headlined: Found[] = [];
  for (const f of found)
    if (f.type !== 'Unknown' && f.type !== 'Place' && !f.anaphor && f.method !== 'shape:caps')
      byLower.set(text.slice(f.start, f.end).toLowerCase(), f.type);
  // A headline names people by surname ("Sanders Vows to …" over "Bernie Sanders said …"): a surname of a person the
  // text names in full is a person's name in the headline too, unless the text types that word otherwise.
  for (const w of surnames)
    if (/^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w) && !byLower.has(w.toLowerCase()))
      byLower.set(w.toLowerCase(), 'Person');
  for (const f of found) {
    const s = text.slice(f.start, f.end);
    if (f.method === 'shape:caps') {
      f.type = 'Place';
      // The longest runs of its words that the text names elsewhere ("VARENNA SIGN NEW COACH" → VARENNA).
      const words = matchesOf(/\S+/g, s);
      for (let k = 0; k < words.length; ) {
        let hit = 0;
        for (let n = Math.min(words.length - k, 5); n >= 1 && !hit; n--) {
          const type = byLower.get(
            s.slice(words[k].index, words[k + n - 1].index! + words[k + n - 1][0].length).toLowerCase(),
          );
          if (type) {
            headlined.push({
              ...f,
              start: f.start + words[k].index!,
              end: f.start + words[k + n - 1].index! + words[k + n - 1][0].length,
              type,
              method: 'shape:caps-known',
              cued: true,
            });
            hit = n;
          }
        }
        k += hit || 1;
      }
      continue;
    }
    if (f.type === 'Unknown') {
      const after = text.slice(f.end, f.end + 30);
      const before = text.slice(Math.max(0, f.start - 12), f.start);
      if (/^\s*:/.test(after) && /(?:^|\n)\s*$/.test(before))
        f.type = 'Place'; // "Scorers:", "Attendance:" — a label, not a name
      else if (surnames.has(s)) f.type = 'Person';
      else if (typed.has(s) && typed.get(s)!.type !== 'Unknown') f.type = typed.get(s)!.type;
      else if (
        /\b(?:city|town|village|province|region|state|district|port|capital|island|county|suburb|area|republic)\s+of\s+$/i.test(
          text.slice(Math.max(0, f.start - 30), f.start),
        )
      )
        [f.type, f.place] = ['Place', true];
      // "Jiangsu province", "Sichuan prefecture": a lower-case place noun after a single name makes it a place.
      else if (/^\s+(?:province|prefecture|county|district|region)\b/.test(after)) [f.type, f.place] = ['Place', true];
      else if (/\b(?:of|with|for)\s+$/.test(before) && !nationality(s, g)) f.type = 'Organization';
      else if (SPEECH_AFTER.test(after) || titled.test(text.slice(f.end, f.end + 70))) {
        f.type = 'Person';
        f.cued = true;
      }
      // "the Veldhoven-based maker": what a firm is based in is a place, however near the word "maker" stands.
      else if (/^-(?:based|headquartered)\b/.test(after)) [f.type, f.place] = ['Place', true];
      else if (/\b(?:in|near|from)\s+$/.test(before) && !/^\s*'s/.test(after)) [f.type, f.place] = ['Place', true];
      else if (
        /\b(?:company|firm|startup|start-up|chipmaker|maker|shares|stock|products?|Inc|Corp|group|lab|developer)\b/.test(
          text.slice(Math.max(0, f.start - 40), f.end + 40),
        )
      ) {
        f.type = 'Company';
        f.cued = true;
      } else if (
        /^(?:'s|\s+(?:Inc|Corp|Ltd|Co)\b)/.test(after) ||
        /\b(?:by|from|against|with|join|joined|signed|beat|led)\s+$/.test(before)
      )
        f.type = 'Organization';
      // "the Braves", "the Democrats": a capitalized plural after "the" names a team or a party, not a place.
      else if (
        /\bthe\s+$/i.test(before) &&
        /^\p{Lu}\p{Ll}+[^s]s$/u.test(s) &&
        !isDemonym(s) &&
        !isDemonym(s.slice(0, -1))
      ) {
        f.type = 'Organization';
        f.cued = true;
      }
      // No evidence either way: left out. Places, nationalities and events outnumber organizations among such words
      // (measured: calling recurring unknown words organizations lowered CoNLL ORG F1).
      else f.type = 'Place';
    } else if (f.strength <= 1 && typed.has(s) && typed.get(s)!.strength > f.strength) {
      f.type = typed.get(s)!.type;
    } else if (f.strength <= 1 && surnames.has(s) && f.type !== 'Person') {
      f.type = 'Person';
    }
  }
  found.push(...headlined);
}
