// Rule "one unnamed restriction per document" (seed/stages/resolve-rules/generic-restrictions.ts): a report's bare
// restriction phrases are one Policy; a restriction with a named target in its name stays apart.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
function policies(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.filter((e) => e.type === 'Policy');
}

describe('one unnamed restriction per document', () => {
  it('merges the varied words for one measure into one Policy', () => {
    const ps = policies(
      'Nvidia said new export restrictions would hurt sales. The export ban covers two chips. Analysts said the trade limits would push buyers to rivals, and the export restrictions could widen.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0].name).toBe('export restrictions');
  });

  it('gives the bare phrases the name of the one restriction the report names with its target or title', () => {
    const ps = policies(
      'The United States announced export controls on China on Monday. Analysts said the export controls would slow Chinese chipmakers, and the trade limits would bite.',
    );
    expect(ps.map((p) => p.name)).toEqual(['China export controls']);
    const two = policies(
      'Washington imposed export controls on China and tariffs on semiconductors. The export controls bite. The export ban widens.',
    );
    expect(two.map((p) => p.name).sort()).toEqual([
      'China export controls',
      'export controls',
      'tariffs on semiconductors',
    ]);
  });

  it('takes no law with a restriction word inside its name for the measure', () => {
    const ps = policies(
      'The Semiconductor Controls Effectiveness Act of 2026 targets export controls on China. The export controls bite.',
    );
    expect(ps.map((p) => p.name).sort()).toEqual([
      'China export controls',
      'Semiconductor Controls Effectiveness Act of 2026',
    ]);
  });
});
