// Rule "titles of works": a stretch of title-case words that reads as the title of a rule, a report, a hearing or a
// headline ("Commerce Strengthens Restrictions on Advanced Computing Semiconductors …", "Rebuilding the Arsenal of
// Democracy: The Imperative to Strengthen …", "Notice on Several Policies to Promote the High-quality Development of …")
// capitalizes its words as a title does, not as names are capitalized. A name guessed there from shape or by the tagger
// ("Address National Security Concerns Posed", "Heavy Steel", "Committee Recap") is no name unless the document also
// writes it outside such a title; a guess that runs into the title's verb ("USTR Initiates Section") stops before it.
// Known names (gazetteer, lexicon), institutions found by their head word and bracketed short forms stay.
import { isCommonWord, isFirstName, isLastName, isPlaceWord, lexTags } from '../text/lexicon.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Token } from '../text/tokens.ts';
import { titleWords } from './person-checks.ts';
import { type Found, isCap, type SentenceScan } from './found-mention.ts';

/** Lower-case words a title keeps between its capitalized ones. */
const TITLE_FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'into',
  'its',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'with',
  'vs',
  "'s",
]);
/** Marks a title holds without ending ("Acts, Policies, and Practices", "4/21"); a colon ends it ("Label: Chairman X said"). */
const TITLE_MARKS = new Set([',', ';', '-', '–', '—', '&', '(', ')', '/', "'", '’']);

const tagsOf = (w: string): string[] => {
  const t = lexTags(w);
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
/** A finite verb as a headline writes it: "Strengthens", "Initiates", "Posed" (compromise's lexicon). */
const isFiniteVerb = (w: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) && tagsOf(w).some((t) => t === 'PresentTense' || t === 'PastTense');
/** A gerund opening a title ("Rebuilding the Arsenal …", "Holding Big Tech Accountable"): the lexicon's gerund, or an
 * -ing form of a word it knows as an ordinary word; not a place or a name ("Beijing", "Flemming", "Dahling"). */
const isGerund = (w: string) => {
  if (!/^\p{Lu}\p{Ll}{3,}ing$/u.test(w) || isPlaceWord(w) || isFirstName(w) || isLastName(w)) return false;
  if (tagsOf(w).includes('Gerund')) return true;
  const base = w.slice(0, -3).toLowerCase();
  const stems = [base, `${base}e`, /(.)\1$/.test(base) ? base.slice(0, -1) : base];
  for (const st of [...stems]) if (/^(?:re|un)./.test(st)) stems.push(st.slice(2));
  return stems.some((st) => st.length >= 3 && tagsOf(st).length > 0 && isCommonWord(st));
};
/** A verb after "to" ("to Address", "to Promote", "to Strengthen"): a word known only as an ordinary word, not a name. */
const isVerbAfterTo = (w: string, g: Gazetteer) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) &&
  !isPlaceWord(w) &&
  !isFirstName(w) &&
  !isLastName(w) &&
  !titleWords(g).has(w) &&
  !g.organizationHeads.has(w) &&
  isCommonWord(w);

interface TitleRun {
  start: number;
  end: number;
  /** Offsets of the run's finite verbs (where a name guessed across one stops). */
  verbs: number[];
}

/** The title-case runs of a sentence that carry a title's marks: a finite verb, an opening gerund, or "to" + verb. */
export function titleRuns(toks: Token[], g: Gazetteer): TitleRun[] {
  const out: TitleRun[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i].text)) {
      i++;
      continue;
    }
    let j = i;
    let caps = 0;
    while (j < toks.length) {
      const w = toks[j].text;
      if (isCap(w) || /^\d/.test(w)) caps += isCap(w) ? 1 : 0;
      else if (!TITLE_FUNCTION_WORDS.has(w) && !TITLE_MARKS.has(w)) break;
      j++;
    }
    let last = j - 1;
    while (last > i && !isCap(toks[last].text) && !/^\d/.test(toks[last].text)) last--;
    if (caps >= 3) {
      const verbs: number[] = [];
      let evidence = false;
      for (let k = i; k <= last; k++) {
        const w = toks[k].text;
        // A headline's verb stands between names or words of the title ("USTR Initiates Section 301 …"), and is no
        // word of a name the lexicon knows whole ("United States").
        if (
          k > i &&
          k < last &&
          isCap(toks[k + 1].text) &&
          isFiniteVerb(w) &&
          lexTags(`${toks[k - 1].text} ${w}`) === undefined &&
          lexTags(`${w} ${toks[k + 1].text}`) === undefined
        ) {
          verbs.push(toks[k].start);
          evidence = true;
        }
        const opens = k === i || TITLE_MARKS.has(toks[k - 1].text) || toks[k - 1].text === 'the';
        if (opens && isGerund(w) && k + 1 <= last) evidence = true;
        if (k > i && toks[k - 1].text === 'to' && isVerbAfterTo(w, g)) evidence = true;
      }
      if (evidence) out.push({ start: toks[i].start, end: toks[last].end, verbs });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A find typed from shape, a list, the tagger or a repeat in the document: what a title's capitals can fake. */
const isGuess = (f: Found) =>
  !f.anaphor &&
  !f.role &&
  (f.type === 'Person' || f.type === 'Organization' || f.type === 'Company' || f.type === 'Place') &&
  (f.method === 'ner' ||
    f.method.startsWith('ner:shape:') ||
    f.method.startsWith('shape:') ||
    f.method.startsWith('context:') ||
    f.method.startsWith('document:') ||
    f.method === 'head:company');

/** Applies the rule to a document's finds (in place: a guess inside a title becomes Unknown or stops before the verb). */
export function settleTitleRuns(found: Found[], scans: SentenceScan[], text: string, g: Gazetteer): void {
  const runs: TitleRun[] = [];
  for (const sc of scans) if (!sc.caps) runs.push(...titleRuns(sc.toks, g));
  if (!runs.length) return;
  const inRun = (s: number, e: number) => runs.find((r) => r.start <= s && e <= r.end);
  /** Whether the document writes these words somewhere outside every title. */
  const outside = new Map<string, boolean>();
  const writtenOutside = (name: string): boolean => {
    let v = outside.get(name);
    if (v === undefined) {
      v = false;
      for (let at = text.indexOf(name); at >= 0 && !v; at = text.indexOf(name, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + name.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (!inRun(at, at + name.length)) v = true;
      }
      outside.set(name, v);
    }
    return v;
  };
  for (const f of found) {
    if (!isGuess(f)) continue;
    const run = inRun(f.start, f.end);
    if (!run) continue;
    const verb = run.verbs.find((v) => f.start < v && v < f.end);
    if (verb !== undefined) {
      // "USTR Initiates Section": the name ends before the headline's verb.
      const head = text.slice(f.start, verb).trimEnd();
      if (head && isCap(head) && (/^\p{Lu}+$/u.test(head) || writtenOutside(head)))
        [f.end, f.canonical] = [f.start + head.length, undefined];
      else f.type = 'Unknown';
      continue;
    }
    if (!writtenOutside(text.slice(f.start, f.end))) f.type = 'Unknown';
  }
}
