// Loads the relation vocabulary (relations.yaml): predicate forms → relationship type, argument labels and direction.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../io/yaml-cache.ts';
import { ConfigError } from '../../core/errors.ts';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/graph-model.ts';

/** The vocabulary file is malformed or names an unknown type or label. */
export class RelationVocabularyError extends ConfigError {}

export interface RelationEntry {
  type: RelationType;
  /** Labels the predicate's subject may have. */
  from: Set<EntityLabel>;
  /** Labels the predicate's object may have. */
  to: Set<EntityLabel>;
  /** The relationship runs from the object to the subject ("X issued rule Y" → Y ISSUED_BY X). */
  reverse: boolean;
  symmetric: boolean;
}

/** A predicate form as it is written: its words, and the entry and lemma it stands for. */
export interface PredicateForm {
  words: string[];
  lemma: string;
  entry: RelationEntry;
  /** The form's last word is a preposition or particle, before which an object chunk may stand ("invested $2bn in"). */
  preposition?: string;
}

/** A noun that names one party by its relation to a possessor: "TSMC's biggest customer, Apple" (customer → SUPPLIES). */
export interface PossessiveNoun {
  type: RelationType;
  /** The possessor is the relationship's start ("TSMC's customer": TSMC SUPPLIES it); else the named party is. */
  fromPossessor: boolean;
}

export interface RelationVocabulary {
  /** Word lists the predicate reader walks over or stops at (auxiliaries, modals, negations, …), by name. */
  words: Record<string, Set<string>>;
  /** Verb forms by their first word. */
  verbs: Map<string, PredicateForm[]>;
  /** Relational nouns ("deal with", "supplier to") by their first word. */
  nouns: Map<string, PredicateForm[]>;
  /** Nouns read between a possessor and a name ("X's rival Y", "Y, X's customer"), by the noun. */
  possessiveNouns: Map<string, PossessiveNoun>;
}

const PREPOSITIONS = new Set(['to', 'with', 'in', 'at', 'on', 'of', 'for', 'against', 'by', 'into', 'from', 'over']);

/** Regular inflections of a verb: base, -s, -ed, -ing (with the spelling changes English makes). */
export function inflect(verb: string): string[] {
  const out = new Set([verb]);
  if (/[^aeiou]y$/.test(verb))
    out
      .add(verb.slice(0, -1) + 'ies')
      .add(verb.slice(0, -1) + 'ied')
      .add(verb + 'ing');
  else if (/e$/.test(verb))
    out
      .add(verb + 's')
      .add(verb + 'd')
      .add(verb.slice(0, -1) + 'ing');
  else if (/(?:s|x|z|ch|sh)$/.test(verb))
    out
      .add(verb + 'es')
      .add(verb + 'ed')
      .add(verb + 'ing');
  else {
    out
      .add(verb + 's')
      .add(verb + 'ed')
      .add(verb + 'ing');
    // Short verbs ending consonant-vowel-consonant double it: ban → banned, bar → barred, sue is covered by -e.
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) out.add(verb + verb.at(-1) + 'ed').add(verb + verb.at(-1) + 'ing');
  }
  return [...out];
}

const BE = ['be', 'is', 'are', 'was', 'were', 'been', 'being'];

/** Every written form of a vocabulary predicate ("pay|paid" → pay, pays, paid, paying, payed…). */
function forms(spec: string): { lemma: string; words: string[] }[] {
  const [lemma, ...irregular] = spec.split('|').map((s) => s.trim());
  const [head, ...rest] = lemma.split(/\s+/);
  const heads = head === 'be' ? BE : inflect(head);
  const out = heads.map((h) => ({ lemma, words: [h, ...rest] }));
  for (const f of irregular) out.push({ lemma, words: f.split(/\s+/) });
  return out;
}

/** A relational noun as written and with its head in the plural ("agreement with" → "agreements with"). */
function nounForms(spec: string): { lemma: string; words: string[] }[] {
  const [head, ...rest] = spec.split(/\s+/);
  const out = [{ lemma: spec, words: [head, ...rest] }];
  const plural = /(?:s|x|ch|sh)$/.test(head) ? null : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  if (plural && rest.length) out.push({ lemma: spec, words: [plural, ...rest] });
  return out;
}

function labels(v: unknown, shorthands: Record<string, string[]>, where: string): Set<EntityLabel> {
  if (!Array.isArray(v)) throw new RelationVocabularyError(`Relation vocabulary: ${where} must be a list of labels`);
  const out = new Set<EntityLabel>();
  for (const x of v) {
    for (const l of shorthands[x] ?? [x]) {
      if (!(ENTITY_LABELS as readonly string[]).includes(l))
        throw new RelationVocabularyError(
          `Relation vocabulary: ${where}: unknown label \`${l}\`. Expecting one of ${ENTITY_LABELS.join(', ')}`,
        );
      out.add(l as EntityLabel);
    }
  }
  return out;
}

/** Parses the vocabulary's YAML text (exported for tests of bad input). */
export function parseRelationVocabulary(text: string): RelationVocabulary {
  const doc = parseYamlData(text) as {
    shorthands?: Record<string, string[]>;
    relations?: unknown[];
    words?: Record<string, unknown>;
    possessiveNouns?: unknown[];
  };
  if (!doc || !Array.isArray(doc.relations))
    throw new RelationVocabularyError('Relation vocabulary: expecting a `relations` list');
  const shorthands = doc.shorthands ?? {};
  const words: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(doc.words ?? {})) {
    if (!Array.isArray(v))
      throw new RelationVocabularyError(`Relation vocabulary: words.${k} must be a list of strings`);
    words[k] = new Set(v.map(String));
  }
  const vocab: RelationVocabulary = { words, verbs: new Map(), nouns: new Map(), possessiveNouns: new Map() };
  (doc.possessiveNouns ?? []).forEach((raw, i) => {
    const r = raw as Record<string, unknown>;
    const where = `possessiveNouns[${i}]`;
    if (!(RELATION_TYPES as readonly unknown[]).includes(r.type))
      throw new RelationVocabularyError(
        `Relation vocabulary: ${where}: unknown \`type\` ${String(r.type)}. Expecting one of ${RELATION_TYPES.join(', ')}`,
      );
    if (!Array.isArray(r.nouns) || r.nouns.some((n) => typeof n !== 'string'))
      throw new RelationVocabularyError(`Relation vocabulary: ${where}.nouns must be a list of strings`);
    if (r.from !== undefined && r.from !== 'possessor' && r.from !== 'named')
      throw new RelationVocabularyError(`Relation vocabulary: ${where}.from must be \`possessor\` or \`named\``);
    for (const n of r.nouns as string[])
      vocab.possessiveNouns.set(n.toLowerCase(), { type: r.type as RelationType, fromPossessor: r.from !== 'named' });
  });
  doc.relations.forEach((raw, i) => {
    const r = raw as Record<string, unknown>;
    const where = `relations[${i}]`;
    if (!(RELATION_TYPES as readonly unknown[]).includes(r.type))
      throw new RelationVocabularyError(
        `Relation vocabulary: ${where}: unknown \`type\` ${String(r.type)}. Expecting one of ${RELATION_TYPES.join(', ')}`,
      );
    const entry: RelationEntry = {
      type: r.type as RelationType,
      from: labels(r.from, shorthands, `${where}.from`),
      to: labels(r.to, shorthands, `${where}.to`),
      reverse: r.reverse === true,
      symmetric: r.symmetric === true,
    };
    const file = (map: Map<string, PredicateForm[]>, specs: unknown, key: string) => {
      if (specs === undefined) return;
      if (!Array.isArray(specs) || specs.some((s) => typeof s !== 'string'))
        throw new RelationVocabularyError(`Relation vocabulary: ${where}.${key} must be a list of strings`);
      for (const spec of specs as string[]) {
        for (const f of key === 'verbs' ? forms(spec) : nounForms(spec)) {
          const last = f.words.at(-1)!;
          const form: PredicateForm = { ...f, entry };
          if (f.words.length > 1 && PREPOSITIONS.has(last)) form.preposition = last;
          map.set(f.words[0], [...(map.get(f.words[0]) ?? []), form]);
        }
      }
    };
    file(vocab.verbs, r.verbs, 'verbs');
    file(vocab.nouns, r.nouns, 'nouns');
  });
  // Longest forms first, so "compete with" is tried before "compete".
  for (const map of [vocab.verbs, vocab.nouns])
    for (const list of map.values()) list.sort((x, y) => y.words.length - x.words.length);
  return vocab;
}

let shipped: RelationVocabulary | undefined;
/** The shipped vocabulary (seed/lexicon/relations.yaml), read once. */
export function relationVocabulary(): RelationVocabulary {
  shipped ??= parseRelationVocabulary(
    fs.readFileSync(fileURLToPath(new URL('./relations.yaml', import.meta.url)), 'utf8'),
  );
  return shipped;
}
