// Rule "name variants" of the resolve stage (seed/stages/resolve-rules/name-variants.ts): an organization written with
// and without its country or the dots of an abbreviation is one entity, named as its publisher names itself.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { departmentFields, variantKey } from '../../../seed/stages/resolve-rules/name-variants.ts';

const context = { gazetteer: loadGazetteer() };
const entities = (raw: string, source?: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length, source }, context)
    .entities.filter((e) => e.mentions.length)
    .map((e) => `${e.type}:${e.name}`);

describe('name variants', () => {
  it('keys a name without its country, dots and case', () => {
    expect(variantKey('U.S. Department of the Interior')).toBe(variantKey('Department of the Interior'));
    expect(variantKey('US Department of Labor')).toBe(variantKey('U.S. Department of Labor'));
    expect(variantKey('Department of Labor')).not.toBe(variantKey('Department of Energy'));
  });

  it("keys a ministry's or a department's field before or after its head word alike", () => {
    expect(variantKey('Trade Ministry')).toBe(variantKey('Ministry of Trade'));
    expect(variantKey('Treasury Department')).toBe(variantKey('Department of the Treasury'));
    expect(variantKey('Foreign Ministry')).not.toBe(variantKey('Ministry of Foreign Affairs'));
    const e = entities(
      "Vietnam's Ministry of Trade announced export limits on Tuesday. The Trade Ministry said licences would be needed.",
    );
    expect(e.filter((x) => x.includes('Trade'))).toHaveLength(1);
  });
  it('joins the variants of one organization in a document', () => {
    const e = entities(
      'The US Department of Labor issued a rule on Monday. Later the U.S. Department of Labor said it would wait.',
    );
    expect(e.filter((x) => x.includes('Labor'))).toHaveLength(1);
  });

  it('names the organization as its publisher does', () => {
    const e = entities(
      'The Department of the Interior issued a rule on Monday. The Department of the Interior said it would wait.',
      'U.S. Department of the Interior',
    );
    expect(e).toContain('Organization:U.S. Department of the Interior');
    expect(e).not.toContain('Organization:Department of the Interior');
  });
});

describe('a body under its full title and its working title (resolve-rules/name-variants.ts)', () => {
  it('joins "Joint Committee on the Andean Trade Bloc" with its full title and "the Joint Committee" with both', () => {
    const e = entities(
      'Members of the Joint Committee on the Economic Rivalry Between the European Union and the Andean Trade Bloc met. ' +
        'The Joint Committee on the Andean Trade Bloc will hold a hearing in June. The Joint Committee said it would report.',
    );
    expect(e.filter((x) => x.includes('Committee'))).toEqual([
      'Organization:Joint Committee on the Economic Rivalry Between the European Union and the Andean Trade Bloc',
    ]);
  });
  it('joins a working title written with the initials of its subject: "Joint Committee on the ATB"', () => {
    const e = entities(
      'The Joint Committee on the Andean Trade Bloc will hold a hearing in June. Later the Joint Committee on the ATB said it would report.',
    );
    expect(e.filter((x) => x.includes('Committee'))).toEqual(['Organization:Joint Committee on the Andean Trade Bloc']);
  });
  it('reads a line opening "Joint Committee on ATB Holds Hearing" as the body, without its verb, and joins it to the title with a qualifier', () => {
    const e = entities(
      'A newsletter on the work of the Congressional Joint Committee on the Andean Trade Bloc.\n\n' +
        'Joint Committee on ATB Holds Hearing - "Trade in the Andes"\n\nOn Thursday, the Joint Committee held a hearing.',
    );
    expect(e.filter((x) => x.includes('Committee'))).toEqual([
      'Organization:Congressional Joint Committee on the Andean Trade Bloc',
    ]);
  });
  it('reads "Commerce" as the one department of that field the document names, not a field two departments share', () => {
    expect([
      ...departmentFields(['Commerce', 'U.S. Department of Commerce', 'Bureau of Industry and Security']),
    ]).toEqual([['Commerce', 'U.S. Department of Commerce']]);
    expect(departmentFields(['Finance', 'Ministry of Finance', 'Department of Finance']).size).toBe(0);
    expect(departmentFields(['Energy', 'Department of Commerce']).size).toBe(0);
  });
  it('keeps two committees of one chamber apart', () => {
    const e = entities('The Senate Committee on Armed Services and the Senate Committee on Foreign Relations met.');
    expect(e.filter((x) => x.includes('Committee'))).toHaveLength(2);
  });
});
