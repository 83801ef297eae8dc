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
  it('gives a bare phrase the name of the measure of its kind named nearest before it, when several are named', () => {
    const ps = policies(
      'China announced export controls on gallium and germanium. Washington earlier imposed restrictions on chip exports to China. Analysts said the export controls would bite.',
    );
    const controls = ps.find((p) => p.name === 'restrictions on chip exports to China');
    expect(controls?.mentions.map((m) => m.text)).toEqual(['restrictions on chip exports to China', 'export controls']);
    expect(ps.map((p) => p.name).sort()).toEqual([
      'export controls on gallium and germanium',
      'restrictions on chip exports to China',
    ]);
  });

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
    // Two measures named: "the export controls" are the controls on China (the one of their kind); no ban is named, so
    // "the export ban" stays a measure of its own.
    expect(two.map((p) => p.name).sort()).toEqual(['China export controls', 'export ban', 'tariffs on semiconductors']);
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

  it('drops a restriction the report only speaks of in general', () => {
    expect(policies('Despite export restrictions, DeepSeek was able to buy Nvidia chips.')).toEqual([]);
    expect(policies('Lawmakers asked Commerce to strengthen controls on shipments through third countries.')).toEqual(
      [],
    );
    expect(policies('Trump vowed to use tariffs as economic weapons.')).toEqual([]);
  });

  it('keeps a restriction that a determiner, an owner, a name or an enacting verb makes particular', () => {
    const names = (raw: string) => policies(raw).map((p) => p.name);
    expect(names('Nvidia said the export restrictions would hurt sales.')).toHaveLength(1);
    expect(names('Nvidia said U.S. export restrictions would hurt sales.')).toHaveLength(1);
    expect(names('Trump proposed a ban on Muslims entering the United States.')).toHaveLength(1);
    expect(names('He backed his proposed ban on fracking.')).toHaveLength(1);
    expect(names("The president imposed across the board tariffs on the People's Republic of China.")).toHaveLength(1);
  });

  it('keeps the general wordings of a measure the report also names in particular', () => {
    const ps = policies('Nvidia said the export restrictions hurt. Officials misuse export controls, Beijing said.');
    expect(ps).toHaveLength(1);
    expect(ps[0].mentions.map((m) => m.text)).toEqual(['export restrictions', 'export controls']);
  });
});
