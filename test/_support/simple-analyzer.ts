// Test helper: a tiny deterministic analyzer (fixed name list, one relation rule, quoted speech) so loader tests do not depend on the NLP pipeline.
import type { EntityLabel } from '../../core/graph-model.ts';
import type { Analysis, Entity, Relation, SourceDocument, Statement } from '../../seed/analysis.ts';
import { slugify } from '../../seed/io/slug.ts';
import { CHIPS, COMPANIES, PEOPLE } from './generate-articles.ts';

const NAMES: [string, EntityLabel][] = [
  ...COMPANIES.map((n) => [n, 'Company'] as [string, EntityLabel]),
  ...CHIPS.map((n) => [n, 'Chip'] as [string, EntityLabel]),
  ...PEOPLE.map(([n]) => [n, 'Person'] as [string, EntityLabel]),
  ...['China', 'Taiwan', 'South Korea', 'Japan', 'Malaysia', 'Singapore', 'India'].map(
    (n) => [n, 'Country'] as [string, EntityLabel],
  ),
  ...['Commerce Department', 'Bureau of Industry and Security', 'White House', 'Reuters', 'Bloomberg', 'CNBC'].map(
    (n) => [n, 'Organization'] as [string, EntityLabel],
  ),
];

const idOf = (type: string, name: string) => `${type.toLowerCase()}:${slugify(name)}`;

export function analyzeDocument(doc: SourceDocument): Analysis {
  const body = doc.raw;
  const entities = new Map<string, Entity>();
  for (const [name, type] of NAMES) {
    for (
      let i = body.indexOf(name, doc.bodyStart);
      i >= 0 && i < doc.bodyEnd;
      i = body.indexOf(name, i + name.length)
    ) {
      const id = idOf(type, name);
      const e = entities.get(id) ?? { id, type, name, aliases: [], roles: [], mentions: [] };
      e.mentions.push({ start: i, end: i + name.length, text: name });
      entities.set(id, e);
    }
  }
  const relations: Relation[] = [];
  const statements: Statement[] = [];
  const sentenceRe = /[^.!?]+[.!?]+["”]?/g;
  let index = 0;
  for (
    let m = sentenceRe.exec(body.slice(0, doc.bodyEnd));
    m;
    m = sentenceRe.exec(body.slice(0, doc.bodyEnd)), index++
  ) {
    if (m.index < doc.bodyStart) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const inside = [...entities.values()].filter((e) => e.mentions.some((x) => x.start >= start && x.end <= end));
    const company = inside.find((e) => e.type === 'Company');
    const chip = inside.find((e) => e.type === 'Chip');
    const provenance = {
      docId: doc.id,
      sentence: index,
      start,
      end,
      evidence: m[0].trim(),
      confidence: 0.5 + (index % 5) / 10,
      method: 'simple:co-occurrence',
    };
    if (company && chip && / makes /.test(m[0]))
      relations.push({ from: company.id, type: 'MAKES', to: chip.id, provenance });
    const quote = /"([^"]+)," ([A-Z][a-z]+ [A-Z][a-z]+) (said|told)/.exec(m[0]);
    const speaker = quote && inside.find((e) => e.type === 'Person' && e.name === quote[2]);
    if (quote && speaker) {
      const qs = start + m[0].indexOf(quote[1]);
      statements.push({
        id: `${doc.id}:${qs}`,
        speaker: speaker.id,
        speakerName: speaker.name,
        text: quote[1],
        start: qs,
        end: qs + quote[1].length,
        kind: 'direct',
        cue: quote[3],
        about: inside.filter((e) => e.type === 'Country').map((e) => e.id),
        provenance,
      });
    }
  }
  return {
    doc,
    text: body,
    toRaw: (o) => o,
    sentences: [],
    mentions: [],
    entities: [...entities.values()],
    statements,
    relations,
    warnings: [],
  };
}
