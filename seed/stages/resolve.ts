// Stage "resolve": within one document, surnames to full names, pronouns and descriptions to their antecedents, titles to roles; builds the entities.
import type { Analysis, Entity, Mention, PipelineContext, Stage } from '../analysis.ts';
import type { EntityLabel } from '../../core/graph-model.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { entityKey, gazetteerOf } from './text/stage-context.ts';
import { isInstitutionName } from './text/institution-names.ts';
import { isFemaleName, isFirstName, isMaleName, isPlaceWord } from './text/lexicon.ts';
import { resolveAcronyms } from './resolve-rules/acronyms.ts';
import { resolveDescribedSpeakers } from './resolve-rules/described-speakers.ts';
import { isAnotherCountrysTitle } from './resolve-rules/another-countrys-title.ts';
import { resolveNameVariants } from './resolve-rules/name-variants.ts';
import { resolvePolicyShortNames } from './resolve-rules/policy-short-names.ts';
import { dropGenericRestrictions, resolveGenericRestrictions } from './resolve-rules/generic-restrictions.ts';
import { resolveClauseVariants } from './resolve-rules/clause-variants.ts';
import { resolveHeadlinePolicy } from './resolve-rules/headline-policy.ts';
import { escapeRegExp } from './text/matches.ts';

const METHOD_RANK = (method: string) =>
  method === 'gazetteer' ? 4 : /^(head|pattern|phrase|anaphor)/.test(method) ? 3 : method.startsWith('lexicon') ? 2 : 1;
const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^(?:the|The)\s+/, '')
    .trim();

type Gender = 'm' | 'f' | undefined;
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Rev.', 'Prof.']);

/** A woman's title before a surname ("Mrs. Biden", "First Lady Biden"): not the gazetteer's man of that surname. */
const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss|Madam|Lady)\.?\s+$/;
const SURNAMES = new WeakMap<Gazetteer, Map<string, string>>();
/** Surname → full name of the gazetteer's persons whose surname no other listed person shares. */
function knownBySurname(g: Gazetteer): Map<string, string> {
  let out = SURNAMES.get(g);
  if (out) return out;
  const count = new Map<string, string[]>();
  for (const e of g.entities) {
    if (e.type !== 'Person' || !e.name.includes(' ')) continue;
    const last = e.name.split(' ').at(-1)!;
    count.set(last, [...(count.get(last) ?? []), e.name]);
  }
  out = new Map([...count].filter(([, names]) => names.length === 1).map(([k, names]) => [k, names[0]]));
  SURNAMES.set(g, out);
  return out;
}

/** Canonical names and one type per name for the mentions that name something (not pronouns). */
function nameMentions(ms: Mention[], g: Gazetteer, raw: string): void {
  const named = ms.filter(
    (m) => !m.anaphor && !(m.type === 'Policy' && !m.canonical && m.method === 'phrase:resumption'),
  );
  for (const m of named) if (!m.canonical) m.canonical = clean(m.text);
  // A surname, or a first word of a longer organization name, stands for the full name used in the document.
  const persons = named.filter((m) => m.type === 'Person' && m.canonical!.includes(' '));
  const orgs = named.filter((m) => (m.type === 'Company' || m.type === 'Organization') && m.canonical!.includes(' '));
  // Index the full names by their words so a single word finds its candidates without a scan.
  const byLater = new Map<string, Mention[]>();
  const byFirst = new Map<string, Mention[]>();
  for (const p of persons) {
    const w = p.canonical!.split(' ');
    byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), p]);
    for (const x of w.slice(1)) byLater.set(x, [...(byLater.get(x) ?? []), p]);
  }
  const orgFirst = new Map<string, Mention[]>();
  for (const o of orgs) {
    const w = o.canonical!.split(' ')[0];
    orgFirst.set(w, [...(orgFirst.get(w) ?? []), o]);
  }
  for (const m of named) {
    const c = m.canonical!;
    if (c.includes(' ')) continue;
    // A place keeps its own reading ("Chicago" beside "Chicago Cubs"), unless only a guess typed it and the word is no
    // place's name but the surname of a person the document names ("Rubio" beside "Marco Rubio").
    if (m.type === 'Place') {
      const person =
        METHOD_RANK(m.method) <= 2 && !isPlaceWord(c)
          ? byLater.get(c)?.find((p) => !p.method.startsWith('description:') && p.canonical!.endsWith(` ${c}`))
          : undefined;
      if (person) [m.canonical, m.type] = [person.canonical, 'Person'];
      continue;
    }
    // A described source ("IMF report", "former Carson advisers") is no full name of a name ("IMF", "Carson"), only
    // of a shorter description ("advisers").
    const fits = (p: Mention) => p.method !== 'description:source' || m.method === 'description:source';
    const before = (list: Mention[] | undefined) =>
      list
        ? [...list.filter((p) => p.start < m.start && fits(p))]
            .reverse()
            .concat(list.filter((p) => p.start > m.start && fits(p)))
        : [];
    // A transcript's capitals ("SANDERS:") name the same person as the title-case surname ("Bernie Sanders").
    const key = c.length > 2 && /^\p{Lu}+$/u.test(c) && m.type === 'Person' ? c[0] + c.slice(1).toLowerCase() : c;
    const person = before(byLater.get(key))[0] ?? (m.type === 'Person' ? before(byFirst.get(key))[0] : undefined);
    if (person && (m.type === 'Person' || METHOD_RANK(m.method) <= 2)) {
      m.canonical = person.canonical;
      m.type = 'Person';
      continue;
    }
    // A surname the document never writes in full is the one well-known person of that surname the gazetteer lists
    // ("President Biden" → Joe Biden), so documents that name the person differently meet in one entity.
    const known = m.type === 'Person' ? knownBySurname(g).get(key) : undefined;
    if (known && !FEMALE_BEFORE.test(raw.slice(Math.max(0, m.start - 16), m.start))) {
      m.canonical = known;
      continue;
    }
    const org = before(orgFirst.get(c)).find((o) => o.type !== 'Event');
    if (org && m.type !== 'Person' && METHOD_RANK(m.method) <= 2) {
      m.canonical = org.canonical;
      m.type = org.type;
    }
  }
  // One type per canonical name: the best-supported reading wins.
  const votes = new Map<string, Map<EntityLabel, number>>();
  for (const m of named) {
    if (m.type === 'Place') continue; // a city that also names a team or firm stays a place where the text says so
    const v = votes.get(m.canonical!) ?? new Map<EntityLabel, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + METHOD_RANK(m.method));
    votes.set(m.canonical!, v);
  }
  for (const m of named) {
    if (m.type === 'Place') continue;
    const v = votes.get(m.canonical!)!;
    m.type = [...v.entries()].sort((x, y) => y[1] - x[1])[0][0];
    const known = g.byAlias.get(m.canonical!);
    if (known && known.type === m.type) m.canonical = known.name;
  }
}

const APPOSITION_PATTERNS = new WeakMap<Gazetteer, { before: RegExp; after: RegExp; lastWords: Set<string> }>();

/** The title patterns are built once per gazetteer: compiling them for every document was a measurable share of the stage. */
function appositionPatterns(g: Gazetteer): { before: RegExp; after: RegExp; lastWords: Set<string> } {
  const cached = APPOSITION_PATTERNS.get(g);
  if (cached) return cached;
  const titles = g.titles
    .map((t) => escapeRegExp(t.title))
    .sort((x, y) => y.length - x.length)
    .join('|');
  const before = new RegExp(
    `(?:(?<org>\\p{Lu}[\\w&.-]*)(?:'s)?\\s+)?(?:(?:top|former|new|current|rotating|deputy|chief)\\s+)?(?<title>${titles}),?\\s+$`,
    'u',
  );
  const after = new RegExp(
    `^,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?<org>\\p{Lu}[\\w&.-]*(?:\\s+\\p{Lu}[\\w&.-]*)?)(?:'s)?\\s+)?(?:(?:top|former|new|current|longtime|deputy)\\s+)?(?<title>${titles})(?:\\s+(?:of|at)\\s+(?<org2>\\p{Lu}[\\w&.-]*(?:\\s+\\p{Lu}[\\w&.-]*)?))?`,
    'u',
  );
  const lastWords = new Set(g.titles.map((t) => t.title.split(' ').pop()!));
  const made = { before, after, lastWords };
  APPOSITION_PATTERNS.set(g, made);
  return made;
}

/** Titles written around a name in lower case or as an apposition: "chief executive Jensen Huang", "Huang, Nvidia's CEO,". */
function appositions(a: Analysis, ms: Mention[], g: Gazetteer): void {
  const { before, after, lastWords } = appositionPatterns(g);
  const raw = a.doc.raw;
  for (const m of ms) {
    if (m.type !== 'Person' || m.anaphor || m.role) continue;
    // Cheap guards first: the full patterns run only where a title word or an apposition could be.
    const prevWord = /(\S+?),?\s+$/.exec(raw.slice(Math.max(0, m.start - 30), m.start))?.[1];
    const b = prevWord && lastWords.has(prevWord) ? before.exec(raw.slice(Math.max(0, m.start - 60), m.start)) : null;
    const f = raw.startsWith(', ', m.end) ? after.exec(raw.slice(m.end, m.end + 90)) : null;
    const hit = f ?? b;
    if (!hit) continue;
    const title = g.titles.find((t) => t.title === hit.groups!.title)!;
    const orgText = hit.groups!.org2 ?? hit.groups!.org;
    const org = orgText
      ? ms.find((o) => (o.type === 'Company' || o.type === 'Organization') && clean(o.text) === orgText)
      : undefined;
    m.role = title.title;
    if (org) {
      m.roleOrg = org.canonical ?? clean(org.text);
      if (title.leads) m.leads = true;
    } else if (title.org) m.roleOrg = title.org;
  }
}

function genderOf(name: string): Gender {
  const first = name.split(' ')[0];
  if (isFemaleName(first) && !isMaleName(first)) return 'f';
  if (isMaleName(first)) return 'm';
  // A given name no list knows that ends in -a is most often a woman's (Ivanka, Svetlana, Oksana).
  if (/^\p{Lu}\p{Ll}+a$/u.test(first) && name.includes(' ') && !isFirstName(first)) return 'f';
  return undefined;
}

/** Nouns for a kind of body ("the government", "the newspaper") and how a named organization shows that kind. */
const BODY_KINDS: { nouns: RegExp; is: (m: Mention) => boolean }[] = [
  {
    // "the government" is a government or an administration, never one of its committees or agencies.
    nouns: /^government$/,
    is: (m) =>
      ['government', 'administration'].includes(m.kind ?? '') ||
      m.method === 'description:government' ||
      /\b(?:Government|Administration|White House|Kremlin)\b/.test(m.canonical ?? ''),
  },
  {
    nouns: /^(?:ministry|department|agency|commission|committee|council|court|board|regulator|watchdog)$/,
    is: (m) =>
      ['government', 'agency', 'administration'].includes(m.kind ?? '') ||
      m.method === 'description:government' ||
      /\b(?:Department|Ministry|Government|Agency|Bureau|Commission|Administration|Congress|Senate|House|Parliament|Office|Council|Committee|Court|Service|Authority|Police|Military|Army|Navy|Cabinet|Treasury|Pentagon|Kremlin)\b/.test(
        m.canonical ?? '',
      ),
  },
  {
    nouns: /^(?:newspaper|network|broadcaster)$/,
    is: (m) =>
      m.kind === 'media' ||
      /\b(?:Times|Post|Journal|News|Press|Herald|Tribune|Telegraph|Guardian|TV|Radio|Magazine|Daily)\b/.test(
        m.canonical ?? '',
      ),
  },
];

/** Pronouns and descriptions take the nearest fitting antecedent before them. */
function resolveAnaphors(ms: Mention[], paragraphOf: (sentence: number) => number, raw = '', g?: Gazetteer): void {
  const gender = new Map<string, Gender>();
  const roles = new Map<string, Set<string>>();
  const persons: Mention[] = [];
  const companies: Mention[] = [];
  const orgs: Mention[] = [];
  const administrations = ms.filter((m) => m.kind === 'administration' && !m.anaphor);
  const liftings = ms.filter((m) => m.type === 'Policy' && m.canonical?.startsWith('Lifting of '));
  const chips = ms.filter((m) => m.type === 'Chip' && !m.anaphor);
  const groups: Mention[] = [];
  for (const m of ms) {
    if (
      !m.anaphor &&
      (m.type === 'Organization' ||
        m.type === 'Company' ||
        (m.method === 'description:source' && /(?:s|people)$/.test(m.canonical ?? '')))
    )
      groups.push(m);
    // A described source ("officials") is no antecedent: "he" and "the official" refer to someone named.
    if (!m.anaphor && m.type === 'Person' && m.method !== 'description:source') {
      if (!gender.has(m.canonical!)) gender.set(m.canonical!, genderOf(m.canonical!));
      if (m.role) roles.set(m.canonical!, (roles.get(m.canonical!) ?? new Set()).add(m.role.toLowerCase()));
      persons.push(m);
    }
    if (!m.anaphor && m.type === 'Organization') orgs.push(m);
    if (
      !m.anaphor &&
      (m.type === 'Company' ||
        (m.type === 'Organization' &&
          !m.kind &&
          m.method !== 'gazetteer' &&
          m.method !== 'head:organization' &&
          // "the U.S. government": a body named by description is never "the company"
          m.method !== 'description:government'))
    )
      companies.push(m);
    if (m.type === 'Policy' && !m.canonical) {
      const lift = [...liftings].reverse().find((l) => l.start < m.start) ?? liftings[0];
      const chip = [...chips].reverse().find((c) => c.start < m.start);
      m.canonical =
        lift?.canonical ?? (chip ? `Lifting of ${chip.canonical} export restrictions` : 'Resumption of sales');
    }
    if (!m.anaphor) continue;
    // "Biden-era": the era's administration, whatever administration the text names before it.
    if (m.method === 'phrase:era') continue;
    if (m.kind === 'administration') {
      const adm = [...administrations].reverse().find((x) => x.start < m.start) ?? administrations[0];
      m.canonical = adm?.canonical ?? m.canonical;
      m.anaphor = !!adm;
      continue;
    }
    if (m.type === 'Organization') {
      // "the commission": the latest organization whose name has that word, else the latest organization.
      const noun = m.role ?? '';
      const named = [...orgs].reverse();
      // With no name that has the word, a noun for a kind of body takes the latest body of that kind: "the
      // government" is never a news agency, "the newspaper" never a ministry.
      const kind = BODY_KINDS.find((k) => k.nouns.test(noun));
      const o =
        named.find((x) => x.canonical!.toLowerCase().includes(noun)) ??
        (kind ? named.find((x) => kind.is(x)) : named[0]);
      if (o) m.canonical = o.canonical;
      continue;
    }
    if (m.type === 'Company') {
      // "the firm" after an organization no list knows: that organization is a company.
      // A government body named by description ("the North Korean military") is never "the firm" or "the group": after
      // one, the description names no one.
      // An institution ("the Tax Policy Center") is "the group" but never "the company" or "the firm".
      const anyBody = !g || g.companyNounsAlsoOther.has(m.role ?? '');
      const c = companies.findLast((x) => anyBody || !isInstitutionName(x.canonical ?? x.text, g!));
      if (c && !c.method.startsWith('description:')) {
        m.canonical = c.canonical;
        // "the group" after an institution is that institution, no firm.
        if (
          g?.companyNounsAlsoOther.has(m.role ?? '') &&
          c.type === 'Organization' &&
          isInstitutionName(c.canonical ?? c.text, g)
        )
          m.type = 'Organization';
      }
      continue;
    }
    if (m.type !== 'Person') continue;
    if (m.role === 'they' || m.role === 'it') {
      // "they said": the last group spoken of — described sources in the plural, organizations, companies; "it said": the last organization.
      // A name alone on its line (a transcript's caption under a speaker's name: "University of California, Berkeley")
      // is an affiliation, no group anyone goes on speaking of.
      const aloneOnLine = (x: Mention) => {
        const from = raw.lastIndexOf('\n', x.start - 1) + 1;
        const to = raw.indexOf('\n', x.end);
        const line = raw.slice(from, to < 0 ? raw.length : to);
        return (
          raw.slice(from, x.start).trim() === '' &&
          /^(?:\s*,\s*[^.!?,;:"\u201c\u201d]{2,40})?\s*$/u.test(line.slice(x.end - from))
        );
      };
      const group = groups.findLast(
        (g) =>
          g.start < m.start && (m.role === 'they' || g.type !== 'Person') && !(m.role === 'they' && aloneOnLine(g)),
      );
      if (group) {
        m.canonical = group.canonical;
        m.type = group.type;
      }
      continue;
    }
    const pron = m.role;
    let target: Mention | undefined;
    if (pron === 'he' || pron === 'him' || pron === 'she' || pron === 'her') {
      const want: Gender = pron === 'he' || pron === 'him' ? 'm' : 'f';
      // "Sullivan held talks with him": an object pronoun is never the subject of its own clause (no comma or clause
      // word between them).
      const ownSubject = (p: Mention) =>
        (pron === 'him' || pron === 'her') &&
        p.sentence === m.sentence &&
        p.end <= m.start &&
        !/[,;:]|\b(?:and|but|said|says|told|that|who|which|after|before|when|while|because|if)\b/.test(
          raw.slice(p.end, m.start),
        );
      target = persons.findLast((p) => !!p.canonical && (gender.get(p.canonical) ?? want) === want && !ownSubject(p));
      if (target && !gender.get(target.canonical!)) gender.set(target.canonical!, want);
    } else {
      const role = (pron ?? '').toLowerCase();
      const holder = persons.findLast((p) =>
        [...(roles.get(p.canonical!) ?? [])].some(
          (r) => r === role || r.endsWith(` ${role}`) || role.endsWith(` ${r}`),
        ),
      );
      // "the president" in a sentence about another country is that country's president, whom the text does not name.
      if (holder && isAnotherCountrysTitle(ms, m, holder.canonical!, paragraphOf, raw)) continue;
      target = holder ?? persons[persons.length - 1];
    }
    if (target) {
      m.canonical = target.canonical;
      persons.push(m);
    }
  }
}

/** An organization called "the firm", or led by a CEO, is a company: all its mentions change type together. */
function retypeCompanies(ms: Mention[], g: Gazetteer): void {
  const names = new Set<string>();
  for (const m of ms) {
    if (m.anaphor && m.type === 'Company' && m.canonical && !g.companyNounsAlsoOther.has(m.role ?? ''))
      names.add(m.canonical);
    if (m.type === 'Person' && m.leads && m.roleOrg) names.add(m.roleOrg);
  }
  for (const m of ms)
    if (
      m.type === 'Organization' &&
      m.canonical &&
      names.has(m.canonical) &&
      !m.kind &&
      m.method !== 'gazetteer' &&
      m.method !== 'description:government' &&
      !isInstitutionName(m.canonical, g)
    )
      m.type = 'Company';
}

function kindOf(name: string, type: EntityLabel, g: Gazetteer, given?: string): string | undefined {
  if (type !== 'Organization') return undefined;
  if (given) return given;
  const known = g.byAlias.get(name);
  if (known?.kind) return known.kind;
  if (/\badministration$/i.test(name)) return 'administration';
  if (/\b(Times|Post|Journal|News|Press|Herald|Tribune|Telegraph|Guardian|TV|Radio|Magazine)$/.test(name))
    return 'media';
  if (/^(Ministry|Department)\b|\b(Ministry|Department|Government|Parliament|Senate|Congress)\b/.test(name))
    return 'government';
  if (/\b(Agency|Bureau|Commission|Authority|Administration)\b/.test(name)) return 'agency';
  return 'other';
}

export function buildEntities(a: Analysis, g: Gazetteer): Entity[] {
  const byId = new Map<string, Entity>();
  // Described sources, and the pronouns resolved to them, keep their entities to this document.
  const local = new Set(
    a.mentions.filter((m) => m.method === 'description:source').map((m) => `${m.type}|${m.canonical}`),
  );
  for (const m of a.mentions) {
    if (!m.canonical) continue;
    // A described source is the document's own: two articles' "officials" are not the same people.
    const id = local.has(`${m.type}|${m.canonical}`)
      ? entityKey(m.type, `${m.canonical} ${a.doc.id}`)
      : entityKey(m.type, m.canonical);
    m.entityKey = id;
    let e = byId.get(id);
    if (!e) {
      e = { id, type: m.type, name: m.canonical, aliases: [], roles: [], mentions: [] };
      byId.set(id, e);
    }
    const kind = kindOf(m.canonical, m.type, g, m.kind);
    if (kind && (!e.kind || e.kind === 'other')) e.kind = kind;
    if (m.anaphor) continue;
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
    const alias = clean(m.text);
    // A description resolved to a name ("president" for the president named) is no alias of it.
    if (alias !== e.name && !e.aliases.includes(alias) && m.method !== 'description:resolved') e.aliases.push(alias);
    if (m.role && !HONORIFICS.has(m.role)) {
      const implied = g.titles.find((t) => t.title === m.role)?.org;
      const role = m.roleOrg && m.roleOrg !== implied ? `${m.role} of ${m.roleOrg}` : m.role;
      if (!e.roles.includes(role)) e.roles.push(role);
    }
  }
  if (
    a.doc.source &&
    ![...byId.values()].some((e) => e.name === a.doc.source && (e.type === 'Organization' || e.type === 'Company'))
  ) {
    const known = g.byAlias.get(a.doc.source);
    const type = known?.type === 'Company' ? 'Company' : 'Organization';
    const id = entityKey(type, known?.name ?? a.doc.source);
    if (!byId.has(id))
      byId.set(id, {
        id,
        type,
        name: known?.name ?? a.doc.source,
        aliases: [],
        roles: [],
        kind: known?.kind ?? 'media',
        mentions: [],
      });
  }
  return [...byId.values()];
}

/**
 * A copy of a mention with every field in one order. Mentions reach this stage in many shapes (each rule sets its own
 * optional fields); the stages below add fields to them, and stores into objects of many shapes are slow in V8
 * (measured: resolve took twice as long once a few more shapes appeared).
 */
function copyMention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    canonical: m.canonical,
    entityKey: m.entityKey,
    sentence: m.sentence,
    method: m.method,
    anaphor: m.anaphor,
    role: m.role,
    roleOrg: m.roleOrg,
    leads: m.leads,
    kind: m.kind,
    subject: m.subject,
  };
}

export const resolve: Stage = {
  name: 'resolve',
  run(a: Analysis, context: PipelineContext): Analysis {
    const g = gazetteerOf(context);
    const ms = a.mentions.map(copyMention);
    nameMentions(ms, g, a.doc.raw);
    resolveAcronyms(a, ms);
    resolveNameVariants(a, ms, g);
    resolvePolicyShortNames(ms, g);
    resolveClauseVariants(ms);
    resolveHeadlinePolicy(ms, a.doc.raw);
    resolveGenericRestrictions(ms);
    dropGenericRestrictions(ms, a.doc.raw, g);
    appositions(a, ms, g);
    resolveDescribedSpeakers(ms, a.doc.raw);
    resolveAnaphors(ms, (i) => a.sentences[i]?.paragraph ?? 0, a.doc.raw, g);
    retypeCompanies(ms, g);
    const next = { ...a, mentions: ms };
    return { ...next, entities: buildEntities(next, g) };
  },
};
