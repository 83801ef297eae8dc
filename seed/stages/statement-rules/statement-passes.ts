// Passes over a document's statements once every rule has read it: a reported statement cut where another speaker's
// quotation is attributed inside it, a quotation nested in its own speaker's reported statement kept once, and a
// quotation split around its attribution joined into one statement (STATEMENT_PASSES, in that order).
import { hash } from 'node:crypto';
import type { Statement } from '../../analysis.ts';
import { dropReportedRequests } from './reported-requests.ts';

/** A statement's id: its document and raw offsets, hashed (one-shot crypto.hash: no Hash object per statement). */
export function statementId(docId: string, start: number, end: number): string {
  return hash('sha1', `${docId}:${start}:${end}`, 'hex').slice(0, 16);
}

/** A quoted title in an attribution: up to eight capitalized or short words in their marks ("Fox and Friends."). */
const QUOTED_TITLE =
  /["\u201c](?:\p{Lu}[\p{L}'\u2019-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'\u2019-]*|[a-z]{1,3}|\d+)){0,7}[,.]?["\u201d]/gu;
/** A title or an initialism with its full stop ("Sen.", "Gov.", "U.S."): no sentence ends there. */
const ABBREVIATION = /\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.(?=\s)/g;

/**
 * A quotation split by its attribution (`"A," X told supporters. "B."`) is one statement: its offsets and text run
 * from the first part's start to the last part's end (the attribution between them included, as the text is always
 * the raw span), with the first part's cue. Only direct parts of one speaker, in one paragraph, with nothing but the
 * attribution (no other quotation, at most one sentence end) between them, are joined.
 */
export function joinSplitQuotes(out: Statement[], raw: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i];
    const y = out[i + 1];
    if (x.kind !== 'direct' || y.kind !== 'direct' || x.speaker !== y.speaker) continue;
    const gap = raw.slice(x.end, y.start);
    // A quoted title in the attribution ("… said on Fox News's “Fox and Friends.” “…") is part of it, not another quotation.
    const marks = gap.replace(QUOTED_TITLE, 'T');
    if (
      // A long attribution (a speaker's appositions) may stand between, up to as long as the two parts together.
      (gap.length > 120 && (gap.length > 300 || gap.length > x.end - x.start + (y.end - y.start))) ||
      /\n\s*\n/.test(gap) ||
      // A quotation opening a line opens a paragraph of its own (texts with one line break between paragraphs).
      /\n\s*["\u201c]\s*$/.test(gap) ||
      (marks.match(/["\u201c\u201d]/g) ?? []).length > 2 ||
      (marks.replace(ABBREVIATION, '').match(/[.!?]\s/g) ?? []).length > 1
    )
      continue;
    // The gap must hold the attribution itself: a closing quotation mark, then words, then an opening one.
    if (!/^[,.!?]?["\u201d]/.test(gap) || !/["\u201c]\s*$/.test(gap.replace(/^[,.!?]?["\u201d]/, ''))) continue;
    const joined: Statement = {
      ...x,
      end: y.end,
      text: raw.slice(x.start, y.end),
      about: [...new Set([...x.about, ...y.about])],
    };
    joined.provenance = {
      ...x.provenance,
      end: Math.max(x.provenance.end, y.provenance.end),
      evidence: raw.slice(x.provenance.start, Math.max(x.provenance.end, y.provenance.end)),
      method: `${x.provenance.method}+split`,
    };
    joined.id = statementId(x.provenance.docId, joined.start, joined.end);
    out.splice(i, 2, joined);
    i--;
  }
}

/** A relative clause that attributes what follows to someone else: "… a breakthrough that a House committee said "…"". */
export const OWN_ATTRIBUTION =
  /\b(?:that|which|who)\s+(?:(?:a|an|the)\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){1,6}(?:said|says|called|described|wrote)\s*[,:]?\s*["\u201c]?\s*$/u;

/**
 * "Raimondo vowed to act on a breakthrough that a House committee said "…"": a reported statement that holds another
 * speaker's quotation, attributed inside it by a relative clause, ends where that clause begins.
 */
export function cutAtInnerAttribution(out: Statement[], raw: string): void {
  for (const outer of out) {
    if (outer.kind !== 'indirect') continue;
    for (const inner of out) {
      if (inner.kind !== 'direct' || inner.speaker === outer.speaker) continue;
      if (inner.start <= outer.start || inner.end > outer.end + 2) continue;
      const lead = raw.slice(outer.start, inner.start);
      const m = OWN_ATTRIBUTION.exec(lead);
      if (!m) continue;
      let end = outer.start + m.index;
      while (end > outer.start && /[\s,;:]/.test(raw[end - 1])) end--;
      outer.end = end;
      outer.text = raw.slice(outer.start, end);
      outer.id = statementId(outer.provenance.docId, outer.start, outer.end);
      break;
    }
  }
}

/**
 * One utterance, one statement: a quotation inside a reported statement of the same speaker is kept once, as the
 * reported statement that holds it ("told reporters that the Netherlands had “bowed to pressure”"): its words
 * stay marked by their quotation marks, and the clause around them says what they are about. A quotation whose
 * attribution trails it ("…as the company “does not transfer the best technology,” stated X") is the statement
 * instead: the words before it are the writer's. `out` is sorted by start.
 */
export function dropNested(out: Statement[]): void {
  const drop = new Set<Statement>();
  for (let i = 0; i < out.length; i++) {
    const outer = out[i];
    if (outer.kind !== 'indirect') continue;
    const inners: Statement[] = [];
    let trailing = false;
    for (let j = i + 1; j < out.length && out[j].start < outer.end; j++) {
      const inner = out[j];
      if (inner.kind !== 'direct' || inner.speaker !== outer.speaker || inner.end > outer.end) continue;
      inners.push(inner);
      trailing ||=
        /trail|parenthetical|according-last/.test(outer.provenance.method) &&
        /^[\s"'”’.,;:!?]*$/.test(outer.text.slice(inner.end - outer.start));
    }
    // The outer statement goes when a quotation it holds is the statement; then every quotation it holds stays
    // ("“A,” she said, but …, “B,” said X": both quotations, not the sentence around them).
    if (trailing) drop.add(outer);
    else for (const inner of inners) drop.add(inner);
  }
  if (!drop.size) return;
  const kept = out.filter((st) => !drop.has(st));
  out.length = 0;
  out.push(...kept);
}

/** The passes, in order, each named: what findStatements runs over its sorted statements. */
export const STATEMENT_PASSES: { name: string; run(out: Statement[], raw: string): void }[] = [
  { name: 'cut at an inner attribution', run: cutAtInnerAttribution },
  { name: 'one statement per utterance', run: (out) => dropNested(out) },
  { name: 'reported requests are acts', run: dropReportedRequests },
  { name: 'join a quotation split by its attribution', run: joinSplitQuotes },
];
