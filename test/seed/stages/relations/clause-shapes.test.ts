// Shapes of news clauses whose parties sit away from the verb: a seat phrase after a predicate noun, a category noun
// before examples, a role named with "on"/"during", work at an organization, trade nouns as a verb's object, and a
// supply verb with its goods before "to".
import { describe, expect, it } from 'vitest';
import { relationsOf, triples } from './_relations-of.ts';

describe('seat phrases', () => {
  it('reads ", based in X" after a predicate noun as the subject\'s seat', () => {
    expect(triples("ASML is Europe's largest tech company, based in Veldhoven.", 'BASED_IN')).toEqual([
      'company:asml BASED_IN place:veldhoven',
    ]);
    expect(triples('ASML is a Dutch company headquartered in Veldhoven.', 'BASED_IN')).toEqual([
      'company:asml BASED_IN place:veldhoven',
    ]);
  });

  it('gives no seat to a name that only qualifies a noun', () => {
    expect(triples('Jensen Huang met Nvidia staff based in Santa Clara.', 'BASED_IN')).toEqual([]);
  });
});

describe('category nouns before examples', () => {
  it('fans a policy\'s effect out to "companies like A and B"', () => {
    const raw =
      'The United States announced new export controls on chips. In Japan, the controls would affect companies like Nikon and Tokyo Electron.';
    const t = triples(raw, 'TARGETS');
    expect(t).toContain('policy:export-controls-on-chips TARGETS company:nikon');
    expect(t).toContain('policy:export-controls-on-chips TARGETS company:tokyo-electron');
  });

  it('does not reach across a comma to a name of another clause', () => {
    const raw = 'He vowed to return jobs stolen by China, take on our enemies like Iran and restore trust.';
    expect(triples(raw).filter((t) => t.startsWith('country:china'))).toEqual([]);
  });
});

describe('roles and work', () => {
  it('reads a role "on" a committee and "during" an administration', () => {
    expect(
      triples(
        'Rep. Raja Krishnamoorthi, the ranking Democrat on the House Select Committee on China, said the rule was weak.',
        'HOLDS_ROLE',
      ),
    ).toEqual(['person:raja-krishnamoorthi HOLDS_ROLE organization:house-select-committee-on-china']);
    expect(
      triples(
        'Matt Pottinger, a deputy national security adviser during the first Trump administration, said the rule was weak.',
        'HOLDS_ROLE',
      ),
    ).toEqual(['person:matt-pottinger HOLDS_ROLE organization:trump-administration']);
  });

  it('makes a seat "on" a board no lead, and reads no role from a relative clause', () => {
    const raw = "Ian H. Solomon, who was executive director on the World Bank's board, said the plan was new.";
    expect(triples(raw).filter((t) => t.includes(' LEADS '))).toEqual([]);
  });

  it('keeps "editor in chief" one title', () => {
    const r = relationsOf('Lionel Barber, the editor in chief of the Financial Times, said it.');
    expect(r.filter((x) => x.type === 'HOLDS_ROLE').map((x) => x.properties?.title)).toEqual(['editor in chief']);
  });

  it('reads working at an organization as a role there', () => {
    expect(
      triples('David Feith, who worked at the National Security Council, said the rule was weak.', 'HOLDS_ROLE'),
    ).toEqual(['person:david-feith HOLDS_ROLE organization:national-security-council']);
  });
});

describe('trade nouns as the object', () => {
  it('restricts the goods of "exports of" and targets the country after "to"', () => {
    const t = triples(
      "President Donald Trump spoke. Trump initially restricted exports of Nvidia's H20 and AMD's MI308 chips to China.",
    );
    expect(t).toContain('person:donald-trump RESTRICTS chip:h20');
    expect(t).toContain('person:donald-trump RESTRICTS chip:mi308');
    expect(t).toContain('person:donald-trump TARGETS country:china');
  });

  it('targets each country of a list after "to", also with no goods named', () => {
    const t = triples("The Commerce Department banned sales of Nvidia's H100 chips to China and Russia.", 'TARGETS');
    expect(t).toEqual([
      'organization:us-department-of-commerce TARGETS country:china',
      'organization:us-department-of-commerce TARGETS country:russia',
    ]);
    expect(triples('The Commerce Department restricted chip exports to China.', 'TARGETS')).toEqual([
      'organization:us-department-of-commerce TARGETS country:china',
    ]);
  });

  it('gives a company that restricts its own exports no target', () => {
    expect(triples('Nvidia restricted exports to China.', 'TARGETS')).toEqual([]);
  });

  it('permits what "allow sales of" names, keeping modality', () => {
    const r = triples("The Commerce Department may allow sales of Nvidia's H20 to China.", 'PERMITS');
    expect(r).toEqual(['organization:us-department-of-commerce PERMITS chip:h20']);
  });
});

describe('supply goods to a party', () => {
  it('reads "supplying <goods> to Y" in an adjunct with the sentence subject', () => {
    expect(
      triples(
        'SMIC produced the chips for two years before supplying Kirin 9000s system-on-chip to blacklisted Huawei.',
        'SUPPLIES',
      ),
    ).toEqual(['company:smic SUPPLIES company:huawei']);
  });
});

describe('a restriction of trade is no sale', () => {
  it('reads "Nvidia restricted exports to China" as no SELLS_TO, while "Nvidia sales to China" still is one', () => {
    expect(triples('Nvidia restricted exports to China after the rule took effect.', 'SELLS_TO')).toEqual([]);
    expect(triples('Nvidia halted shipments to China in April.', 'SELLS_TO')).toEqual([]);
    expect(triples('Nvidia sales to China fell.', 'SELLS_TO')).toEqual(['company:nvidia SELLS_TO country:china']);
    expect(triples('Nvidia sells chips to China.', 'SELLS_TO')).toEqual(['company:nvidia SELLS_TO country:china']);
  });
});

describe('a list of a country and a body', () => {
  it('fans a verb out over "China and the White House"', () => {
    const t = triples('Huang visited China and the White House last week.', 'ATTENDED');
    expect(t).toContain('person:jensen-huang ATTENDED country:china');
    expect(t).toContain('person:jensen-huang ATTENDED organization:white-house');
  });
});

describe('a list member with its article', () => {
  it('fans a verb out over "Nvidia and the Commerce Department"', () => {
    const t = triples('Huawei sued Nvidia and the Commerce Department on Monday.', 'SUES');
    expect(t).toContain('company:huawei SUES company:nvidia');
    expect(t).toContain('company:huawei SUES organization:us-department-of-commerce');
  });
});

describe('where a person lives', () => {
  it('reads "resides in" and "lives in" as the person BASED_IN the place', () => {
    expect(triples('Jing Chen resides in Tampa, Florida.', 'BASED_IN')).toEqual([
      'person:jing-chen BASED_IN place:tampa',
    ]);
    expect(triples('Brian Curtis Raymond, 46, who lives in Alabama, was charged.', 'BASED_IN')).toEqual([
      'person:brian-curtis-raymond BASED_IN place:alabama',
    ]);
  });
});

describe('a condition is no fact', () => {
  it('records "if" and "unless" as the modality', () => {
    const a = relationsOf('If Nvidia acquires Arm, regulators will object.').find((r) => r.type === 'ACQUIRES');
    expect(a?.properties?.modality).toBe('if');
    const b = relationsOf('Unless Intel partners with TSMC, it will fall behind.').find(
      (r) => r.type === 'PARTNERS_WITH',
    );
    expect(b?.properties?.modality).toBe('unless');
    const c = relationsOf('If Nvidia sells chips to China, it will pay a fee.').find((r) => r.type === 'SELLS_TO');
    expect(c?.properties?.modality).toBe('if');
  });

  it('leaves a plain statement and a relative clause inside a condition unqualified', () => {
    const a = relationsOf('Nvidia acquired Arm in 2020.').find((r) => r.type === 'ACQUIRES');
    expect(a?.properties?.modality).toBeUndefined();
    const b = relationsOf('It is unclear whether Nvidia, which acquired Arm in 2020, will grow.').find(
      (r) => r.type === 'ACQUIRES',
    );
    expect(b?.properties?.modality).toBeUndefined();
  });
});

describe('the clause of a noun of saying or fearing', () => {
  it('records the noun as the modality ("reports that", "fears that")', () => {
    const a = relationsOf('Reports that Nvidia acquired Arm were false.').find((r) => r.type === 'ACQUIRES');
    expect(a?.properties?.modality).toBe('report');
  });
});
