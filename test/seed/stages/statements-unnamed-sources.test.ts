// Rule "unnamed sources" of the statements stage (seed/stages/statement-rules/unnamed-sources.ts): a described speaker
// is text on its statement, not an entity.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { relationContext } from '../../../seed/stages/relations/relation-context.ts';

const context = { gazetteer: loadGazetteer() };
const analyze = (raw: string) => analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);

describe('unnamed sources', () => {
  it('keeps "U.S. officials" and "experts" as the statements\' described speakers, with no Person entity', () => {
    const a = analyze(
      'U.S. officials said the export controls would stay in place. Experts warned that Huawei would find a way around them.',
    );
    const officials = a.statements.find((s) => s.text.includes('stay in place'));
    expect(officials).toMatchObject({ speakerName: 'U.S. officials', describedSpeaker: 'people' });
    expect(a.statements.find((s) => s.text.includes('find a way'))).toMatchObject({ describedSpeaker: 'people' });
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(a.entities.map((e) => e.id)).not.toContain(officials!.speaker);
    expect(a.entities.map((e) => e.name)).toContain('Huawei');
  });

  it('marks a described body or writing as such, and keeps a named speaker an entity', () => {
    const a = analyze('Police said the driver fled. Jensen Huang said Nvidia would comply.');
    expect(a.statements.find((s) => s.text.includes('driver fled'))).toMatchObject({
      speakerName: 'Police',
      describedSpeaker: 'body',
    });
    const huang = a.statements.find((s) => s.text.includes('would comply'))!;
    expect(huang.describedSpeaker).toBeUndefined();
    expect(a.entities.find((e) => e.id === huang.speaker)?.name).toBe('Jensen Huang');
  });

  it('gives "they" resolved to the described group the same statement speaker key, and no relation names it', () => {
    const a = analyze(
      'Industry analysts said the rules would cut sales in China. They added that the ban would last for years.',
    );
    const [first, second] = a.statements;
    expect(first?.describedSpeaker).toBe('people');
    expect(second?.speaker).toBe(first?.speaker);
    const ids = new Set(a.entities.map((e) => e.id));
    for (const r of a.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });

  it('says so in the extract output, an added field', () => {
    const out = toExtractionOutput(analyze('Officials said the rules would change next year.'));
    expect(out.statements[0]).toMatchObject({ speakerName: 'Officials', describedSpeaker: 'people' });
  });

  it("lets no relationship end at a described speaker's key, which no entity has", () => {
    const a = analyze('Officials said the rules would stay. Jensen Huang met with Gina Raimondo.');
    const officials = a.statements.find((s) => s.describedSpeaker)!.speaker;
    const ctx = relationContext(a, context.gazetteer);
    const huang = a.entities.find((e) => e.name === 'Jensen Huang')!.id;
    const raimondo = a.entities.find((e) => e.name === 'Gina Raimondo')!.id;
    ctx.add(officials, 'MET_WITH', huang, 0, 0.9, 'test');
    ctx.add(huang, 'MET_WITH', raimondo, 1, 0.9, 'test');
    expect([...ctx.out.values()].map((r) => `${r.from} ${r.to}`)).toEqual([`${huang} ${raimondo}`]);
  });
});
