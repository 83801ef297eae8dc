// Stage "relations": typed relations between the entities of a sentence, read from shallow patterns over the text between two mentions.
import type { RelationType } from '../../core/graph-model.ts';
import type { Analysis, Entity, Mention, PipelineContext, Relation, Stage } from '../analysis.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { entityKey, gazetteerOf, textRange } from './text/stage-context.ts';
import { matchesOf } from './text/matches.ts';
import { readPredicate, type Predicate } from './text/predicates.ts';
import { relationVocabulary } from '../lexicon/relation-vocabulary.ts';

interface M {
  m: Mention;
  key: string;
  type: string;
  start: number; // normalized offsets
  end: number;
}

interface PairRule {
  type: RelationType;
  from: string[];
  to: string[];
  /** Tested on the text between the two mentions. */
  between: RegExp;
  /** Emit to → from instead. */
  reverse?: boolean;
  confidence: number;
  name: string;
}

const DEMONYM_PATTERNS = new WeakMap<Gazetteer, RegExp>();
/** Built once per gazetteer, not per sentence (matchesOf collects every match before returning, so sharing one is safe). */
function demonymPattern(g: Gazetteer): RegExp {
  let re = DEMONYM_PATTERNS.get(g);
  if (!re) {
    re = new RegExp(`\\b(${[...g.demonyms.keys()].map((d) => d.replace(/\./g, '\\.')).join('|')})(?=\\s)`, 'g');
    DEMONYM_PATTERNS.set(g, re);
  }
  return re;
}

const ORG = ['Company', 'Organization'];
const ACTOR = ['Company', 'Organization', 'Country', 'Person'];
const THING = ['Chip', 'Model', 'ChipFamily', 'Policy', 'Company', 'Organization', 'Event'];
const PAIR_RULES: PairRule[] = [
  {
    name: 'possessive',
    type: 'MAKES',
    from: ['Company'],
    to: ['Chip', 'ChipFamily'],
    between: /^'s\s+(?:[\w-]+\s+){0,3}$/,
    confidence: 0.8,
  },
  {
    name: 'announced',
    type: 'MAKES',
    from: ['Company'],
    to: ['Chip', 'ChipFamily'],
    between:
      /^\s+(?:has\s+|had\s+|will\s+)?(?:announced|unveiled|launched|introduced|makes|made|produces|produced|designs|designed|develops|developed|ships|shipped|sells|sold|builds|built|plans\s+to\s+(?:release|launch|sell)|released)\b[^.;]{0,90}$/,
    confidence: 0.75,
  },
  {
    name: 'released',
    type: 'RELEASED',
    from: ORG,
    to: ['Model'],
    between:
      /^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|have\s+)?(?:released|launched|unveiled|introduced|open-sourced|debuted|rolled\s+out|releases|launches|unveils|published)\b[^.;]{0,80}$/,
    confidence: 0.8,
  },
  {
    name: 'based-on',
    type: 'BASED_ON',
    from: ['Chip', 'Model'],
    to: ['ChipFamily', 'Chip', 'Model'],
    between: /\bbased\s+on\b[^.;]{0,50}$/,
    confidence: 0.8,
  },
  {
    name: 'variant-of',
    type: 'VARIANT_OF',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between: /\b(?:version|variant|derivative|edition)\s+of\s+(?:the\s+|its\s+|\S+'s\s+)?$/,
    confidence: 0.75,
  },
  {
    name: 'in-response-to',
    type: 'IN_RESPONSE_TO',
    from: THING,
    to: ['Policy'],
    between:
      /\b(?:in\s+response\s+to|as\s+a\s+response\s+to|response\s+to|to\s+comply\s+with|in\s+reaction\s+to|to\s+circumvent|to\s+get\s+around|designed\s+to\s+meet)\s+(?:the\s+|new\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'issued-by',
    type: 'ISSUED_BY',
    from: ['Policy'],
    to: [...ORG, 'Country', 'Person'],
    between: /^\s+(?:imposed\s+|issued\s+|introduced\s+|announced\s+|set\s+)?by\s+(?:the\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'linked-to',
    type: 'LINKED_TO',
    from: THING,
    to: THING,
    between:
      /^\s+(?:is|are|was|were|be|being|has\s+been|had\s+been)\s+(?:closely\s+|directly\s+|reportedly\s+)?(?:linked|tied|connected|related)\s+to\s+(?:the\s+|a\s+|an\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'backed-by',
    type: 'BACKED_BY',
    from: ORG,
    to: [...ORG, 'Person', 'Country'],
    between: /^\s*,?\s+(?:is\s+|was\s+|which\s+is\s+)?(?:backed|funded|financed|owned|supported)\s+by\s+(?:the\s+)?$/,
    confidence: 0.8,
  },
  {
    name: 'met-with',
    type: 'MET_WITH',
    from: ['Person'],
    to: ['Person'],
    between:
      /^\s+(?:has\s+|had\s+|will\s+)?(?:met|meets|meeting|held\s+talks|talked|spoke)\s+(?:with\s+)?(?:\p{Lu}[\w.-]*\s+){0,3}$/u,
    confidence: 0.85,
  },
  {
    name: 'spoke-at',
    type: 'SPOKE_AT',
    from: ['Person'],
    to: ['Event'],
    between:
      /\b(?:spoke|speaks|speaking|spoken|addressed|appeared|delivered\s+(?:a\s+)?(?:speech|keynote|remarks)|gave\s+(?:a\s+)?(?:speech|keynote|talk))\b[^.;]{0,60}\b(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+(?:the\s+)?)?$/,
    confidence: 0.8,
  },
  {
    name: 'sells-to',
    type: 'SELLS_TO',
    from: ['Company'],
    to: ['Country', 'Company', 'Organization'],
    between:
      /\b(?:sell|sells|selling|sold|sale|sales|ship|ships|shipping|shipped|export|exports|exporting)\b(?:[^.;]{0,60}\b(?:to|in|into)\s+(?:the\s+)?|\s+)$/,
    confidence: 0.7,
  },
  {
    name: 'permits',
    type: 'PERMITS',
    from: [...ORG, 'Country', 'Policy', 'Person'],
    to: ['Company', 'Chip', 'Organization'],
    between:
      /\b(?:allowing|allows|allowed|allow|permit|permits|permitted|permitting|authorized|authorizes|approved|approves|cleared|clears|granting|granted|lets|let)\s+(?:the\s+)?$/,
    confidence: 0.7,
  },
  {
    name: 'restricts',
    type: 'RESTRICTS',
    from: ['Policy'],
    to: ['Chip', 'Company', 'Model', 'ChipFamily'],
    between:
      /^\s+(?:on|against|targeting|covering|that\s+(?:restrict|ban|bar|cover)s?)\s+(?:the\s+|its\s+)?(?:sales?\s+of\s+|exports?\s+of\s+)?$/,
    confidence: 0.75,
  },
  {
    name: 'targets',
    type: 'TARGETS',
    from: ['Policy'],
    to: ['Country', 'Company'],
    between: /^\s+(?:on|against|targeting|to|aimed\s+at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:to|in|on)?\s*$/,
    confidence: 0.65,
  },
  {
    name: 'faster-than',
    type: 'RANKS_ABOVE',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between:
      /\b(?:faster|more\s+powerful|more\s+advanced|better|stronger|superior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/,
    confidence: 0.7,
  },
  {
    name: 'slower-than',
    type: 'RANKS_ABOVE',
    from: ['Chip', 'Model'],
    to: ['Chip', 'Model'],
    between:
      /\b(?:slower|weaker|less\s+powerful|less\s+advanced|inferior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/,
    reverse: true,
    confidence: 0.7,
  },
];

/** Words that join the members of a list: ", ", " and ", ", and ", " or ", " as well as ". */
const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or|as\s+well\s+as|&)\s*$/;
const JOINED = /^\s*(?:,\s*(?:and|or)|and|or|as\s+well\s+as|&)\s*$/;

/** Mentions in order, grouped into lists ("Nvidia, AMD and Intel") of one kind joined by "and" or "or" somewhere. */
const kindOf = (t: string) => (t === 'Company' || t === 'Organization' ? 'org' : t);
function listGroups(ms: M[], text: string): M[][] {
  const groups: M[][] = [];
  let split = false;
  for (const m of ms) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // A list gap is a few characters at most (", and "): longer ones are not read.
    if (
      prev &&
      m.start >= prev.end &&
      m.start - prev.end <= 16 &&
      kindOf(prev.type) === kindOf(m.type) &&
      LIST_GAP.test(text.slice(prev.end, m.start))
    ) {
      last.push(m);
      split = true;
    } else groups.push([m]);
  }
  if (!split) return groups;
  // Names joined by commas alone are no list ("In Beijing, Nvidia …"): split a group that no "and" or "or" joins.
  return groups.flatMap((g) =>
    g.length > 1 && !g.some((m, k) => k > 0 && JOINED.test(text.slice(g[k - 1].end, m.start)))
      ? g.map((m) => [m])
      : [g],
  );
}

/** Negation and modality of a pattern rule's words ("stopped selling", "may ship"), recorded on the relationship. */
function qualifiers(between: string): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  if (/\b(?:not|never|no\s+longer|stopped|ceased|halted|refused\s+to|declined\s+to)\b|n't\b/i.test(between))
    out.negated = true;
  const m =
    /\b(may|might|could|would|plans?\s+to|planning\s+to|considering|expected\s+to|aims?\s+to|seeks?\s+to|intends?\s+to)\b/i.exec(
      between,
    );
  if (m)
    out.modality = m[1]
      .toLowerCase()
      .replace(/\s+to$/, '')
      .replace(/s$/, '');
  return out;
}

const RULES_BY_TYPES = new Map<string, PairRule[]>();
/** The rules that can join a mention of type x to a later one of type y (cached: most pairs have none). */
function rulesFor(x: string, y: string): PairRule[] {
  const k = `${x}>${y}`;
  let rules = RULES_BY_TYPES.get(k);
  if (!rules) {
    rules = PAIR_RULES.filter((r) => r.from.includes(r.reverse ? y : x) && r.to.includes(r.reverse ? x : y));
    RULES_BY_TYPES.set(k, rules);
  }
  return rules;
}

export function findRelations(a: Analysis, g: Gazetteer): { relations: Relation[]; entities: Entity[] } {
  const text = a.text;
  const entities = [...a.entities];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, Relation>();
  const sentences = a.sentences.map((s) => ({ ...s, ...textRange(a, s) }));
  const all: M[] = a.mentions
    .filter((m) => m.entityKey)
    .map((m) => ({ m, key: m.entityKey!, type: m.type, ...textRange(a, m) }));
  const ensure = (type: Entity['type'], name: string, kind?: string): string => {
    const id = entityKey(type, name);
    if (!byId.has(id)) {
      const e: Entity = { id, type, name, aliases: [], roles: [], mentions: [] };
      if (kind) e.kind = kind;
      entities.push(e);
      byId.set(id, e);
    }
    return id;
  };
  const add = (
    from: string,
    type: RelationType,
    to: string,
    sIndex: number,
    confidence: number,
    method: string,
    properties?: Relation['properties'],
  ) => {
    if (from === to) return;
    const k = `${from}|${type}|${to}`;
    if (out.has(k) && out.get(k)!.provenance.confidence >= confidence) return;
    const s = sentences[sIndex];
    const start = a.toRaw(s.start);
    const end = a.toRaw(s.end);
    const r: Relation = {
      from,
      type,
      to,
      provenance: {
        docId: a.doc.id,
        sentence: s.index,
        start,
        end,
        evidence: a.doc.raw.slice(start, end),
        confidence,
        method,
      },
    };
    if (properties && Object.keys(properties).length) r.properties = properties;
    out.set(k, r);
  };

  // Attribution: a relation inside a reported statement is the speaker's claim, not the text's.
  const statements = a.statements.map((st) => ({ st, ...textRange(a, st) }));
  const attribution = (x: M, y: M): Relation['properties'] => {
    const st = statements.find((z) => z.start <= x.start && y.end <= z.end);
    return st ? { attributedTo: st.st.speaker } : {};
  };
  const vocab = relationVocabulary();
  /** One to four title words between a qualifier and a person: " diplomat ", " Commerce Secretary ", " climate envoy ". */
  const TITLE_GAP =
    /^\s+(?:(?!(?:and|or|to|in|of|with|for|on|at|by|from|as|that|who|which|said|says|is|was|are|were|has|have|had|will|would)\b)[\p{L}.-]+\s+){1,4}$/u;
  /**
   * The clause rule: between neighbouring mentions (a list counts as one), the predicate that joins them, mapped through
   * the relation vocabulary; a predicate it lacks keeps its lemma on a RELATED_TO relationship. Lists fan out.
   */
  const clauseRelations = (ms: M[], si: number) => {
    const groups = listGroups(ms, text);
    for (let gi = 0; gi + 1 < groups.length; gi++) {
      const subj = groups[gi];
      let obj = groups[gi + 1];
      // "meets with US diplomat Henry Kissinger": a country or an organization that only qualifies a titled person is
      // not the object; the person is.
      const titled = groups[gi + 2];
      if (
        obj.length === 1 &&
        titled?.[0].type === 'Person' &&
        ['Country', 'Place', ...ORG].includes(obj[0].type) &&
        TITLE_GAP.test(text.slice(obj[0].end, titled[0].start))
      )
        obj = titled;
      const x = subj[subj.length - 1];
      const y = obj[0];
      if (y.start < x.end) continue;
      // "praised China's achievements": the object is what the name qualifies, not the name.
      if (/^['\u2019]s\b/.test(text.slice(obj[obj.length - 1].end, obj[obj.length - 1].end + 2))) continue;
      if (possessive(x, y, text.slice(x.end, y.start), si)) continue;
      const p = readPredicate(text.slice(x.end, y.start), vocab);
      if (!p) continue;
      const [sg, og] = p.passive ? [obj, subj] : [subj, obj];
      for (const sx of sg) for (const oy of og) emitClause(p, sx, oy, x, y, si);
    }
  };
  /** "the Department of Commerce's Bureau of Industry and Security", "China's State Council", "the Biden Administration's AI Diffusion Rule". */
  const possessive = (x: M, y: M, between: string, si: number): boolean => {
    if (!/^['\u2019]s\s+$/.test(between) || x.m.anaphor) return false;
    const props = attribution(x, y);
    if (ORG.includes(x.type) && y.type === 'Organization')
      add(y.key, 'PART_OF', x.key, si, 0.7, 'pattern:possessive-unit', props);
    else if ((x.type === 'Country' || x.type === 'Place') && ORG.includes(y.type))
      add(y.key, 'BASED_IN', x.key, si, 0.7, 'pattern:possessive-place', props);
    else if ((ORG.includes(x.type) || x.type === 'Country') && y.type === 'Policy')
      add(y.key, 'ISSUED_BY', x.key, si, 0.75, 'pattern:possessive-issuer', props);
    else return false;
    return true;
  };
  const emitClause = (p: Predicate, sx: M, oy: M, x: M, y: M, si: number) => {
    if (sx.key === oy.key) return;
    const props: Record<string, string | number | boolean> = { ...attribution(x, y) };
    if (p.negated) props.negated = true;
    if (p.modality) props.modality = p.modality;
    if (!p.entry) {
      // A verb the vocabulary lacks joins two actors or an actor and a thing only: "said", "is" and the like never get here.
      if (!ACTOR.includes(sx.type) && sx.type !== 'Place') return;
      add(sx.key, 'RELATED_TO', oy.key, si, 0.5, 'clause:generic', { ...props, predicate: p.lemma });
      return;
    }
    const e = p.entry;
    if (!e.from.has(sx.type as Entity['type']) || !e.to.has(oy.type as Entity['type'])) return;
    const [from, to] = e.reverse ? [oy.key, sx.key] : [sx.key, oy.key];
    if (e.symmetric && out.has(`${to}|${e.type}|${from}`)) return;
    add(from, e.type, to, si, p.negated || p.modality ? 0.6 : 0.75, `clause:${p.shape}`, {
      ...props,
      predicate: p.lemma,
    });
  };

  const W = vocab.words;
  /**
   * Titles between a place, country or organization and a person: "U.S. President Joe Biden" (LEADS), "China's Foreign
   * Minister Wang Yi", "White House national security adviser Jake Sullivan" (HOLDS_ROLE with the title); a demonym
   * stands for its country ("Chinese President Xi Jinping").
   */
  const roles = (ms: M[], s: { start: number; end: number }, si: number) => {
    ms.forEach((p, k) => {
      if (p.type !== 'Person' || p.m.anaphor) return;
      const q = k > 0 ? ms[k - 1] : undefined;
      let holder: string | undefined;
      let title: string | undefined;
      const between =
        q && q.end <= p.start ? /^(?:['\u2019]s)?\s+((?:[\w.-]+\s+){1,4})$/.exec(text.slice(q.end, p.start)) : null;
      // A dateline ("WASHINGTON — …") is where the text was written, not whose title follows.
      const dateline = q?.type === 'Place' && /^[\p{Lu}\s.]+$/u.test(q.m.text) && q.m.text.length > 3;
      if (q && between && !dateline && ['Country', 'Place', 'Organization', 'Company'].includes(q.type))
        [holder, title] = [q.key, between[1].trim()];
      else {
        // The first capitalized word of the last five before the name, with one to four words after it: a demonym?
        const tail = text.slice(Math.max(s.start, q?.end ?? s.start, p.start - 60), p.start);
        const ws = /\s$/.test(tail) ? tail.trim().split(/\s+/).slice(-5) : [];
        const at = ws.findIndex((w, i) => i < ws.length - 1 && /^\p{Lu}/u.test(w));
        const country = at >= 0 ? g.demonyms.get(ws[at]) : undefined;
        if (country)
          [holder, title] = [ensure('Country', g.byAlias.get(country)?.name ?? country), ws.slice(at + 1).join(' ')];
      }
      if (!holder || !title) return;
      const words = title.toLowerCase().split(/\s+/);
      const last2 = words.slice(-2).join(' ');
      const head = words[words.length - 1];
      const leads =
        (W.leaderTitles?.has(last2) || W.leaderTitles?.has(head)) &&
        !words.some((w) => W.notLeading?.has(w.replace(/-$/, '')) || /^(?:then|ex|former)-/.test(w));
      const known = (set?: Set<string>) => !!set && (set.has(head) || set.has(last2));
      if (!known(W.roleTitles) && !known(W.leaderTitles)) return;
      const props = { title, ...attribution(p, p) };
      if (holder !== p.key) {
        add(p.key, 'HOLDS_ROLE', holder, si, 0.75, 'pattern:title-before-name', props);
        if (leads) add(p.key, 'LEADS', holder, si, 0.75, 'pattern:title-before-name', props);
      }
    });
  };
  /** "Phoenix, Arizona", "Beijing, China", "the U.S. state of Arizona": a place inside another place or a country. */
  const placesWithin = (ms: M[], si: number) => {
    // "the U.S. Commerce Department" read as one known name: the country it opens with.
    for (const o of ms) {
      if (!ORG.includes(o.type) || o.m.anaphor) continue;
      const lead = /^(\S+(?:\s\S+)?)\s/.exec(text.slice(o.start, o.end));
      // "China's government", "German government": a possessive country or a nationality opens the name too.
      const first = lead?.[1].split(' ')[0].replace(/['\u2019]s$/, '');
      const byDemonym = lead && (g.demonyms.get(lead[1]) ?? g.demonyms.get(first!));
      const c =
        lead &&
        (g.byAlias.get(lead[1]) ??
          g.byAlias.get(first!) ??
          (byDemonym ? (g.byAlias.get(byDemonym) ?? { type: 'Country', name: byDemonym }) : undefined));
      if (c?.type === 'Country') add(o.key, 'BASED_IN', ensure('Country', c.name), si, 0.7, 'pattern:country-in-name');
    }
    for (let k = 0; k + 1 < ms.length; k++) {
      const [x, y] = [ms[k], ms[k + 1]];
      if (y.start < x.end) continue;
      const between = text.slice(x.end, y.start);
      if (x.type === 'Place' && (y.type === 'Place' || y.type === 'Country') && /^,\s+$/.test(between)) {
        const after = text.slice(y.end, y.end + 12);
        const before = k > 0 ? text.slice(ms[k - 1].end, x.start) : '';
        // "Beijing, Shanghai and Shenzhen" is a list, not a city in a city.
        if (/^\s*,?\s*(?:and|or)\s/.test(after) || (k > 0 && ms[k - 1].type === 'Place' && /^,\s+$/.test(before)))
          continue;
        add(x.key, 'PART_OF', y.key, si, 0.7, 'pattern:place-in-place');
      } else if (
        (x.type === 'Country' || x.type === 'Place') &&
        y.type === 'Place' &&
        /^\s+(?:state|province|region|city|county|prefecture|island)\s+of\s+$/i.test(between)
      ) {
        add(y.key, 'PART_OF', x.key, si, 0.75, 'pattern:place-in-place');
      } else if (
        x.type === 'Country' &&
        ORG.includes(y.type) &&
        /^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(between) &&
        !/\b(?:and|or|to|in|of|for|with|from|by|on|at|the)\b/.test(between)
      ) {
        // "the U.S. Commerce Department", "China chip giant SMIC".
        add(y.key, 'BASED_IN', x.key, si, 0.7, 'pattern:country-before-name');
      }
    }
  };

  let prevSubject: M | null = null;
  const bySentence = new Map<number, M[]>();
  for (const x of all) {
    const list = bySentence.get(x.m.sentence);
    if (list) list.push(x);
    else bySentence.set(x.m.sentence, [x]);
  }
  sentences.forEach((s, si) => {
    const ms = (bySentence.get(s.index) ?? [])
      .filter((x) => x.start >= s.start && x.end <= s.end)
      .sort((x, y) => x.start - y.start || y.end - x.end);
    // "It is based on …": a sentence-initial "it" is the subject of the sentence before.
    const it = /^(?:It|it)\b/.exec(text.slice(s.start, s.end));
    if (it && prevSubject) ms.unshift({ ...prevSubject, start: s.start, end: s.start + 2 });
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const x = ms[i];
        const y = ms[j];
        if (y.start < x.end) continue;
        const between = text.slice(x.end, y.start);
        if (between.length > 140) break;
        for (const r of rulesFor(x.type, y.type)) {
          if (!r.between.test(between)) continue;
          if (r.type === 'RANKS_ABOVE' && /\b(?:but|while|whereas|and)\b/.test(between)) continue;
          // "The administration …, allowing Nvidia …": only the sentence's subject permits.
          if (r.type === 'PERMITS' && ms.some((z) => z.start < x.start && ACTOR.includes(z.type))) continue;
          // Another actor of the same kind in between breaks the link ("Nvidia … AMD … H20").
          if (
            ms.some(
              (z) =>
                z.start >= x.end && z.end <= y.start && z.type === x.type && z.key !== x.key && r.type !== 'SELLS_TO',
            )
          )
            continue;
          const [from, to] = r.reverse ? [y.key, x.key] : [x.key, y.key];
          add(from, r.type, to, si, r.confidence, `pattern:${r.name}`, {
            ...qualifiers(between),
            ...attribution(x, y),
          });
        }
        // "the Alibaba-backed Chinese AI startup Moonshot AI": the backer sits before the company.
        if (
          ORG.includes(x.type) &&
          ORG.includes(y.type) &&
          /^-(?:backed|funded|owned|supported)\s+(?:[\w-]+\s+){0,4}$/.test(between)
        )
          add(y.key, 'BACKED_BY', x.key, si, 0.85, 'pattern:x-backed');
      }
    }
    clauseRelations(ms, si);
    roles(ms, s, si);
    placesWithin(ms, si);
    // "Blackwell B100 and B200": a family name in front of chip names.
    for (let i = 0; i < ms.length; i++) {
      if (ms[i].type !== 'ChipFamily') continue;
      let prev = ms[i];
      for (let j = i + 1; j < ms.length && ms[j].type === 'Chip'; j++) {
        const gap = text.slice(prev.end, ms[j].start);
        if (!(prev === ms[i] ? /^\s+$/ : /^\s*(?:,|and|or|,\s*and)\s*$/).test(gap)) break;
        add(ms[j].key, 'BASED_ON', ms[i].key, si, 0.7, 'pattern:family-prefix');
        prev = ms[j];
      }
    }
    // Policies: who issued them, what they restrict or, once lifted, permit.
    for (const p of ms.filter((x) => x.type === 'Policy')) {
      for (const inner of ms.filter((x) => x !== p && x.start >= p.start && x.end <= p.end)) {
        // Before the head noun an actor issues the policy ("Commerce Department rules", "US export controls"); after a
        // preposition it is what the policy aims at ("a ban on Huawei equipment", "curbs on exports to China").
        const object = /\b(?:on|against|targeting|of|for|to|from|into)\s/i.test(text.slice(p.start, inner.start));
        if (object && (ORG.includes(inner.type) || inner.type === 'Country'))
          add(p.key, 'TARGETS', inner.key, si, 0.7, 'pattern:policy-target');
        else if (ORG.includes(inner.type) || inner.type === 'Person')
          add(p.key, 'ISSUED_BY', inner.key, si, 0.8, 'pattern:policy-issuer');
        else if (inner.type === 'Country')
          add(
            p.key,
            /^(?:\w+\s+){0,2}(?:export|chip|technology)\b/i.test(text.slice(inner.end, p.end).trim())
              ? 'ISSUED_BY'
              : 'TARGETS',
            inner.key,
            si,
            0.7,
            'pattern:policy-country',
          );
        else if (['Chip', 'Model', 'ChipFamily'].includes(inner.type))
          add(
            p.key,
            p.m.canonical?.startsWith('Lifting of ') ? 'PERMITS' : 'RESTRICTS',
            inner.key,
            si,
            0.75,
            'pattern:policy-subject',
          );
      }
      const era = /^([A-Z][a-z]+) administration /.exec(p.m.canonical ?? '');
      if (era) {
        const adm = entities.find((e) => e.name === `${era[1]} administration`);
        if (adm) add(p.key, 'ISSUED_BY', adm.id, si, 0.75, 'pattern:policy-issuer');
      }
    }
    // Demonyms before companies: "Chinese AI startup Moonshot AI", "Chinese firms like DeepSeek, Alibaba and Baidu".
    const demonymRe = demonymPattern(g);
    for (const c of ms.filter((x) => x.type === 'Company' && !x.m.anaphor)) {
      const before = text.slice(s.start, c.start);
      const dm = matchesOf(demonymRe, before).pop();
      if (!dm || dm.index === undefined) continue;
      const gap = before.slice(dm.index + dm[1].length);
      if (
        !/^(?:\s+[\w-]+){0,3}\s+(?:(?:like|such\s+as|including)\s+)?(?:[^.;:"]*?(?:,\s*(?:and\s+)?|\s+and\s+))?$/u.test(
          gap,
        )
      )
        continue;
      const listed = ms.filter((z) => z.start >= s.start + dm.index! + dm[1].length && z.end <= c.start);
      const caps = (gap.match(/\p{Lu}[\w-]*/gu) ?? []).length;
      if (/\b(?:said|says|is|are|was|were|has|have|and\s+the)\b/.test(gap) || caps > listed.length + 2) continue;
      // "Chinese demand for Nvidia accelerators": a demonym that qualifies another noun says nothing of where the company is.
      if (
        /\b(?:for|of|to|from|on|in|at|by|with|against|over|about|into)\s/.test(
          gap.split(/\b(?:like|such\s+as|including)\b/)[0],
        )
      )
        continue;
      const country = g.demonyms.get(dm[1])!;
      const known = g.byAlias.get(country);
      add(c.key, 'BASED_IN', ensure('Country', known?.name ?? country), si, 0.65, 'pattern:demonym');
    }
    // Titles: "Nvidia CEO Jensen Huang" → HOLDS_ROLE {title} and LEADS.
    for (const p of ms.filter((x) => x.type === 'Person' && x.m.role && !x.m.anaphor)) {
      const orgName = p.m.roleOrg;
      if (!orgName) continue;
      const org = entities.find(
        (e) =>
          (e.type === 'Company' || e.type === 'Organization') && (e.name === orgName || e.aliases.includes(orgName)),
      );
      const known = g.byAlias.get(orgName);
      const orgId =
        org?.id ??
        (known && (known.type === 'Company' || known.type === 'Organization')
          ? ensure(known.type, known.name, known.kind)
          : null);
      if (!orgId) continue;
      add(p.key, 'HOLDS_ROLE', orgId, si, 0.85, 'pattern:title', { title: p.m.role! });
      if (p.m.leads) add(p.key, 'LEADS', orgId, si, 0.85, 'pattern:title');
    }
    // Meetings become events: "President Donald Trump met with Huang in Washington".
    for (const r of [...out.values()].filter(
      (r) => r.type === 'MET_WITH' && r.provenance.sentence === s.index && ms.some((z) => z.type === 'Person'),
    )) {
      const x = byId.get(r.from)!;
      const y = byId.get(r.to)!;
      const yEnd = ms.filter((z) => z.key === r.to).pop()!.end;
      const place = /^\s+(?:in|at)\s+(\p{Lu}\p{L}*(?:\.\p{L}+)*\.?(?<!\.)(?:\s+\p{Lu}\p{L}*)?)/u.exec(
        text.slice(yEnd, s.end),
      );
      const last = (e: Entity) => e.name.split(' ').pop()!;
      const name = `${last(x)}\u2013${last(y)} meeting${place ? ` in ${place[1]}` : ''}`;
      const id = ensure('Event', name);
      const verb = ms.find((z) => z.key === r.from)!;
      const evStart = a.toRaw(verb.end + (/^\s+/.exec(text.slice(verb.end))?.[0].length ?? 0));
      const evEnd = a.toRaw(place ? yEnd + place[0].length : yEnd);
      const ev = byId.get(id)!;
      if (!ev.mentions.some((m) => m.start === evStart))
        ev.mentions.push({ start: evStart, end: evEnd, text: a.doc.raw.slice(evStart, evEnd) });
      add(r.from, 'PART_OF', id, si, 0.7, 'pattern:meeting');
      add(r.to, 'PART_OF', id, si, 0.7, 'pattern:meeting');
    }
    prevSubject =
      ms.find((x) => ['Chip', 'Model', 'Company', 'Policy', 'ChipFamily'].includes(x.type) && !x.m.anaphor) ??
      prevSubject;
    if (ms.length && ms[0].type === 'Person') prevSubject = null;
  });
  return { relations: [...out.values()], entities };
}

export const relations: Stage = {
  name: 'relations',
  run(a: Analysis, context: PipelineContext): Analysis {
    const { relations, entities } = findRelations(a, gazetteerOf(context));
    return { ...a, relations, entities };
  },
};
