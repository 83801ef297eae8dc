// Rule "acronyms" of the resolve stage (seed/stages/resolve-rules/acronyms.ts): a short form and the name it
// abbreviates are one entity; a short form defined by a common-noun phrase names no entity.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { isAcronymOf } from '../../../seed/stages/resolve-rules/acronyms.ts';

const context = { gazetteer: loadGazetteer() };
const entities = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}${e.aliases.length ? ` [${e.aliases.join(', ')}]` : ''}`,
  );

describe('acronyms', () => {
  it('spells initials, skipping function words and splitting hyphens', () => {
    expect(isAcronymOf('BIS', 'Bureau of Industry and Security')).toBe(true);
    expect(isAcronymOf('VEU', 'Validated End-User')).toBe(true);
    expect(isAcronymOf('CCP', 'Communist Party')).toBe(false);
  });

  it('joins a bracketed short form after the full name, and its later uses', () => {
    const e = entities(
      'The Center for Strategic and International Studies (CSIS) published a study. CSIS said chips mattered.',
    );
    expect(e).toContain('Organization:Center for Strategic and International Studies [CSIS]');
    expect(e.some((x) => x.startsWith('Organization:CSIS'))).toBe(false);
  });

  it('joins an unbracketed short form to the one longer name in the document it abbreviates', () => {
    const e = entities('The Chinese Communist Party met in Beijing. The CCP said it would respond.');
    expect(e).toContain('Organization:Chinese Communist Party [CCP]');
  });

  it('drops a short form defined by a common-noun phrase ("interim final rule (IFR)")', () => {
    const e = entities(
      'The Bureau of Industry and Security issued an interim final rule (IFR) on Monday. The IFR takes effect soon.',
    );
    expect(e.some((x) => x.includes('IFR'))).toBe(false);
    expect(e).toContain('Organization:Bureau of Industry and Security');
  });

  it("reads a company's short form past its legal form", () => {
    expect(isAcronymOf('CATL', 'Contemporary Amperex Technology Co., Limited')).toBe(true);
    expect(isAcronymOf('NS', 'Northwind Shipping Inc.')).toBe(true);
    const e = entities(
      'Regulators questioned Halvorsen Marine Robotics Co., Ltd. (HMR) on Monday. HMR said it would comply.',
    );
    expect(e.filter((x) => x.includes('HMR'))).toEqual(['Company:Halvorsen Marine Robotics Co., Ltd. [HMR]']);
  });

  it("joins a bracketed short name made of the full name's words", () => {
    const e = entities(
      'On Monday the Department of the Interior (Interior Department) issued a rule. The Interior Department said so.',
    );
    expect(e.filter((x) => x.includes('Interior'))).toEqual([
      'Organization:Department of the Interior [Interior Department]',
    ]);
  });
});
