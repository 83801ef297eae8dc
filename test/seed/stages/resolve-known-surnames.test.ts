// A surname the document never writes in full is the gazetteer's one well-known person of that surname (resolve.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../_analyze.ts';

const persons = (text: string) =>
  analyzeText(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('surnames of well-known persons', () => {
  it('names a titled surname after the gazetteer person of that surname', () => {
    expect(persons("Thanks to President Biden's leadership, Congress passed the bill.")).toEqual(['Joe Biden']);
    expect(persons('President Trump said the deal was good. Trump added that Nvidia would pay.')).toEqual([
      'Donald Trump',
    ]);
  });

  it("keeps the document's own full name of that surname", () => {
    expect(persons("The fund's founder, Ashley Biden, met investors. Biden said the fund was closed.")).toEqual([
      'Ashley Biden',
    ]);
  });

  it("leaves a woman's title and an unlisted surname alone", () => {
    expect(persons('Mrs. Biden spoke at the school on Monday.')).toEqual(['Biden']);
    expect(persons('Senator Cornyn backed the bill on Tuesday.')).toEqual(['Cornyn']);
  });
});
