// Restrictions named by what they restrict, with any object: "restrictions on chip exports to China".
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { findRestrictionObjects } from '../../../../seed/stages/text/restriction-objects.ts';

const context = { gazetteer: loadGazetteer() };
const names = (s: string) => findRestrictionObjects(s).map((p) => p.name);
const policies = (raw: string) =>
  analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Policy')
    .map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(' ; ')}`);

describe('restriction objects', () => {
  it('reads a restriction noun with its object, to the end of the noun phrase', () => {
    expect(names('Washington imposed restrictions on chip exports to China last year.')).toEqual([
      'restrictions on chip exports to China',
    ]);
    expect(names('The curbs on sales of advanced chips to China hurt Nvidia.')).toEqual([
      'curbs on sales of advanced chips to China',
    ]);
    expect(names('Sanctions against Huawei were widened.')).toEqual(['sanctions against Huawei']);
    expect(names('China announced export controls on gallium and germanium in July.')).toEqual([
      'export controls on gallium and germanium',
    ]);
    expect(names('It cut limitations on the sale of chips developed by Nvidia.')).toEqual([
      'limitations on the sale of chips',
    ]);
  });

  it('ends the object before a time phrase, a second measure, a new phrase after "and", a verb or an adverb', () => {
    expect(names('It put tighter controls on the border on Tuesday.')).toEqual(['controls on the border']);
    expect(names('It imposed export controls on China and tariffs on steel.')).toEqual([
      'export controls on China',
      'tariffs on steel',
    ]);
    expect(names('He backed a ban on Muslims and other controversial statements.')).toEqual(['ban on Muslims']);
    expect(names('The crackdown on media freedom was wide. Controls on hate speech here are weak.')).toEqual([
      'crackdown on media freedom',
      'controls on hate speech',
    ]);
  });

  it('reads no object after a noun of effect, a pronoun or nothing', () => {
    expect(names('They studied the impact of export controls on the U.S. economy.')).toEqual([]);
    expect(names('Beijing criticized the export restrictions on them.')).toEqual([]);
  });

  it('widens the phrase over its modifiers in the pipeline', () => {
    expect(policies('The Netherlands introduced new rules on exports of lithography machines.')).toEqual([
      'rules on exports of lithography machines | new rules on exports of lithography machines',
    ]);
  });

  it("gives a plain restriction on trade to the headline's country the headline title's name", () => {
    expect(
      policies(
        'Netherlands to Join US Chip-Export Ban to China\n\nThe Dutch will join U.S. restrictions on exporting chip-making technology to China.',
      ),
    ).toEqual([
      'US Chip-Export Ban | US Chip-Export Ban to China ; U.S. restrictions on exporting chip-making technology to China',
    ]);
  });
});
