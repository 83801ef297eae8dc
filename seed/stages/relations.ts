// Stage "relations": typed relationships between the entities of a sentence, by a list of small named rules (below, in
// the order they run; each lives in seed/stages/relations/). Word lists and the predicate vocabulary are data:
// seed/lexicon/relations.yaml.
import type { Analysis, Entity, PipelineContext, Relation, Stage } from '../analysis.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { gazetteerOf } from './text/stage-context.ts';
import {
  relationContext,
  sentenceViews,
  type RelationContext,
  type SentenceView,
} from './relations/relation-context.ts';
import { policyAnaphors } from './relations/policy-anaphors.ts';
import { documentRule } from './relations/document-rule.ts';
import { eventPhrases } from './relations/event-phrases.ts';
import { inquiryEvents } from './relations/inquiry-events.ts';
import { occasionEvents } from './relations/occasion-events.ts';
import { heldEvents } from './relations/held-events.ts';
import { hyphenBacked, pairPatterns } from './relations/pair-patterns.ts';
import { clausePredicates } from './relations/clause-predicates.ts';
import { betweenPairs } from './relations/between-pairs.ts';
import { policyExamples } from './relations/policy-examples.ts';
import { organizationTitles, titleBeforeName } from './relations/title-roles.ts';
import { personAffiliations } from './relations/person-affiliations.ts';
import { pronounPossessives } from './relations/pronoun-possessives.ts';
import { jointSubjects } from './relations/joint-subjects.ts';
import { headlineCopulas } from './relations/headline-copulas.ts';
import { possessiveNouns } from './relations/possessive-nouns.ts';
import { attributiveNouns } from './relations/attributive-nouns.ts';
import { departmentTitles } from './relations/department-titles.ts';
import { countryInName, hyphenBased, placeNounOf, placesWithin } from './relations/places-within.ts';
import { whereClauses } from './relations/where-clauses.ts';
import { seatPhrases } from './relations/seat-phrases.ts';
import { tradeObjects } from './relations/trade-objects.ts';
import { broadcastCredits } from './relations/broadcast-credits.ts';
import { organizationUnits } from './relations/organization-units.ts';
import { familyMakers, familyPrefix } from './relations/family-prefix.ts';
import { policyArguments } from './relations/policy-arguments.ts';
import { listAdditions } from './relations/list-additions.ts';
import { demonymHome } from './relations/demonym-home.ts';
import { meetingPlaces } from './relations/meeting-places.ts';
import { implicitSubjects } from './relations/implicit-subjects.ts';
import { knownHeads } from './relations/known-heads.ts';
import { jointTitles } from './relations/joint-titles.ts';
import { billSponsors } from './relations/bill-sponsors.ts';
import { federalRegister } from './relations/federal-register.ts';

export interface RelationRule {
  name: string;
  run: (ctx: RelationContext, s: SentenceView) => void;
}

/** The rules, in the order they run on each sentence; a later rule may read what an earlier one added. */
export const RELATION_RULES: RelationRule[] = [
  // Titles and places read the names next to each other, before any event phrase joins the sentence's mentions.
  { name: 'title-before-name', run: titleBeforeName },
  { name: 'known-heads', run: knownHeads },
  { name: 'person-affiliations', run: personAffiliations },
  { name: 'department-titles', run: departmentTitles },
  { name: 'country-in-name', run: countryInName },
  { name: 'places-within', run: placesWithin },
  { name: 'place-noun-of', run: placeNounOf },
  { name: 'where-clauses', run: whereClauses },
  { name: 'seat-phrases', run: seatPhrases },
  { name: 'hyphen-based', run: hyphenBased },
  { name: 'broadcast-credits', run: broadcastCredits },
  { name: 'organization-units', run: organizationUnits },
  { name: 'family-prefix', run: familyPrefix },
  { name: 'event-phrases', run: eventPhrases },
  { name: 'inquiry-events', run: inquiryEvents },
  { name: 'occasion-events', run: occasionEvents },
  { name: 'held-events', run: heldEvents },
  { name: 'policy-anaphors', run: policyAnaphors },
  { name: 'document-rule', run: documentRule },
  { name: 'federal-register', run: federalRegister },
  { name: 'pair-patterns', run: pairPatterns },
  { name: 'hyphen-backed', run: hyphenBacked },
  { name: 'clause-predicates', run: clausePredicates },
  { name: 'between-pairs', run: betweenPairs },
  { name: 'policy-examples', run: policyExamples },
  { name: 'trade-objects', run: tradeObjects },
  { name: 'joint-subjects', run: jointSubjects },
  { name: 'headline-copulas', run: headlineCopulas },
  { name: 'possessive-nouns', run: possessiveNouns },
  { name: 'pronoun-possessives', run: pronounPossessives },
  { name: 'implicit-subjects', run: implicitSubjects },
  { name: 'attributive-nouns', run: attributiveNouns },
  { name: 'policy-arguments', run: policyArguments },
  { name: 'list-additions', run: listAdditions },
  { name: 'demonym-home', run: demonymHome },
  { name: 'organization-titles', run: organizationTitles },
  { name: 'joint-titles', run: jointTitles },
  { name: 'bill-sponsors', run: billSponsors },
  // Reads the MET_WITH relationships the rules above found.
  { name: 'meeting-places', run: meetingPlaces },
];

const SUBJECT_TYPES = new Set(['Chip', 'Model', 'Company', 'Policy', 'ChipFamily']);

/** The policy the last sentence is about, named in the plural: its first name, or what its first name issued ("The
 * Commerce Department issued new export controls."), never a policy somewhere in it ("… consider updating Federal
 * Acquisition Regulations": "They" are who asked). */
function pluralPolicy(ctx: RelationContext, m: SentenceView['ms'][number], prev: SentenceView | undefined): boolean {
  if (m.type !== 'Policy' || !prev?.ms.length) return false;
  const first = prev.ms[0];
  if (first.key !== m.key && !ctx.out.has(`${m.key}|ISSUED_BY|${first.key}`)) return false;
  // The entity's name, not the words written ("new export controls on Monday" is the policy "Monday export controls").
  const last = (ctx.byId.get(m.key)?.name ?? ctx.text.slice(m.start, m.end))
    .toLowerCase()
    .match(/[a-z]+/g)
    ?.pop();
  return !!last && last.endsWith('s') && ctx.words('policyAnaphors.restriction').has(last);
}

/** A conjunction or a subordinator that opens a clause, then "it" and a lower-case word: ", and it will", "; it",
 * "because it". */
const CLAUSE_IT =
  /(?:,\s*(?:and|but|while|so)|;|\b(?:because|after|although|though|while|since|when|if|and|but))\s+(it)\s+(?=\p{Ll})/gu;
const BODY_TYPES = new Set(['Company', 'Organization', 'Country', 'Policy']);

/** "Nvidia reported strong sales, and it will sell chips to Alibaba": an "it" that opens a clause after a conjunction
 * stands for the sentence's subject — a body named at the sentence's start, with no other body or person named before
 * the "it" (then "it" might be either). */
function clauseIt(ctx: RelationContext, s: SentenceView): void {
  const subject = s.ms[0];
  if (!subject || !BODY_TYPES.has(subject.type) || subject.m.anaphor) return;
  if (!/^(?:The\s+|the\s+)?$/.test(ctx.text.slice(s.start, subject.start))) return;
  const sentence = ctx.text.slice(s.start, s.end);
  CLAUSE_IT.lastIndex = 0;
  const found: SentenceView['ms'] = [];
  for (let hit = CLAUSE_IT.exec(sentence); hit; hit = CLAUSE_IT.exec(sentence)) {
    const start = s.start + hit.index + hit[0].length - 3;
    if (start <= subject.end) continue;
    // Another name between the subject and "it" (other than the subject's own) might be what "it" stands for.
    if (s.ms.some((z) => z.start >= subject.end && z.end <= start && z.key !== subject.key && z.type !== 'Chip')) break;
    found.push({ ...subject, start, end: start + 2 });
  }
  if (!found.length) return;
  s.ms.push(...found);
  s.ms.sort((x, y) => x.start - y.start || y.end - x.end);
}

export function findRelations(
  a: Analysis,
  g: Gazetteer,
  rules: RelationRule[] = RELATION_RULES,
): { relations: Relation[]; entities: Entity[] } {
  const ctx = relationContext(a, g);
  ctx.sentences = sentenceViews(a);
  for (const s of ctx.sentences) {
    // "It is based on …": a sentence-initial "it" is the subject of the sentence before.
    if (ctx.prevSubject && /^(?:It|it)\b/.test(ctx.text.slice(s.start, s.end)))
      s.ms.unshift({ ...ctx.prevSubject, start: s.start, end: s.start + 2 });
    // "They also impact Naura": a sentence-initial "They" stands for the last sentence's policy named in the plural
    // ("new export controls", "the latest rules": a plural head of relations.yaml policyAnaphors.restriction).
    else if (
      ctx.prevSubject &&
      /^They\b/.test(ctx.text.slice(s.start, s.end)) &&
      pluralPolicy(ctx, ctx.prevSubject, ctx.sentences[s.si - 1])
    )
      s.ms.unshift({ ...ctx.prevSubject, start: s.start, end: s.start + 4 });
    clauseIt(ctx, s);
    for (const r of rules) r.run(ctx, s);
    // A sentence whose subject is a noun phrase no entity names ("The legislation also urges …") ends the chain: the
    // "It" after it is that phrase, not a name from an earlier sentence.
    const described =
      /^(?:The|A|An|This|That|These|Those)\s+\p{Ll}/u.test(ctx.text.slice(s.start, s.start + 40)) &&
      !(s.ms[0] && s.ms[0].start - s.start <= 4);
    // A policy named again by its head noun ("The latest rules include …") is that policy: "They" after it is too.
    ctx.prevSubject =
      s.ms.find((x) => SUBJECT_TYPES.has(x.type) && (!x.m.anaphor || x.m.method === 'relation:policy-anaphor')) ??
      (described ? null : ctx.prevSubject);
    if (s.ms.length && s.ms[0].type === 'Person') ctx.prevSubject = null;
  }
  // Document-wide, once: what follows from the relationships of all sentences.
  if (rules === RELATION_RULES) familyMakers(ctx);
  return { relations: [...ctx.out.values()], entities: ctx.entities };
}

export const relations: Stage = {
  name: 'relations',
  run(a: Analysis, context: PipelineContext): Analysis {
    const { relations, entities } = findRelations(a, gazetteerOf(context));
    return { ...a, relations, entities };
  },
};
