// Rule "a transcript's turn labels": a transcript opens each turn with a label, in capitals ("MR. DEESE:", "THE
// PRESIDENT:", "MODERATOR:"), in mixed case ("Under Secretary Krach:", "Moderator:") or, in the presidency-project
// style, a role and a full stop ("The President."). A document is read as a transcript when at least two paragraphs
// open with such a label, or one with a president's role and a full stop. A label resolves to a person of the document:
// - a surname, titles perhaps before it ("MR. DEESE", "Under Secretary Krach"): the document's one person of that
//   surname, else a new person of that name (the label's words are all the text gives; speaker-full-names.ts may join it
//   to a whole name later);
// - a president's role ("THE PRESIDENT", "The President."): the one person the document titles President ("President
//   Biden"), else the person a presidency-project page names alone on its first line ("Joe Biden");
// - a moderator or host ("MODERATOR", "Moderator"): the name the moderator gives in the turn ("I'm Zia Syed, the Hub
//   Director"), else the one the next speaker thanks at the start of theirs ("Thank you, Catherine.").
// A label that resolves to no one ("Q:", "PARTICIPANT:") still ends the turn before it (statements.ts TURN_LABEL).
import type { Entity } from '../../analysis.ts';
import { entityKey } from '../text/stage-context.ts';

/** A label in capitals or in mixed case, and a colon: titles perhaps, then the last word (a surname or a role). */
const COLON_LABEL =
  /^[ \t]*(?<titles>(?:(?:\p{Lu}\p{L}*\.?|of|the)[ \t]+){0,4}?)(?<name>\p{Lu}[\p{L}'\u2019-]*\p{L})[ \t]*:[ \t]+(?=\S)/u;
/** The presidency-project style: a role and a full stop ("The President.", "The Vice President.") or the questioner ("Q."). */
const PERIOD_LABEL = /^[ \t]*(?:(?<role>The (?:Vice )?President)|(?<q>Q))\.[ \t]+(?=\S)/u;
/** Words of a label that name a role, not a person. */
const MODERATOR = /^(?:moderator|host|operator|anchor|interviewer|chair|chairman|chairwoman)$/i;
const PRESIDENT = /^president$/i;
const NO_ONE =
  /^(?:q|question|questions|questioner|audience|crowd|participant|participants|reporter|reporters|staff|voice|voices|video|end|male|female|man|woman|speaker|announcer|unidentified|unknown|update|note|editor|correction|clarification|source|sources|transcript)$/i;
/** Title words a label may hold before a surname. */
const TITLE_WORD =
  /^(?:mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|secretary|under|deputy|assistant|acting|ambassador|general|admiral|director|administrator|commissioner|chairman|chairwoman|chair|ranking|member|leader|speaker|vice|president|minister|prime|special|envoy|of|the|state|commerce|treasury|defense|press|spokesperson|spokesman|spokeswoman)\.?$/i;
const SELF_NAMED = /\b(?:I['\u2019]m|I am|[Mm]y name is|[Tt]his is)\s+(?<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})/u;
const THANKED =
  /^(?:(?:[Tt]hank you(?: (?:very|so) much)?|[Tt]hanks(?: so much)?|[Gg]ood (?:morning|afternoon|evening)),\s+(?<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[.!,])/u;

/** The text before a quotation, inside a turn, that ends with the first person's act of saying: "I said, ", "I told him: ". */
export const FIRST_PERSON_SAID =
  /(?:^|\s)I\s+(?:(?:just|once|then|always|\w+ly)\s+)?(?<verb>said|say|told|tell|asked|ask|wrote|write|replied|answered)(?:\s+(?:him|her|them|you|\p{Lu}\p{Ll}+))?\s*[,:]?\s*$/u;

/** The one person among `entities` whose name ends in that surname, in any case ("DEESE" finds Brian Deese); null when none or several. */
export function onePersonBySurname(entities: Iterable<Entity>, surname: string): Entity | null {
  const w = surname.toUpperCase();
  let hit: Entity | null = null;
  for (const e of entities) {
    if (e.type !== 'Person' || e.name.split(' ').pop()!.toUpperCase() !== w) continue;
    if (hit) return null;
    hit = e;
  }
  return hit;
}

/** The document's person of that whole name or surname (one only), else a new person of the name, added to `entities`. */
export function personNamed(entities: Map<string, Entity>, name: string): Entity {
  const last = name.split(' ').pop()!;
  const hits = [...entities.values()].filter(
    (e) => e.type === 'Person' && e.mentions.length > 0 && (e.name === name || e.name.split(' ').pop() === last),
  );
  if (hits.length === 1 && (hits[0].name === name || !name.includes(' ') || !hits[0].name.includes(' ')))
    return hits[0];
  const id = entityKey('Person', name);
  let e = entities.get(id);
  if (!e) {
    e = { id, type: 'Person', name, aliases: [], roles: [], mentions: [] };
    entities.set(id, e);
  }
  return e;
}

export interface TurnLabel {
  /** The paragraph's start (text offset) and where the turn's words start after the label. */
  start: number;
  wordsStart: number;
  /** The label's word span (text offsets), for a mention of the person. */
  nameStart: number;
  nameEnd: number;
  /** The person, or null when the label names no one the document knows. */
  entity: Entity | null;
}

/** The cheap test before the patterns: a paragraph that opens with a capital and has a colon or a full stop early on. */
const mayBeLabel = (s: string) => /^[ \t]*\p{Lu}[^\n]{0,60}?[:.][ \t]/u.test(s);

/**
 * The transcript's turn labels by paragraph start (an empty map when the document is no transcript). `entities`
 * gains the persons a label names that the document had not found.
 */
export function turnLabels(
  text: string,
  paragraphs: { start: number; end: number }[],
  entities: Map<string, Entity>,
): Map<number, TurnLabel> {
  const found: { p: { start: number; end: number }; k: number; m: RegExpExecArray; period: boolean }[] = [];
  paragraphs.forEach((p, k) => {
    const head = text.slice(p.start, Math.min(p.end, p.start + 120));
    if (!mayBeLabel(head)) return;
    const pm = PERIOD_LABEL.exec(head);
    if (pm) return void found.push({ p, k, m: pm, period: true });
    const cm = COLON_LABEL.exec(head);
    if (!cm) return;
    const titles = cm.groups!.titles.trim().split(/\s+/).filter(Boolean);
    const caps = cm[0].replace(/[^\p{L}]/gu, '') === cm[0].replace(/[^\p{L}]/gu, '').toUpperCase();
    // In mixed case a label needs a title before the name, or a role for a name ("Moderator:"): a bare "Iowa: Clinton
    // 49%" or "Clinton: …" is a list's or a headline's.
    if (!caps && (!titles.every((w) => TITLE_WORD.test(w)) || (!titles.length && !MODERATOR.test(cm.groups!.name))))
      return;
    found.push({ p, k, m: cm, period: false });
  });
  const out = new Map<number, TurnLabel>();
  // One label of a president's role and a full stop is unmistakable; labels and colons need a second one.
  if (found.length < 2 && !found.some((f) => f.period && f.m.groups!.role)) return out;
  const persons = () => [...entities.values()].filter((e) => e.type === 'Person' && e.mentions.length > 0);
  const bySurname = (w: string) => onePersonBySurname(persons(), w);
  const byName = (n: string) => {
    const hits = persons().filter((e) => e.name === n || e.aliases.includes(n));
    if (hits.length === 1) return hits[0];
    return n.includes(' ') ? null : bySurname(n);
  };
  const newPerson = (name: string) => personNamed(entities, name);
  const titleCase = (w: string) =>
    w === w.toUpperCase()
      ? w[0] +
        w
          .slice(1)
          .toLowerCase()
          .replace(/([-'\u2019])(\p{Ll})/gu, (_, d, c) => d + c.toUpperCase())
      : w;
  let president: Entity | null | undefined;
  const thePresident = () => {
    if (president !== undefined) return president;
    const named = new Set<string>();
    for (const m of text.matchAll(/\bPresident\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu)) {
      const e = byName(m[1]) ?? bySurname(m[1].split(' ').pop()!);
      if (e) named.add(e.id);
    }
    if (named.size === 1) return (president = entities.get([...named][0])!);
    const first = paragraphs[0] ? text.slice(paragraphs[0].start, paragraphs[0].end).trim() : '';
    president = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+$/u.test(first) ? byName(first) : null;
    return president;
  };
  found.forEach((f, i) => {
    const name = f.period ? (f.m.groups!.role ?? 'Q') : f.m.groups!.name;
    const nameStart = f.p.start + f.m[0].indexOf(name);
    const label: TurnLabel = {
      start: f.p.start,
      wordsStart: f.p.start + f.m[0].length,
      nameStart,
      nameEnd: nameStart + name.length,
      entity: null,
    };
    const last = name.split(/\s+/).pop()!;
    if (f.period && !f.m.groups!.role) label.entity = null;
    else if (PRESIDENT.test(last) && (f.period || /\bthe\s*$/i.test(f.m.groups!.titles) || !f.m.groups!.titles))
      label.entity = thePresident();
    else if (MODERATOR.test(last)) {
      // The name the moderator gives in the turn (its paragraphs up to the next label), else the one thanked next.
      const end = found[i + 1]?.p.start ?? f.p.end;
      const self = SELF_NAMED.exec(text.slice(label.wordsStart, end));
      const next = found[i + 1];
      const thanked = next ? THANKED.exec(text.slice(next.p.start + next.m[0].length, next.p.end)) : null;
      const n = self?.groups?.n ?? thanked?.groups?.n;
      label.entity = n ? (byName(n) ?? newPerson(n)) : null;
    } else if (!NO_ONE.test(last) && !TITLE_WORD.test(last)) {
      // A surname the document does not know is a new person only under a person's title ("MR. DEESE", "Under Secretary
      // Krach"): a bare word in capitals is as likely a form's field ("AGENCY:", "SUMMARY:") as a speaker.
      const titles = f.m.groups!.titles.trim().split(/\s+/).filter(Boolean);
      label.entity =
        bySurname(last) ??
        (titles.length && titles.every((w) => TITLE_WORD.test(w)) ? newPerson(titleCase(last)) : null);
    }
    out.set(f.p.start, label);
  });
  return out;
}
