// Scoring of the in-domain dev set (test/eval/indomain/): pure functions from hand-written gold and the loader's
// analysis to the issue-14 measures. No I/O and no pipeline here, so the scorer itself is tested on tiny cases.
//
// Matching rules (strict on purpose: a lenient metric inflated earlier figures):
// - Names are compared after `normName`: Unicode NFKD without accents, lower case, a leading "the " dropped, a trailing
//   possessive "'s" dropped, every run of characters other than letters and digits turned into one space. Nothing
//   else: no substring, prefix, surname-only or fuzzy match. "TSMC" matches "Taiwan Semiconductor Manufacturing Co."
//   only when one side lists the other as an alias.
// - An entity is found when a predicted entity of the same class (label; Chip and ChipFamily count as one class)
//   shares a normalized name-or-alias with the gold entity's name-or-aliases. Matching is one-to-one: each gold entity
//   takes at most one predicted entity and vice versa (first come, in gold order, exact-name matches before alias ones).
// - A statement is found when one predicted statement covers ≥ 50% of the gold text's characters (the gold text is
//   located verbatim in the document, in its text after the front matter when it occurs there); its speaker is right when the predicted speaker is the entity matched to the
//   gold speaker, or its name normalizes to the gold speaker's name or one of its gold aliases.
// - Predicted entities with no mention in the text (the document's publisher, which the loader adds from the `source`
//   metadata) are left out: the gold covers what the text names.
// - Typed relationships: a gold fact is linked when the loader has any relationship, of any type and either direction,
//   between the predicted entities matched to its two ends. A predicted relationship is correct when a gold fact has
//   the same type and the same two matched ends, in the same direction (either direction for symmetric types).
import type { EntityLabel } from '../../core/graph-model.ts';

export type GoldLabel = EntityLabel | 'Place';

export interface GoldEntity {
  name: string;
  type: GoldLabel;
  aliases?: string[];
}
/** `speaker` lists every acceptable speaker when the text gives several ("the lawmakers write" after naming two). */
export interface GoldStatement {
  speaker: string | string[];
  text: string;
  cue?: string;
  part?: number;
}
export interface GoldRelation {
  from: string;
  type: string;
  to: string;
  evidence?: string;
}
export interface GoldDoc {
  id: string;
  raw: string;
  entities: GoldEntity[];
  statements: GoldStatement[];
  relations: GoldRelation[];
}

/** What the scorer needs from the loader's analysis of one document (a subset of seed/analysis.ts's Analysis). */
export interface Predicted {
  /** `mentions` is the number of mentions in the text; 0 means the entity comes from metadata only. */
  entities: { id: string; name: string; type: string; aliases?: string[]; mentions?: number }[];
  statements: { speaker: string; speakerName: string; text: string; start: number; end: number }[];
  relations: { from: string; type: string; to: string }[];
}

export interface Metric {
  measure: string;
  value: number;
  goal?: string;
  met?: boolean;
  n?: string;
}
export interface ErrorKind {
  kind: string;
  count: number;
  examples: string[];
}
export interface Summary {
  name: string;
  size: Record<string, number>;
  metrics: Metric[];
  errors: ErrorKind[];
}

/** Relationship types whose direction carries no meaning. */
export const SYMMETRIC_TYPES = new Set(['COMPETES_WITH', 'PARTNERS_WITH', 'MET_WITH', 'NEGOTIATED_WITH', 'LINKED_TO']);

/** Entity classes reported one by one (the issue's list: people, companies, government bodies, policies, events, chips, models, places). */
export const ENTITY_CLASSES = [
  'Person',
  'Company',
  'Organization',
  'Country',
  'Place',
  'Chip',
  'Model',
  'Policy',
  'Event',
] as const;

export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const entityClass = (t: string): string => (t === 'ChipFamily' ? 'Chip' : t);

const namesOf = (e: { name: string; aliases?: string[] }): Set<string> =>
  new Set([e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean));

/** One-to-one gold→predicted entity matching; returns gold index → predicted index. */
export function matchEntities(gold: GoldEntity[], pred: Predicted['entities']): Map<number, number> {
  const out = new Map<number, number>();
  const taken = new Set<number>();
  const predNames = pred.map(namesOf);
  const predMain = pred.map((p) => normName(p.name));
  for (const pass of ['exact', 'alias'] as const) {
    gold.forEach((g, gi) => {
      if (out.has(gi)) return;
      const gNames = namesOf(g);
      const gMain = normName(g.name);
      const pi = pred.findIndex((p, i) => {
        if (taken.has(i) || entityClass(p.type) !== entityClass(g.type)) return false;
        if (pass === 'exact') return predMain[i] === gMain;
        return [...predNames[i]].some((n) => gNames.has(n));
      });
      if (pi >= 0) {
        out.set(gi, pi);
        taken.add(pi);
      }
    });
  }
  return out;
}

/** Characters of [a,b) covered by [c,d). */
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** Length of the YAML front matter (`---` … `---` at the very start), 0 when there is none. */
export function frontMatterLength(raw: string): number {
  return /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw)?.[0].length ?? 0;
}

/**
 * Where the gold text stands in the document, or undefined when it does not: its first verbatim occurrence in the text
 * after the front matter (a headline the front matter's `title` repeats is the headline in the text, not the title),
 * else its first occurrence anywhere.
 */
export function locate(raw: string, text: string): { start: number; end: number } | undefined {
  let i = raw.indexOf(text, frontMatterLength(raw));
  if (i < 0) i = raw.indexOf(text);
  return i < 0 ? undefined : { start: i, end: i + text.length };
}

interface Counter {
  tp: number;
  gold: number;
  pred: number;
}

export function score(docs: { gold: GoldDoc; pred: Predicted }[], options: { maxExamples?: number } = {}): Summary {
  const maxExamples = options.maxExamples ?? 5;
  const errors = new Map<string, ErrorKind>();
  const err = (kind: string, example: string) => {
    const e = errors.get(kind) ?? { kind, count: 0, examples: [] };
    e.count++;
    if (e.examples.length < maxExamples) e.examples.push(example);
    errors.set(kind, e);
  };
  const byClass = new Map<string, Counter>(ENTITY_CLASSES.map((c) => [c, { tp: 0, gold: 0, pred: 0 }]));
  const ent: Counter = { tp: 0, gold: 0, pred: 0 };
  let stGold = 0,
    stFound = 0,
    stSpeakerOk = 0,
    stPred = 0,
    stPredOk = 0;
  let relGold = 0,
    relLinked = 0,
    relTyped = 0,
    relPred = 0,
    relPredOk = 0;
  let goldEntities = 0,
    goldStatements = 0,
    goldRelations = 0;

  for (const { gold, pred: all } of docs) {
    const pred = { ...all, entities: all.entities.filter((e) => e.mentions === undefined || e.mentions > 0) };
    goldEntities += gold.entities.length;
    goldStatements += gold.statements.length;
    goldRelations += gold.relations.length;
    const m = matchEntities(gold.entities, pred.entities);
    const matchedPred = new Set(m.values());
    const goldIndex = new Map<string, number>();
    gold.entities.forEach((g, i) => goldIndex.set(normName(g.name), i));
    // Entities.
    gold.entities.forEach((g, gi) => {
      const c = byClass.get(entityClass(g.type)) ?? { tp: 0, gold: 0, pred: 0 };
      byClass.set(entityClass(g.type), c);
      c.gold++;
      ent.gold++;
      if (m.has(gi)) {
        c.tp++;
        ent.tp++;
        return;
      }
      const gNames = namesOf(g);
      const other = pred.entities.find((p) => [...namesOf(p)].some((n) => gNames.has(n)));
      if (other)
        err(`entity: ${g.type} found with another type`, `${gold.id}: ${g.name} → ${other.type} ${other.name}`);
      else err(`entity: ${g.type} missed`, `${gold.id}: ${g.name}`);
    });
    pred.entities.forEach((p, pi) => {
      const c = byClass.get(entityClass(p.type)) ?? { tp: 0, gold: 0, pred: 0 };
      byClass.set(entityClass(p.type), c);
      c.pred++;
      ent.pred++;
      if (!matchedPred.has(pi)) err(`entity: spurious ${p.type}`, `${gold.id}: ${p.name}`);
    });
    // Statements.
    const goldSpans = gold.statements.map((s) => locate(gold.raw, s.text));
    gold.statements.forEach((s, si) => {
      stGold++;
      const span = goldSpans[si];
      if (!span) {
        err('gold: statement text not in the document', `${gold.id}: ${s.text.slice(0, 80)}`);
        return;
      }
      const len = span.end - span.start;
      const hit = pred.statements.find((p) => overlap(p.start, p.end, span.start, span.end) * 2 >= len);
      if (!hit) {
        err(
          'statement: missed',
          `${gold.id}: ${([] as string[]).concat(s.speaker).join(' / ')} | ${s.text.slice(0, 90)}`,
        );
        return;
      }
      stFound++;
      const speakers = ([] as string[]).concat(s.speaker);
      const right = speakers.some((name) => {
        const gi = goldIndex.get(normName(name));
        const speakerEntity = gi === undefined ? undefined : gold.entities[gi];
        const pi = gi === undefined ? undefined : m.get(gi);
        const okById = pi !== undefined && pred.entities[pi].id === hit.speaker;
        return (
          okById || (speakerEntity ? namesOf(speakerEntity) : new Set([normName(name)])).has(normName(hit.speakerName))
        );
      });
      if (right) stSpeakerOk++;
      else
        err(
          'statement: wrong speaker',
          `${gold.id}: gold ${speakers.join(' / ')} ≠ ${hit.speakerName} | ${s.text.slice(0, 60)}`,
        );
    });
    for (const p of pred.statements) {
      stPred++;
      const ok = goldSpans.some((g) => g && overlap(p.start, p.end, g.start, g.end) * 2 >= p.end - p.start);
      if (ok) stPredOk++;
      else err('statement: spurious', `${gold.id}: ${p.speakerName} | ${p.text.slice(0, 80)}`);
    }
    // Relations.
    const predId = (goldName: string): string | undefined => {
      const gi = goldIndex.get(normName(goldName));
      if (gi === undefined) return undefined;
      const pi = m.get(gi);
      return pi === undefined ? undefined : pred.entities[pi].id;
    };
    const goldFacts = gold.relations.map((r) => ({ r, from: predId(r.from), to: predId(r.to) }));
    for (const { r, from, to } of goldFacts) {
      relGold++;
      if (!goldIndex.has(normName(r.from)) || !goldIndex.has(normName(r.to))) {
        err('gold: relation end not among the gold entities', `${gold.id}: ${r.from} ${r.type} ${r.to}`);
        continue;
      }
      if (!from || !to) {
        err(`relation ${r.type}: an end not found as an entity`, `${gold.id}: ${r.from} → ${r.to}`);
        continue;
      }
      const linked = pred.relations.filter((p) => (p.from === from && p.to === to) || (p.from === to && p.to === from));
      if (linked.length) relLinked++;
      else
        err(
          `relation ${r.type}: not linked`,
          `${gold.id}: ${r.from} → ${r.to}${r.evidence ? ` «${r.evidence.slice(0, 80)}»` : ''}`,
        );
      if (linked.some((p) => p.type === r.type && (p.from === from || SYMMETRIC_TYPES.has(r.type)))) relTyped++;
    }
    const predName = new Map(pred.entities.map((e) => [e.id, e.name]));
    for (const p of pred.relations) {
      relPred++;
      const ok = goldFacts.some(
        (g) =>
          g.r.type === p.type &&
          g.from &&
          g.to &&
          ((g.from === p.from && g.to === p.to) || (SYMMETRIC_TYPES.has(p.type) && g.from === p.to && g.to === p.from)),
      );
      if (ok) relPredOk++;
      else
        err(
          `relation ${p.type}: not in gold`,
          `${gold.id}: ${predName.get(p.from) ?? p.from} → ${predName.get(p.to) ?? p.to}`,
        );
    }
  }

  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const metric = (measure: string, a: number, b: number, goal?: number): Metric => {
    const value = ratio(a, b);
    return { measure, value, n: `${a}/${b}`, ...(goal === undefined ? {} : { goal: `≥ ${goal}`, met: value >= goal }) };
  };
  const metrics: Metric[] = [
    metric('relations: gold facts linked (any type, either direction)', relLinked, relGold, 0.75),
    metric('relations: loader relationships correct (type and direction)', relPredOk, relPred, 0.75),
    metric('relations: gold facts with the right type and direction (diagnostic)', relTyped, relGold),
    metric('entities: recall', ent.tp, ent.gold, 0.92),
    metric('entities: precision', ent.tp, ent.pred, 0.9),
    ...[...byClass.entries()]
      .filter(([, c]) => c.gold || c.pred)
      .flatMap(([k, c]) => [
        metric(`entities ${k}: recall`, c.tp, c.gold),
        metric(`entities ${k}: precision`, c.tp, c.pred),
      ]),
    metric('statements: found', stFound, stGold, 0.93),
    metric('statements: speaker right (of found)', stSpeakerOk, stFound, 0.95),
    metric('statements: precision', stPredOk, stPred, 0.94),
  ];
  return {
    name: 'indomain',
    size: { articles: docs.length, entities: goldEntities, statements: goldStatements, relations: goldRelations },
    metrics,
    errors: [...errors.values()].sort((a, b) => b.count - a.count),
  };
}
