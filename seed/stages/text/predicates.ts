// The predicate that joins two entity mentions in one clause, read from the words between them: a verb group with its
// particle ("has agreed to acquire", "stopped supplying"), a relational noun ("'s deal with", ", a supplier to"), or a
// light verb and such a noun ("signed a partnership with"); with its negation, modality and voice.
import type { PredicateForm, RelationEntry, RelationVocabulary } from '../../lexicon/relation-vocabulary.ts';
import { lexTags, SPEECH_VERBS } from './lexicon.ts';
import { splitSpaces } from './matches.ts';
import { relationVocabulary } from '../../lexicon/relation-vocabulary.ts';

export interface Predicate {
  /** The vocabulary entry, or none for a predicate the vocabulary lacks (a generic relationship). */
  entry?: RelationEntry;
  /** Other entries written the same way, for other kinds of party ("release" a rule: ISSUED_BY; a model: RELEASED);
   * the reader takes the first, `entry` before these, whose subject and object labels fit. */
  alternatives?: RelationEntry[];
  /** The predicate's lemma with its preposition ("compete with", "praise"). */
  lemma: string;
  negated: boolean;
  /** The modal or the verb of intent before the predicate ("may", "plan", "consider"). */
  modality?: string;
  /** "X was acquired by Y": the subject is the mention after the predicate. */
  passive: boolean;
  /** Which shape read it: verb, noun (possessive or apposition), light-verb. */
  shape: 'verb' | 'possessive' | 'apposition' | 'light-verb' | 'generic';
}

const W = relationVocabulary().words;
const set = (k: string) => W[k] ?? new Set<string>();
const AUX = set('auxiliaries');
const BE = set('be');
const MODALS = set('modals');
const NEGATIONS = set('negations');
/** Verbs that negate what follows ("stopped supplying", "refused to sell"). */
const NEGATING = set('negatingVerbs');
/** Verbs of intent or expectation: the predicate after them is not yet a fact ("plans to acquire"). */
const INTENT = set('intentVerbs');
const ADVERBS = set('adverbs');
const LIGHT = set('lightVerbs');
const DETERMINERS = set('determiners');
const PREPOSITIONS = set('prepositions');
/** Nouns of a quantity before "of" ("a series of", "a package of"): the object is the noun after them. */
const QUANTITY = set('quantityNouns');
/** Prepositions that open a time or place adverbial between a subject and its verb ("X in a report criticized Y"). */
const ADVERBIAL = set('adverbialPrepositions');
/** Words after which a predicate never joins the mentions around it (a clause or sentence boundary, a comparison). */
const BREAKS = set('breaks');

/** Words of the text between two mentions: lower case, "n't" and "'s" split off, commas kept, other punctuation a break. */
export function words(between: string): string[] | null {
  const out: string[] = [];
  // A dash set off like a comma ("Samsung and SK hynix\u2014companies headquartered in …") reads as one; so does the
  // hyphen the normalize stage leaves for a dash glued to the word before it ("hynix- companies").
  for (const raw of splitSpaces(
    between.replace(/[\u2018\u2019]/g, "'").replace(/\s*[\u2014\u2013]\s*|\s+--\s+|^-\s+|\s+-\s+/g, ' , '),
  )) {
    if (!raw) continue;
    const m = /^([^,;:()"\u201c\u201d]*?)(n't|'s)?([,;:()"\u201c\u201d]*)$/i.exec(raw);
    if (!m) return null;
    if (m[1]) out.push(m[1].toLowerCase());
    if (m[2]) out.push(m[2].toLowerCase());
    for (const p of m[3]) {
      if (p !== ',') return null;
      out.push(',');
    }
  }
  return out;
}

/** Matches a vocabulary form at toks[i]; a prepositional verb may hold up to 4 words of object before its preposition
 * ("invested $2bn in"), a relational noun none ("shareholder lawsuits in" is no "shareholder in"). */
function matchForm(
  toks: string[],
  i: number,
  forms: PredicateForm[] | undefined,
  maxGap = 4,
): { form: PredicateForm; next: number } | null {
  for (const f of forms ?? []) {
    const body = f.preposition ? f.words.slice(0, -1) : f.words;
    if (!body.every((w, k) => toks[i + k] === w)) continue;
    let j = i + body.length;
    if (!f.preposition) return { form: f, next: j };
    // A particle verb holds no object inside ("take on", "build on", "take over"): "take further action on China" is
    // no "take on".
    const most = f.preposition === 'on' || f.preposition === 'over' ? 0 : maxGap;
    for (let gap = 0; gap <= most && j < toks.length; gap++, j++) {
      if (toks[j] === f.preposition) return { form: f, next: j + 1 };
      if (toks[j] === ',' || BREAKS.has(toks[j]) || (gap > 0 && PREPOSITIONS.has(toks[j]))) break;
    }
  }
  return null;
}

/** The entries of the other forms written with the same words as `form` ("release" under ISSUED_BY and RELEASED). */
function alternativesOf(forms: PredicateForm[] | undefined, form: PredicateForm): { alternatives?: RelationEntry[] } {
  const key = form.words.join(' ');
  const out = (forms ?? []).filter((f) => f.entry !== form.entry && f.words.join(' ') === key).map((f) => f.entry);
  return out.length ? { alternatives: [...new Set(out)] } : {};
}

/** Determiners and up to three modifiers before the second mention ("the British chip designer"); nothing else. */
function onlyFiller(toks: string[], i: number): boolean {
  let content = 0;
  const start = i;
  for (; i < toks.length; i++) {
    const w = toks[i];
    if (DETERMINERS.has(w)) continue;
    // "a series of new trade restrictions", "a package of rules": a quantity noun and its "of" count as determiners.
    if (QUANTITY.has(w) && toks[i + 1] === 'of') {
      i++;
      continue;
    }
    // "affect companies like A and B", "hit firms such as A", "target chipmakers including A": a plural category noun
    // (with up to one modifier) before the examples that end the words between; the examples are the object.
    const tail = w === 'such' && toks[i + 1] === 'as' ? i + 2 : w === 'like' || w === 'including' ? i + 1 : -1;
    // Not across a comma: "jobs stolen by China, take on our enemies like ISIS" is another subject's clause.
    if (tail === toks.length && content >= 1 && content <= 2 && /[^s]s$/.test(toks[i - 1] ?? '') && !toks.includes(','))
      return true;
    // After a determiner a word a speech verb can be is a noun ("published an interim final rule").
    const speech = SPEECH_VERBS.has(w) && (i === start || !DETERMINERS.has(toks[start]));
    if (w === ',' || BREAKS.has(w) || PREPOSITIONS.has(w) || AUX.has(w) || speech) return false;
    if (++content > 3) return false;
  }
  return true;
}

const isVerbTag = (t: string) =>
  t === 'Infinitive' || t === 'PastTense' || t === 'PresentTense' || t === 'Gerund' || t === 'Participle';
const verbTagged = (w: string) => {
  const t = lexTags(w);
  return Array.isArray(t) ? t.some(isVerbTag) : t !== undefined && isVerbTag(t);
};

/** A verb's lemma by its regular endings, checked against the lexicon ("partnered" → partner, "banned" → ban). */
export function lemmaOf(w: string): string | null {
  const cands: string[] = [];
  if (/ied$|ies$/.test(w)) cands.push(w.slice(0, -3) + 'y');
  if (/ed$/.test(w)) cands.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (/ing$/.test(w)) cands.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (/[^s]s$/.test(w)) cands.push(w.slice(0, -1));
  if (/es$/.test(w)) cands.push(w.slice(0, -2));
  for (const c of cands) if (c.length > 1 && lexTags(c) === 'Infinitive') return c;
  if (lexTags(w) === 'Infinitive') return w;
  // A verb the lexicon files as a noun too ("praise", "ban"): the first candidate it knows at all.
  for (const c of cands) if (c.length > 2 && lexTags(c) !== undefined) return c;
  return null;
}

/** Nouns of a plan or an intent ("X's plan to acquire Y": acquiring is not yet a fact, its modality is the noun's
 * lemma); nouns of a decision or an act ("X's decision to impose Y": a fact); nouns of an act named by its verb
 * ("announcement announce": "X's announcement of funding for Y" reads as "X announced funding for Y"). */
const INTENT_NOUNS = set('intentNouns');
const FACT_NOUNS = set('factNouns');
const NOMINALIZATIONS = new Map([...set('nominalizations')].map((x) => x.split(/\s+/) as [string, string]));

function possessedVerb(toks: string[], vocab: RelationVocabulary): Predicate | null {
  for (let k = 1; k <= 3 && k + 1 < toks.length; k++) {
    const w = toks[k];
    const next = toks[k + 1];
    let rest: string[] | undefined;
    let modality: string | undefined;
    if ((INTENT_NOUNS.has(w) || FACT_NOUNS.has(w)) && next === 'to') {
      rest = toks.slice(k + 2);
      if (INTENT_NOUNS.has(w)) modality = w.replace(/s$/, '');
    } else if (NOMINALIZATIONS.has(w) && next === 'of') rest = [NOMINALIZATIONS.get(w)!, ...toks.slice(k + 2)];
    if (rest) {
      const p = readPredicate(` ${rest.join(' ')} `, vocab);
      if (!p || p.passive || p.shape === 'possessive' || p.shape === 'apposition') return null;
      return modality && !p.modality ? { ...p, modality } : p;
    }
    // Up to two modifiers before the noun ("'s latest decision to"), no function word.
    if (w === ',' || PREPOSITIONS.has(w) || BREAKS.has(w) || AUX.has(w) || BE.has(w)) return null;
  }
  return null;
}

/**
 * Reads the predicate between a mention and the next one, or null when the words there are not one predicate (a list,
 * a clause boundary, a speech verb, too many words).
 */
export function readPredicate(between: string, vocab: RelationVocabulary): Predicate | null {
  if (between.length > 140 || /[;:()"\u201c\u201d]/.test(between)) return null; // too long, or a break words() would find
  const toks = words(between);
  if (!toks || toks.length === 0 || toks.length > 14) return null;
  let i = 0;
  // "X's deal with Y", "X, a supplier to Y": a relational noun.
  if (toks[0] === "'s" || (toks[0] === ',' && toks.length > 1 && !/^(?:who|which|that)$/.test(toks[1]))) {
    let j = 1;
    // "X's announcement of increased funding for Y": a preposition before the noun makes it another noun's
    // complement, and X the announcer.
    while (j < toks.length && j <= 4 && !vocab.nouns.has(toks[j]) && toks[j] !== ',' && !PREPOSITIONS.has(toks[j])) j++;
    const hit = matchForm(toks, j, vocab.nouns.get(toks[j]), 0);
    // "X—companies headquartered in Y": an apposition that is itself a reduced clause.
    for (
      let k = 2;
      // ", and it will partner with Y" is a new clause, no apposition: a break word ends the search.
      !hit &&
      toks[0] === ',' &&
      k <= 4 &&
      k < toks.length &&
      !PREPOSITIONS.has(toks[k - 1]) &&
      !BREAKS.has(toks[k - 1]) &&
      toks[k - 1] !== ',';
      k++
    ) {
      const inner = readPredicate(toks.slice(k).join(' '), vocab);
      if (inner?.entry && inner.shape === 'verb' && !inner.passive) return { ...inner, shape: 'apposition' };
    }
    if (hit && onlyFiller(toks, hit.next))
      return {
        entry: hit.form.entry,
        ...alternativesOf(vocab.nouns.get(toks[j]), hit.form),
        lemma: hit.form.lemma,
        negated: false,
        passive: false,
        shape: toks[0] === "'s" ? 'possessive' : 'apposition',
      };
    // "X's decision to impose Y", "X's announcement of funding for Y": the possessor does what the noun names.
    if (toks[0] === "'s") return possessedVerb(toks, vocab);
    // An apposition that describes the subject ("X, the chip designer, acquired Y"): skip to its closing comma.
    if (toks[0] !== ',') return null;
    const close = toks.indexOf(',', 1);
    if (close > 8) return null;
    // No closing comma: a reduced clause about the subject ("the committee, led by Y"); a clause a present participle
    // opens ("…to China, allowing Nvidia to sell") is about the sentence's subject, not the name before the comma.
    if (close < 0 && /ing$/.test(toks[1] ?? '') && verbTagged(toks[1])) return null;
    i = close < 0 ? 1 : close + 1;
  }
  // "X in a December 7 report criticized Y", "X on Monday announced Y": an adverbial phrase before a verb the
  // vocabulary knows (no comma, no other verb inside) is skipped.
  if (ADVERBIAL.has(toks[i] ?? '')) {
    for (let j = i + 1; j <= i + 6 && j < toks.length; j++) {
      const w = toks[j];
      if (w === ',' || BREAKS.has(w) || BE.has(w) || AUX.has(w)) break;
      // An inflected form of a vocabulary verb ("criticized", "announces", "paid"), not a base form or a gerund.
      if (!/ing$/.test(w) && vocab.verbs.get(w)?.some((f) => f.words[0] !== f.lemma.split(' ')[0])) {
        i = j;
        break;
      }
    }
  }
  if (toks[i] === ',' && /^(?:who|which|that)$/.test(toks[i + 1] ?? '')) i += 2;
  else if (/^(?:who|which|that)$/.test(toks[i] ?? '')) i++;
  let negated = false;
  let modality: string | undefined;
  let be = false;
  let beAt = -1;
  // "X has ties to Y", "X has a partnership with Y": "have" before a noun is a light verb, not an auxiliary.
  let haveAt = -1;
  for (; i < toks.length; i++) {
    const w = toks[i];
    if (BE.has(w)) [be, beAt] = [true, i];
    else if (w === 'has' || w === 'have' || w === 'had') haveAt = i;
    else if (AUX.has(w)) continue;
    else if (MODALS.has(w)) modality = w;
    else if (NEGATIONS.has(w)) negated = true;
    else if (w === 'no' && toks[i + 1] === 'longer') [negated, i] = [true, i + 1];
    else if (NEGATING.has(w)) {
      negated = true;
      if (toks[i + 1] === 'to') i++;
    } else if (INTENT.has(w) && (toks[i + 1] === 'to' || /ing$/.test(w))) {
      modality = lemmaOf(w) ?? w;
      if (toks[i + 1] === 'to') i++;
    }
    // "-ly" marks an adverb ("quietly"), not a verb the vocabulary knows that ends so ("will supply", "apply to").
    else if (ADVERBS.has(w) || (/ly$/.test(w) && w.length > 4 && !verbTagged(w) && !vocab.verbs.has(w))) continue;
    else break;
  }
  if (i >= toks.length) return null;
  // A form that begins with the copula ("is based in") starts where the copula stood.
  const hit =
    matchForm(toks, i, vocab.verbs.get(toks[i])) ??
    (beAt >= 0 && beAt === i - 1 ? matchForm(toks, beAt, vocab.verbs.get(toks[beAt])) : null);
  if (hit) {
    // "was acquired by Y", or reduced: "the committee, led by Y".
    const passive =
      toks[hit.next] === 'by' &&
      !hit.form.preposition &&
      /(?:ed|en|[^aeiou]t|ght|wn|ld|led|ed)$/.test(toks[i]) &&
      (be || !/s$/.test(toks[i]));
    const rest = passive ? hit.next + 1 : hit.next;
    // "is based in": the copula belongs to the form, it makes nothing passive.
    if (onlyFiller(toks, rest))
      return {
        entry: hit.form.entry,
        ...alternativesOf(vocab.verbs.get(hit.form.words[0]), hit.form),
        lemma: hit.form.lemma,
        negated,
        modality,
        passive,
        shape: 'verb',
      };
    // "announced $6.6 billion in funding for Y": a vocabulary verb that is also a light verb may carry a noun instead.
    if (!LIGHT.has(toks[i])) return null;
  }
  // "X signed a partnership with Y", "X took a stake in Y".
  // After a copula or "have" the noun phrase follows at once: "is handling lawsuits against Y" is another verb's object.
  const nounPhraseNext = !/(?:ing|ed)$/.test(toks[i]) || vocab.nouns.has(toks[i]) || DETERMINERS.has(toks[i]);
  if (LIGHT.has(toks[i]) || ((be || (haveAt >= 0 && haveAt === i - 1)) && nounPhraseNext)) {
    let j = LIGHT.has(toks[i]) ? i + 1 : i; // after a copula the noun follows at once ("X is a supplier to Y")
    while (j < toks.length && j <= i + 4 && !vocab.nouns.has(toks[j])) j++;
    const noun = matchForm(toks, j, vocab.nouns.get(toks[j]), 0);
    if (noun && onlyFiller(toks, noun.next))
      return {
        entry: noun.form.entry,
        ...alternativesOf(vocab.nouns.get(toks[j]), noun.form),
        lemma: noun.form.lemma,
        negated,
        modality,
        passive: false,
        shape: 'light-verb',
      };
  }
  // A verb the vocabulary lacks: kept as a generic relationship with its lemma.
  const w = toks[i];
  if (
    SPEECH_VERBS.has(w) ||
    SPEECH_VERBS.has(lemmaOf(w) ?? w) ||
    BE.has(w) ||
    AUX.has(w) ||
    BREAKS.has(w) ||
    INTENT.has(w) ||
    NEGATING.has(w) ||
    LIGHT.has(w) ||
    !verbTagged(w)
  )
    return null;
  const lemma = lemmaOf(w) ?? w;
  let next = i + 1;
  const prep = PREPOSITIONS.has(toks[next] ?? '') ? toks[next++] : undefined;
  const passive = be && prep === 'by';
  if (!onlyFiller(toks, next)) return null;
  return { lemma: prep && !passive ? `${lemma} ${prep}` : lemma, negated, modality, passive, shape: 'generic' };
}
