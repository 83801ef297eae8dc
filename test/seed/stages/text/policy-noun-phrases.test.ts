// Policies written as lower-case noun phrases: a register with what it lists, a policy named by an acronym or
// capitalized words before a lower-case head, a restriction on lower-case goods.
import { describe, expect, it } from 'vitest';
import { findPolicyNounPhrases } from '../../../../seed/stages/text/policy-noun-phrases.ts';
import { loadGazetteer } from '../../../../seed/pipeline.ts';

const g = loadGazetteer();
const names = (s: string) => findPolicyNounPhrases(s, g).map((p) => p.name);

describe('policy noun phrases', () => {
  it('reads a blacklist with the plural noun phrase it lists', () => {
    expect(names('The U.S. added SMIC to a blacklist of alleged Chinese military companies on Friday.')).toEqual([
      'blacklist of alleged Chinese military companies',
    ]);
    expect(names('It was put on a trade blacklist last year.')).toEqual(['trade blacklist']);
  });

  it('reads a lower-case head after an acronym or capitalized words no other entity has', () => {
    expect(names('The administration scrapped the AI diffusion rule.')).toEqual(['AI diffusion rule']);
    expect(names('The Secretary removed the entities from the CCMC list.')).toEqual(['CCMC list']);
    expect(names('It widened the Foreign Direct Product rules.')).toEqual(['Foreign Direct Product rules']);
  });

  it('makes no policy of a country, a company or one plain capitalized word before the head', () => {
    expect(names('The US rule hurt. The NVIDIA rules apply. The Biden plan failed. The Nvidia program grew.')).toEqual(
      [],
    );
    expect(names('He said the AI is a new rule.')).toEqual([]);
  });

  it('reads a restriction on lower-case goods', () => {
    expect(names('Trump threatened tariffs on semiconductors and export controls on chipmaking equipment.')).toEqual([
      'tariffs on semiconductors',
      'export controls on chipmaking equipment',
    ]);
  });

  it("reads tariffs named by their statute's section, with or without their goods", () => {
    expect(names('The statutory report on Section 301 tariffs was released.')).toEqual(['Section 301 tariffs']);
    expect(names('Trump announced Section 232 tariffs on semiconductors.')).toEqual([
      'Section 232 tariffs on semiconductors',
    ]);
  });

  it('reads a measure or an event named by its day, the month written in full in its name', () => {
    const found = (s: string) => findPolicyNounPhrases(s, g).map((p) => `${p.name} (${p.method})`);
    expect(found('These rules reinforce the October 7, 2022, controls to restrict the PRC.')).toEqual([
      'October 7, 2022 controls (phrase:dated-policy)',
    ]);
    expect(found('It widened the Oct. 7 rules.')).toEqual(['October 7 rules (phrase:dated-policy)']);
    expect(found('Voters head to the polls in the March 15 primary.')).toEqual([
      'March 15 primary (phrase:dated-event)',
    ]);
    // A date without a determiner, or before another noun, names nothing.
    expect(found('On October 7 rules changed. The October 7 statement was short.')).toEqual([]);
  });

  it('reads an executive order by its number', () => {
    expect(names('They urged enforcing E.O. 13873 and Executive Order 14117.')).toEqual([
      'Executive Order 13873',
      'Executive Order 14117',
    ]);
  });

  it("reads a legal instrument after its issuer's possessive", () => {
    expect(names('The lawmakers cited President Trump\u2019s memorandum to key agencies.')).toEqual([
      'President Trump\u2019s memorandum',
    ]);
    expect(names("Critics attacked Obama's executive orders on immigration.")).toEqual(["Obama's executive orders"]);
    expect(names("The Commerce Department's new rule takes effect.")).toEqual(["Commerce Department's new rule"]);
  });

  it('reads no governance, law of nature, purchase order or contraction as an instrument', () => {
    expect(names("The Communist Party's rule is firm. Moore's law slows. Nvidia's order of chips grew.")).toEqual([]);
    expect(names("It's rule by decree.")).toEqual([]);
  });
});
