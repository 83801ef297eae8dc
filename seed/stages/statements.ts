// Stage "statements": who said what — direct quotations with their attribution, and reported speech ("X said that …", "according to X").
// The rules it runs are named in seed/stages/statement-rules/: speakers added at cues (added-speakers.ts), the masks
// (speaker-masks.ts), the patterns and the whole-sentence rules in order (statement-patterns.ts), the passes over a
// document's statements (statement-passes.ts, added-continues.ts), described speakers kept as text (unnamed-sources.ts),
// and a writing's writer as its speaker (writing-writers.ts).
import { continueAfterAdded } from './statement-rules/added-continues.ts';
import { keepUnnamedSourcesAsText } from './statement-rules/unnamed-sources.ts';
import { OWN_ATTRIBUTION, STATEMENT_PASSES, statementId } from './statement-rules/statement-passes.ts';
import { addSpeakers } from './statement-rules/added-speakers.ts';
import { writerOf, writerOfBareWriting } from './statement-rules/writing-writers.ts';
import { signatureSpeakerAt } from './statement-rules/press-release-signatures.ts';
import { mayBeRemarksHeader, REMARKS_HEADER } from './statement-rules/remarks-headers.ts';
import { FIRST_PERSON_SAID, onePersonBySurname, personNamed, turnLabels } from './statement-rules/turn-labels.ts';
import { TITLED_LABEL } from './statement-rules/press-release-labels.ts';
import { GERUND_COLON } from './statement-rules/press-release-colons.ts';
import { FOLLOWING_INTRO } from './statement-rules/press-release-following.ts';
import { REACTION_INTRO } from './statement-rules/press-release-reactions.ts';
import { WRITING_GERUND_BEFORE } from './statement-rules/press-release-writings.ts';
import { maskSpeakers, quotesIn } from './statement-rules/speaker-masks.ts';
import { surnamePlacesAsSpeakers } from './statement-rules/surname-places.ts';
import { mergeEntities, speakersByWholeName } from './statement-rules/speaker-full-names.ts';
import {
  ACT,
  AFTER_ACCORDING,
  AFTER_SPK_VERB,
  AFTER_VERB_SPK,
  BEFORE,
  BEFORE_MANNER,
  ACCORDING_BEFORE,
  BEFORE_COORDINATED,
  CALLED,
  COLON_INTRO,
  COLON_PREDICATE,
  CUE,
  GERUND_BEFORE,
  INVERTED_BEFORE,
  LABEL,
  NAME_COLON,
  NO_THAT_VERBS,
  OBJECT_VERBS,
  QUOTED_VERB,
  SAID_THEN_GERUND,
  SENTENCE_SUBJECT,
  SETTING_ONLY,
  SENTENCE_RULES,
  SPEAKER_BEFORE_QUOTE,
  TITLE_TO_PERSON,
  TURN_LABEL,
  CAPS_LABEL,
  SIGNATURE,
  SPK,
  VIA,
} from './statement-rules/statement-patterns.ts';
import type { Analysis, Entity, Mention, Stage, Statement } from '../analysis.ts';
import { entityMention, indexAtOrBefore, rawSpan, textRange } from './text/stage-context.ts';
import { FILL, findAttributions, HEAD, hasCue, nounNotVerb, THAT_TIME } from './text/attribution.ts';
import { splitSpaces } from './text/matches.ts';
import { captionBefore } from './text/captions.ts';

interface Speaker {
  key: string;
  name: string;
  /** The speaker stood as "he" or "she". */
  pronoun?: boolean;
}

/** "added X to Y" with no finite verb before "to": something put on a list, not a clause said. */
const ADDED_TO =
  /^add(?:ed|s)\s(?:(?!\b(?:is|are|was|were|will|would|has|have|had|could|can|should|may|might|must|that)\b)[^,;"])*?\sto\s+(?:the|a|an|its|their|his|her|this|that)\s/;
/** What follows a speech verb that reports a clause of its own: "that" or a subject pronoun; or an article, unless the verb tells someone. */
const CLAUSE_AFTER_VERB = /^\s*,?\s+(?:that|he|she|it|they|we|I|there)\s/;
const ARTICLE_AFTER_VERB = /^\s+(?:the|a|an|his|her|its|their|this|these)\s/;
/** A finite verb right after an attribution's verb: "“…” it believes are …" reads as a clause of belief, not an attribution. */
const FINITE_NEXT = /^\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b/;
const TELL_LIKE = /^(?:told|tells|tell|asked|asks|ask|informed|reminded|warned|urged|assured|briefed)$/;
/** A paragraph that ends with its quotation's attribution: `…," said Ambassador Jo Roe.` */
const SAID_LAST = /^[\s,.!?"\u201d]*\b(?:said|says|stated|added|noted)\b[^"\u201c\u201d.!?]{0,120}[.!?]?\s*$/;
/** What stands before a quoted title: a possessive ("CNN's"), a preposition ("on", "in"; not "of": "a goal of "Peace
 * Through Strength"" is a slogan someone proclaimed), or a work's noun ("his book"). */
const TITLE_BEFORE =
  /(?:['\u2019]s|\b(?:on|in|at|from|with|host|book|books|show|program|programme|film|movie|series|song|album|column|episode|documentary|novel|memoir|magazine|newsletter|podcast))\s*$/;
/** A quotation that names something: "held a hearing titled "…"", "a group called "…"". */
const NAMED_AS = /\b(?:titled|entitled|named|called|dubbed|headlined|labeled|labelled|known\s+as)\s*,?\s*$/;
/** A title, not a sentence: no sentence end, and every word of four letters or more capitalized. */
const isTitleCase = (s: string) =>
  !/[.!?]["\u201d]?\s*$/.test(s.trim()) &&
  splitSpaces(s)
    .filter((w) => /\p{L}{4}/u.test(w))
    .every((w) => /^["'\u201c(]?\p{Lu}/u.test(w));
const words = (s: string) => splitSpaces(s).filter((w) => /\p{L}/u.test(w)).length;

export function findStatements(
  a: Analysis,
  gained?: { mentions: Mention[]; entities: Entity[]; merged: Map<string, string> },
): Statement[] {
  const text = a.text;
  const entities = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  // A place word beside a speech verb that is a named person's surname speaks as that person (statement-rules/surname-places.ts).
  let norm = surnamePlacesAsSpeakers(
    text,
    a.mentions.map((m) => ({ m, ...textRange(a, m) })),
    a.entities,
  );
  let { masked, at } = maskSpeakers(text, norm);
  const sentences = a.sentences.map((s) => ({ ...s, ...textRange(a, s) }));
  // Speakers no mention covers are added first, so every rule below reads them like the others.
  const added = addSpeakers(a, masked, sentences, entities);
  if (added.length) norm = norm.concat(added.map((m) => ({ m, ...textRange(a, m) })));
  // A person known only by a surname, perhaps titled, speaks as the document's one whole name for it (speaker-full-names.ts).
  const whole = speakersByWholeName(a, norm, entities);
  if (whole.added.length) added.push(...whole.added);
  if (added.length || whole.norm !== norm) {
    norm = whole.norm;
    ({ masked, at } = maskSpeakers(text, norm));
  }
  const names = new Map<string, string>([...entities.values()].map((e) => [e.id, e.name]));
  // The masked speaker mentions by start, in text offsets, to find the one right before a described writing.
  const maskedList = norm.filter((x) => at.get(x.start) === x.m).sort((x, y) => x.start - y.start);
  const speakerAt = (offset: number): Speaker | null => {
    const found = at.get(offset);
    if (!found?.entityKey) return null;
    let m = found;
    if (m.method === 'description:source') {
      // "the IMF report stated": a writing speaks for the writer named before it (statement-rules/writing-writers.ts).
      const k = maskedList.findIndex((x) => x.start === offset);
      const before = k > 0 ? maskedList[k - 1] : undefined;
      m = (k >= 0 && writerOf(maskedList[k], before, before ? text.slice(before.end, offset) : '')) || m;
    }
    const key = m.entityKey!;
    const name = names.get(key) ?? m.canonical ?? m.text;
    return m.method === 'anaphor:pronoun' && /^(?:he|she)$/i.test(m.text)
      ? { key, name, pronoun: true }
      : { key, name };
  };
  /** A person of the document by surname in capitals ("PENCE" → Mike Pence), when exactly one person has it. */
  const bySurname = (caps: string | undefined): Speaker | null => {
    const e = caps ? onePersonBySurname(a.entities, caps) : null;
    return e ? { key: e.id, name: e.name } : null;
  };
  // Mentions by start, searched by bisection: a statement's span holds few of the document's mentions.
  const byStartNorm = [...norm].sort((x, y) => x.start - y.start);
  /** Index of the first mention (by start) that starts at or after offset s. */
  const firstFrom = (s: number) => {
    let lo = 0;
    let hi = byStartNorm.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStartNorm[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The mentions inside [s, e] (in start order). */
  const within = (s: number, e: number) => {
    const out: typeof norm = [];
    for (let i = firstFrom(s); i < byStartNorm.length && byStartNorm[i].start <= e; i++)
      if (byStartNorm[i].end <= e) out.push(byStartNorm[i]);
    return out;
  };
  const mentionsIn = (s: number, e: number) => {
    const lo = firstFrom(s);
    const keys: string[] = [];
    for (let i = lo; i < byStartNorm.length && byStartNorm[i].start < e; i++)
      if (byStartNorm[i].end <= e && byStartNorm[i].m.entityKey) keys.push(byStartNorm[i].m.entityKey!);
    return keys;
  };
  const sentenceStarts = sentences.map((s) => s.start);
  const sentenceOf = (o: number) => sentences[indexAtOrBefore(sentenceStarts, o)];
  /** Whether the speaker masked at an offset is a description ("a spokesperson", "the company"), not a name. */
  const described = (base: number) => (o: number) => {
    const m = at.get(base + o);
    return !!m && (m.method.startsWith('description:') || m.method === 'anaphor:description');
  };
  const person = (base: number) => (o: number) => at.get(base + o)?.type === 'Person';
  const out: Statement[] = [];
  const byPronoun = new Set<Statement>();
  /** The side of a quotation mark where the source wrote a curly one (“ opens, ” closes). */
  const markSide = (o: number): 'open' | 'close' | undefined => {
    const c = a.doc.raw[a.toRaw(o)];
    return c === '\u201c' ? 'open' : c === '\u201d' ? 'close' : undefined;
  };

  const emit = (
    kind: 'direct' | 'indirect',
    s: number,
    e: number,
    spk: Speaker,
    cue: string,
    method: string,
    confidence: number,
    viaOffset?: number,
  ) => {
    while (
      e > s &&
      /[\s,;:.]/.test(text[e - 1]) &&
      !(kind === 'direct' && text[e - 1] === '.' && /[a-z]/i.test(text[e - 2] ?? ''))
    )
      e--;
    while (s < e && /\s/.test(text[s])) s++;
    if (e - s < 2) return;
    // "Trump said late last week": a setting after the verb is no content (statement-patterns.ts SETTING_ONLY).
    if (kind === 'indirect' && SETTING_ONLY.test(text.slice(s, e))) return;
    const span = rawSpan(a, s, e);
    const sent = sentenceOf(s);
    const st: Statement = {
      id: statementId(a.doc.id, span.start, span.end),
      speaker: spk.key,
      speakerName: spk.name,
      text: span.text,
      start: span.start,
      end: span.end,
      kind,
      cue: cue.replace(/\s+/g, ' ').trim(),
      about: [...new Set(mentionsIn(s, e))].filter((k) => k !== spk.key),
      provenance: {
        docId: a.doc.id,
        sentence: sent.index,
        start: a.toRaw(sent.start),
        end: a.toRaw(sent.end),
        evidence: a.doc.raw.slice(a.toRaw(sent.start), a.toRaw(sent.end)),
        confidence,
        method,
      },
    };
    if (viaOffset !== undefined) {
      const v = speakerAt(viaOffset);
      if (v && v.key !== spk.key) st.via = v.key;
    }
    if (a.doc.date) st.date = a.doc.date;
    if (spk.pronoun) byPronoun.add(st);
    out.push(st);
  };
  /** The cue as written: the verb, plus the outlet for "told CNBC". */
  const cueOf = (verb: string, rest: string, restStart: number) => {
    const r = masked.slice(restStart, restStart + rest.length);
    const direct = /^(?:told|tells|informed|assured|briefed)$/.test(verb)
      ? new RegExp(`^\\s+(?:the\\s+)?(${SPK})`, 'u').exec(r)
      : null;
    if (direct) {
      const at = restStart + direct[0].length - direct[1].length;
      return { cue: `${verb} ${text.slice(at, restStart + direct[0].length)}`, via: at };
    }
    const via = VIA.exec(r);
    return { cue: verb, via: via ? restStart + via.index + via[0].length - via.groups!.via.length : undefined };
  };

  // Paragraphs: quotes pair up within one, and a quote left open runs into the next.
  const paras = new Map<number, { start: number; end: number; sentences: typeof sentences }>();
  for (const s of sentences) {
    const p = paras.get(s.paragraph) ?? { start: s.start, end: s.end, sentences: [] };
    p.end = s.end;
    p.sentences.push(s);
    paras.set(s.paragraph, p);
  }
  /** The person a caption before paragraph `p` names (captions.ts), when its name is a person mention. */
  const captionOf = (
    p1: { start: number; end: number },
    p2: { start: number; end: number } | undefined,
    p: { start: number; end: number },
  ): Speaker | null => {
    const lines = [p1, p2].map((q) => q && { q, m: masked.slice(q.start, q.end) });
    const base = (i: 0 | 1) => lines[i]!.q.start + (lines[i]!.m.length - lines[i]!.m.trimStart().length);
    const c = captionBefore(
      lines[0]!.m,
      lines[1]?.m,
      text.slice(p.start, p.end),
      (i, o) => o >= 0 && !!lines[i] && at.get(base(i) + o)?.type === 'Person',
    );
    return c ? speakerAt(base(c.line) + c.spk) : null;
  };
  let lastSpeaker: Speaker | null = null;
  let lastWasQuote = false;
  /** The last paragraph reported one speaker's words and named no one else: a quotation making up the next paragraph
   * whole, unattributed, goes on with them ("Chairman Jo Roe said the rule was weak." then "“Nvidia chips …”"). */
  let lastReportedAlone = false;
  /** The last paragraph only told who reacted, quoting nothing (statement-rules/press-release-reactions.ts). */
  let lastReactor: Speaker | null = null;
  let lastQuotedAlone = false;
  /** The last paragraph's last quotation ran on to its end, unclosed: the next paragraph's opening mark continues it. */
  let lastOpen = false;
  let prevColonSpeaker: Speaker | null = null;
  /** The speaker of a transcript's turn under way (a label in capitals opened it). */
  let turn: Speaker | null = null;
  const plist = [...paras.entries()].sort((x, y) => x[0] - y[0]).map(([, p]) => p);
  // A transcript's turn labels, in capitals or not ("MR. DEESE:", "Moderator:", "The President."), by paragraph start
  // (statement-rules/turn-labels.ts); entities gains the persons a label names that no mention found.
  const turnsAt = turnLabels(text, plist, entities);
  for (let k = 0; k < plist.length; k++) {
    const p = plist[k];
    const firstOut = out.length;
    // A transcript's caption (name, title) before the paragraph: the paragraph is that person's words, whole.
    const cap = k > 0 && !turnsAt.has(p.start) ? captionOf(plist[k - 1], k > 1 ? plist[k - 2] : undefined, p) : null;
    if (cap) {
      let cs = p.start;
      let ce = p.end;
      if (/^["\u201c]/.test(text[cs])) cs++;
      if (/["\u201d]/.test(text[ce - 1]) && (text.slice(cs, ce).match(/["\u201c\u201d]/g) ?? []).length % 2 === 1) ce--;
      emit('direct', cs, ce, cap, '(caption)', 'quote:caption', 0.75);
      lastSpeaker = cap;
      turn = null;
      lastWasQuote = true;
      lastReportedAlone = false;
      lastReactor = null;
      prevColonSpeaker = null;
      continue;
    }
    // A header over printed remarks ("Sen. Roe's remarks as delivered:"): the paragraphs after it are the speaker's turn
    // (statement-rules/remarks-headers.ts).
    const header = mayBeRemarksHeader(text.slice(p.start, p.end)) && REMARKS_HEADER.exec(masked.slice(p.start, p.end));
    if (header) {
      const spkAt = header.indices!.groups!.spk;
      const nameAt = header.indices!.groups!.name;
      let spk: Speaker | null = spkAt ? speakerAt(p.start + spkAt[0]) : (prevColonSpeaker ?? lastSpeaker);
      if (nameAt) {
        // A name no mention covers: the document's person of that name or surname, else a new one, mentioned here.
        const e = personNamed(entities, text.slice(p.start + nameAt[0], p.start + nameAt[1]));
        spk = { key: e.id, name: e.name };
        if (!e.mentions.length)
          added.push(
            entityMention(a, e, p.start + nameAt[0], p.start + nameAt[1], p.sentences[0].index, 'speaker:header'),
          );
      }
      if (spk) {
        turn = spk;
        lastSpeaker = spk;
        lastReactor = null;
        prevColonSpeaker = null;
        continue;
      }
    }
    const quotes = quotesIn(text, p, markSide);
    const quoted = (o: number) => quotes.some((q) => o >= q.s && o < q.e);
    // Reported speech, sentence by sentence.
    for (const s of p.sentences) {
      const ms = masked.slice(s.start, s.end);
      if (!ms.includes(HEAD)) continue; // no one to speak
      if (!CUE.test(ms) && !hasCue(ms)) continue; // nothing said: one scan for a cue spares the rules below, each of which looks for one
      const firstOfSentence = out.length;
      const tryRule = (re: RegExp, method: string, confidence: number): boolean => {
        const m = re.exec(ms);
        if (!m) return false;
        const gr = m.groups!;
        const ix = m.indices!.groups!;
        const spk = speakerAt(s.start + ix.spk[0]);
        if (!spk || (gr.verb && nounNotVerb(ms, ix.spk[0], gr.verb))) return false;
        let cStart = s.start + ix.content[0];
        // Around a parenthetical attribution the content is both halves, taken whole as one span.
        let content = gr.tail !== undefined ? text.slice(cStart, s.start + ix.tail[1]) : gr.content;
        // "told investors in Shenzhen that …": the clause starts after "that" even when the setting swallowed it.
        const late = method === 'indirect:subject' && !gr.that ? /^[^,"]{0,60}?\bthat\s+/.exec(content) : null;
        if (late) {
          cStart += late[0].length;
          content = content.slice(late[0].length);
        }
        // Words inside a quotation are the quotation's, found below; so is a speaker named inside one.
        if (quoted(cStart) || quoted(s.start + ix.spk[0])) return false;
        const trimmed = content.trim();
        // A clause opening with a verb followed a relative "that" ("the meeting that was held"): no speech.
        // So does one opening with a past-tense verb and its object ("restrictions that banned the export of …").
        if (
          late &&
          (/^(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|be|been|being)\b/.test(
            trimmed,
          ) ||
            /^[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her|some|all|any|\d)\b/.test(trimmed))
        )
          return false;
        // "highlighted that year in a visit to …": "that" was a determiner of a time, not the clause's opening.
        if ((gr.that || late) && THAT_TIME.test(trimmed)) return false;
        // A content that is one whole quotation is a direct statement, found below.
        if (/^"[^"]*"[\s.,]*$/.test(trimmed)) return false;
        // … and so is one that opens a quotation running past the sentence's end (`X stated, "A. B."` split after "A.").
        if (trimmed.startsWith('"')) {
          const open = cStart + content.indexOf('"') + 1;
          if (quotes.some((q) => q.s === open && q.e >= cStart + content.trimEnd().length - 1)) return false;
        }
        if (
          method === 'indirect:subject' &&
          !gr.that &&
          !late &&
          (!NO_THAT_VERBS.test(gr.verb) || trimmed.startsWith('"')) &&
          !OBJECT_VERBS.test(gr.verb)
        )
          return false;
        // "The U.S. added SMIC to a blacklist": "added" with an object and "to" and no clause is an act, not speech.
        if (method === 'indirect:subject' && !gr.that && !late && ADDED_TO.test(gr.verb + ' ' + trimmed)) return false;
        if (words(content) < 3) return false;
        let cue = gr.verb ?? 'according to';
        let via: number | undefined;
        if (gr.rest !== undefined) {
          const c = cueOf(gr.verb ?? '', gr.rest, s.start + ix.rest[0]);
          if (gr.verb) cue = c.cue;
          via = c.via;
        }
        if (method === 'indirect:gerund') cue = gr.verb;
        emit('indirect', cStart, cStart + content.length, spk, cue, method, confidence, via);
        return true;
      };
      // Cue by cue first: a sentence may hold more than one attribution; the whole-sentence rules below fill in what it leaves.
      const taken: { s: number; e: number }[] = [];
      for (const f of findAttributions(ms, (o) => quoted(s.start + o), described(s.start), person(s.start))) {
        const fs = s.start + f.start;
        const fe = s.start + f.end;
        if (taken.some((t) => Math.min(t.e, fe) - Math.max(t.s, fs) > 0.5 * Math.min(t.e - t.s, fe - fs))) continue;
        const spk = speakerAt(s.start + f.speaker);
        if (!spk) continue;
        const c = cueOf(f.verb, masked.slice(s.start + f.rest.start, s.start + f.rest.end), s.start + f.rest.start);
        taken.push({ s: fs, e: fe });
        emit('indirect', fs, fe, spk, f.verb === 'according to' ? f.verb : c.cue, f.method, f.confidence, c.via);
      }
      // A whole-sentence rule adds only what overlaps no statement found cue by cue; a sentence the cues read is left as is.
      const before = out.length;
      if (before === firstOfSentence)
        SENTENCE_RULES.some(
          (r) => (!r.needs || r.needs.some((w) => ms.includes(w))) && tryRule(r.pattern, r.method, r.confidence),
        );
      if (
        out.length > before &&
        out
          .slice(firstOfSentence, before)
          .some((st) => Math.min(st.end, out[before].end) - Math.max(st.start, out[before].start) > 0)
      )
        out.length = before;
    }
    // A label and a colon opening a paragraph: a transcript's turn ("PENCE: Well, …") or a headline ("Sanders: Clinton needs …").
    // … or a title and a name before it, the words quoted (`Senator Jo Roe (R-Ind.): "…"`): statement-rules/press-release-labels.ts.
    const labelText = masked.slice(p.start, Math.min(p.end, p.start + 200));
    // A transcript's label in capitals is read on the text itself, whatever the mention finders made of its words (a
    // surname in capitals may be a mention of the person, or taken for an organization: "MS. MARSH:").
    const tl = turnsAt.get(p.start);
    const capsLabel = tl ? null : CAPS_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 200)));
    const capsSpeaker = capsLabel ? bySurname(capsLabel.groups!.caps) : null;
    const label = tl ? null : capsSpeaker ? capsLabel : (LABEL.exec(labelText) ?? TITLED_LABEL.exec(labelText));
    // A transcript's turn ("SECRETARY ROE: …") runs on over the paragraphs after it until the next label ("Q:").
    // A stage direction in brackets ("(END VIDEO CLIP.)") ends it too, and so does a page's call to its reader
    // ("Follow Jo Roe on Twitter", "Watch the full interview").
    if (
      tl ||
      TURN_LABEL.test(labelText) ||
      /^\s*(?:[([]|(?:Follow|Watch|Read|Click|Subscribe|Contact|Email|Sign\s+up)\b)/.test(labelText)
    )
      turn = null;
    if (tl?.entity) {
      const e = tl.entity;
      turn = { key: e.id, name: e.name };
      let ce = p.end;
      if (text[ce - 1] === '"' && text.slice(tl.wordsStart, ce).split('"').length % 2 === 0) ce--;
      emit('direct', tl.wordsStart, ce, turn, '(speaker label)', 'quote:turn-label', 0.7);
      quotes.splice(0, quotes.length, ...quotes.filter((q) => q.e <= tl.wordsStart || q.s > tl.wordsStart));
      const known = e.mentions.length > 0 || added.some((m) => m.entityKey === e.id);
      if (!known || !norm.some((x) => x.m.entityKey === e.id))
        added.push(entityMention(a, e, tl.nameStart, tl.nameEnd, p.sentences[0].index, 'speaker:label'));
    }
    if (label) {
      const gr = label.groups!;
      const spk =
        capsSpeaker ?? (gr.spk ? speakerAt(p.start + label.indices!.groups!.spk[0]) : bySurname(gr.caps ?? gr.surname));
      if (gr.caps && !gr.quote) turn = spk;
      const type = gr.spk ? at.get(p.start + label.indices!.groups!.spk[0])?.type : 'Person';
      const cs = p.start + label[0].length;
      let ce = p.end;
      if (text[ce - 1] === '"' && text.slice(p.start, ce).split('"').length % 2 === 0) ce--; // a closing mark of the turn
      if (gr.quote && /["\u201d]/.test(text[ce - 1]) && /^["\u201c]$/.test(text[cs - 1])) ce--; // `X: "…"`
      // A programme's or outlet's name before a title ("VOA Asia Weekly: Taiwan's Silicon Shield") names an episode, not speech.
      const titleOnly = type !== 'Person' && isTitleCase(text.slice(cs, ce));
      if (spk && type !== 'Country' && !titleOnly && words(text.slice(cs, ce)) >= 3) {
        emit(gr.quote || gr.caps ? 'direct' : 'indirect', cs, ce, spk, ':', 'quote:label', 0.7);
        quotes.splice(0, quotes.length, ...quotes.filter((q) => q.e <= cs || q.s >= ce || q.s > cs));
        if (gr.quote) quotes.splice(0, quotes.length, ...quotes.filter((q) => q.s !== p.start + 1));
      }
    }
    // Quotations.
    const attributed: { q: (typeof quotes)[number]; spk: Speaker | null; cue: string; via?: number; method: string }[] =
      [];
    for (const q of quotes) {
      const sent = sentenceOf(q.s);
      const afterText = masked.slice(q.e + 1, Math.min(p.end, q.e + 320)); // room for two appositions (APPOSITIONS)
      const beforeStart = Math.max(sent.start, ...quotes.filter((o) => o.e < q.s).map((o) => o.e + 1));
      const beforeText = masked.slice(beforeStart, q.s - 1);
      let hit: { spk: Speaker | null; cue: string; via?: number; method: string } | null = null;
      // "… rules." She later told …: after a closed sentence, an attribution before the quote comes first.
      const closed = /[.!?]\s*$/.test(text.slice(q.s, q.e));
      let after =
        q.open ||
        (turn && FIRST_PERSON_SAID.test(beforeText)) ||
        (closed && (BEFORE.test(beforeText) || GERUND_BEFORE.test(beforeText) || CALLED.test(beforeText)))
          ? null
          : (AFTER_SPK_VERB.exec(afterText) ??
            AFTER_VERB_SPK.exec(afterText) ??
            AFTER_ACCORDING.exec(afterText) ??
            SIGNATURE.exec(afterText));
      // "…neighborhood." Russia insisted that talks resume: after a closed sentence, a verb with a clause of its own
      // opens a new statement; it does not attribute the quotation before it.
      if (after && closed) {
        const next = afterText.slice(after.index + after[0].length);
        // "Todd asked the real estate mogul": after a verb of telling an article opens its audience, not a clause.
        if (
          CLAUSE_AFTER_VERB.test(next) ||
          (!TELL_LIKE.test(after.groups!.verb ?? '') && ARTICLE_AFTER_VERB.test(next))
        )
          after = null;
      }
      // A list of "Chinese military companies" it believes are operating …: a quoted phrase, no sentence of its own,
      // that a relative clause's verb of belief takes as its subject ("it believes [it] are …") is not said by them.
      if (
        after &&
        !/[.!?,]$/.test(text.slice(q.s, q.e).trim()) &&
        FINITE_NEXT.test(afterText.slice(after.index + after[0].length))
      )
        after = null;
      if (after) {
        const ix = after.indices!.groups!;
        let spkAt = q.e + 1 + ix.spk[0];
        // "said U.S. Attorney for the Northern District of California Jo Roe": a country or body heading a long title
        // is the title's, the person named at its end the speaker (statement-patterns.ts TITLE_TO_PERSON).
        if (at.get(spkAt)?.type !== 'Person' && ix.verb[0] < ix.spk[0]) {
          const run = TITLE_TO_PERSON.exec(afterText.slice(ix.spk[1]));
          const personAt = run ? q.e + 1 + ix.spk[1] + run.indices!.groups!.spk[0] : -1;
          if (run && at.get(personAt)?.type === 'Person') spkAt = personAt;
        }
        const spk = speakerAt(spkAt);
        const c = cueOf(after.groups!.verb, after.groups!.rest, q.e + 1 + ix.rest[0]);
        if (spk) hit = { spk, cue: c.cue || 'quoted', via: c.via, method: 'quote:after' };
      }
      if (!hit) {
        const before = BEFORE.exec(beforeText) ?? BEFORE_MANNER.exec(beforeText);
        if (before) {
          const ix = before.indices!.groups!;
          const spk = speakerAt(beforeStart + ix.spk[0]);
          const c = cueOf(before.groups!.verb, before.groups!.rest, beforeStart + ix.rest[0]);
          if (spk) hit = { spk, cue: c.cue, via: c.via, method: 'quote:before' };
        }
      }
      if (!hit && turn) {
        // Inside a transcript's turn, "I said, "…"": the first person is the turn's speaker (statement-rules/turn-labels.ts).
        const fp = FIRST_PERSON_SAID.exec(beforeText);
        if (fp) hit = { spk: turn, cue: fp.groups!.verb, method: 'quote:turn-first-person' };
      }
      if (!hit && beforeStart === sent.start) {
        // "Carson did not mention his rivals, but told supporters, "…"": the subject of a coordinated speech verb.
        const co = BEFORE_COORDINATED.exec(beforeText);
        const spk = co ? speakerAt(beforeStart + co.indices!.groups!.spk[0]) : null;
        if (spk) hit = { spk, cue: co!.groups!.verb, method: 'quote:coordinated' };
      }
      if (!hit) {
        // "According to Reuters, "…"": the source named right before the quotation.
        const acc = ACCORDING_BEFORE.exec(beforeText);
        const spk = acc ? speakerAt(beforeStart + acc.indices!.groups!.spk[0]) : null;
        if (spk) hit = { spk, cue: 'according to', method: 'quote:according' };
      }
      if (!hit) {
        // "Said Ellis: "…"": the verb opens the sentence, the speaker follows it.
        const inv = INVERTED_BEFORE.exec(beforeText);
        if (inv) {
          const spk = speakerAt(beforeStart + inv.indices!.groups!.spk[0]);
          if (spk) hit = { spk, cue: inv.groups!.verb.toLowerCase(), method: 'quote:before' };
        }
      }
      if (!hit) {
        // "Trump attacked Clinton's record, saying, "She is unstable."": the sentence's subject speaks through the gerund.
        const gerund = SAID_THEN_GERUND.exec(beforeText) ?? GERUND_BEFORE.exec(beforeText);
        if (gerund) {
          const spk = speakerAt(beforeStart + gerund.indices!.groups!.spk[0]);
          if (spk) hit = { spk, cue: gerund.groups!.verb, method: 'quote:gerund' };
        }
      }
      if (!hit) {
        // "Raimondo called Huawei's advance "deeply concerning"": quoted words a speaker applies to something are theirs.
        const called = CALLED.exec(beforeText);
        if (called) {
          const spk = speakerAt(beforeStart + called.indices!.groups!.spk[0]);
          if (spk) hit = { spk, cue: called.groups!.verb, method: 'quote:called' };
        }
      }
      if (!hit) {
        // "Roe's memorandum calling for, "…"": a writing's words are its writer's (statement-rules/press-release-writings.ts).
        const w = WRITING_GERUND_BEFORE.exec(beforeText);
        const spk = w ? speakerAt(beforeStart + w.indices!.groups!.spk[0]) : null;
        if (spk) hit = { spk, cue: w!.groups!.verb.replace(/\s+/g, ' '), method: 'quote:writing' };
      }
      if (!hit) {
        // Biden "emphasized that …": a quotation that opens with the speech verb of the speaker right before it.
        const verb = QUOTED_VERB.exec(text.slice(q.s, q.e));
        const lead = verb ? SPEAKER_BEFORE_QUOTE.exec(beforeText) : null;
        if (lead) {
          const spk = speakerAt(beforeStart + lead.indices!.groups!.spk[0]);
          if (spk) hit = { spk, cue: verb!.groups!.verb, method: 'quote:verb-inside' };
        }
      }
      if (!hit && beforeStart === sent.start) {
        // "Cruz called them on it: “…”": the subject of a predicate that ends in a colon before the quotation.
        const colonAt = COLON_PREDICATE.exec(beforeText);
        const spk = colonAt ? speakerAt(beforeStart + colonAt.indices!.groups!.spk[0]) : null;
        if (spk) hit = { spk, cue: colonAt!.groups!.verb, method: 'quote:colon' };
      }
      if (!hit) {
        // "… Donald Trump: "…"": a person's name and a colon, a label inside the paragraph.
        const nc = /:\s*$/.test(beforeText) ? NAME_COLON.exec(beforeText) : null;
        const spkAt = nc ? beforeStart + nc.indices!.groups!.spk[0] : -1;
        const spk = nc && at.get(spkAt)?.type === 'Person' ? speakerAt(spkAt) : null;
        if (spk) hit = { spk, cue: ':', method: 'quote:name-colon' };
      }
      attributed.push({ q, ...(hit ?? { spk: null, cue: '', method: '' }) });
    }
    // A quotation left unattributed and signed on the next line ("-Assistant Attorney General Jo Roe"): statement-rules/press-release-signatures.ts.
    const next = plist[k + 1];
    const signed = next && attributed.some((x) => !x.spk) ? signatureSpeakerAt(masked.slice(next.start, next.end)) : -1;
    const signer = signed >= 0 ? speakerAt(next.start + signed) : null;
    if (signer)
      for (const x of attributed) if (!x.spk) Object.assign(x, { spk: signer, cue: '-', method: 'quote:signature' });
    // Unattributed quotes take the paragraph's speaker, else continue the previous paragraph's.
    // A paragraph of quotation after "X said:" belongs to X.
    const colon = prevColonSpeaker;
    prevColonSpeaker = null;
    const lastSentence = p.sentences[p.sentences.length - 1];
    if (/:\s*$/.test(text.slice(lastSentence.start, lastSentence.end))) {
      const intro = masked.slice(lastSentence.start, lastSentence.end);
      // … or "X has instructed …, stating:" (statement-rules/press-release-colons.ts).
      const m = COLON_INTRO.exec(intro) ?? GERUND_COLON.exec(intro) ?? COLON_PREDICATE.exec(intro);
      if (m) prevColonSpeaker = speakerAt(lastSentence.start + m.indices!.groups!.spk[0]);
    }
    // … or "X today released the following statement after …", with no colon, in a paragraph that quotes nothing
    // (statement-rules/press-release-following.ts).
    if (!prevColonSpeaker && !quotes.length)
      for (const s of p.sentences) {
        const m = FOLLOWING_INTRO.exec(masked.slice(s.start, s.end));
        const spk = m ? speakerAt(s.start + m.indices!.groups!.spk[0]) : null;
        if (spk) prevColonSpeaker = spk;
      }
    const paraSpeaker = attributed.find((x) => x.spk)?.spk ?? colon ?? out.slice(firstOut).find(() => true)?.speaker;
    let fallback: Speaker | null = null;
    if (paraSpeaker)
      fallback =
        typeof paraSpeaker === 'string'
          ? { key: paraSpeaker, name: names.get(paraSpeaker) ?? paraSpeaker }
          : paraSpeaker;
    if (!fallback) {
      const act = ACT.exec(masked.slice(p.start, p.end));
      if (act) fallback = speakerAt(p.start + act.indices!.groups!.spk[0]);
    }
    const indirect = out.slice(firstOut);
    for (const x of attributed) {
      const n = words(text.slice(x.q.s, x.q.e));
      const container = indirect.find((st) => a.fromRaw!(st.start) <= x.q.s && x.q.e <= a.fromRaw!(st.end));
      // A quoted title ("Squawk Box", "Make Your Kid a Millionaire") names a work; it is not a statement.
      const inner = text.slice(x.q.s, x.q.e).trim();
      const titleCase = splitSpaces(inner).every((w) => w.length < 4 || /^[\p{Lu}\d"'(]/u.test(w));
      if (n <= 7 && !/[.!?,]$/.test(inner) && titleCase) continue;
      // … and, unattributed, a work's title with its subtitle after a colon, all capitalized ("Crippled America: How to
      // Make America Great Again", "Sharknado 3: Oh Hell No!").
      if (!x.spk && n <= 12 && titleCase && /^[^:.!?]{1,60}:\s+\S/.test(inner)) continue;
      // … also with a comma or full stop inside its marks, where a possessive, a preposition or a work's noun stands
      // before it: CNN's "State of the Union," / on "Morning Joe," / his book "The Art of the Deal."
      if (
        n <= 12 &&
        titleCase &&
        !/[!?]$/.test(inner) &&
        TITLE_BEFORE.test(text.slice(Math.max(0, x.q.s - 40), x.q.s - 1))
      )
        continue;
      if (x.spk) {
        // A quotation inside a reported statement is that statement's speaker's, whatever stands nearer before it.
        const spk =
          container &&
          x.method === 'quote:before' &&
          !OWN_ATTRIBUTION.test(text.slice(a.fromRaw!(container.start), x.q.s))
            ? { key: container.speaker, name: container.speakerName }
            : x.spk;
        if (n >= 1) emit('direct', x.q.s, x.q.e, spk, x.cue, x.method, 0.9, x.via);
        continue;
      }
      // Scare quotes and titles ("fourth-tier", "technology stack") are not statements; a short full sentence ("Never.") is.
      if (n < 4 && !/[.!?]$/.test(text.slice(x.q.s, x.q.e).trim())) continue;
      const startsPara = x.q.s - 1 === p.start;
      const wholeParagraph = startsPara && /^["\u201d]?\s*$/.test(text.slice(x.q.e, p.end));
      // A quotation opening a paragraph continues the previous speaker only when that paragraph was theirs alone, quoted.
      // A quotation inside a reported statement is that statement's speaker's words.
      // Lines of signed quotations in one paragraph (`"…" ― Jo Roe` on each line): a quotation split by an inner
      // quotation ("what he calls "hell" than …") is the speaker's who signs the rest of its line.
      // Only the next quotation, with no line break, no sentence end and no one named (a pronoun aside) between the two.
      const y = attributed[attributed.indexOf(x) + 1];
      const gap = y ? masked.slice(x.q.e, y.q.s) : '';
      const named = [...gap].some((c, i) => c === HEAD && at.get(x.q.e + i)?.method !== 'anaphor:pronoun');
      const sameLine =
        y?.spk && y.method === 'quote:after' && gap.length <= 80 && !named && !/\n|[.!?]\s/.test(gap) ? y.spk : null;
      // The subject of the quotation's own sentence, when the sentence opens with one before it.
      const sent = sentenceOf(x.q.s);
      const lead = x.q.s - 1 > sent.start ? masked.slice(sent.start, x.q.s - 1) : '';
      // Only for words that read as said, closed by their own punctuation ("…?", "…."): a quoted term ("released the names
      // of additional “Communist Chinese military companies”") is the writer's naming, not the subject's speech.
      const subj =
        lead && !/["\u201c\u201d]/.test(lead) && /[.!?,…]$/.test(inner) && !NAMED_AS.test(lead)
          ? SENTENCE_SUBJECT.exec(lead)
          : null;
      let subjectAt = subj ? sent.start + subj.indices!.groups!.spk[0] : -1;
      // A country or place before a title and a person's name qualifies the title ("Former US secretary of state
      // Madeleine Albright … over her remark that "…""): the person is the subject.
      if (subjectAt >= 0 && /^(?:Country|Place)$/.test(at.get(subjectAt)?.type ?? '')) {
        let e = subjectAt + 1;
        while (masked[e] === FILL) e++;
        const title = /^\s+(?:[a-z][\w-]*\s+){1,4}(?=\u0001)/.exec(masked.slice(e, e + 80));
        if (title && at.get(e + title[0].length)?.type === 'Person') subjectAt = e + title[0].length;
      }
      const subject = subjectAt >= 0 ? speakerAt(subjectAt) : null;
      // In a paragraph of several speakers ("“A,” Rubio said. … “B,” Conant said. “C.”") an unattributed quotation goes
      // on with the speaker of the nearest attributed one before it, not the paragraph's first.
      const nearest = attributed
        .slice(0, attributed.indexOf(x))
        .reverse()
        .find((o) => o.spk && o.method !== 'quote:signature')?.spk;
      const spk = container
        ? { key: container.speaker, name: container.speakerName }
        : (sameLine ??
          subject ??
          nearest ??
          fallback ??
          (startsPara && turn ? turn : null) ??
          (startsPara &&
          (lastWasQuote || lastOpen || (x.q.open && lastQuotedAlone) || (lastReportedAlone && wholeParagraph))
            ? lastSpeaker
            : wholeParagraph
              ? lastReactor
              : null));
      if (spk)
        emit(
          'direct',
          x.q.s,
          x.q.e,
          spk,
          container ? container.cue : fallback || nearest ? x.cue || 'quoted' : 'quoted',
          container
            ? 'quote:inside'
            : subject && !sameLine
              ? 'quote:subject'
              : fallback || nearest
                ? 'quote:paragraph'
                : 'quote:continued',
          container ? 0.8 : 0.6,
        );
    }
    // A paragraph of a transcript's turn with no label of its own, no quotation and nothing reported: the turn's
    // speaker's words, whole ("ASSISTANT SECRETARY ROE: Thanks. …" then "In my view, …").
    if (turn && !label && !tl && !TURN_LABEL.test(labelText)) {
      if (!quotes.length && out.length === firstOut) emit('direct', p.start, p.end, turn, ':', 'quote:turn', 0.6);
      else if (!out.slice(firstOut).some((st) => st.speaker === turn!.key)) {
        // … and one that quotes or reports others inside (a letter read out, "I said, "…""), none of it the turn's
        // speaker's yet: the words around the quotations and reported statements are the turn's speaker's.
        const inner = [
          ...quotes.map((q) => ({ s: q.s - 1, e: q.e + 1 })),
          ...out.slice(firstOut).map((st) => ({ s: a.fromRaw!(st.start), e: a.fromRaw!(st.end) })),
        ].sort((x, y) => x.s - y.s);
        let from = p.start;
        for (const r of [...inner, { s: p.end, e: p.end }]) {
          if (r.s > from) {
            const seg = text.slice(from, r.s);
            const cs = from + (seg.length - seg.trimStart().length);
            const ce = from + seg.trimEnd().length;
            if (words(text.slice(cs, ce)) >= 4) emit('direct', cs, ce, turn, ':', 'quote:turn', 0.6);
          }
          from = Math.max(from, r.e);
        }
      }
    }
    const mine = out.slice(firstOut);
    if (mine.length) lastSpeaker = { key: mine[mine.length - 1].speaker, name: mine[mine.length - 1].speakerName };
    // The paragraph's mentions, found by bisection rather than by a pass over the document's (sets: order aside).
    const inPara = within(p.start, p.end);
    const unquotedOthers = new Set(
      inPara.filter((x) => !quoted(x.start) && x.m.entityKey && x.m.type === 'Person').map((x) => x.m.entityKey),
    );
    const others = new Set(inPara.filter((x) => x.m.entityKey && x.m.type === 'Person').map((x) => x.m.entityKey));
    // A quotation opening a paragraph and running on (the multi-paragraph convention) continues the last speaker even
    // when the paragraph before named others inside its quotations ("… President Biden is directing me …," said Tai.).
    const lastQuote = quotes[quotes.length - 1];
    lastOpen =
      !!lastQuote?.open &&
      mine.length > 0 &&
      mine[mine.length - 1].kind === 'direct' &&
      mine[mine.length - 1].end >= a.toRaw(p.end) - 1;
    lastQuotedAlone =
      mine.length > 0 &&
      mine.every((st) => st.speaker === lastSpeaker!.key) &&
      mine[mine.length - 1].kind === 'direct' &&
      SAID_LAST.test(a.doc.raw.slice(mine[mine.length - 1].end, a.toRaw(p.end))) &&
      [...others].every((k) => k === lastSpeaker!.key || !unquotedOthers.has(k));
    lastReportedAlone =
      mine.length > 0 &&
      !quotes.length &&
      mine.every((st) => st.speaker === lastSpeaker!.key && st.kind === 'indirect') &&
      [...others].every((k) => k === lastSpeaker!.key);
    lastWasQuote =
      mine.length > 0 &&
      mine.every((st) => st.speaker === lastSpeaker!.key) &&
      mine.some((st) => st.kind === 'direct') &&
      [...others].every((k) => k === lastSpeaker!.key);
    lastReactor = null;
    // Read only when the next paragraph opens with a quotation mark, the one place the reactor is used.
    const nextPara = plist[k + 1];
    if (nextPara && /["\u201c]/.test(text[nextPara.start] ?? '') && !quotes.length && !mine.length && !label) {
      const first = p.sentences[0];
      const r = REACTION_INTRO.exec(masked.slice(first.start, first.end));
      const spk = r ? speakerAt(first.start + r.indices!.groups!.spk[0]) : null;
      if (spk && [...others].every((k) => k === spk.key)) lastReactor = spk;
    }
  }
  out.sort((x, y) => x.start - y.start);
  if (byPronoun.size) {
    const describedPersons = new Set(
      norm.filter((x) => x.m.type === 'Person' && x.m.method === 'description:source').map((x) => x.m.entityKey),
    );
    continueAfterAdded(out, byPronoun, (k) => describedPersons.has(k));
  }
  const describedKeys = new Set(norm.filter((x) => x.m.method === 'description:source').map((x) => x.m.entityKey));
  writerOfBareWriting(out, (k) => describedKeys.has(k));
  for (const pass of STATEMENT_PASSES) pass.run(out, a.doc.raw);
  // A surname entity read as a whole name (speaker-full-names.ts) is that person, once the person speaks: its mentions
  // join the whole name's entity, and the surname entity goes.
  if (gained && whole.merged.size) {
    const speaking = new Set(out.map((st) => st.speaker));
    for (const [from, to] of whole.merged) if (speaking.has(to)) gained.merged.set(from, to);
  }
  // An added speaker stays only when it speaks: a mention that attributes nothing would be noise in the entity list.
  if (added.length && gained) {
    const speaking = new Set(out.map((st) => st.speaker));
    const keep = added.filter((m) => speaking.has(m.entityKey!));
    const known = new Set(a.entities.map((e) => e.id));
    const changed = new Map<string, Entity>();
    for (const m of keep) {
      const e = changed.get(m.entityKey!) ?? {
        ...entities.get(m.entityKey!)!,
        mentions: [...entities.get(m.entityKey!)!.mentions],
      };
      e.mentions.push({ start: m.start, end: m.end, text: m.text });
      changed.set(e.id, e);
    }
    gained.mentions = keep;
    gained.entities = [
      ...a.entities.map((e) => changed.get(e.id) ?? e),
      ...[...changed.values()].filter((e) => !known.has(e.id)),
    ];
  }
  return out;
}

export const statements: Stage = {
  name: 'statements',
  run(a: Analysis): Analysis {
    const gained = { mentions: [] as Mention[], entities: a.entities, merged: new Map<string, string>() };
    const found = findStatements(a, gained);
    if (!gained.mentions.length && !gained.merged.size) return keepUnnamedSourcesAsText({ ...a, statements: found });
    const { mentions, entities } = mergeEntities([...a.mentions, ...gained.mentions], gained.entities, gained.merged);
    return keepUnnamedSourcesAsText({ ...a, statements: found, mentions, entities });
  },
};
