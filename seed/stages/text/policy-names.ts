// Policies named in title case: "the CHIPS and Science Act", "Trade Act of 1974", "Outbound Investment Security Program",
// and rule titles that open with a policy noun, "Export Controls on Advanced Computing and Semiconductor Manufacturing Items".
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { matchesOf } from './matches.ts';
import { isCountryWord, isFirstName, lexTags } from './lexicon.ts';
import { escapeRegExp } from './matches.ts';
import { MONTH_ALT, WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';

export interface PolicyName {
  start: number; // offsets into the string searched
  end: number;
  name: string;
}

/** A capitalized word without a possessive ("Department's" ends a name: the possessive rule reads it). */
const WORD = String.raw`(?!(?:${WEEKDAY_ALT}|${MONTH_ALT})\b)(?:[A-Z][\w-]*(?:\.[\w-]+)*|\d{3,4})`;
/** Lower-case words that join the words of a long name. */
const JOIN = '(?:of|and|on|for|from|to|in|the|&|with|against)';
/** Space within a line: a name never runs over a line break (a headline ends there). */
const SP = String.raw`[^\S\n]+`;

interface PolicyPatterns {
  headed: RegExp;
  led: RegExp;
  /** What each pattern cannot match without (a head word after a space; a lead word before on/of/to/for): a text lacking it is skipped. */
  hasHead: RegExp;
  hasLead: RegExp;
}
const PATTERNS = new WeakMap<Gazetteer, PolicyPatterns>();
function patterns(g: Gazetteer): PolicyPatterns {
  let p = PATTERNS.get(g);
  if (!p) {
    const heads = [...g.policyHeads].map(escapeRegExp).join('|');
    const leads = [...g.policyLeads]
      .sort((x, y) => y.length - x.length)
      .map(escapeRegExp)
      .join('|');
    // Name words (joined by lower-case connectors) ending in a policy head, with an optional year: "Trade Act of 1974",
    // "National Defense Authorization Act for Fiscal Year 1999".
    const headed = new RegExp(
      String.raw`\b${WORD}(?:${SP}(?:${JOIN}${SP})*${WORD}){0,12}?${SP}(?:${heads})\b(?:${SP}(?:of|for${SP}Fiscal${SP}Year)${SP}(?:19|20)\d\d)?(?!${SP}(?:${JOIN}${SP})*[A-Z]|-)`,
      'g',
    );
    // A policy noun (or two joined by "and"), then on/of/to and title-case words, commas between list members: a
    // rule's title.
    const led = new RegExp(
      String.raw`\b(?:${leads})(?:\s+and\s+${WORD})?\s+(?:on|of|to|for)\s+(?:the\s+)?${WORD}(?:(?:,\s+(?:and\s+)?|\s+(?:${JOIN}\s+)*)${WORD}){0,14}`,
      'g',
    );
    const hasHead = new RegExp(String.raw`\s(?:${heads})\b`);
    const hasLead = new RegExp(String.raw`\b(?:${leads})(?:\s+and\s+\S+)?\s+(?:on|of|to|for)\s`); // as `led` opens
    p = { headed, led, hasHead, hasLead };
    PATTERNS.set(g, p);
  }
  return p;
}

/**
 * The rest of a title after a semicolon or a colon: title-case words (lower-case joining words, commas and a bracketed
 * acronym between), in parts set off by "; ", "; and " or ": ", up to a closing quotation mark or the end of the line.
 */
const TITLE_REST = new RegExp(
  String.raw`^((?:(?:;\s+(?:and\s+)?|:\s+)${WORD}(?:(?:,\s+(?:and\s+)?|\s+(?:${JOIN}\s+)*)(?:${WORD}|\([A-Z][\w/-]*\)))*)+)(?=\s*(?:["\u201d]|$|\n))`,
);

const ARTICLE = /^(?:The|the|A|An|This|That|These|Its|Their)\s+/;
/** "Biden-Era …": the era names who issued a policy (the policy-argument rule reads it), not the policy. */
export const ERA = /^\p{Lu}\p{Ll}+-[Ee]ra\s+/u;
/** Words before a rule's title that say it is new, not what it is ("New Export Controls on …"): left out of its name. */
const NEWNESS = /^(?:New|Additional|Fresh|Further|Tougher|Tighter|Expanded)\s+/;
/**
 * Capitalized words right before a title's policy noun, in a headline ("US Chip-Export Ban to China", "US Crackdown on
 * China Tech"): read back from the noun, up to three, none a verb ("Commerce Implements New Export Controls").
 */
const MODIFIER_BEFORE = /(?:^|[\s(\u201c"])((?:(?:US|U\.S\.|\p{Lu}[\p{L}\d-]*)[^\S\n]+){1,3})$/u;
/**
 * "… to China", "… to the People's Republic of China (PRC)", "… to Countries of Concern": where the trade goes (never
 * over a line break: a headline ends there).
 */
const DESTINATION =
  /[^\S\n]+(to|in)[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}.-]*(?:['\u2019]s)?(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}.-]*){0,3})/uy;
const ACRONYM_AFTER = /^\s*\(\p{Lu}+\)/u;
/** Words that open a sentence or a headline rather than a name. */
const NOT_FIRST = /^(?:But|And|Or|In|On|At|For|Under|After|Before|Since|When|While|If|As|By|With|From|To|Of)\s+/;

/**
 * Whether a capitalized word before a title's noun modifies it ("US", "Chip-Export", "Sweeping"): never a verb, a
 * plural (a headline's verb: "Implements", "Blocks"), an article or a sentence's opening word.
 */
function modifies(w: string): boolean {
  if (NOT_FIRST.test(`${w} `) || ARTICLE.test(`${w} `)) return false;
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  return !tags.some((x) => /^(?:PastTense|PresentTense|Infinitive|Copula|Gerund|Verb|Plural|Modal|Auxiliary)$/.test(x));
}

/** A present-tense verb or a copula ("Debates", "Is"): a headline's verb, which no title holds. */
function isPresentVerb(w: string): boolean {
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  return tags.includes('PresentTense') || tags.includes('Copula');
}

/** Whether a title's "to X" names where the trade goes: a country (by name or alias) or countries of concern. */
function isDestination(x: string, g: Gazetteer): boolean {
  const name = x.replace(/\u2019/g, "'");
  const known = g.byAlias.get(name) ?? g.byAlias.get(x);
  return known?.type === 'Country' || isCountryWord(name) || /^Countries\b/.test(name);
}

/** Policy names in s, longest first where two overlap. */
export function findPolicyNames(s: string, g: Gazetteer): PolicyName[] {
  const { headed, led, hasHead, hasLead } = patterns(g);
  const out: PolicyName[] = [];
  for (const re of [led, headed]) {
    if (!(re === led ? hasLead : hasHead).test(s)) continue;
    for (const m of matchesOf(re, s)) {
      let start = m.index!;
      // A rule's title never runs over a line break: a headline ends there ("… on China Tech\n\nSince …").
      let text = re === led ? m[0].split('\n')[0].trimEnd() : m[0];
      for (
        let cut = ARTICLE.exec(text) ?? NOT_FIRST.exec(text);
        cut;
        cut = ARTICLE.exec(text) ?? NOT_FIRST.exec(text)
      ) {
        start += cut[0].length;
        text = text.slice(cut[0].length);
      }
      // "Section 1237 of the National Defense Authorization Act …": a reference to a part of a law ("Section", "Title",
      // the gazetteer's referenceWords) names the law after its "of".
      const ref = /^(\S+)\s+[\dA-Z][\w.()-]*\s+of\s+(?:the\s+)?(?=\S)/.exec(text);
      if (ref && g.referenceWords.has(ref[1])) {
        start += ref[0].length;
        text = text.slice(ref[0].length);
      }
      // "entities in the PRC on the Entity List": a country and a preposition before a policy's name say where, not
      // which policy.
      const where = /^(\S+(?:\s+\S+){0,3}?)\s+(?:on|in|to|from|with|against)\s+(?:the\s+)?(?=\S)/.exec(text);
      if (re === headed && where && isDestination(where[1], g)) {
        start += where[0].length;
        text = text.slice(where[0].length);
      }
      // "… Diffusion Rule, Strengthens Chip-Related Export Controls": a list never goes on over a headline's verb.
      if (re === led)
        for (const c of matchesOf(/,\s+(?:and\s+)?(\S+)/g, text))
          if (isPresentVerb(c[1]) && !g.policyLeads.has(c[1])) {
            text = text.slice(0, c.index);
            break;
          }
      // A headline's modifiers before the title's noun join the name; a verb, a sentence's opening word or a name
      // of another kind ends them.
      let name: string | undefined;
      if (re === led) {
        const back = MODIFIER_BEFORE.exec(s.slice(Math.max(0, start - 60), start));
        if (back) {
          const all = back[1].trim().split(/\s+/);
          const words: string[] = [];
          for (let k = all.length - 1; k >= 0 && modifies(all[k]); k--) words.unshift(all[k]);
          if (words.length) {
            const lead = `${words.join(' ')} `;
            start -= lead.length;
            text = lead + text;
          }
        }
      }
      // "Europe Debates Chip Rules": a headline's present-tense verb ends what comes before it; the name follows it.
      if (re === headed) {
        const ws = matchesOf(/\S+/g, text);
        for (let k = ws.length - 2; k >= 0; k--)
          if (isPresentVerb(ws[k][0]) && !g.policyLeads.has(ws[k][0]) && !g.policyHeads.has(ws[k][0])) {
            const cut = ws[k + 1].index!;
            start += cut;
            text = text.slice(cut);
            break;
          }
      }
      // "Clarifications of Export Control Rules to Restrict the PRC": "to" before a verb opens a purpose, not a name part.
      const purpose = /\s+to\s+(\p{Lu}\p{Ll}+)\b/u.exec(text);
      if (purpose && lexTags(purpose[1]) === 'Infinitive') {
        // A headed name after the verb is the policy ("… Court Decision to Uphold TikTok Divestment Bill"); a rule's
        // title before it is ("Clarifications of Export Control Rules").
        if (re === headed) {
          const cut = purpose.index + purpose[0].length;
          start += cut + (/^\s+/.exec(text.slice(cut))?.[0].length ?? 0);
          text = text.slice(cut).trimStart();
        } else text = text.slice(0, purpose.index);
      }
      // A rule's full title runs on over its semicolons and colons when it fills a quotation or a line of its own:
      // “Implementation of Additional Export Controls: Certain Advanced Computing Items; Updates and Corrections”.
      if (re === led && !purpose) {
        const after = s.slice(start + text.length);
        const rest = TITLE_REST.exec(after);
        // A colon alone ends a headline's first half ("Restrictions on Huawei: Beijing Reacts"); a title's parts
        // are set off by semicolons or quoted.
        if (rest && (rest[1].includes(';') || /^\s*["\u201d]/.test(after.slice(rest[1].length)))) text += rest[1];
      }
      text = text.replace(/(?:,\s*(?:and\s*)?|\s+(?:of|and|on|for|from|to|in|the|&|with|against))+$/, '');
      // A destination country ends a title's phrase but not its name: "US Chip-Export Ban to China" is the ban
      // `US Chip-Export Ban`, which the policy-argument rule links to China (the phrase keeps the country).
      let spanEnd = start + text.length;
      if (re === led) {
        const at = text.search(/\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\s\S]*$/u);
        DESTINATION.lastIndex = start + at;
        const d = at > 0 ? DESTINATION.exec(s) : null;
        // The longest run of the words after "to" that names a country: a headline's verb may follow ("… to China Hit").
        const ws = d ? d[2].split(/\s+/) : [];
        let n = ws.length;
        while (n > 0 && !isDestination(ws.slice(0, n).join(' '), g)) n--;
        if (d && n > 0) {
          const country = ws.slice(0, n).join(' ');
          let end = d.index + d[0].indexOf(ws[0]) + country.length;
          end += ACRONYM_AFTER.exec(s.slice(end))?.[0].length ?? 0;
          // "… Authorizations in the People's Republic of China": a place the title is about stays in its name.
          name = d[1] === 'to' ? text.slice(0, at) : s.slice(start, end);
          if (d[1] === 'in') name = name.replace(/\s*\(\p{Lu}+\)$/u, '');
          spanEnd = end;
        }
      }
      name = (name ?? text).replace(NEWNESS, '').replace(ERA, '');
      // A head word alone, or a head with one capitalized word that is only a country or a year, says too little.
      if (!/\s/.test(name)) continue;
      // "Stuart Law", "President Bill": a given name or a title before a head word that is also a name is a person.
      const words = name.split(/\s+/);
      // "State Administration for Market Regulation": a body's head before "for"/"of" makes the name an organization's.
      if (
        re === headed &&
        words.some((w, k) => g.organizationHeads.has(w) && /^(?:for|of|on)$/.test(words[k + 1] ?? ''))
      )
        continue;
      // "Program Regulations": a head word before a head word names no policy.
      if (re === headed && words.length === 2 && (g.policyHeads.has(words[0]) || g.policyLeads.has(words[0]))) continue;
      if (
        re === headed &&
        words.length === 2 &&
        (isFirstName(words[0]) ||
          isFirstName(words[1]) ||
          /^(?:President|Senator|Governor|Mr|Mrs|Ms|Dr)\.?$/.test(words[0]))
      )
        continue;
      const end = spanEnd;
      if (out.some((o) => o.start <= start && end <= o.end)) continue;
      out.push({ start, end, name: name.replace(/\s+/g, ' ') });
    }
  }
  return out;
}
