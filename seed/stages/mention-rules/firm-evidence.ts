// Rule "firms by context": an organization's name the text speaks of as a firm is a Company's, wherever the document
// uses it — in apposition to a firm noun ("CATL, a Chinese EV battery giant", "…, which is a Chinese military
// company"), listed after a firm noun's plural ("telecommunications companies—China Mobile, China Telecom, and China
// Unicom", "financial institutions—including JPMorgan Chase and Bank of America"), after a corporate officer's title
// ("Chief Strategy Officer, Anduril"), with what only a firm has ("the IPO of X", "X users", "X's shareholders"), or as
// a firm's part ("its HiSilicon unit", "Huawei's chip unit HiSilicon").
// The firm nouns are data (seed/gazetteer/name-words.yaml, firmNouns). Government bodies, known entities and
// descriptions keep their type.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCommonWord, isDemonym, isFirstName } from '../text/lexicon.ts';
import type { Found } from './found-mention.ts';
import { escapeRegExp } from '../text/matches.ts';
import { LEGAL_FORMS } from '../text/names.ts';

const asPattern = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');
/** A noun and its plural ("company" → "company|companies", "bank" → "banks?"). */
const plural = (n: string) => (/[^aeiou]y$/.test(n) ? `${asPattern(n.slice(0, -1))}(?:y|ies)` : `${asPattern(n)}s?`);

interface Cues {
  apposed: RegExp;
  listed: RegExp;
  /** A firm noun right before the name, as its title: "Chinese chipmaker Hexin", "rival Zhaoxin", "startup Lisuan". */
  before: RegExp;
  /** A capitalized firm noun that opens a sentence and a name after it: "Startup Lisuan Tech unveiled …". */
  lead: RegExp;
}
const CUES = new WeakMap<Gazetteer, Cues>();
function cuesOf(g: Gazetteer): Cues {
  let c = CUES.get(g);
  if (!c) {
    const nouns = [...g.firmNouns]
      .sort((a, b) => b.length - a.length)
      .map(plural)
      .join('|');
    const singles = [...g.firmNouns]
      .sort((a, b) => b.length - a.length)
      .map(asPattern)
      .join('|');
    const leads = [...g.firmNouns]
      .filter((n) => /^[a-z]+$/.test(n))
      .map((n) => n[0].toUpperCase() + n.slice(1))
      .join('|');
    c = {
      // ", a Chinese EV battery giant", " (CATL), which is a Chinese military company"
      // The noun ends the apposition (a comma, a full stop, a relative clause or a modifier follows it): in ", the Chinese
      // company potentially has" the noun phrase is the next clause's subject, and in ", the company's deputy director"
      // it qualifies a person.
      apposed: new RegExp(
        `^\\s*(?:\\([^()]{1,12}\\)\\s*)?,\\s+(?:which\\s+is\\s+|one\\s+of\\s+(?:the|its)\\s+)?(?:a|an|the|\\p{Lu}[\\w.&-]*['’]s)\\s+(?:[\\w'’.-]+\\s+){0,5}?(?:${nouns})(?=\\s*(?:[,.;:)—–]|$)|\\s+(?:that|which|who|whose|based|headquartered|in|of|from|with|known|founded|owned|controlled|backed|listed|for|on|at|and|or|by|since|making|building|selling|specializing|best|valued|worth)\\b)`,
        'u',
      ),
      // "companies—", "financial institutions—including ", "firms such as ", and "companies " (the normalizer reads a
      // dash glued to words as a space)
      listed: new RegExp(
        `\\b(?:${nouns})(?:\\s*(?:[—–:]|--)\\s*(?:including\\s+|such\\s+as\\s+|namely\\s+)?|,?\\s*(?:including|such\\s+as|like|namely)\\s+|\\s+)$`,
      ),
      // Lower case, so a sentence's own first word is no cue; "the company's" before it is no title of the name.
      before: new RegExp(`(?:^|[^\\w'’-])(?:${singles})\\s+$`),
      lead: new RegExp(`^(?:${leads})\\s+(?=\\p{Lu})`, 'u'),
    };
    CUES.set(g, c);
  }
  return c;
}

/** A day's or a month's name, which no firm noun before it makes a firm ("the bank Tuesday"). */
const isCalendarWord = (f: Found, text: string) =>
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
    text.slice(f.start, f.end),
  );

/** A firm's part in apposition, named by its parent's possessive: ", Baidu's chip unit,", ", Alibaba's cloud arm". */
const UNIT_APPOSED =
  /^\s*,\s+\p{Lu}[\w.&-]*['’]s\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division|arm|affiliate)\b(?!\s+of\b)/u;

/** "Chief Strategy Officer, Anduril", "chief executive of X", "the IPO of X", "a stake in X". */
const FIRM_BEFORE =
  /(?:\b(?:Chief\s+(?:[A-Z][a-z]+\s+){0,2}Officer|CEO|CFO|CTO|COO|chief\s+executive(?:\s+officer)?|co-?founder|founder)\s*(?:,|\bof\b|\bat\b)|\b(?:IPO|takeover|buyout|shares|stake|stock)\s+(?:of|in))\s+$/;
/** "X users", "X's shareholders", "the X IPO". */
const FIRM_AFTER =
  /^(?:\s*'s|’s)?\s+(?:IPO|shares|stock|shareholders|stockholders|users|subscribers|customers|chief\s+executive|CEO)\b/;

/** A firm's part named after its parent's possessive: "Huawei's chip unit HiSilicon", "Alibaba's cloud arm, Aliyun". */
const UNIT_BEFORE = /\w['’]s\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division|arm|affiliate)\s*,?\s+$/;
/** "its HiSilicon unit", "their Kioxia affiliate": a firm's part named before the part's noun, after "its". */
const UNIT_AFTER = /^\s+(?:[\w-]+\s+)?(?:unit|subsidiary|division|arm|affiliate)\b/;

/**
 * "Zentrix cut its forecast", "Zentrix said on Tuesday it would take a charge": a name the same clause calls "it" right
 * after its verb is no person's. Read only for a name of one word that is no given name nor the surname of someone named.
 */
const IT_AFTER =
  /^\s+(?:(?:also|later|previously|now|has|had)\s+)?(?:said|says|told|announced|added|confirmed|warned|expects|expected|reported|posted|forecast|plans|planned|cut|raised|lowered|trimmed|lifted|boosted|reduced|increased|reiterated|maintained|upgraded|downgraded|unveiled|launched|released|shipped)\s+(?:its\b|(?:on\s+[A-Z][a-z]+\s+|last\s+[a-z]+\s+|in\s+a\s+[a-z]+\s+)?(?:that\s+)?it\s+(?:would|will|had|has|is|was|expects|plans|does|did|could|may|might)\b)/;
const saysIt = (f: Found, text: string, surnames: Set<string>) => {
  const name = text.slice(f.start, f.end);
  return (
    /^\p{Lu}[\p{L}\p{N}-]+$/u.test(name) &&
    !isFirstName(name) &&
    !isDemonym(name) &&
    !surnames.has(name) &&
    IT_AFTER.test(text.slice(f.end, f.end + 60))
  );
};

/** Finds the rule may retype: organizations guessed or named by head words, and weak person guesses. */
const eligible = (f: Found) =>
  !f.anaphor &&
  f.method !== 'gazetteer' &&
  !f.method.startsWith('description:') &&
  !f.method.startsWith('phrase:') &&
  (f.type === 'Organization' ||
    (f.type === 'Person' && !f.role && f.strength <= 2 && !f.method.startsWith('lexicon:')));

/** A place guessed from shape or by the tagger alone ("Veltrona"), not a known one. */
const weakPlace = (f: Found) =>
  f.type === 'Place' &&
  !f.anaphor &&
  (f.method === 'ner' || f.method.startsWith('ner:shape') || f.method.startsWith('shape:'));
/** An unknown capitalized word no lexicon knows as an ordinary word ("Veltrona"): a firm's name when a cue says so. */
const unknownName = (f: Found, text: string) =>
  f.type === 'Unknown' &&
  !f.anaphor &&
  /^\p{Lu}[\p{L}\p{N}&.' -]*$/u.test(text.slice(f.start, f.end)) &&
  !text
    .slice(f.start, f.end)
    .split(' ')
    .some((w) => isCommonWord(w));

/** Applies the rule to a document's finds (in place). */
export function settleFirms(found: Found[], text: string, g: Gazetteer): void {
  if (!g.firmNouns.size) return;
  const cues = cuesOf(g);
  const sorted = found.filter((f) => f.type !== 'Unknown' || !f.anaphor).sort((a, b) => a.start - b.start);
  const firms = new Set<string>();
  const surnames = new Set<string>();
  for (const f of found)
    if (f.type === 'Person' && !f.anaphor) {
      const name = text.slice(f.start, f.end);
      if (name.includes(' ')) surnames.add(name.slice(name.lastIndexOf(' ') + 1));
    }
  // "Startup Lisuan Tech unveiled …": a sentence's capitalized firm noun is the name's title, not a word of it.
  for (const f of sorted) {
    if (!(eligible(f) || weakPlace(f) || f.type === 'Company') || f.type === 'Person') continue;
    const lead = cues.lead.exec(text.slice(f.start, f.end));
    if (!lead || !/(?:^|[.!?]["\u201d\u2019]?\s+|\n\s*)$/.test(text.slice(Math.max(0, f.start - 4), f.start))) continue;
    const rest = text.slice(f.start + lead[0].length, f.end);
    if (rest.split(' ').some((w) => isCommonWord(w))) continue;
    f.start += lead[0].length;
    firms.add(rest);
  }
  let chain = false;
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    const prev = sorted[i - 1];
    // A list goes on after its first name: ", China Telecom, and China Unicom".
    const chained: boolean =
      chain && !!prev && /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(prev.end, f.start));
    const firmLike = eligible(f) || f.type === 'Company';
    if (!firmLike && f.type !== 'Unknown' && !weakPlace(f)) {
      chain = false;
      continue;
    }
    // Cheap guards first: the patterns run only where a cue word can stand.
    const before = text.slice(Math.max(0, f.start - 48), f.start);
    const after = text.slice(f.end, f.end + 90);
    const listed: boolean = chained || (firmLike && /[a-z]/.test(before) && cues.listed.test(before));
    chain = listed && firmLike;
    const cuedBefore =
      (/(?:,|of|at|in)\s+$/.test(before) && FIRM_BEFORE.test(before)) ||
      (/\s$/.test(before) && UNIT_BEFORE.test(before)) ||
      // "Chinese chipmaker Hexin", "rival Zhaoxin": a firm noun as the name's title (a person keeps a person's shape).
      (f.type !== 'Person' &&
        /[a-z]\s+$/.test(before) &&
        cues.before.test(before) &&
        !isCalendarWord(f, text) &&
        !isFirstName(text.slice(f.start, f.end).split(' ')[0]));
    const cuedAfter =
      (/^(?:\s*'s|’s)?\s+[A-Zcsu]/.test(after) && FIRM_AFTER.test(after)) ||
      (/\b(?:its|their)\s+$/.test(before) && UNIT_AFTER.test(after));
    // A guessed place or an unknown word is a firm's name only by what a firm alone has ("chief executive of X").
    const apposed = /^\s*[(,]/.test(after) && cues.apposed.test(after);
    if (!eligible(f)) {
      // A guessed place in apposition to a firm's noun or to a firm's part is a firm ("Kunlunxin, Baidu's chip unit,";
      // a body's unit, "the Bureau …, a unit of the Commerce Department", is typed by its own head word).
      if (
        (weakPlace(f) || unknownName(f, text)) &&
        (cuedBefore ||
          cuedAfter ||
          (weakPlace(f) && (apposed || UNIT_APPOSED.test(after))) ||
          saysIt(f, text, surnames))
      )
        firms.add(text.slice(f.start, f.end));
      continue;
    }
    const it = f.type === 'Person' && saysIt(f, text, surnames);
    if (listed || apposed || cuedBefore || cuedAfter || it) firms.add(text.slice(f.start, f.end));
  }
  if (!firms.size) return;
  for (const f of found)
    if (firms.has(text.slice(f.start, f.end)) && (eligible(f) || weakPlace(f) || unknownName(f, text))) {
      f.type = 'Company';
      f.cued = true;
    }
}

/**
 * "Hangzhou Zhongke Microelectronics Co., Ltd.": a company's legal form after a comma is the end of the name before it,
 * never a name of its own; alone, it names nothing.
 */
export function settleLegalForms(found: Found[], text: string): void {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    if (f.anaphor || f.type === 'Unknown' || f.method === 'gazetteer') continue;
    const name = text.slice(f.start, f.end);
    if (!LEGAL_FORMS.has(name) && !LEGAL_FORMS.has(name.replace(/\.$/, '')) && name !== 'Limited') continue;
    const prev = sorted
      .slice(0, i)
      .reverse()
      .find((p) => p.type !== 'Unknown' && p.end <= f.start);
    if (prev?.type === 'Company' && /^,\s*$/.test(text.slice(prev.end, f.start))) prev.end = f.end;
    f.type = 'Unknown';
  }
}

const BODY_CUES = new WeakMap<Gazetteer, RegExp>();
/** ", the lower house of Dutch parliament", ", a Berlin think tank,": an apposition headed by a body's noun. */
function bodyCue(g: Gazetteer): RegExp {
  let re = BODY_CUES.get(g);
  if (!re) {
    const nouns = [...g.bodyNouns]
      .sort((a, b) => b.length - a.length)
      .map(plural)
      .join('|');
    // The noun heads the phrase: no preposition among the words before it ("the head of the agency" is a person).
    re = new RegExp(
      `^\\s*,\\s+(?:which\\s+is\\s+)?(?:a|an|the)\\s+(?:(?!(?:of|for|at|in|on|with|to|by|from)\\b)[\\w'’.-]+\\s+){0,4}?(?:${nouns})(?=\\s*(?:[,.;:)—–]|$)|\\s+(?:of|in|for|that|which|based|and|founded|funded|backed|known)\\b)`,
    );
    BODY_CUES.set(g, re);
  }
  return re;
}

/**
 * Rule "bodies by context": a name only a guess typed (a person's shape, an unknown word, a place the tagger guessed) in
 * apposition to a noun for a body other than a firm (seed/gazetteer/name-words.yaml, bodyNouns) is an organization's,
 * wherever the document uses it: "the Tweede Kamer, the lower house of Dutch parliament", "Merics, a Berlin think tank".
 */
export function settleBodies(found: Found[], text: string, g: Gazetteer): void {
  if (!g.bodyNouns.size) return;
  const re = bodyCue(g);
  const bodies = new Set<string>();
  const guess = (f: Found) =>
    !f.anaphor &&
    !f.role &&
    f.method !== 'gazetteer' &&
    !f.method.startsWith('lexicon:') &&
    !f.method.startsWith('description:') &&
    !f.method.startsWith('phrase:') &&
    (((f.type === 'Person' || f.type === 'Place') && f.strength <= 2) || unknownName(f, text));
  for (const f of found) {
    if (!guess(f)) continue;
    const after = text.slice(f.end, f.end + 80);
    if (/^\s*,/.test(after) && re.test(after)) bodies.add(text.slice(f.start, f.end));
  }
  if (!bodies.size) return;
  for (const f of found)
    if (guess(f) && bodies.has(text.slice(f.start, f.end))) [f.type, f.cued] = ['Organization', true];
}
