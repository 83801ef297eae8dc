// The `npm run extract` contract: an Analysis reduced to ExtractionOutput (entities, statements, relations with raw offsets).
import type { Analysis, ExtractionOutput } from './analysis.ts';

export function toExtractionOutput(a: Analysis): ExtractionOutput {
  return {
    id: a.doc.id,
    entities: a.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    statements: a.statements.map((s) => ({
      speaker: s.speaker,
      speakerName: s.speakerName,
      ...(s.describedSpeaker ? { describedSpeaker: s.describedSpeaker } : {}), // added field
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      cue: s.cue,
      about: s.about,
    })),
    relations: a.relations.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      evidence: { start: r.provenance.start, end: r.provenance.end, text: r.provenance.evidence },
      confidence: r.provenance.confidence,
      ...(r.properties ? { properties: r.properties } : {}), // added field: title, predicate, negated, modality, attributedTo
    })),
  };
}
