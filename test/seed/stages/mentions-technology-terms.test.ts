// Rule "technology terms" (seed/stages/mention-rules/technology-terms.ts): a technology, a standard or a field written
// like a name is no organization, firm, place or person.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { spells } from '../../../seed/stages/mention-rules/technology-terms.ts';

const g = loadGazetteer();
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: technology terms', () => {
  it('reads a listed technology term as no entity', () => {
    const n = names('Norvane Systems said its Wi-Fi routers and EUV tools would ship in May, and DUV parts in June.');
    expect(n.filter((x) => /Wi-Fi|EUV|DUV/.test(x))).toEqual([]);
    expect(n).toContain('Company:Norvane Systems');
  });
  it('reads a title-case run ending in a term head as no name', () => {
    const n = names(
      'The ministry will fund research in Artificial Intelligence and Quantum Photonics, the Deputy Minister Ola Brandt said.',
    );
    expect(n.some((x) => /Artificial Intelligence|Quantum Photonics/.test(x))).toBe(false);
    expect(n).toContain('Person:Ola Brandt');
  });
  it('reads a short form the text defines by a term as no name, wherever it is used', () => {
    const n = names(
      'Exports of Stacked Flash Memory (SFM) were curbed. Dravik Labs said SFM sales fell. Regulators also listed spin transfer torque (STT) parts, and STT output dropped.',
    );
    expect(n.some((x) => /SFM|STT|Stacked Flash Memory/.test(x))).toBe(false);
  });
  it("keeps a committee's short name that ends in a term head", () => {
    const n = names('Senate Intelligence Ranking Democrat Dianne Feinstein said Clinton was not the target.');
    expect(n.some((x) => x.includes('Senate Intelligence'))).toBe(true);
  });
  it('keeps an organization whose name a short form abbreviates', () => {
    const n = names('The Halvard Standards Institute (HSI) published a report. HSI said more work was needed.');
    expect(n).toContain('Organization:Halvard Standards Institute');
  });
  it('spells a short form from the initials and the letters inside the words', () => {
    expect(spells('EUV', ['extreme', 'ultraviolet'])).toBe(true);
    expect(spells('HBM', ['high', 'bandwidth', 'memory'])).toBe(true);
    expect(spells('BIS', ['the', 'agency'])).toBe(false);
    expect(spells('XYZ', ['extreme', 'ultraviolet'])).toBe(false);
  });
});
