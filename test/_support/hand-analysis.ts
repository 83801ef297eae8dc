// Test helper: hand-made Analysis objects (no NLP), with mention offsets found in the document text, for the writer's tests.
import type { EntityLabel, RelationType } from '../../core/graph-model.ts';
import type { Analysis, Entity, Relation, SourceDocument, Statement } from '../../seed/analysis.ts';
import { slugify } from '../../seed/io/slug.ts';

export interface HandEntity {
  type: EntityLabel;
  name: string;
  aliases?: string[];
  roles?: string[];
  kind?: string;
  /** Surface forms to find in the text as mentions; the name by default. */
  forms?: string[];
}

export interface HandStatement {
  speaker: string; // entity name
  text: string; // must occur in the document
  about?: string[];
  via?: string;
  kind?: 'direct' | 'indirect';
}

export interface HandRelation {
  from: string;
  type: RelationType;
  to: string;
  confidence?: number;
  evidence?: string; // must occur in the document; the first sentence otherwise
  properties?: Record<string, string | number | boolean>;
}

export const entityId = (type: string, name: string) => `${type.toLowerCase()}:${slugify(name)}`;

function spans(text: string, form: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length))
    out.push({ start: i, end: i + form.length, text: form });
  return out;
}

/** Longer forms win: "Huang" inside "Jensen Huang" is not a second mention. */
function nonOverlapping(found: { start: number; end: number; text: string }[]) {
  const out: typeof found = [];
  for (const s of [...found].sort((a, b) => b.end - b.start - (a.end - a.start)))
    if (!out.some((o) => s.start < o.end && o.start < s.end)) out.push(s);
  return out.sort((a, b) => a.start - b.start);
}

export function document(id: string, raw: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return { id, raw, bodyStart: 0, bodyEnd: raw.length, title: id, ...meta };
}

export function handAnalysis(
  doc: SourceDocument,
  spec: { entities?: HandEntity[]; statements?: HandStatement[]; relations?: HandRelation[] },
): Analysis {
  const byName = new Map<string, Entity>();
  const entities: Entity[] = (spec.entities ?? []).map((h) => {
    const e: Entity = {
      id: entityId(h.type, h.name),
      type: h.type,
      name: h.name,
      aliases: h.aliases ?? [],
      roles: h.roles ?? [],
      mentions: nonOverlapping((h.forms ?? [h.name]).flatMap((f) => spans(doc.raw, f))),
      ...(h.kind ? { kind: h.kind } : {}),
    };
    byName.set(h.name, e);
    return e;
  });
  const id = (name: string) => byName.get(name)?.id ?? entityId('Person', name);
  const statements: Statement[] = (spec.statements ?? []).map((h) => {
    const start = doc.raw.indexOf(h.text);
    if (start < 0) throw new Error(`handAnalysis: statement text not in ${doc.id}: ${h.text}`);
    const end = start + h.text.length;
    return {
      id: `${doc.id}:${start}-${end}`,
      speaker: id(h.speaker),
      speakerName: h.speaker,
      text: h.text,
      start,
      end,
      kind: h.kind ?? 'direct',
      cue: 'said',
      about: (h.about ?? []).map(id),
      ...(h.via ? { via: id(h.via) } : {}),
      provenance: { docId: doc.id, sentence: 0, start, end, evidence: h.text, confidence: 0.9, method: 'hand' },
    };
  });
  const relations: Relation[] = (spec.relations ?? []).map((h) => {
    const evidence = h.evidence ?? doc.raw.split(/(?<=\.)\s/)[0];
    const start = Math.max(0, doc.raw.indexOf(evidence));
    return {
      from: id(h.from),
      type: h.type,
      to: id(h.to),
      ...(h.properties ? { properties: h.properties } : {}),
      provenance: {
        docId: doc.id,
        sentence: 0,
        start,
        end: start + evidence.length,
        evidence,
        confidence: h.confidence ?? 0.8,
        method: 'hand',
      },
    };
  });
  return {
    doc,
    text: doc.raw,
    toRaw: (o) => o,
    sentences: [],
    mentions: [],
    entities,
    statements,
    relations,
    warnings: [],
  };
}
