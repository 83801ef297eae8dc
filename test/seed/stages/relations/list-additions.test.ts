// A register that parties are added to: it TARGETS each party and is ISSUED_BY the one who adds them.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('list additions', () => {
  it('links the register to every party added and to who added them, not to a possessive modifier', () => {
    const t = triples(
      "The U.S. added China's biggest computer chipmaker SMIC to a blacklist of alleged Chinese military companies.",
    );
    expect(t).toContain('policy:blacklist-of-alleged-chinese-military-companies TARGETS company:smic');
    expect(t).toContain('policy:blacklist-of-alleged-chinese-military-companies ISSUED_BY country:united-states');
    expect(t).not.toContain('policy:blacklist-of-alleged-chinese-military-companies TARGETS country:china');
  });

  it('fans out over a list and reads the passive with "by"', () => {
    const t = triples('The Commerce Department added Huawei and ZTE to the Entity List on Monday.');
    expect(t).toContain('policy:entity-list TARGETS company:huawei');
    expect(t).toContain('policy:entity-list TARGETS company:zte');
    expect(t).toContain('policy:entity-list ISSUED_BY organization:us-department-of-commerce');
    const p = triples('Huawei was placed on the Entity List by the Commerce Department in 2019.');
    expect(p).toContain('policy:entity-list TARGETS company:huawei');
    expect(p).toContain('policy:entity-list ISSUED_BY organization:us-department-of-commerce');
  });

  it('reads nothing from a policy no one is added to', () => {
    expect(triples('Huawei criticized the Entity List.').filter((x) => x.includes('TARGETS'))).toEqual([]);
  });

  it('takes the passive parties from the clause of the verb, not from an earlier clause or a "-origin" modifier', () => {
    const t = triples(
      'Two entities in Iran were added for “attempting to procure U.S.-origin items,” and 10 entities were added due to their connections to a group placed on the Entity List in 2023.',
    );
    expect(t.filter((x) => x.includes('TARGETS'))).toEqual([]);
    expect(t.filter((x) => x.includes('ISSUED_BY'))).toEqual([]);
  });

  it('takes the antecedent of "which was added", not the subject of the main clause', () => {
    const t = triples(
      'The ERC determined that Huawei, which was added to the Entity List on March 16, sold equipment.',
    );
    expect(t).toContain('policy:entity-list TARGETS company:huawei');
    expect(t).not.toContain('policy:entity-list TARGETS organization:erc');
  });

  it('keeps every party of a passive list', () => {
    const t = triples('Entities in China and Russia were added to the Entity List on Monday.');
    expect(t).toContain('policy:entity-list TARGETS country:china');
    expect(t).toContain('policy:entity-list TARGETS country:russia');
  });
});
