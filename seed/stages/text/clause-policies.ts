// Policies a report names by what they do: a policy head noun with a participle clause after it, "a rule updating
// authorizations for Samsung and SK hynix in China", "an interim final rule (IFR) revising and clarifying two interim
// final rules released on October 17, 2023", "a law banning hydraulic fracturing", "a bill making it easier for
// families to sue". The clause runs to the first comma, dash, colon, semicolon, bracket or clause word (a comma inside a
// date stays); a clause longer than MAX_WORDS names nothing. The name is the phrase without its determiner and without a
// bracketed short form. Word lists: seed/lexicon/policy-words.yaml (clauseHeads, clauseHeadModifiers,
// policyPremodifiers).
import { alternation, POLICY_WORDS } from '../../lexicon/policy-words.ts';
import { MONTH_ALT } from '../../lexicon/calendar-words.ts';
import { matchesOf } from './matches.ts';

export interface ClausePolicy {
  start: number; // offsets into the string searched
  end: number;
  name: string;
}

/** Words after the participle, at most. */
const MAX_WORDS = 16;
/** "-ing" words that are no participle of an action a policy takes. */
const NOT_PARTICIPLES = new Set(
  'including following according regarding concerning during pending notwithstanding meeting hearing briefing funding spending building ruling morning evening thing something nothing anything everything king ring spring string wing being having going coming trying seeming remaining existing outstanding'.split(
    ' ',
  ),
);
/** A word after the participle that shows it is no transitive action: a preposition or a clause word. */
const NOT_OBJECT =
  /^(?:of|from|to|in|on|at|with|for|by|about|into|over|as|that|which|who|and|or|but|is|was|are|were|be)$/;
/** Words that open a new clause: the policy's clause ends before them. */
const CLAUSE_WORD =
  /^(?:that|which|who|whom|whose|while|whereas|because|since|although|though|but|when|whenever|after|before|until|unless|if|so|said|says|say|according|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|do|does|did)$/;
/** A wh-word inside the clause: a clause of its own, whose end this reading cannot find; the phrase is left alone. */
const WH_WORD = /^(?:how|what|where|why|whether)$/;

let HEAD: RegExp | undefined;
function head(): RegExp {
  const mods = `${alternation('clauseHeadModifiers')}|${alternation('policyPremodifiers')}`;
  HEAD ??= new RegExp(
    String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Hh]is|[Hh]er)[^\S\n]+((?:(?:${mods})[^\S\n]+){0,3}(?:${alternation('clauseHeads')}))(?:[^\S\n]*\([A-Z][\w/&-]{1,9}\))?[^\S\n]+([a-z]+ing)(?=[^\S\n])`,
    'g',
  );
  return HEAD;
}

/** "October 17, 2023": a comma between a day and its year stays inside the clause. */
const DATE_COMMA = new RegExp(String.raw`(?:${MONTH_ALT})\.?\s+\d{1,2}$`);

export function findClausePolicies(s: string): ClausePolicy[] {
  if (!/ing\s/.test(s)) return [];
  const out: ClausePolicy[] = [];
  for (const m of matchesOf(head(), s)) {
    const participle = m[2];
    if (NOT_PARTICIPLES.has(participle)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    let i = m.index + m[0].length;
    // "revising and clarifying": a second participle joined by "and" or "or".
    const second = /^[^\S\n]+(?:and|or)[^\S\n]+[a-z]+ing(?=[^\S\n])/.exec(s.slice(i));
    if (second) i += second[0].length;
    // The clause: words up to a boundary.
    const words: { text: string; end: number }[] = [];
    const word = /[^\S\n]+([^\s,;:()\u2013\u2014]+)|(,)(?=[^\S\n]*\d{4}\b)/y;
    let ended = false;
    while (words.length <= MAX_WORDS) {
      word.lastIndex = i;
      const w = word.exec(s);
      if (!w) {
        ended = true;
        break;
      }
      if (w[2]) {
        // A comma after a month and day, before the year.
        if (!DATE_COMMA.test(s.slice(Math.max(0, i - 20), i))) {
          ended = true;
          break;
        }
        i = word.lastIndex;
        continue;
      }
      const text = w[1].replace(/[.!?"\u201d]+$/, '');
      if (CLAUSE_WORD.test(text) || /^[-\u2013\u2014]+$/.test(text)) {
        ended = true;
        break;
      }
      // "SK hynix- companies …": a dash after a word sets off what follows.
      if (/[^-]-+$/.test(text)) {
        const bare = text.replace(/-+$/, '');
        words.push({ text: bare, end: w.index + w[0].length - (w[1].length - bare.length) });
        ended = true;
        break;
      }
      words.push({ text, end: w.index + w[0].length - (w[1].length - text.length) });
      i = word.lastIndex;
      // An end mark ends the sentence, unless it closes an abbreviation before a lower-case word ("U.S. chips").
      if (text !== w[1] && !(/\.$/.test(w[1]) && /^\s+[a-z]/.test(s.slice(i, i + 3)))) {
        ended = true; // a sentence's end mark
        break;
      }
    }
    if (!ended || !words.length || NOT_OBJECT.test(words[0].text) || words.some((w) => WH_WORD.test(w.text))) continue;
    // A clause never ends in a function word ("… rules released on"): the words up to the last content word.
    while (
      words.length &&
      /^(?:and|or|the|a|an|of|to|for|on|in|at|by|with|its|their)$/.test(words[words.length - 1].text)
    )
      words.pop();
    if (!words.length) continue;
    const end = words[words.length - 1].end;
    const name = s
      .slice(start, end)
      .replace(/[^\S\n]*\([A-Z][\w/&-]{1,9}\)/, '')
      .replace(/\s+/g, ' ');
    out.push({ start, end, name });
  }
  return out;
}
