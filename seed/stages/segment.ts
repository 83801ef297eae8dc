// Stage "segment": paragraphs and sentences of the body, leaving out boilerplate; abbreviations such as "U.S." do not end a sentence.
import type { Analysis, Sentence, Stage } from '../analysis.ts';

/** Words that end with a period without ending the sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'vs',
  'etc',
  'no',
  'nos',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'sec',
  'dept',
  'univ',
  'approx',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'u.s.a',
  'st',
  'ave',
  'blvd',
  'cf',
  'al',
]);
/** After an abbreviation such as "U.S.", these words do start a new sentence. */
const SENTENCE_STARTERS = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'On',
  'This',
  'That',
  'These',
  'Those',
  'A',
  'An',
  'Its',
  'His',
  'Her',
  'Their',
  'However',
  'Meanwhile',
  'According',
]);
const PROMO =
  /\b(subscribe|newsletter|sign up|follow us|all rights reserved|click here|read more|read the rest|share this|copyright|unsubscribe|join our|telegram channel)\b/i;

/** Share of letters that are Latin, or -1 when the text has no letters. */
function latinShare(text: string): number {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      latin++;
    } else if (c > 127 && /\p{L}/u.test(text[i])) {
      letters++;
      if (/\p{Script=Latin}/u.test(text[i])) latin++;
    }
  }
  return letters ? latin / letters : -1;
}

/** Paragraph ranges of text[from, to): blank lines always break; a single newline breaks after a line that ends a sentence or looks like a heading or list item. */
export function paragraphs(text: string, from: number, to: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (!content.trim()) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const t = content.trimEnd();
    const breakAfter = /[.!?:;"')\]]$/.test(t) || t.length < 60 || /^\s*([-*•#>]|\d+[.)])\s/.test(content);
    const startsList = /^\s*([-*•#>]|\d+[.)])\s/.test(content);
    if (cur && startsList) {
      out.push(cur);
      cur = null;
    }
    if (!cur) cur = { ...line };
    else cur.end = line.end;
    if (breakAfter) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out.map((p) => {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end };
  });
}

/** Sentence ranges inside one paragraph. */
export function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?]+["')\]]*(?=\s+["'([]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = start;
  let s = start;
  const para = text.slice(0, end);
  for (let m = re.exec(para); m; m = re.exec(para)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(s, m.index - 12), m.index))?.[1] ?? '';
      const next = /^\s+["'(]?([\p{L}]+)/u.exec(text.slice(stop, stop + 30))?.[1] ?? '';
      const lower = word.toLowerCase();
      const initial = /^\p{Lu}$/u.test(word); // "John F. Kennedy"
      const dotted = /^(\p{L}\.)+\p{L}$/u.test(word); // "U.S", "e.g"
      if ((ABBREVIATIONS.has(lower) || initial || dotted) && !SENTENCE_STARTERS.has(next)) continue;
    }
    out.push({ start: s, end: stop });
    s = stop;
    while (s < end && /\s/.test(text[s])) s++;
  }
  if (s < end) out.push({ start: s, end });
  return out.filter((r) => r.end > r.start);
}

/** Trailing (or leading) paragraphs that are promotion, or in another script than the body. */
function boilerplateIndexes(text: string, paras: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  // The body's script is judged without the trailing paragraphs under test.
  const lead = paras.slice(0, Math.max(1, paras.length - 4));
  const bodyLatin = lead.length ? latinShare(text.slice(lead[0].start, lead[lead.length - 1].end)) : -1;
  const isBoiler = (p: { start: number; end: number }) => {
    const t = text.slice(p.start, p.end);
    const share = latinShare(t);
    if (bodyLatin > 0.8 && share >= 0 && share < 0.5) return true;
    return t.length < 240 && PROMO.test(t);
  };
  for (let i = paras.length - 1; i >= Math.max(1, paras.length - 4); i--) {
    if (isBoiler(paras[i])) out.add(i);
    else break;
  }
  return out;
}

export const segment: Stage = {
  name: 'segment',
  run(a: Analysis): Analysis {
    const fromRaw = a.fromRaw ?? ((o: number) => o);
    const paras = paragraphs(a.text, fromRaw(a.doc.bodyStart), fromRaw(a.doc.bodyEnd));
    const skip = boilerplateIndexes(a.text, paras);
    const out: Sentence[] = [];
    const boilerplate: { start: number; end: number }[] = [];
    const warnings = [...a.warnings];
    let paragraph = 0;
    paras.forEach((p, i) => {
      if (skip.has(i)) {
        boilerplate.push({ start: a.toRaw(p.start), end: a.toRaw(p.end) });
        warnings.push({ docId: a.doc.id, message: `segment: left out boilerplate paragraph at ${a.toRaw(p.start)}` });
        return;
      }
      for (const s of sentences(a.text, p.start, p.end))
        out.push({ index: out.length, start: a.toRaw(s.start), end: a.toRaw(s.end), paragraph });
      paragraph++;
    });
    return { ...a, sentences: out, boilerplate, warnings };
  },
};
