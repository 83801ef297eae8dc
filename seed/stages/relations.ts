// Stage "relations": typed relations between the entities of a sentence, read from shallow patterns over the text between two mentions.
import type { RelationType } from '../../core/graph-model.ts';
import type { Analysis, Entity, Mention, PipelineContext, Relation, Stage } from '../analysis.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { entityKey, gazetteerOf, textRange } from './text/context.ts';
import { matchesOf } from './text/matches.ts';

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
  { name: 'possessive', type: 'MAKES', from: ['Company'], to: ['Chip', 'ChipFamily'], between: /^'s\s+(?:[\w-]+\s+){0,3}$/, confidence: 0.8 },
  { name: 'announced', type: 'MAKES', from: ['Company'], to: ['Chip', 'ChipFamily'], between: /^\s+(?:has\s+|had\s+|will\s+)?(?:announced|unveiled|launched|introduced|makes|made|produces|produced|designs|designed|develops|developed|ships|shipped|sells|sold|builds|built|plans\s+to\s+(?:release|launch|sell)|released)\b[^.;]{0,90}$/, confidence: 0.75 },
  { name: 'released', type: 'RELEASED', from: ORG, to: ['Model'], between: /^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|have\s+)?(?:released|launched|unveiled|introduced|open-sourced|debuted|rolled\s+out|releases|launches|unveils|published)\b[^.;]{0,80}$/, confidence: 0.8 },
  { name: 'based-on', type: 'BASED_ON', from: ['Chip', 'Model'], to: ['ChipFamily', 'Chip', 'Model'], between: /\bbased\s+on\b[^.;]{0,50}$/, confidence: 0.8 },
  { name: 'variant-of', type: 'VARIANT_OF', from: ['Chip', 'Model'], to: ['Chip', 'Model'], between: /\b(?:version|variant|derivative|edition)\s+of\s+(?:the\s+|its\s+|\S+'s\s+)?$/, confidence: 0.75 },
  { name: 'in-response-to', type: 'IN_RESPONSE_TO', from: THING, to: ['Policy'], between: /\b(?:in\s+response\s+to|as\s+a\s+response\s+to|response\s+to|to\s+comply\s+with|in\s+reaction\s+to|to\s+circumvent|to\s+get\s+around|designed\s+to\s+meet)\s+(?:the\s+|new\s+)?$/, confidence: 0.8 },
  { name: 'issued-by', type: 'ISSUED_BY', from: ['Policy'], to: [...ORG, 'Country', 'Person'], between: /^\s+(?:imposed\s+|issued\s+|introduced\s+|announced\s+|set\s+)?by\s+(?:the\s+)?$/, confidence: 0.8 },
  { name: 'linked-to', type: 'LINKED_TO', from: THING, to: THING, between: /^\s+(?:is|are|was|were|be|being|has\s+been|had\s+been)\s+(?:closely\s+|directly\s+|reportedly\s+)?(?:linked|tied|connected|related)\s+to\s+(?:the\s+|a\s+|an\s+)?$/, confidence: 0.8 },
  { name: 'backed-by', type: 'BACKED_BY', from: ORG, to: [...ORG, 'Person', 'Country'], between: /^\s*,?\s+(?:is\s+|was\s+|which\s+is\s+)?(?:backed|funded|financed|owned|supported)\s+by\s+(?:the\s+)?$/, confidence: 0.8 },
  { name: 'met-with', type: 'MET_WITH', from: ['Person'], to: ['Person'], between: /^\s+(?:has\s+|had\s+|will\s+)?(?:met|meets|meeting|held\s+talks|talked|spoke)\s+(?:with\s+)?(?:\p{Lu}[\w.-]*\s+){0,3}$/u, confidence: 0.85 },
  { name: 'spoke-at', type: 'SPOKE_AT', from: ['Person'], to: ['Event'], between: /\b(?:spoke|speaks|speaking|spoken|addressed|appeared|delivered\s+(?:a\s+)?(?:speech|keynote|remarks)|gave\s+(?:a\s+)?(?:speech|keynote|talk))\b[^.;]{0,60}\b(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+(?:the\s+)?)?$/, confidence: 0.8 },
  { name: 'sells-to', type: 'SELLS_TO', from: ['Company'], to: ['Country', 'Company', 'Organization'], between: /\b(?:sell|sells|selling|sold|sale|sales|ship|ships|shipping|shipped|export|exports|exporting|supply|supplies|supplying|deliver|delivers)\b(?:[^.;]{0,60}\b(?:to|in|into)\s+(?:the\s+)?|\s+)$/, confidence: 0.7 },
  { name: 'permits', type: 'PERMITS', from: [...ORG, 'Country', 'Policy', 'Person'], to: ['Company', 'Chip', 'Organization'], between: /\b(?:allowing|allows|allowed|allow|permit|permits|permitted|permitting|authorized|authorizes|approved|approves|cleared|clears|granting|granted|lets|let)\s+(?:the\s+)?$/, confidence: 0.7 },
  { name: 'restricts', type: 'RESTRICTS', from: ['Policy'], to: ['Chip', 'Company', 'Model', 'ChipFamily'], between: /^\s+(?:on|against|targeting|covering|that\s+(?:restrict|ban|bar|cover)s?)\s+(?:the\s+|its\s+)?(?:sales?\s+of\s+|exports?\s+of\s+)?$/, confidence: 0.75 },
  { name: 'targets', type: 'TARGETS', from: ['Policy'], to: ['Country', 'Company'], between: /^\s+(?:on|against|targeting|to|aimed\s+at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:to|in|on)?\s*$/, confidence: 0.65 },
  { name: 'faster-than', type: 'RANKS_ABOVE', from: ['Chip', 'Model'], to: ['Chip', 'Model'], between: /\b(?:faster|more\s+powerful|more\s+advanced|better|stronger|superior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/, confidence: 0.7 },
  { name: 'slower-than', type: 'RANKS_ABOVE', from: ['Chip', 'Model'], to: ['Chip', 'Model'], between: /\b(?:slower|weaker|less\s+powerful|less\s+advanced|inferior)\s+(?:than|to)\s+(?:the\s+|its\s+)?(?:\S+'s\s+)?$/, reverse: true, confidence: 0.7 },
];

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
  const all: M[] = a.mentions.filter((m) => m.entityKey).map((m) => ({ m, key: m.entityKey!, type: m.type, ...textRange(a, m) }));
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
  const add = (from: string, type: RelationType, to: string, sIndex: number, confidence: number, method: string, properties?: Relation['properties']) => {
    if (from === to) return;
    const k = `${from}|${type}|${to}`;
    if (out.has(k) && out.get(k)!.provenance.confidence >= confidence) return;
    const s = sentences[sIndex];
    const start = a.toRaw(s.start);
    const end = a.toRaw(s.end);
    const r: Relation = { from, type, to, provenance: { docId: a.doc.id, sentence: s.index, start, end, evidence: a.doc.raw.slice(start, end), confidence, method } };
    if (properties) r.properties = properties;
    out.set(k, r);
  };

  let prevSubject: M | null = null;
  const bySentence = new Map<number, M[]>();
  for (const x of all) {
    const list = bySentence.get(x.m.sentence);
    if (list) list.push(x);
    else bySentence.set(x.m.sentence, [x]);
  }
  sentences.forEach((s, si) => {
    const ms = (bySentence.get(s.index) ?? []).filter((x) => x.start >= s.start && x.end <= s.end).sort((x, y) => x.start - y.start || y.end - x.end);
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
          if (ms.some((z) => z.start >= x.end && z.end <= y.start && z.type === x.type && z.key !== x.key && r.type !== 'SELLS_TO')) continue;
          const [from, to] = r.reverse ? [y.key, x.key] : [x.key, y.key];
          add(from, r.type, to, si, r.confidence, `pattern:${r.name}`);
        }
        // "the Alibaba-backed Chinese AI startup Moonshot AI": the backer sits before the company.
        if (ORG.includes(x.type) && ORG.includes(y.type) && /^-(?:backed|funded|owned|supported)\s+(?:[\w-]+\s+){0,4}$/.test(between)) add(y.key, 'BACKED_BY', x.key, si, 0.85, 'pattern:x-backed');
      }
    }
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
        if (object && (ORG.includes(inner.type) || inner.type === 'Country')) add(p.key, 'TARGETS', inner.key, si, 0.7, 'pattern:policy-target');
        else if (ORG.includes(inner.type) || inner.type === 'Person') add(p.key, 'ISSUED_BY', inner.key, si, 0.8, 'pattern:policy-issuer');
        else if (inner.type === 'Country') add(p.key, /^(?:\w+\s+){0,2}(?:export|chip|technology)\b/i.test(text.slice(inner.end, p.end).trim()) ? 'ISSUED_BY' : 'TARGETS', inner.key, si, 0.7, 'pattern:policy-country');
        else if (['Chip', 'Model', 'ChipFamily'].includes(inner.type)) add(p.key, p.m.canonical?.startsWith('Lifting of ') ? 'PERMITS' : 'RESTRICTS', inner.key, si, 0.75, 'pattern:policy-subject');
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
      if (!/^(?:\s+[\w-]+){0,3}\s+(?:(?:like|such\s+as|including)\s+)?(?:[^.;:"]*?(?:,\s*(?:and\s+)?|\s+and\s+))?$/u.test(gap)) continue;
      const listed = ms.filter((z) => z.start >= s.start + dm.index! + dm[1].length && z.end <= c.start);
      const caps = (gap.match(/\p{Lu}[\w-]*/gu) ?? []).length;
      if (/\b(?:said|says|is|are|was|were|has|have|and\s+the)\b/.test(gap) || caps > listed.length + 2) continue;
      const country = g.demonyms.get(dm[1])!;
      const known = g.byAlias.get(country);
      add(c.key, 'BASED_IN', ensure('Country', known?.name ?? country), si, 0.65, 'pattern:demonym');
    }
    // Titles: "Nvidia CEO Jensen Huang" → HOLDS_ROLE {title} and LEADS.
    for (const p of ms.filter((x) => x.type === 'Person' && x.m.role && !x.m.anaphor)) {
      const orgName = p.m.roleOrg;
      if (!orgName) continue;
      const org = entities.find((e) => (e.type === 'Company' || e.type === 'Organization') && (e.name === orgName || e.aliases.includes(orgName)));
      const known = g.byAlias.get(orgName);
      const orgId = org?.id ?? (known && (known.type === 'Company' || known.type === 'Organization') ? ensure(known.type, known.name, known.kind) : null);
      if (!orgId) continue;
      add(p.key, 'HOLDS_ROLE', orgId, si, 0.85, 'pattern:title', { title: p.m.role! });
      if (p.m.leads) add(p.key, 'LEADS', orgId, si, 0.85, 'pattern:title');
    }
    // Meetings become events: "President Donald Trump met with Huang in Washington".
    for (const r of [...out.values()].filter((r) => r.type === 'MET_WITH' && r.provenance.sentence === s.index && ms.some((z) => z.type === 'Person'))) {
      const x = byId.get(r.from)!;
      const y = byId.get(r.to)!;
      const yEnd = ms.filter((z) => z.key === r.to).pop()!.end;
      const place = /^\s+(?:in|at)\s+(\p{Lu}\p{L}*(?:\.\p{L}+)*\.?(?<!\.)(?:\s+\p{Lu}\p{L}*)?)/u.exec(text.slice(yEnd, s.end));
      const last = (e: Entity) => e.name.split(' ').pop()!;
      const name = `${last(x)}\u2013${last(y)} meeting${place ? ` in ${place[1]}` : ''}`;
      const id = ensure('Event', name);
      const verb = ms.find((z) => z.key === r.from)!;
      const evStart = a.toRaw(verb.end + (/^\s+/.exec(text.slice(verb.end))?.[0].length ?? 0));
      const evEnd = a.toRaw(place ? yEnd + place[0].length : yEnd);
      const ev = byId.get(id)!;
      if (!ev.mentions.some((m) => m.start === evStart)) ev.mentions.push({ start: evStart, end: evEnd, text: a.doc.raw.slice(evStart, evEnd) });
      add(r.from, 'PART_OF', id, si, 0.7, 'pattern:meeting');
      add(r.to, 'PART_OF', id, si, 0.7, 'pattern:meeting');
    }
    prevSubject = ms.find((x) => ['Chip', 'Model', 'Company', 'Policy', 'ChipFamily'].includes(x.type) && !x.m.anaphor) ?? prevSubject;
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
