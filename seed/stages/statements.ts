// Stage "statements": who said what — direct quotations with their attribution, and reported speech ("X said that …", "according to X").
import { continueAfterAdded } from './statement-rules/added-continues.ts';
import { keepUnnamedSourcesAsText } from './statement-rules/unnamed-sources.ts';
import { OWN_ATTRIBUTION, STATEMENT_PASSES, statementId } from './statement-rules/statement-passes.ts';
import type { Analysis, Entity, Mention, Sentence, Stage, Statement } from '../analysis.ts';
import { entityKey, indexAtOrBefore, rawSpan, textRange } from './text/stage-context.ts';
import { findSpeakerPhrases } from './text/speakers.ts';
import { SPEECH_GERUNDS, SPEECH_VERB_RE, TELL_VERBS } from './text/lexicon.ts';
import { findAttributions, FILL, HEAD, HEADLINE_VERB, hasCue, LAST_IN_PHRASE } from './text/attribution.ts';
import { splitSpaces } from './text/matches.ts';
import { captionBefore } from './text/captions.ts';

const SPEAKER_TYPES = new Set(['Person', 'Company', 'Organization', 'Country']);
const SPK = `${HEAD}${FILL}*`;
/** Up to four title words before a name: "Commerce Secretary Howard Lutnick", "the top manager". */
const PRE = `(?:(?:\\p{Lu}[\\p{L}\\p{M}\\w.'-]*|the|a|an|one|another|some|several|many|multiple|two|three|other|most|all|both|top|chief|former|senior|deputy|its|his|her|${SPK}'s|${SPK})\\s+){0,4}?`;
/** A party and state after a politician's name: "Sen. Jane Roe (D-Mo.) said". */
const PARTY = `(?:\\s*\\((?:[A-Z][\\w.,\\s-]{0,20}|${SPK})\\))?(?:\\s+of\\s+(?:the\\s+)?(?:${SPK}|\\p{Lu}[\\w.'-]*(?:\\s+\\p{Lu}[\\w.'-]*){0,3}))?`;
/** One or two appositions between a speaker and the verb: "Jane Roe, director of the X institute, one of its founders, said"; or one set off by dashes. */
const APPOSITIONS = '(?:(?:,[^,"]{1,150}){1,2},|(?:,[^,"]{1,150})?\\s+--?\\s[^"]{1,200}?\\s--?,?)';
const APPOSITION = `(?:${APPOSITIONS})?`;
/** After a closing quotation, any few words may describe the speaker: "…," panel chairman Rep. Jo Lane said. A full stop that is no abbreviation ends the sentence, and the attribution with it. */
const PRE_AFTER_QUOTE = `(?:(?:[\\p{L}\\p{M}\\w'-]+|(?:\\p{Lu}\\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr)\\.|${SPK}(?:'s)?)\\s+){0,5}?`;
/** Any words before a sentence-initial speaker: "Republican presidential nominee Donald Trump said …". */
const PRE_WIDE = `(?:(?:[\\p{L}\\p{M}\\w.'()/-]+|${SPK}(?:'s)?)\\s+){0,6}?`;
const VERB = `(?:${SPEECH_VERB_RE})`;
/** "told" and its kin take the audience after them: a verb-first attribution ("…, said X") is never one of them. */
const NOT_TELL = `(?!(?:${TELL_VERBS})\\b)`;
const ADVERBS =
  '(?:(?:[a-z]+ly|long|just|all|both|together|also|often|always|still|now|further|previously|later|then|has|had|have|repeatedly|publicly|once|recently|earlier|separately|again|reportedly|had\\s+previously)\\s+)*';
const AUDIENCE_ONLY = `(?:\\s+to\\s+(?:${SPK}|reporters|journalists|investors|analysts|lawmakers|employees|the\\s+\\w+)|(?<=\\b(?:told|tells|informed|assured|briefed|reminded))\\s+(?:${SPK}|reporters|journalists|investors|analysts|lawmakers|employees|the\\s+(?:audience|crowd|newspaper|outlet|agency|broadcaster|channel)|an?\\s+\\w+(?:\\s+\\w+)?))?`;
/** "said Monday", "said last week", "said in a statement". */
const WHEN =
  '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|earlier|later|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning)|in\\s+a\\s+(?:statement|post|tweet|release|letter|speech)))?';
const AUDIENCE = `${AUDIENCE_ONLY}${WHEN}`;
const SETTING = '(?:\\s*,?\\s+(?:on|in|at|during|via|through|after|before|when|while|of|about)\\s+[^,"]{0,70}?)?';
/** At the end of an attribution the setting runs to the comma or full stop: "said in an interview with Le Monde." */
const SETTING_END = '(?:\\s*,?\\s+(?:on|in|at|during|via|through|after|before|when|while)\\s+[^,".]{0,70})?';

/** After a quotation a writing "reads" it: "“…,” the letter reads." */
const AFTER_SPK_VERB = new RegExp(
  `^\\s*,?\\s*${PRE_AFTER_QUOTE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?<verb>${VERB}|reads|read)\\b(?<rest>${AUDIENCE}${SETTING_END})`,
  'du',
);
/** After an inverted verb a long title may stand before the name: "added Under Secretary of Commerce for industry and security Alan Estevez". */
const PRE_TITLE = `(?:(?:[\\p{L}\\p{M}\\w.'()/-]+|${SPK}(?:'s)?)\\s+){0,10}?`;
/** After an inverted verb, the speaker is the last name of a titled phrase, a title of up to four words between: "said White House national security adviser Jake Sullivan". */
const LAST_AFTER_TITLE = `(?!${FILL})(?!\\s+(?:(?!(?:in|at|on|of|for|to|from|with|by|during|after|before|and|or|but|who|which|that|when|while|as|the|a|an|said|says|told)\\b)[\\p{L}\\p{M}\\w.'-]+\\s+){0,4}${SPK})`;
const AFTER_VERB_SPK = new RegExp(
  `^\\s*,?\\s*${NOT_TELL}(?<verb>${VERB})\\s+${PRE_TITLE}(?<spk>${SPK})${LAST_AFTER_TITLE}${PARTY}(?<rest>[^".]{0,90})`,
  'du',
);
const BEFORE = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}(?:,?\\s+who|${APPOSITION})\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*(?:,|:|that)?\\s*$`,
  'du',
);
const INDIRECT_SUBJECT = new RegExp(
  `^(?:(?:But|And|Meanwhile|Still|However|Separately|Also|Yet|So|Instead|Now|Later|Earlier|Previously|On\\s+\\w+|In\\s+\\w+)\\s*,?\\s+|[^"]{0,200}?,\\s+)?${PRE_WIDE}(?<spk>${SPK})${PARTY}(?:${APPOSITIONS}|,)?\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*,?\\s*(?<that>that\\s+|:\\s*)?(?<content>.+)$`,
  'du',
);
const ACCORDING_FIRST = new RegExp(
  `^(?:\\w+\\s*,?\\s+)?[Aa]ccording\\s+to\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?:,\\s+(?:an?|the|who|whose)\\s[^,]{0,70})?[^,]{0,40},\\s*(?<content>.+)$`,
  'du',
);
const ACCORDING_LAST = new RegExp(
  `^(?<content>.+?),?\\s+according\\s+to\\s+${PRE}(?<spk>${SPK})${PARTY}(?<rest>[^"]{0,80})$`,
  'du',
);
const TRAIL_SPK_VERB = new RegExp(
  `^(?<content>.+?(?:,"|,|"))\\s+${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING_END})\\s*[.!?]?\\s*$`,
  'du',
);
const TRAIL_VERB_SPK = new RegExp(
  `^(?<content>.+?(?:,"|,|"))\\s+${NOT_TELL}(?<verb>${VERB})\\s+${PRE}(?<spk>${SPK})${LAST_IN_PHRASE}${PARTY}(?<rest>[^"]{0,90})$`,
  'du',
);
const GERUND = new RegExp(
  `^(?:[^"]{0,40}?\\s)?(?<spk>${SPK})${PARTY}\\s[^"]*?,\\s+(?<verb>${SPEECH_GERUNDS})\\s+that\\s+(?<content>.+)$`,
  'du',
);
const ACT = new RegExp(`^(?:\\w+\\s+\\w+,\\s+)?${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?:${VERB})\\b`, 'du');
const VIA = new RegExp(`(?:interview\\s+with|told|speaking\\s+to|spoke\\s+to|to)\\s+(?:the\\s+)?(?<via>${SPK})`, 'du');
/** Verbs whose object is what was said, with no "that": "Clinton mentioned the remarks", "Graham urged Republicans to …". Not
 * "announce": an announced thing with no content clause is an act (see text/attribution.ts OBJECT_VERB). */
const OBJECT_VERBS =
  /^(?:mention|mentions|mentioned|urge|urges|urged|suggest|suggests|suggested|predict|predicts|predicted|promise|promises|promised|pledge|pledges|pledged|vow|vows|vowed|claim|claims|claimed|acknowledge|acknowledges|acknowledged|admit|admits|admitted|deny|denies|denied|estimate|estimates|estimated|recall|recalls|recalled|insist|insists|insisted|explain|explains|explained|confirm|confirms|confirmed|believe|believes|believed|argue|argues|stated|report|reports|reported|tweet|tweets|tweeted|post|posts|posted)$/;
/** A parenthetical attribution: "Climate change, Mr. Obama often says, is the greatest threat." — the content runs around it. */
const PARENTHETICAL = new RegExp(
  `^(?:[^"]{0,200}?[,;]\\s+)?(?<content>[^",]{8,}?),\\s+${PRE}(?<spk>${SPK})${PARTY}\\s+${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}),\\s+(?<tail>[^"]{8,})$`,
  'du',
);
/** A speaker applying quoted words to something: "X called the rule "a gift to its rivals"", "Y described it as "reckless"". */
const CALLED = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?<verb>called|calls|described|describes|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands)\\b[^"]{0,120}?\\s*$`,
  'du',
);
/** A quotation after a gerund attached to the sentence's subject ("Trump attacked Clinton, saying, "…"", the subject
 * within the sentence's first words, no quotation between) or right after a speaker ("footage of Clinton asking, "…""),
 * perhaps a few words after the gerund ("…, saying his "start-up capital was less than expected""). */
const GERUND_BEFORE = new RegExp(
  `^(?:[^"]{0,60}?\\s)?(?<spk>${SPK})${PARTY}(?:\\s[^"]{0,200}?,)?\\s+(?<verb>${SPEECH_GERUNDS}|asking|tweeting|writing|chanting)(?:\\s+(?:that\\s+)?(?!that\\b)[\\w'’-]+(?:\\s+[\\w'’-]+){0,2})?\\s*[,:]?\\s*$`,
  'du',
);
/** "X said:" closing a paragraph: the next paragraph's quotation is X's. */
const COLON_INTRO = new RegExp(
  `${PRE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+${ADVERBS}(?:${VERB})\\b[^"]{0,80}:\\s*$`,
  'du',
);
/** A relative clause: "… an architect, Jo Ruiz, who said he was never paid": the speaker is the name before "who". */
const WHO = new RegExp(
  `(?<spk>${SPK})${PARTY}(?:,[^,"]{1,100})?,?\\s+who\\s+(?:(?:in|on)\\s+\\w+\\s+)?${ADVERBS}(?<verb>${VERB})\\b(?<rest>${AUDIENCE}${SETTING})\\s*,?\\s*(?<that>that\\s+)?(?<content>[^"]+?)[.!?]?$`,
  'du',
);
/** A paragraph opening with a label and a colon: a speaker mention, or a surname in capitals (a transcript's "PENCE:") or not (a headline's "Pence: …"). */
const LABEL = new RegExp(
  `^\\s*(?<quote>")?\\s*(?:(?<spk>${SPK})|(?<caps>\\p{Lu}{2,}(?:[-']\\p{Lu}+)?)|(?<surname>\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}\\p{Ll}+)?))\\s*:\\s+(?=\\S)`,
  'du',
);
/** A quotation signed with a dash: "… ." ― Jo Roe. */
const SIGNATURE = new RegExp(`^\\s*-{1,3}\\s*(?<spk>${SPK})(?<verb>)(?<rest>)[ \\t]*(?:[.,\\n]|$)`, 'du');
/** Any cue of reported speech; a sentence without one is not tried against the rules. */
const CUE = new RegExp(`\\b(?:${SPEECH_VERB_RE}|${SPEECH_GERUNDS})\\b|\\b[Aa]ccording\\s+to\\b`);
const NO_THAT_VERBS =
  /^(?:said|says|say|told|tells|believes|believe|thinks|think|thought|wrote|writes|added|adds|noted|notes|argued|argues|warned|warns)$/;

interface Speaker {
  key: string;
  name: string;
  /** The speaker stood as "he" or "she". */
  pronoun?: boolean;
}

/** A title, not a sentence: no sentence end, and every word of four letters or more capitalized. */
const isTitleCase = (s: string) =>
  !/[.!?]["\u201d]?\s*$/.test(s.trim()) &&
  splitSpaces(s)
    .filter((w) => /\p{L}{4}/u.test(w))
    .every((w) => /^["'\u201c(]?\p{Lu}/u.test(w));
const words = (s: string) => splitSpaces(s).filter((w) => /\p{L}/u.test(w)).length;

/** A headline's verb the mention finder took into a name ("…, Jo Roe Says."): the mask stops before it so the cue shows. */
const HEADLINE_TAIL = new RegExp(`\\s+(?:${HEADLINE_VERB})$`);

/** Speaker-capable mentions masked to one placeholder each, so patterns see "\x01\x02\x02 said"; `at` finds a mention by its start. */
function maskSpeakers(
  text: string,
  norm: { m: Mention; start: number; end: number }[],
): { masked: string; at: Map<number, Mention> } {
  const parts: string[] = [];
  const at = new Map<number, Mention>();
  let done = 0;
  for (const { m, start, end } of [...norm].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (!SPEAKER_TYPES.has(m.type) || !m.entityKey || start < done) continue;
    const tail = HEADLINE_TAIL.exec(text.slice(start, end));
    const e = tail ? end - tail[0].length : end;
    parts.push(text.slice(done, start), HEAD, FILL.repeat(e - start - 1));
    done = e;
    at.set(start, m);
  }
  parts.push(text.slice(done));
  return { masked: parts.join(''), at };
}

/** Quotations of a paragraph by their marks, paired in order; an odd last mark opens one that runs to the paragraph's end. */
function quotesIn(text: string, p: { start: number; end: number }): { s: number; e: number; open: boolean }[] {
  const marks: number[] = [];
  for (let i = text.indexOf('"', p.start); i >= 0 && i < p.end; i = text.indexOf('"', i + 1)) marks.push(i);
  const quotes: { s: number; e: number; open: boolean }[] = [];
  for (let i = 0; i < marks.length; i += 2)
    quotes.push(
      i + 1 < marks.length
        ? { s: marks[i] + 1, e: marks[i + 1], open: false }
        : { s: marks[i] + 1, e: p.end, open: true },
    );
  return quotes;
}

const POLL = /\b(?:poll|polls|survey|surveys|Poll|Survey)\b/;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();

/**
 * Speakers the mention finder missed, found at speech cues (speakers.ts), as mentions of the entity they name: an
 * entity of the document when its name or a person's surname matches one, else a new one (a description's kept to the
 * document, as sources.ts decides). Returns the added mentions; `entities` gains the new entities and mentions.
 */
function addSpeakers(
  a: Analysis,
  masked: string,
  sentences: (Sentence & { start: number; end: number })[],
  entities: Map<string, Entity>,
): Mention[] {
  const text = a.text;
  const added: Mention[] = [];
  const byPara = new Map<number, { start: number; end: number }>();
  for (const s of sentences) {
    const p = byPara.get(s.paragraph);
    if (p) p.end = s.end;
    else byPara.set(s.paragraph, { start: s.start, end: s.end });
  }
  let persons: Entity[] | null = null;
  const link = (type: string, name: string, described: boolean): Entity => {
    const f = fold(name);
    if (!described) {
      persons ??= [...entities.values()].filter((e) => e.type === 'Person');
      const same =
        type === 'Person'
          ? persons.filter((e) => fold(e.name) === f || (!f.includes(' ') && fold(e.name).split(' ').pop() === f))
          : [...entities.values()].filter(
              (e) =>
                (e.type === 'Organization' || e.type === 'Company') &&
                (fold(e.name) === f || e.aliases.some((x) => fold(x) === f)),
            );
      if (same.length === 1) return same[0];
      // "the Times" after "The New York Times": a one-word name is the last word of one organization of the document.
      if (type === 'Organization' && !f.includes(' ')) {
        const byLast = [...entities.values()].filter(
          (e) =>
            (e.type === 'Organization' || e.type === 'Company') &&
            fold(e.name).split(' ').pop() === f.replace(/^the /, ''),
        );
        if (byLast.length === 1) return byLast[0];
      }
    }
    const id = entityKey(type, described ? `${name} ${a.doc.id}` : name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type: type as Entity['type'], name, aliases: [], roles: [], mentions: [] };
      entities.set(id, e);
    }
    return e;
  };
  let quotes: { s: number; e: number; open: boolean }[] | null = null;
  let para = -1;
  for (const s of sentences) {
    const ms = masked.slice(s.start, s.end);
    if (s.paragraph !== para) {
      para = s.paragraph;
      quotes = null;
    }
    // The paragraph's quotations are read only when a cue asks (findSpeakerPhrases scans for cues itself).
    const quoted = (o: number) =>
      (quotes ??= quotesIn(text, byPara.get(para)!)).some((q) => s.start + o >= q.s && s.start + o < q.e);
    for (const h of findSpeakerPhrases(ms, text.slice(s.start, s.end), quoted)) {
      // A share of respondents speaks for the poll named in this sentence or the one before, when there is one.
      const poll = h.share
        ? a.mentions.find(
            (m) =>
              m.entityKey && (m.sentence === s.index || m.sentence === s.index - 1) && POLL.test(m.canonical ?? m.text),
          )
        : undefined;
      const e = poll
        ? (entities.get(poll.entityKey!) ?? link(h.type, h.name, h.described))
        : link(h.type, h.name, h.described);
      const span = rawSpan(a, s.start + h.start, s.start + h.end);
      const m: Mention = {
        start: span.start,
        end: span.end,
        text: span.text,
        type: e.type,
        canonical: e.name,
        entityKey: e.id,
        sentence: s.index,
        method: h.described ? 'description:source' : 'speaker:attribution',
      };
      added.push(m);
    }
  }
  return added;
}

export function findStatements(a: Analysis, gained?: { mentions: Mention[]; entities: Entity[] }): Statement[] {
  const text = a.text;
  const entities = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  let norm = a.mentions.map((m) => ({ m, ...textRange(a, m) }));
  let { masked, at } = maskSpeakers(text, norm);
  const sentences = a.sentences.map((s) => ({ ...s, ...textRange(a, s) }));
  // Speakers no mention covers are added first, so every rule below reads them like the others.
  const added = addSpeakers(a, masked, sentences, entities);
  if (added.length) {
    norm = norm.concat(added.map((m) => ({ m, ...textRange(a, m) })));
    ({ masked, at } = maskSpeakers(text, norm));
  }
  const names = new Map<string, string>([...entities.values()].map((e) => [e.id, e.name]));
  const speakerAt = (offset: number): Speaker | null => {
    const m = at.get(offset);
    if (!m?.entityKey) return null;
    const name = names.get(m.entityKey) ?? m.canonical ?? m.text;
    return m.method === 'anaphor:pronoun' && /^(?:he|she)$/i.test(m.text)
      ? { key: m.entityKey, name, pronoun: true }
      : { key: m.entityKey, name };
  };
  /** A person of the document by surname in capitals ("PENCE" → Mike Pence), when exactly one person has it. */
  const bySurname = (caps: string | undefined): Speaker | null => {
    if (!caps) return null;
    caps = caps.toUpperCase();
    const hits = a.entities.filter((e) => e.type === 'Person' && e.name.split(' ').pop()!.toUpperCase() === caps);
    return hits.length === 1 ? { key: hits[0].id, name: hits[0].name } : null;
  };
  // Mentions by start, searched by bisection: a statement's span holds few of the document's mentions.
  const byStartNorm = [...norm].sort((x, y) => x.start - y.start);
  const mentionsIn = (s: number, e: number) => {
    let lo = 0;
    let hi = byStartNorm.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStartNorm[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
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
  const out: Statement[] = [];
  const byPronoun = new Set<Statement>();

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
  let prevColonSpeaker: Speaker | null = null;
  const plist = [...paras.entries()].sort((x, y) => x[0] - y[0]).map(([, p]) => p);
  for (let k = 0; k < plist.length; k++) {
    const p = plist[k];
    const firstOut = out.length;
    // A transcript's caption (name, title) before the paragraph: the paragraph is that person's words, whole.
    const cap = k > 0 ? captionOf(plist[k - 1], k > 1 ? plist[k - 2] : undefined, p) : null;
    if (cap) {
      let cs = p.start;
      let ce = p.end;
      if (/^["\u201c]/.test(text[cs])) cs++;
      if (/["\u201d]/.test(text[ce - 1]) && (text.slice(cs, ce).match(/["\u201c\u201d]/g) ?? []).length % 2 === 1) ce--;
      emit('direct', cs, ce, cap, '(caption)', 'quote:caption', 0.75);
      lastSpeaker = cap;
      lastWasQuote = true;
      prevColonSpeaker = null;
      continue;
    }
    const quotes = quotesIn(text, p);
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
        if (!spk) return false;
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
        // A content that is one whole quotation is a direct statement, found below.
        if (/^"[^"]*"[\s.,]*$/.test(trimmed)) return false;
        if (
          method === 'indirect:subject' &&
          !gr.that &&
          !late &&
          (!NO_THAT_VERBS.test(gr.verb) || trimmed.startsWith('"')) &&
          !OBJECT_VERBS.test(gr.verb)
        )
          return false;
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
      for (const f of findAttributions(ms, (o) => quoted(s.start + o), described(s.start))) {
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
        tryRule(ACCORDING_FIRST, 'indirect:according-first', 0.85) ||
          tryRule(ACCORDING_LAST, 'indirect:according-last', 0.85) ||
          tryRule(PARENTHETICAL, 'indirect:parenthetical', 0.75) ||
          tryRule(INDIRECT_SUBJECT, 'indirect:subject', 0.8) ||
          tryRule(TRAIL_SPK_VERB, 'indirect:trail-speaker-verb', 0.8) ||
          tryRule(WHO, 'indirect:relative', 0.7) ||
          tryRule(TRAIL_VERB_SPK, 'indirect:trail-verb-speaker', 0.8) ||
          tryRule(GERUND, 'indirect:gerund', 0.6);
      if (
        out.length > before &&
        out
          .slice(firstOfSentence, before)
          .some((st) => Math.min(st.end, out[before].end) - Math.max(st.start, out[before].start) > 0)
      )
        out.length = before;
    }
    // A label and a colon opening a paragraph: a transcript's turn ("PENCE: Well, …") or a headline ("Sanders: Clinton needs …").
    const label = LABEL.exec(masked.slice(p.start, Math.min(p.end, p.start + 80)));
    if (label) {
      const gr = label.groups!;
      const spk = gr.spk ? speakerAt(p.start + label.indices!.groups!.spk[0]) : bySurname(gr.caps ?? gr.surname);
      const type = gr.spk ? at.get(p.start + label.indices!.groups!.spk[0])?.type : 'Person';
      const cs = p.start + label[0].length;
      let ce = p.end;
      if (text[ce - 1] === '"' && text.slice(p.start, ce).split('"').length % 2 === 0) ce--; // a closing mark of the turn
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
      const afterText = masked.slice(q.e + 1, Math.min(p.end, q.e + 160));
      const beforeStart = Math.max(sent.start, ...quotes.filter((o) => o.e < q.s).map((o) => o.e + 1));
      const beforeText = masked.slice(beforeStart, q.s - 1);
      let hit: { spk: Speaker | null; cue: string; via?: number; method: string } | null = null;
      // "… rules." She later told …: after a closed sentence, an attribution before the quote comes first.
      const closed = /[.!?]\s*$/.test(text.slice(q.s, q.e));
      const after =
        q.open || (closed && (BEFORE.test(beforeText) || GERUND_BEFORE.test(beforeText)))
          ? null
          : (AFTER_SPK_VERB.exec(afterText) ?? AFTER_VERB_SPK.exec(afterText) ?? SIGNATURE.exec(afterText));
      if (after) {
        const ix = after.indices!.groups!;
        const spk = speakerAt(q.e + 1 + ix.spk[0]);
        const c = cueOf(after.groups!.verb, after.groups!.rest, q.e + 1 + ix.rest[0]);
        if (spk) hit = { spk, cue: c.cue || 'quoted', via: c.via, method: 'quote:after' };
      }
      if (!hit) {
        const before = BEFORE.exec(beforeText);
        if (before) {
          const ix = before.indices!.groups!;
          const spk = speakerAt(beforeStart + ix.spk[0]);
          const c = cueOf(before.groups!.verb, before.groups!.rest, beforeStart + ix.rest[0]);
          if (spk) hit = { spk, cue: c.cue, via: c.via, method: 'quote:before' };
        }
      }
      if (!hit) {
        // "Trump attacked Clinton's record, saying, "She is unstable."": the sentence's subject speaks through the gerund.
        const gerund = GERUND_BEFORE.exec(beforeText);
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
      attributed.push({ q, ...(hit ?? { spk: null, cue: '', method: '' }) });
    }
    // Unattributed quotes take the paragraph's speaker, else continue the previous paragraph's.
    // A paragraph of quotation after "X said:" belongs to X.
    const colon = prevColonSpeaker;
    prevColonSpeaker = null;
    const lastSentence = p.sentences[p.sentences.length - 1];
    if (/:\s*$/.test(text.slice(lastSentence.start, lastSentence.end))) {
      const m = COLON_INTRO.exec(masked.slice(lastSentence.start, lastSentence.end));
      if (m) prevColonSpeaker = speakerAt(lastSentence.start + m.indices!.groups!.spk[0]);
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
      if (
        n <= 7 &&
        !/[.!?,]$/.test(inner) &&
        splitSpaces(inner).every((w) => w.length < 4 || /^[\p{Lu}\d"'(]/u.test(w))
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
      // A quotation opening a paragraph continues the previous speaker only when that paragraph was theirs alone, quoted.
      // A quotation inside a reported statement is that statement's speaker's words.
      const spk = container
        ? { key: container.speaker, name: container.speakerName }
        : (fallback ?? (startsPara && lastWasQuote ? lastSpeaker : null));
      if (spk)
        emit(
          'direct',
          x.q.s,
          x.q.e,
          spk,
          container ? container.cue : fallback ? x.cue || 'quoted' : 'quoted',
          container ? 'quote:inside' : fallback ? 'quote:paragraph' : 'quote:continued',
          container ? 0.8 : 0.6,
        );
    }
    const mine = out.slice(firstOut);
    if (mine.length) lastSpeaker = { key: mine[mine.length - 1].speaker, name: mine[mine.length - 1].speakerName };
    const others = new Set(
      norm
        .filter((x) => x.start >= p.start && x.end <= p.end && x.m.entityKey && x.m.type === 'Person')
        .map((x) => x.m.entityKey),
    );
    lastWasQuote =
      mine.length > 0 &&
      mine.every((st) => st.speaker === lastSpeaker!.key) &&
      mine.some((st) => st.kind === 'direct') &&
      [...others].every((k) => k === lastSpeaker!.key);
  }
  out.sort((x, y) => x.start - y.start);
  if (byPronoun.size) {
    const describedPersons = new Set(
      norm.filter((x) => x.m.type === 'Person' && x.m.method === 'description:source').map((x) => x.m.entityKey),
    );
    continueAfterAdded(out, byPronoun, (k) => describedPersons.has(k));
  }
  for (const pass of STATEMENT_PASSES) pass.run(out, a.doc.raw);
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
    const gained = { mentions: [] as Mention[], entities: a.entities };
    const found = findStatements(a, gained);
    if (!gained.mentions.length) return keepUnnamedSourcesAsText({ ...a, statements: found });
    return keepUnnamedSourcesAsText({
      ...a,
      statements: found,
      mentions: [...a.mentions, ...gained.mentions],
      entities: gained.entities,
    });
  },
};
