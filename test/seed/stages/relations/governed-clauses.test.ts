// A subject that is another verb's object, with an infinitive after it: "may allow Nvidia to sell the H20 to China"
// states what is allowed, urged or expected; the governing verb is the relationship's modality. And a seller named
// after another company that is not listed with it ("Nvidia's rival AMD sells to China") is not the seller.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './_relations-of.ts';

const sales = (raw: string) =>
  relationsOf(raw)
    .filter((r) => r.type === 'SELLS_TO')
    .map((r) => `${r.from} ${r.to} ${r.properties?.modality ?? ''}`.trim());

describe('clauses governed by another verb', () => {
  it('records the governing verb as the modality', () => {
    expect(sales('The Trump administration may allow Nvidia to sell the H20 to China.')).toEqual([
      'company:nvidia country:china allow',
    ]);
    expect(sales('The Trump administration urged Nvidia to sell to Saudi Arabia.')).toEqual([
      'company:nvidia country:saudi-arabia urge',
    ]);
  });

  it('reads no sale that a verb keeps a listed subject from ("bars X and Y from selling")', () => {
    expect(sales('The rule bars Nvidia and AMD from selling advanced chips to China.')).toEqual([]);
    expect(sales('The rule allows Nvidia and AMD to sell chips to China.').sort()).toEqual([
      'company:amd country:china allow',
      'company:nvidia country:china allow',
    ]);
  });

  it('keeps a plain sale a fact', () => {
    expect(sales('Nvidia sells chips to China.')).toEqual(['company:nvidia country:china']);
  });
});

describe('the seller of a sale', () => {
  it('is the company listed, not one a possessive names before it', () => {
    expect(sales("Nvidia's rival AMD also sells to China.")).toEqual(['company:amd country:china']);
    expect(sales('Nvidia and AMD sell to China.').sort()).toEqual([
      'company:amd country:china',
      'company:nvidia country:china',
    ]);
  });
});
