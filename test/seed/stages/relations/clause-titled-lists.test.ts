// The clause rule across a list of titled persons ("met with Commerce Secretary A and Treasury Secretary B"), a
// country qualifying a firm's name ("chips from China chip giant SMIC"), and a customer's verb of supply ("buys from").
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('clause predicates over titled lists and qualified names', () => {
  it('fans a predicate out over persons listed with their titles', () => {
    expect(
      triples(
        'Nvidia chief executive Jensen Huang met with Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent on Monday.',
        'MET_WITH',
      ).sort(),
    ).toEqual([
      'person:jensen-huang MET_WITH person:howard-lutnick',
      'person:jensen-huang MET_WITH person:scott-bessent',
    ]);
    expect(
      triples('President Donald Trump met Jensen Huang and Chinese leader Xi Jinping.', 'MET_WITH').sort(),
    ).toEqual(['person:donald-trump MET_WITH person:jensen-huang', 'person:donald-trump MET_WITH person:xi-jinping']);
  });

  it('does not list persons joined by a verb, nor a person after "and" that starts a clause', () => {
    expect(triples('Howard Lutnick met Jensen Huang and Scott Bessent praised the deal.', 'MET_WITH')).toEqual([
      'person:howard-lutnick MET_WITH person:jensen-huang',
    ]);
  });

  it('reads a customer buying from a supplier as the supplier supplying it', () => {
    expect(triples('Apple buys chips from Taiwan chipmaker TSMC.', 'SUPPLIES')).toEqual([
      'company:tsmc SUPPLIES company:apple',
    ]);
    expect(
      triples(
        'Huawei, which reportedly used chips from China chip giant Semiconductor Manufacturing International Corp., is growing.',
        'SUPPLIES',
      ),
    ).toEqual(['company:smic SUPPLIES company:huawei']); // the gazetteer knows the full name as SMIC's
    // An approval obtained from a department is no supply.
    expect(triples('Microsoft got approval from the Commerce Department.', 'SUPPLIES')).toEqual([]);
  });

  it('reads the firm a country qualifies as the object when its acronym follows ("Corp., or SMIC")', () => {
    expect(
      triples(
        'The United States has banned chip sales to Huawei, which reportedly used chips from China chip giant Semiconductor Manufacturing International Corp., or SMIC, in the phone.',
        'SUPPLIES',
      ).sort(),
    ).toEqual(['company:smic SUPPLIES company:huawei']); // the full name and its acronym are one firm
  });

  it('reads "a customer of Y" as Y supplying the subject', () => {
    expect(triples('Alibaba is a major customer of Nvidia.')).toEqual(['company:nvidia SUPPLIES company:alibaba']);
  });
});

describe('a firm with its bracketed acronym before a titled person', () => {
  it('only qualifies the person: joining the CEO is no role in the firm', () => {
    const t = triples(
      'Today, President Donald J. Trump joined Taiwan Semiconductor Manufacturing Company (TSMC) CEO C.C. Wei to announce a historic investment.',
    );
    expect(t.filter((x) => x.startsWith('person:donald-j-trump HOLDS_ROLE'))).toEqual([]);
  });
});

describe('a name inside another name', () => {
  it('is no party of the clause: the outer name owns the possessive ("the PRC Government’s strategy")', () => {
    expect(triples('The controls address the PRC Government’s military-civil fusion strategy.', 'ISSUED_BY')).toEqual([
      'policy:military-civil-fusion ISSUED_BY organization:prc-government',
    ]);
  });
});
