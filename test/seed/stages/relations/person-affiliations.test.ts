// Where a person works, said around the name: a title and "of the" organization after it, a title in apposition, a
// title "of the" organization before it, a possessive organization.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('person affiliations around the name', () => {
  it('reads "Chairman Name (party-state) of the Committee" as leading it, skipping the parenthetical', () => {
    const t = triples('Chairman John Moolenaar (R-MI) of the House Select Committee said it.');
    expect(t).toContain('person:john-moolenaar LEADS organization:house-select-committee');
    // A chair's title is the role: no HOLDS_ROLE beside LEADS (a cabinet title keeps both, below).
    expect(t).not.toContain('person:john-moolenaar HOLDS_ROLE organization:house-select-committee');
  });

  it('keeps a cabinet title as a role besides leading the department', () => {
    const t = triples('Gina Raimondo, Secretary of the Department of Commerce, said it.');
    expect(t).toContain('person:gina-raimondo LEADS organization:us-department-of-commerce');
    expect(t).toContain('person:gina-raimondo HOLDS_ROLE organization:us-department-of-commerce');
  });

  it('reads a title in apposition, and a non-leading one as a role only', () => {
    const t = triples('Ms. Halimah Najieb-Locke, Vice President of Policy and Strategy, Entanglement Inc., testified.');
    expect(t).toContain('person:halimah-najieb-locke HOLDS_ROLE company:entanglement-inc');
    expect(t.filter((x) => x.includes(' LEADS '))).toEqual([]);
  });

  it('reads "then-Speaker of the House Name" as leading the House at the time', () => {
    expect(triples('He met then-Speaker of the House Nancy Pelosi.', 'LEADS')).toEqual([
      'person:nancy-pelosi LEADS organization:house',
    ]);
  });

  it('reads a possessive organization before a name as a role there', () => {
    expect(triples("VOA's Jessica Stone reports.", 'HOLDS_ROLE')).toEqual([
      'person:jessica-stone HOLDS_ROLE organization:voa',
    ]);
  });

  it('does not tie a person to an organization named in a clause of its own', () => {
    expect(triples('John Smith said the Commerce Department of the United States acted.', 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads a lower-case role in apposition or after "is" as a role at the organization', () => {
    const t = triples('Jane Doe, a senior fellow at the Washington think tank the Hudson Institute, said it.');
    expect(t).toContain('person:jane-doe HOLDS_ROLE organization:hudson-institute');
    // A leader's title of a unit inside the organization is a role there, not leadership of it; the unit (a program,
    // an organization of its own) is the one led.
    const u = triples(
      'John Roe is a senior vice president and director of the Energy Program at the Hudson Institute.',
    );
    expect(u).toContain('person:john-roe HOLDS_ROLE organization:hudson-institute');
    expect(u.filter((x) => x.includes(' LEADS '))).toEqual(['person:john-roe LEADS organization:energy-program']);
    // No title word, no role: "a farmer at" reads nothing.
    expect(triples('Jane Doe, a neighbour of the Hudson Institute, said it.', 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads each coordinated role at the organization after it', () => {
    const t = triples(
      'Martijn Rasser, a former senior intelligence officer at the Central Intelligence Agency and now senior fellow and director of the Technology and National Security Program at the Center for a New American Security, said so.',
    );
    expect(t).toContain('person:martijn-rasser LEADS organization:technology-and-national-security-program');
    expect(t).toContain('person:martijn-rasser HOLDS_ROLE organization:center-for-a-new-american-security');
    expect(triples('Jane Doe, a professor at Stanford University and an adviser to Nvidia, said so.')).toContain(
      'person:jane-doe HOLDS_ROLE company:nvidia',
    );
  });

  it('reads no role after "and" that no known title names', () => {
    expect(
      triples('Jane Doe, a professor at Stanford University and a fan of Nvidia, said so.').filter((t) =>
        t.endsWith('company:nvidia'),
      ),
    ).toEqual([]);
  });
});

describe('a title "of" an organization’s unit', () => {
  it('gives the person the possessed unit, and a role at its organization', () => {
    const t = triples(
      'Assistant Attorney General Matthew G. Olsen of the Justice Department’s National Security Division spoke.',
    );
    expect(t).toContain('person:matthew-g-olsen HOLDS_ROLE organization:national-security-division');
    expect(t).toContain('person:matthew-g-olsen HOLDS_ROLE organization:justice-department');
  });
});
