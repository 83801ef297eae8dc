// Speakers the mention finder missed, added by the statements stage at speech cues before any rule reads the text.
import type { Analysis, Entity, Mention, Sentence } from '../../analysis.ts';
import { entityKey, entityMention } from '../text/stage-context.ts';
import { findSpeakerPhrases } from '../text/speakers.ts';
import { quotesIn } from './speaker-masks.ts';

/** A body named by "the" and its capitalized head word alone: "the Bureau", "The Department", "the Committee". */
const BODY_HEAD =
  /^(?:[Tt]he\s+)?(Bureau|Department|Committee|Agency|Commission|Council|Ministry|Office|Administration|Court|Board|Service|Institute|Center|Subcommittee|Caucus)$/;
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
export function addSpeakers(
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
    // "the Bureau said", "the Committee said" after "Bureau of Industry and Security": a body described by a capitalized
    // head word is the one body of the document whose name has that word.
    if (type === 'Organization') {
      const head = BODY_HEAD.exec(name.trim())?.[1];
      const word = head ? new RegExp(`(?:^|\\s)${head}(?:\\s|$)`) : null;
      const bodies = word
        ? [...entities.values()].filter(
            (e) => (e.type === 'Organization' || e.type === 'Company') && e.mentions.length > 0 && word.test(e.name),
          )
        : [];
      if (bodies.length === 1) return bodies[0];
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
      const method = h.described ? 'description:source' : 'speaker:attribution';
      added.push(entityMention(a, e, s.start + h.start, s.start + h.end, s.index, method));
    }
  }
  return added;
}
