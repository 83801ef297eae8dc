// Acts named with their dates and parts: "National Defense Authorization Act for Fiscal Year 1999 (FY99 NDAA)",
// "Section 1237 of the …" (seed/stages/text/policy-names.ts), their dated short forms (seed/stages/resolve-rules/
// acronyms.ts) and the acts the gazetteer knows by their short form alone (NDAA, ECRA, IEEPA).
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { isAcronymOf } from '../../../seed/stages/resolve-rules/acronyms.ts';

describe('acts', () => {
  it('reads an act named for a fiscal year whole, without the section that cites it', () => {
    const a = analyze(
      'Section 1237 of the Strong Harbors Authorization Act for Fiscal Year 2003 (FY03 SHAA) requires a list. The SHAA was amended.',
    );
    const act = a.entities.find((e) => e.type === 'Policy');
    expect(act?.name).toBe('Strong Harbors Authorization Act for Fiscal Year 2003');
    expect(a.entities.filter((e) => /SHAA/.test(e.name))).toEqual([]);
    expect(act?.aliases).toEqual(expect.arrayContaining(['SHAA']));
  });

  it('leaves a dated qualifier out of the short form', () => {
    expect(isAcronymOf('ECRA', 'Export Control Reform Act of 2018')).toBe(true);
    expect(isAcronymOf('NDAA', 'National Defense Authorization Act for Fiscal Year 1999')).toBe(true);
    expect(isAcronymOf('NDA', 'National Defense Authority for Ports')).toBe(false);
  });

  it('types the acts known by their short form as policies', () => {
    const a = analyze('The committee added the provisions to the NDAA and cited IEEPA.');
    expect(a.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual([
      'National Defense Authorization Act',
      'International Emergency Economic Powers Act',
    ]);
  });
});

describe('a country before a policy name', () => {
  it('leaves "the PRC on" out of "the Entity List"', () => {
    const a = analyze('BIS will place additional related entities in the PRC on the Entity List.');
    expect(a.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['Entity List']);
  });

  it('keeps the words of a policy name that opens with a country', () => {
    const a = analyze('Lawmakers debated the China Competition Act on Tuesday.');
    expect(a.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['China Competition Act']);
  });
});

describe('a short name in brackets after a quoted title', () => {
  it('is the titled policy’s short name, whatever its letters', () => {
    const a = analyze(
      'BIS revised two rules: (1) “Export Controls on Semiconductor Manufacturing Items” (SME IFR); and (2) “Restrictions on Certain Advanced Computing Items” (AC/S IFR). The SME IFR took effect at once.',
    );
    expect(a.entities.filter((e) => e.type === 'Organization' && /IFR/.test(e.name))).toEqual([]);
    const sme = a.entities.find((e) => e.name === 'Export Controls on Semiconductor Manufacturing Items');
    expect(sme?.aliases).toContain('SME IFR');
  });
});

describe('policies the gazetteer knows by a lower-case name', () => {
  it('finds them as written in running text', () => {
    const a = analyze('The rules address the threats posed by the military-civil fusion strategy of the PRC.');
    expect(a.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['Military-Civil Fusion']);
  });

  it('takes no part of a longer word for one', () => {
    const a = analyze('The anti-military-civil fusionist camp objected.');
    expect(a.entities.filter((e) => e.type === 'Policy')).toEqual([]);
  });
});
