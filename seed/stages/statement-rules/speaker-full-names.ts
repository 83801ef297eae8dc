// Rule "a speaker's whole name": a person the mention finder knows only by a surname ("said Representative Meeks",
// "Meeks said") or by a title and a surname ("Congressman Roe") speaks as the one person of the document whose whole
// name ends in that surname — a person entity of the document ("Jo Roe"), or, when the mention finder cut the name
// where the text spells it out ("Representatives Gregory W. Meeks and …", read as "Gregory"), the name as written
// there: a known first name, optional initials or a middle name, then the surname. Nothing changes when the document
// spells two such names ("Bill Clinton", "Hillary Clinton") or none. The statements stage reads the speakers so
// re-keyed before it masks them; a name found only in the text becomes a new person entity, with a mention where it
// is written, kept only if it speaks (as statement-rules/added-speakers.ts does).
import type { Analysis, Entity, Mention } from '../../analysis.ts';
import { isFirstName, isPlaceWord } from '../text/lexicon.ts';
import { entityKey, entityMention } from '../text/stage-context.ts';
import { SPEAKER_TITLES } from '../text/speakers.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Titles (singular or plural) that may open a name as the mention finder wrote it: "Congressman Roe", "Sen. Roe". */
const TITLE_WORDS = `(?:${[...SPEAKER_TITLES.map(escapeRe), ...STATEMENT_WORDS.pluralTitles].join('|')})`;
/** A word that is only a title ("Senators", "Rep."). */
const TITLE_ONLY = new RegExp(`^${TITLE_WORDS}$`, 'u');
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLE_WORDS}|Ranking|Committee|U\\.S\\.|US)\\s+)+`, 'u');
/** A party or role word written capitalized before a name. */
const ROLE_BEFORE =
  /^(?:Democrats?|Republicans?|Independents?|Rep|Sen|Gov|Candidates?|Nominees?|Lawmakers?|Officials?|Rivals?|Chief|Executive|Director|Founder)[.,]?$/u;
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();

/** A personal name: capitalized words, the first a known first name (not a place's: "Carolina Republican") or an initial. */
function personal(name: string): boolean {
  const ws = name.split(' ');
  return (
    ws.every((w) => /^\p{Lu}/u.test(w)) &&
    (/^\p{Lu}\.$/u.test(ws[0]) || (isFirstName(ws[0]) && !isPlaceWord(ws[0]) && !TITLE_ONLY.test(ws[0])))
  );
}

/** The surname a person's entity name reduces to when it is one, with any titles before it; else undefined. */
export function bareSurname(name: string): string | undefined {
  const core = name.replace(LEADING_TITLES, '').trim();
  return SURNAME.test(core) ? core : undefined;
}

/** The whole names the text writes for a surname: a first name, optional initials or a middle name, the surname. */
export function wholeNamesIn(text: string, surname: string): { name: string; start: number; end: number }[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}.'-])(\\p{Lu}[\\p{Ll}\\p{M}]+)((?:\\s+\\p{Lu}\\.){1,2}|\\s+\\p{Lu}[\\p{Ll}\\p{M}]+)?\\s+${escapeRe(surname)}(?![\\p{L}\\p{M}-])(?!\\s+\\p{Lu})`,
    'gu',
  );
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    let first = m[1];
    let start = m.index!;
    let middle = m[2] ?? '';
    // "Representatives Gregory Meeks": a title read as the first name gives way to the name after it.
    if (!isFirstName(first) && middle && !/\./.test(middle) && isFirstName(middle.trim())) {
      start += m[0].indexOf(middle.trim());
      first = middle.trim();
      middle = '';
    }
    const name = `${first}${middle.replace(/\s+/g, ' ')} ${surname}`;
    if (!personal(name)) continue;
    // Inside a longer capitalized phrase ("South Carolina Republican primary") it is no name, unless a title precedes it.
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    // A party or a role before it reads as a title ("Democrats Hillary Clinton", "Democrat Elijah E. Cummings").
    if (/^\p{Lu}/u.test(before) && !TITLE_ONLY.test(before) && !ROLE_BEFORE.test(before)) continue;
    out.push({ name, start, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * The mentions with each person named by a bare surname (perhaps titled) read as the document's one whole name for it;
 * `added` holds the mentions of whole names the text writes that no entity had, under new person entities (in `entities`).
 */
export function speakersByWholeName<T extends { m: Mention; start: number; end: number }>(
  a: Analysis,
  norm: T[],
  entities: Map<string, Entity>,
): { norm: T[]; added: Mention[]; merged: Map<string, string> } {
  const text = a.text;
  const added: Mention[] = [];
  /** By surname: the entity to read it as, or null when the document gives none or several. */
  const target = new Map<string, Entity | null>();
  let persons: Entity[] | null = null;
  const resolve = (surname: string, self: Entity): Entity | null => {
    const key = fold(surname);
    if (target.has(key)) return target.get(key)!;
    persons ??= [...entities.values()].filter(
      (e) => e.type === 'Person' && e.name.includes(' ') && !bareSurname(e.name),
    );
    const same = persons.filter((e) => e !== self && fold(e.name.split(' ').pop()!) === key && personal(e.name));
    let found: Entity | null = same.length === 1 ? same[0] : null;
    if (!same.length) {
      const written = wholeNamesIn(text, surname);
      const names = new Set(written.map((w) => fold(w.name)));
      if (names.size === 1) {
        const w = written[0];
        const id = entityKey('Person', w.name);
        found = entities.get(id) ?? null;
        if (!found) {
          found = { id, type: 'Person', name: w.name, aliases: [], roles: [], mentions: [] };
          entities.set(id, found);
          // The whole name as written: the new entity's own mention (kept only if the person speaks).
          const rawStart = a.toRaw(w.start);
          const sentence = a.sentences.find((s) => s.start <= rawStart && rawStart < s.end)?.index ?? 0;
          added.push(entityMention(a, found, w.start, w.end, sentence, 'speaker:whole-name'));
        } else if (found.type !== 'Person') found = null;
      }
    }
    target.set(key, found);
    return found;
  };
  let changed = false;
  /** Surname entity id → the whole name's entity id. */
  const merged = new Map<string, string>();
  const out = norm.map((x) => {
    if (x.m.type !== 'Person' || !x.m.entityKey) return x;
    const e = entities.get(x.m.entityKey);
    if (e?.type !== 'Person') return x;
    const surname = bareSurname(e.name);
    // A plural the text also writes in lower case ("Voters", "Aides", "Sources") names a group, not a person.
    if (!surname || (/[^s]s$/.test(surname) && new RegExp(`\\b${surname.toLowerCase()}\\b`).test(text))) return x;
    const to = resolve(surname, e);
    if (!to || to === e) return x;
    changed = true;
    merged.set(e.id, to.id);
    return { ...x, m: { ...x.m, entityKey: to.id, canonical: to.name } };
  });
  return { norm: changed ? out : norm, added, merged };
}

/** Mentions and entities with each entity of `merged` (id → id) folded into the one it maps to: its mentions re-keyed,
 * their spans added to that entity's, and the entity itself gone. */
export function mergeEntities(
  mentions: Mention[],
  entities: Entity[],
  merged: Map<string, string>,
): { mentions: Mention[]; entities: Entity[] } {
  if (!merged.size) return { mentions, entities };
  const byId = new Map(entities.map((e) => [e.id, e]));
  const into = new Map<string, Entity>();
  for (const [from, to] of merged) {
    const f = byId.get(from);
    const t = into.get(to) ?? byId.get(to);
    if (!f || !t) continue;
    into.set(to, { ...t, mentions: [...t.mentions, ...f.mentions].sort((x, y) => x.start - y.start) });
  }
  return {
    mentions: mentions.map((m) => {
      const to = m.entityKey ? merged.get(m.entityKey) : undefined;
      const t = to ? into.get(to) : undefined;
      return t ? { ...m, entityKey: t.id, canonical: t.name } : m;
    }),
    entities: entities.filter((e) => !merged.has(e.id) || !into.has(merged.get(e.id)!)).map((e) => into.get(e.id) ?? e),
  };
}
