// Rule "described speakers" of the resolve stage: a source described by a title with no name ("Philippine president
// says …", "a ministry spokesperson said") is the one person in the document who holds that title ("Philippine
// President Ferdinand Marcos Junior", "Foreign Ministry spokesperson Mao Ning"); when several hold it, the words before
// the title ("Philippine") choose among them; with none or no single choice it stays a description of its own.
// Its first step, "a letter's writers" (resolveLetterWriters below), gives "the letter" and "the lawmakers" to the
// writers named where the letter was reported.
import type { Mention } from '../../analysis.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

/** The title a description ends in, lower case: "Philippine president" → "president", "ministry spokesperson" → "spokesperson". */
const headOf = (description: string) => description.trim().split(/\s+/).pop()!.toLowerCase();

interface Holder {
  name: string;
  /** The words written before the holder's name and title, lower case ("philippine president"). */
  before: string;
}

/** Applies the rule to a document's mentions (offsets into `raw`), in place: a resolved description takes the person's name. */
export function resolveDescribedSpeakers(ms: Mention[], raw: string): void {
  resolveLetterWriters(ms, raw);
  const holders = new Map<string, Holder[]>();
  for (const m of ms) {
    if (m.anaphor || m.type !== 'Person' || !m.role || m.method === 'description:source' || !m.canonical) continue;
    const title = headOf(m.role);
    const before = `${raw.slice(Math.max(0, m.start - 60), m.start)} ${m.roleOrg ?? ''}`.toLowerCase();
    holders.set(title, [...(holders.get(title) ?? []), { name: m.canonical, before }]);
  }
  if (!holders.size) return;
  for (const m of ms) {
    if (m.method !== 'description:source' || m.type !== 'Person' || !m.canonical) continue;
    const all = holders.get(headOf(m.canonical));
    if (!all) continue;
    const modifiers = m.canonical.toLowerCase().split(/\s+/).slice(0, -1);
    const fit = all.filter((h) => modifiers.every((w) => h.before.includes(w)));
    const names = new Set((fit.length ? fit : modifiers.length ? [] : all).map((h) => h.name));
    if (names.size !== 1) continue;
    m.canonical = [...names][0];
    m.method = 'description:resolved';
  }
}

/**
 * Rule "a letter's writers": "the letter" and "the lawmakers" as a source ("The letter notes that …", "In the letter,
 * the lawmakers write, …") speak for the writers the text named when it reported the letter: the first person or body
 * named before the act's verb in the nearest sentence before that reports one ("Chairman John Moolenaar and Ranking
 * Member Raja Krishnamoorthi … urged …", "X has sent a letter to …"). "The lawmakers" needs two writers named there
 * ("X and Y"); a bare "lawmakers" (no article) means lawmakers at large and stays a description.
 */
const LETTER_HEADS = new RegExp(`^(?:${STATEMENT_WORDS.letterWriters.writings.join('|')})$`, 'i');
const WRITER_HEADS = new RegExp(`^(?:${STATEMENT_WORDS.letterWriters.people.join('|')})$`, 'i');
const LETTER_ACT = new RegExp(`^([^.!?]*?)\\b(${STATEMENT_WORDS.letterWriters.acts.join('|')})\\b`);
/** The noun "letter" reports its writers only as their means or with its addressee ("in a letter", "a letter to"). */
const LETTER_AS_MEANS = /\b(?:in|with|through|via)\s+(?:a|an|the|their|his|her|its|a\s+joint)\s+$/i;
/** "the letter was sent to …": a passive act names no writer before it. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;
const NAMED = new Set(['Person', 'Organization']);
/** How many sentences back the letter may have been reported. */
const LETTER_WINDOW = 6;

export function resolveLetterWriters(ms: Mention[], raw: string): void {
  const named = ms.filter(
    (m) => NAMED.has(m.type) && !m.anaphor && m.canonical && !m.method.startsWith('description:'),
  );
  /** Collectives this rule resolved: each stands for its writers, several at once. */
  const groups = new Set<Mention>();
  for (const m of [...ms].sort((x, y) => x.start - y.start)) {
    if (m.method !== 'description:source' || !m.canonical) continue;
    const head = headOf(m.canonical);
    const people = WRITER_HEADS.test(head);
    if (!people && !LETTER_HEADS.test(head)) continue;
    // Definite only: "the letter", "The lawmakers", "their letter".
    if (!/\b(?:the|their|this|that)\s+(?:[\w-]+\s+)?$/i.test(raw.slice(Math.max(0, m.start - 30), m.start))) continue;
    for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - LETTER_WINDOW); s--) {
      const inSentence = [...named, ...groups].filter((n) => n.sentence === s).sort((x, y) => x.start - y.start);
      if (!inSentence.length) continue;
      const first = inSentence[0];
      // The subject, not a possessive ("President Trump's memorandum … calling for").
      if (/^['\u2019]s?\b/.test(raw.slice(first.end, first.end + 2))) continue;
      const act = LETTER_ACT.exec(raw.slice(first.end, first.end + 400));
      if (!act || PASSIVE_BEFORE.test(act[1])) continue;
      // "Tom Reed received a letter": a letter written to someone is not theirs.
      if (
        /^letters?$/i.test(act[2]) &&
        !LETTER_AS_MEANS.test(act[1]) &&
        !/^\s+to\b/.test(raw.slice(first.end + act[0].length, first.end + act[0].length + 4))
      )
        continue;
      const verbAt = first.end + act[0].length;
      // "Citing statements by Trump administration officials, the Ranking Members wrote …": the act is the subject's
      // that stands right before it, a description of its own, not the first name's; that sentence reports no writers.
      if (
        ms.some(
          (d) =>
            d !== m &&
            d.sentence === s &&
            d.start >= first.end &&
            d.end <= verbAt &&
            d.method.startsWith('description:') &&
            WRITER_HEADS.test(headOf(d.text)),
        )
      )
        continue;
      const writers = inSentence.filter((n) => n.end <= verbAt);
      if (people && writers.length < 2 && !groups.has(first)) continue;
      m.canonical = first.canonical;
      m.type = first.type;
      m.method = 'description:resolved';
      if (people) groups.add(m);
      break;
    }
  }
}
