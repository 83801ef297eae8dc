// Titled names coordinated before one organization: each title is held there.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('joint titles', () => {
  it('reads "Chair A (R-TX) and Ranking Member B (D-OH) of the Committee" as a leader and a member of it', () => {
    const t = triples(
      'Chairwoman Ellen Marsh (R-TX) and Ranking Member Tomas Greer (D-OH) of the Senate Banking Committee wrote to the agency.',
    );
    expect(t).toContain('person:ellen-marsh LEADS organization:senate-banking-committee');
    expect(t).toContain('person:tomas-greer HOLDS_ROLE organization:senate-banking-committee');
    expect(t.filter((x) => x.includes('tomas-greer LEADS'))).toEqual([]);
  });

  it('reads the run without party tags too', () => {
    const t = triples('Chairwoman Ellen Marsh and Ranking Member Tomas Greer of the Senate Banking Committee met.');
    expect(t).toContain('person:tomas-greer HOLDS_ROLE organization:senate-banking-committee');
  });

  it('ties no name whose words before it are no title', () => {
    const t = triples('Ellen Marsh and Ranking Member Tomas Greer of the Senate Banking Committee met.');
    expect(t.filter((x) => x.includes('ellen-marsh'))).toEqual([]);
  });
});
