// Events named by their quoted titles: a hearing, a roundtable or a conference announced with its title in quotation
// marks ("a hearing titled "From High Tech to Heavy Steel: …"", "Holds Hearing - "Rebuilding the Arsenal of …"") is
// that event, named as the title reads. The nouns are data (seed/lexicon/policy-words.yaml, titledEventNouns).
import { alternation } from '../../lexicon/policy-words.ts';
import { matchesOf } from './matches.ts';

export interface TitledEvent {
  start: number; // offsets into the string searched: the title inside its quotation marks
  end: number;
  name: string;
}

let TITLED: RegExp | undefined;

/** Quoted titles of events in s: the noun, an optional "titled/entitled/called" or a dash, then the quotation. */
export function findTitledEvents(s: string): TitledEvent[] {
  TITLED ??= new RegExp(
    String.raw`\b(?:${alternation('titledEventNouns')})(?:\s*,?\s+(?:titled|entitled|called|named),?|\s*[-\u2013\u2014:])?\s*["\u201c](?<title>[A-Z][^"\u201c\u201d\n]{7,300}?)[.,]?["\u201d]`,
    'gi',
  );
  const out: TitledEvent[] = [];
  for (const m of matchesOf(TITLED, s)) {
    const title = m.groups!.title;
    // A title has several words, most of them capitalized: a quoted remark is not one.
    const words = title.split(/\s+/);
    const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length < 3 || caps / words.length < 0.5) continue;
    const start = m.index + m[0].lastIndexOf(title);
    out.push({ start, end: start + title.length, name: title.replace(/\s+/g, ' ') });
  }
  return out;
}

/** Title-case nouns of the lists, as the class of their first letter in both cases is not wanted here. */
const titleCase = (alt: string) =>
  alt.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}${c.toUpperCase()}`);

let NAMED: RegExp | undefined;
const INSIDE_NAME = /\p{Lu}[\p{L}\p{N}.'\u2019-]*[^\S\n]+(?:of|for|on)[^\S\n]+$/u;
const RUNS_ON = /^[^\S\n]+(?:\p{Lu}|of[^\S\n]+\p{Lu}|against\b|relating\b)/u;
/** A day or a month after "on" says when, not what about ("the Democratic National Convention on Tuesday"). */
const WHEN = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
/** A capitalized word or a number: "White", "CHIPS-Plus", "U.S.-China", "G7", "2024". */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|\p{N}[\p{L}\p{N}-]*)`;

/**
 * Gatherings named in title case after a lower-case "at", "to" or article: "at White House Press Briefing", "at the
 * Intel Announcement", "at a Virtual CEO Summit on Semiconductor and Supply Chain Resilience". One to five capitalized
 * words, then the head (namedEventNouns), then an optional title-case "on …"/"for …" tail. A title-case headline has no
 * lower-case lead before the name's first word, so the whole headline is never taken for a name.
 */
export function findNamedEvents(s: string): TitledEvent[] {
  NAMED ??= new RegExp(
    String.raw`(?<=(?:^|[^\S\n])(?:at|to|for|the|a|an|during|of|from|after|before)[^\S\n]+)((?:${WORD}[^\S\n]+){1,5}(?:${titleCase(alternation('namedEventNouns'))})(?:[^\S\n]+(?:on|for)[^\S\n]+(?!${WHEN})${WORD}(?:[^\S\n]+(?:(?:and|of|the|for|in|on)[^\S\n]+)?${WORD})*)?)(?![\p{L}\p{N}-])`,
    'gu',
  );
  const out: TitledEvent[] = [];
  for (const m of matchesOf(NAMED, s)) {
    const name = m[1].replace(/\s+/g, ' ');
    // "the Pentagon's Event": a possessive names an owner, not a title. A name that runs on ("… Conference Committee",
    // "the US Conference of Mayors", "the 1984 Convention against Torture") is a body's or a treaty's, not a gathering's.
    if (/['\u2019]s?\s/.test(name) || RUNS_ON.test(s.slice(m.index + m[1].length))) continue;
    // "the Organisation of Tavic Conference": after a capitalized word, "of" joins a longer name.
    if (INSIDE_NAME.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[1].length, name });
  }
  return out;
}

let DESCRIBED: RegExp | undefined;
/** What the description may not open with: a pointer back ("this subject") or a day ("on Tuesday") names no gathering. */
const NOT_A_SUBJECT =
  /^(?:this|that|these|those|it|them|him|her|his|my|your|our|their|its|which|what|whether|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * Gatherings named by what they are on: "a full committee hearing on U.S. Economic Policy Response to Russia's
 * Invasion of Ukraine with Under Secretary …", "a hearing to examine export controls as a tool to counter the Chinese
 * Communist Party (CCP) and America's adversaries". The description runs to a clause break (punctuation, "with",
 * "before", "where", "that", …); the event is named "hearing on …" from the noun on. Abbreviations ("U.S.") and a short
 * parenthesis ("(CCP)") stay inside.
 */
export function findDescribedEvents(s: string): TitledEvent[] {
  DESCRIBED ??= new RegExp(
    String.raw`\b(${alternation('describedEventNouns')})[^\S\n]+(on|into|to[^\S\n]+(?:examine|review|discuss|consider|explore|address|assess))[^\S\n]+((?:(?:[A-Z]\.){2,}|\([^()\n]{1,30}\)|[^,.;:!?\n()"\u201c\u201d])+?)(?=[^\S\n]*(?:[,.;:!?"\u201c\u201d\n]|$)|[^\S\n]+(?:with|featuring|where|that|which|who|when|before|after|at|chaired|held|scheduled|set|and[^\S\n]+(?:the|a)[^\S\n]+(?:press|news))\b)`,
    'g',
  );
  const out: TitledEvent[] = [];
  for (const m of matchesOf(DESCRIBED, s)) {
    const about = m[3].trim();
    const words = about.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w));
    if (NOT_A_SUBJECT.test(about) || words.length < 2 || words.length > 16) continue;
    const name = `${m[1].toLowerCase().replace(/\s+/g, ' ')} ${m[2].replace(/\s+/g, ' ')} ${about.replace(/\s+/g, ' ')}`;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, name });
  }
  return out;
}
