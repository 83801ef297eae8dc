// A cabinet title naming its department before a name, linked to the department the document names.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('department titles', () => {
  it('reads "Secretary of State Name" as leading the State Department the text names, and a role there', () => {
    const t = triples('The State Department said so. Secretary of State Antony Blinken spoke.');
    expect(t).toContain('person:antony-blinken LEADS organization:state-department');
    expect(t).toContain('person:antony-blinken HOLDS_ROLE organization:state-department');
  });

  it('reads an under secretary as a role only, the lower-case field after "for" skipped', () => {
    const t = triples(
      'The Commerce Department agreed. Under Secretary of Commerce for industry and security Alan Estevez spoke.',
    );
    expect(t).toContain('person:alan-estevez HOLDS_ROLE organization:us-department-of-commerce');
    expect(t.filter((x) => x.includes(' LEADS '))).toEqual([]);
  });

  it('creates no department the text does not name', () => {
    expect(triples('Secretary of State Antony Blinken spoke.').filter((x) => x.includes('organization:'))).toEqual([]);
  });
});
