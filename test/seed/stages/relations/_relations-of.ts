// Test helper: the relationships the real pipeline finds in a sentence written for a test, as "from TYPE to" triples.
import { expect } from 'vitest';
import type { Relation } from '../../../../seed/analysis.ts';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };

export function relationsOf(raw: string): Relation[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const r of a.relations) expect(raw.slice(r.provenance.start, r.provenance.end)).toBe(r.provenance.evidence);
  return a.relations;
}

export const triples = (raw: string, type?: string): string[] =>
  relationsOf(raw)
    .filter((r) => !type || r.type === type)
    .map((r) => `${r.from} ${r.type} ${r.to}`);
