// A nationality before a company: where it is based, unless the nationality qualifies another noun.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('demonym before a company', () => {
  it('places a company its nationality describes', () => {
    expect(triples('Chinese AI startup Moonshot AI released a model.', 'BASED_IN')).toContain(
      'company:moonshot-ai BASED_IN country:china',
    );
  });

  it('does not place a company after a nationality that qualifies demand, customers or a prepositional phrase', () => {
    expect(triples('Chinese demand for Nvidia accelerators rose sharply.', 'BASED_IN')).toEqual([]);
    expect(triples('Chinese customers Nvidia lost went to Huawei.', 'BASED_IN')).not.toContain(
      'company:nvidia BASED_IN country:china',
    );
  });

  it('does not place a company that follows the nationality’s noun phrase after a conjunction', () => {
    expect(
      triples('The chip could not be made without U.S. technology and thus SMIC may have broken the rule.', 'BASED_IN'),
    ).not.toContain('company:smic BASED_IN country:united-states');
    // a list goes on past its "and"
    expect(triples('Chinese firms Huawei and ZTE were added.', 'BASED_IN')).toEqual(
      expect.arrayContaining(['company:huawei BASED_IN country:china', 'company:zte BASED_IN country:china']),
    );
  });

  it('reads a nationality in an apposition after the company', () => {
    expect(triples('DeepSeek, a Chinese AI startup, released a model.', 'BASED_IN')).toEqual([
      'company:deepseek BASED_IN country:china',
    ]);
    expect(triples('Nvidia, the U.S. chip designer, said it would comply.', 'BASED_IN')).toEqual([
      'company:nvidia BASED_IN country:united-states',
    ]);
  });

  it('reads no home from an apposition whose nationality qualifies a customer or follows a preposition', () => {
    expect(triples('Nvidia, a supplier to Chinese firms, sued.', 'BASED_IN')).toEqual([]);
    expect(triples("Nvidia, the Chinese customers' favourite, said.", 'BASED_IN')).toEqual([]);
  });

  it('reads no home for a company after a body the nationality qualifies and a verb', () => {
    expect(triples('The U.S. Commerce Department added Huawei and SMIC to the Entity List.', 'BASED_IN')).toEqual([
      'organization:us-department-of-commerce BASED_IN country:united-states',
    ]);
    expect(triples('U.S. officials blacklisted Huawei.', 'BASED_IN')).toEqual([]);
  });

  it('keeps the nationality for every company of a list after it', () => {
    expect(
      triples('Chinese chip firms Piotech and SiCarrier Technology were added to the list.', 'BASED_IN').sort(),
    ).toEqual(['company:piotech BASED_IN country:china', 'company:sicarrier BASED_IN country:china']);
  });
});
