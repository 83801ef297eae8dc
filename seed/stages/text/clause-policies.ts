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
import { lexTags } from './lexicon.ts';

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
    String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Hh]is|[Hh]er)[^\S\n]+((?:(?:${mods})[^\S\n]+){0,3}(?:(?:${alternation('policyQuantifiers')})[^\S\n]+of[^\S\n]+(?:(?:${mods})[^\S\n]+){0,2})?(?:${alternation('clauseHeads')}))(?:[^\S\n]*\([A-Z][\w/&-]{1,9}\))?(?=[^\S\n]+[a-z])`,
    'g',
  );
  return HEAD;
}

/** What opens the clause: a participle (and a second one joined by "and"/"or"), or a purpose ("designed to update"). */
const OPENING =
  /^[^\S\n]+(?:([a-z]+ing)(?:[^\S\n]+(?:and|or)[^\S\n]+[a-z]+ing)?|(?:designed|intended|meant|aimed)[^\S\n]+(?:to[^\S\n]+[a-z]+|at[^\S\n]+([a-z]+ing)))(?=[^\S\n])/;

/** "October 17, 2023": a comma between a day and its year stays inside the clause. */
const DATE_COMMA = new RegExp(String.raw`(?:${MONTH_ALT})\.?\s+\d{1,2}$`);

/**
 * The end of the clause that opens at `i` (right after a policy's head), or undefined when none opens there or it does
 * not end within MAX_WORDS words. `participles`, when given, are the only participles that may open it (a purpose,
 * "designed to …", always may).
 */
export function readClause(s: string, i: number, participles?: Set<string>): number | undefined {
  const open = OPENING.exec(s.slice(i, i + 80));
  if (!open) return undefined;
  const participle = open[1] ?? open[2];
  if (participle && (NOT_PARTICIPLES.has(participle) || (participles && open[1] && !participles.has(participle))))
    return undefined;
  let at = i + open[0].length;
  // The clause: words up to a boundary.
  const words: { text: string; end: number }[] = [];
  const word = /[^\S\n]+([^\s,;:()\u2013\u2014]+)|(,)(?=[^\S\n]*\d{4}\b)/y;
  let ended = false;
  while (words.length <= MAX_WORDS) {
    word.lastIndex = at;
    const w = word.exec(s);
    if (!w) {
      ended = true;
      break;
    }
    if (w[2]) {
      // A comma after a month and day, before the year.
      if (!DATE_COMMA.test(s.slice(Math.max(0, at - 20), at))) {
        ended = true;
        break;
      }
      at = word.lastIndex;
      continue;
    }
    const text = w[1].replace(/[.!?"\u201d]+$/, '');
    // An irregular past ("took", "began", "fell") is the sentence's verb; a regular one may be a participle ("released
    // on October 17") and stays.
    if (
      CLAUSE_WORD.test(text) ||
      /^[-\u2013\u2014]+$/.test(text) ||
      (!/ed$/.test(text) && lexTags(text) === 'PastTense')
    ) {
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
    at = word.lastIndex;
    // An end mark ends the sentence, unless it closes an abbreviation before a lower-case word ("U.S. chips").
    if (text !== w[1] && !(/\.$/.test(w[1]) && /^\s+[a-z]/.test(s.slice(at, at + 3)))) {
      ended = true;
      break;
    }
  }
  // A participle's object never opens with a preposition ("the law stemming from …"); a purpose's verb may.
  if (!ended || !words.length || (open[1] && NOT_OBJECT.test(words[0].text)) || words.some((w) => WH_WORD.test(w.text)))
    return undefined;
  // A clause never ends in a function word ("… rules released on"): the words up to the last content word.
  while (
    words.length &&
    /^(?:and|or|the|a|an|of|to|for|on|in|at|by|with|its|their)$/.test(words[words.length - 1].text)
  )
    words.pop();
  return words.length ? words[words.length - 1].end : undefined;
}

export function findClausePolicies(s: string): ClausePolicy[] {
  if (!/ing\s|(?:designed|intended|meant|aimed)\s/.test(s)) return [];
  const out: ClausePolicy[] = [];
  for (const m of matchesOf(head(), s)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = readClause(s, m.index + m[0].length);
    if (end === undefined) continue;
    const name = s
      .slice(start, end)
      .replace(/[^\S\n]*\([A-Z][\w/&-]{1,9}\)/, '')
      .replace(/\s+/g, ' ');
    out.push({ start, end, name });
  }
  return out;
}
