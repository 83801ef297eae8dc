// Predicates without a written subject: a person's possessive pronoun before a relational noun, a participle adjunct.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('implicit subjects', () => {
  it('reads "his meeting with Y" for the person the pronoun stands for', () => {
    expect(
      triples(
        'In his meeting with Dutch Prime Minister Mark Rutte on Tuesday at the White House, President Joe Biden appeared to have made no progress.',
        'MET_WITH',
      ),
    ).toEqual(['person:joe-biden MET_WITH person:mark-rutte']);
    expect(triples('Xi Jinping said his talks with Joe Biden were candid.', 'MET_WITH')).toEqual([
      'person:xi-jinping MET_WITH person:joe-biden',
    ]);
    expect(
      triples('Jensen Huang visited Beijing. His meeting with Vice Premier He Lifeng lasted an hour.', 'MET_WITH'),
    ).toEqual(['person:jensen-huang MET_WITH person:he-lifeng']);
  });

  it("reads the sentence's subject as the pronoun's owner", () => {
    expect(triples('Xi Jinping praised Joe Biden before his meeting with Vladimir Putin.', 'MET_WITH')).toEqual([
      'person:xi-jinping MET_WITH person:vladimir-putin',
    ]);
  });

  it('reads no owner for the pronoun when no person stands before it or opens the main clause', () => {
    expect(triples('Nvidia praised his talks with Joe Biden.', 'MET_WITH')).toEqual([]);
  });

  it("gives a participle adjunct the sentence's subject", () => {
    expect(
      triples(
        'Apple CEO Tim Cook said the company will consider manufacturing in Indonesia after meeting with outgoing Indonesian President Joko Widodo on Wednesday.',
        'MET_WITH',
      ),
    ).toEqual(['person:tim-cook MET_WITH person:joko-widodo']);
    // A subject inside a quotation is not read; nor a country named there.
    expect(
      triples(
        '"We have had problems with intrusions from Russia," Obama said after meeting with Russian President Vladimir Putin.',
        'MET_WITH',
      ),
    ).toEqual([]);
    // The sentence's subject is no person: no meeting is read for anyone else.
    expect(triples('Nvidia said its sales rose after meeting with Joe Biden.', 'MET_WITH')).toEqual([]);
  });
});
