// The tagger on sentences written for these tests (not CoNLL text): people, organizations and places, with exact offsets.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../seed/pipeline.ts';
import { analyzeDocument } from '../../../seed/pipeline.ts';
import { tagText } from '../../../seed/ner/tagger.ts';

const g = loadGazetteer();
const names = (text: string) => tagText(text, g).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('names the tagger finds', () => {
  it('tags a person, an organization and a place in a new sentence', () => {
    const found = names(
      'Marta Olsen, a spokeswoman for the Nordic Shipping Association, said on Tuesday that the port of Gothenburg would reopen.',
    );
    expect(found).toContain('PER:Marta Olsen');
    expect(found).toContain('ORG:Nordic Shipping Association');
    expect(found).toContain('LOC:Gothenburg');
  });

  it('tags a company before a legal form and a city after "in"', () => {
    const found = names('Shares in Brevik Holdings Ltd fell 4 percent in Oslo after the company cut its forecast.');
    expect(found).toContain('ORG:Brevik Holdings Ltd');
    expect(found).toContain('LOC:Oslo');
  });

  it('tags names in raw news shapes: a possessive, a dotted abbreviation', () => {
    const found = names("Kalden Systems's chief, Tomas Weber, met U.S. officials in Washington.");
    expect(found).toContain('ORG:Kalden Systems');
    expect(found).toContain('PER:Tomas Weber');
    expect(found).toContain('LOC:U.S.');
  });

  it('finds nothing in a sentence without a capitalized word after its first', () => {
    expect(names('prices rose sharply on friday as traders bought more shares.')).toEqual([]);
  });
});

describe('offsets', () => {
  it('gives spans that slice the text to the name, ending on a word boundary', () => {
    const text = 'The deal was signed by Anna Kovac and Peter Lund of Meridan Bank in Zagreb.';
    const spans = tagText(text, g);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    for (const s of spans) {
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      expect(/\w/.test(text[s.end] ?? ' ')).toBe(false);
      expect(/\w/.test(text[s.start - 1] ?? ' ')).toBe(false);
    }
  });

  it('maps the pipeline mentions of tagged names back to the raw text exactly, with curly quotes and a possessive', () => {
    const raw =
      '\u201CWe will keep building,\u201D said Ingrid Solberg, whose firm Torvane Analytics\u2019s new office opened in Bergen on Monday.';
    const a = analyzeDocument({ id: 'ner-offsets', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }, [
      'normalize',
      'segment',
      'mentions',
    ]);
    const people = a.mentions.filter((m) => m.type === 'Person');
    expect(people.map((m) => m.text)).toContain('Ingrid Solberg');
    for (const m of a.mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
  });
});
