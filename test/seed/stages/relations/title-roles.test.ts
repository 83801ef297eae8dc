// The title rules: a leader of a country leads it (no second HOLDS_ROLE); a founder holds a role, leads only with a
// leader's title beside it.
import { describe, expect, it } from 'vitest';
import { foundedOnly, titleLeads } from '../../../../seed/stages/relations/title-roles.ts';
import { relationVocabulary } from '../../../../seed/lexicon/relation-vocabulary.ts';
import { triples } from './_relations-of.ts';
import { demonymCountry } from '../../../../seed/stages/relations/relation-context.ts';
import { loadGazetteer } from '../../../../seed/pipeline.ts';

const ctx = { words: (n: string) => relationVocabulary().words[n] ?? new Set<string>() };

describe('title words', () => {
  it('tells a leader title from a serving one', () => {
    expect(titleLeads(ctx, 'President')).toBe(true);
    expect(titleLeads(ctx, 'Vice President')).toBe(false);
    expect(titleLeads(ctx, 'co-founder and chief executive')).toBe(true);
    expect(titleLeads(ctx, 'founder')).toBe(false);
    expect(foundedOnly(ctx, 'founder')).toBe(true);
    expect(foundedOnly(ctx, 'co-founder and CEO')).toBe(false);
  });
});

describe('titles before a name', () => {
  it('makes a head of state lead the country without also holding a role there', () => {
    const t = triples('U.S. President Joe Biden visited the plant on Tuesday.');
    expect(t).toContain('person:joe-biden LEADS country:united-states');
    expect(t).not.toContain('person:joe-biden HOLDS_ROLE country:united-states');
  });

  it('keeps a minister or envoy as a role in the country', () => {
    expect(triples('U.S. climate envoy John Kerry arrived in Beijing.', 'HOLDS_ROLE')).toContain(
      'person:john-kerry HOLDS_ROLE country:united-states',
    );
  });

  it('gives a founder a role in the firm but does not make them lead it', () => {
    const t = triples('DeepSeek founder Liang Wenfeng spoke at the meeting.');
    expect(t).toContain('person:liang-wenfeng HOLDS_ROLE company:deepseek');
    expect(t).not.toContain('person:liang-wenfeng LEADS company:deepseek');
  });

  it('still makes a chief executive lead the firm', () => {
    expect(triples('Nvidia CEO Jensen Huang spoke at the meeting.')).toContain(
      'person:jensen-huang LEADS company:nvidia',
    );
  });
});

describe('titles that name a department, and verbs that are no title', () => {
  it('ties a department secretary to the department, not the country', () => {
    const t = triples('U.S. Commerce Secretary Gina Raimondo said it.');
    expect(t).toContain('person:gina-raimondo LEADS organization:us-department-of-commerce');
    expect(t).not.toContain('person:gina-raimondo HOLDS_ROLE country:united-states');
  });

  it('keeps a foreign minister in the country when no ministry is named', () => {
    expect(triples("China's Foreign Minister Wang Yi left.", 'HOLDS_ROLE')).toEqual([
      'person:wang-yi HOLDS_ROLE country:china',
    ]);
  });

  it('does not read a verb between an organization and a titled name as part of the title', () => {
    const t = triples('Nvidia praised Commerce Secretary Howard Lutnick.');
    expect(t.filter((x) => x.includes('HOLDS_ROLE company:nvidia') || x.includes('LEADS company:nvidia'))).toEqual([]);
  });
});

describe('department titles with an "of" complement', () => {
  it('ties an Under Secretary of Commerce to the Commerce Department as well as the bureau the title names', () => {
    const t = triples(
      'The Department of Commerce said Under Secretary of Commerce for Industry and Security Alan Estevez approved it.',
      'HOLDS_ROLE',
    );
    expect(t).toContain('person:alan-estevez HOLDS_ROLE organization:us-department-of-commerce');
  });
});

describe('a nationality the lexicon derives a country from', () => {
  it('reads "Indonesian President Name" and "Philippine President Name" as leading the country', () => {
    expect(triples('Indonesian President Joko Widodo met him.', 'LEADS')).toEqual([
      'person:joko-widodo LEADS country:indonesia',
    ]);
    expect(triples('Philippine President Ferdinand Marcos spoke.', 'LEADS')).toEqual([
      'person:ferdinand-marcos LEADS country:philippines',
    ]);
  });

  it('derives a country only from a nationality word', () => {
    expect(demonymCountry(loadGazetteer(), 'Nigerian')).toBe('Nigeria');
    expect(demonymCountry(loadGazetteer(), 'Vietnamese')).toBe('Vietnam');
    expect(demonymCountry(loadGazetteer(), 'Republican')).toBeUndefined();
  });
});

describe('a leader title is the role', () => {
  it('gives LEADS alone, with the title, for a chief executive; a cabinet title keeps HOLDS_ROLE too', () => {
    expect(triples('Apple CEO Tim Cook spoke.').filter((t) => t.startsWith('person:tim-cook'))).toEqual([
      'person:tim-cook LEADS company:apple',
    ]);
    expect(triples('Commerce Secretary Howard Lutnick spoke.', 'HOLDS_ROLE')).toHaveLength(1);
  });
});

describe('a body named inside a country title', () => {
  it('reads "U.S. House Speaker Name" as leading the document\'s U.S. House, not the country', () => {
    const t = triples('The U.S. House voted. U.S. House Speaker Kevin McCarthy spoke.', 'LEADS');
    expect(t).toContain('person:kevin-mccarthy LEADS organization:u-s-house');
    expect(t).not.toContain('person:kevin-mccarthy LEADS country:united-states');
  });
});

describe("reporters' beats", () => {
  it('reads "White House correspondent" as a beat: the employer is the outlet before it, if any', () => {
    expect(
      triples('Voice of America’s White House correspondent Anita Powell contributed to this report.', 'HOLDS_ROLE'),
    ).toEqual(['person:anita-powell HOLDS_ROLE organization:voice-of-america']);
    expect(triples('White House correspondent Patsy Widakuswara reported from Washington.', 'HOLDS_ROLE')).toEqual([]);
    expect(triples('China correspondent John Smith reported it.', 'HOLDS_ROLE')).toEqual([]);
  });

  it("keeps a news outlet before a reporter's title as the employer", () => {
    expect(triples('Reuters correspondent John Smith reported it.', 'HOLDS_ROLE')).toEqual([
      'person:john-smith HOLDS_ROLE organization:reuters',
    ]);
  });
});

describe('datelines', () => {
  it('reads no title from a dateline a dash closes', () => {
    expect(triples('WASHINGTON, D.C. — Chairman John Moolenaar said it.')).toEqual([]);
  });
});

describe('a nationality before a title after other words', () => {
  it('reads the nationality after a preposition, not a capitalized word before it', () => {
    expect(
      triples('President Joe Biden met Friday with Chinese Foreign Minister Wang Yi in the White House.', 'HOLDS_ROLE'),
    ).toEqual(['person:wang-yi HOLDS_ROLE country:china']);
  });
});

describe('titles with a complement, and titles across other words', () => {
  it('reads a title whose head stands before its complement ("Secretary of State")', () => {
    expect(triples('U.S. Secretary of State Antony Blinken spoke.', 'HOLDS_ROLE')).toEqual([
      'person:antony-blinken HOLDS_ROLE country:united-states',
    ]);
  });

  it('reads no title across a preposition, nor for a holder only described', () => {
    expect(
      triples("Public outrage has grown over the group after former leader Shinzo Abe's assassination.", 'HOLDS_ROLE'),
    ).toEqual([]);
  });
});

describe('a title after "City, State"', () => {
  it('reads "Fort Wayne, Indiana Mayor Name" as leading the city, not the state', () => {
    const t = triples('The committee wrote to Fort Wayne, Indiana Mayor Dana Kessling about the plant.', 'LEADS');
    expect(t).toContain('person:dana-kessling LEADS place:fort-wayne');
    expect(t.filter((x) => x.includes('indiana'))).toEqual([]);
  });
});

describe('a title that names an office of the document', () => {
  it('reads "U.S. Special Envoy Name" as leading the "Office of the United States Special Envoy" the text names', () => {
    const t = triples(
      'The Office of the United States Special Envoy published a report. U.S. Special Envoy Marta Lindqvist presented it.',
    );
    expect(t).toContain('person:marta-lindqvist LEADS organization:office-of-the-united-states-special-envoy');
    expect(t.filter((x) => x.includes('country:united-states'))).toEqual([]);
  });
});

describe('a title after "and"', () => {
  it('does not tie "ORG and Chairman Name" to the organization before the "and"', () => {
    const t = triples(
      'Chairwoman Lena Park of the House Energy Committee and Chairman Owen Hale of the Senate Committee on Aging wrote a letter.',
    );
    expect(t.filter((x) => x.includes('owen-hale') && x.includes('house-energy-committee'))).toEqual([]);
  });
});

describe('a qualified secretary does not lead the department', () => {
  it('reads the qualifier the title lookup left before the title ("Assistant Secretary of Commerce")', () => {
    const t = triples(
      '“We will act,” said Assistant Secretary of Commerce for Export Administration Thea D. Rozman Kendler.',
    );
    expect(t.some((x) => /^person:thea-d-rozman-kendler HOLDS_ROLE organization:/.test(x))).toBe(true);
    expect(t.filter((x) => /^person:thea-d-rozman-kendler LEADS/.test(x))).toEqual([]);
  });

  it('keeps a secretary of the department its leader', () => {
    const t = triples('“We will act,” said Secretary of Commerce Gina Raimondo.');
    expect(t.some((x) => /^person:gina-raimondo LEADS organization:/.test(x))).toBe(true);
  });

  it('gives a staff secretary a role, not the lead of the White House', () => {
    const t = triples('White House Staff Secretary Will Scharf said the first action followed a trade investigation.');
    expect(t).toContain('person:will-scharf HOLDS_ROLE organization:white-house');
    expect(t).not.toContain('person:will-scharf LEADS organization:white-house');
  });
});
