// A known country or place inside a longer name the tagger reads around it ("Cooperative Bank of Taiwan", "New York
// Stock Exchange"): the longer name replaces it when the tagger is sure; a place alone, or an unsure tagger, leaves it.
import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../../../seed/ner/tagger.ts';
import type { Found, SentenceScan } from '../../../seed/stages/mention-rules/found-mention.ts';
import { settleByTagger } from '../../../seed/stages/mention-rules/tagger-settle.ts';
import { tokenize } from '../../../seed/stages/text/tokens.ts';

const text = 'Cooperative Bank of Taiwan cut its prime rate .';
const toks = tokenize(text, 0, text.length);
const scan: SentenceScan = { start: 0, text, toks, index: 0, caps: false, headline: false };
const taiwan = (): Found => ({
  start: text.indexOf('Taiwan'),
  end: text.indexOf('Taiwan') + 6,
  type: 'Country',
  method: 'gazetteer',
  strength: 3,
  sentence: 0,
});
const span = (first: number, last: number, type: NameSpan['type'], margin: number): NameSpan => ({
  start: toks[first].start,
  end: toks[last].end,
  type,
  first,
  last,
  margin,
});
const settle = (names: NameSpan[]) => {
  const found = [taiwan()];
  settleByTagger(found, [names], [scan], text, () => false);
  return found.filter((f) => f.type !== 'Unknown').map((f) => `${f.type} ${text.slice(f.start, f.end)}`);
};

describe('a tagger name around a known place', () => {
  it('replaces the place when the tagger is sure of the longer name', () => {
    expect(settle([span(0, 3, 'ORG', 50)])).toEqual(['Organization Cooperative Bank of Taiwan']);
  });

  it('leaves the place when the tagger is unsure, names the place alone, or reads a person or a place', () => {
    expect(settle([span(0, 3, 'ORG', 2)])).toEqual(['Country Taiwan']);
    expect(settle([span(3, 3, 'ORG', 50)])).toEqual(['Country Taiwan']);
    expect(settle([span(0, 3, 'PER', 50)])).toEqual(['Country Taiwan']);
    expect(settle([span(0, 3, 'LOC', 50)])).toEqual(['Country Taiwan']);
  });
});

describe('a tagger name of ordinary words only', () => {
  const heading = 'The bill adds Other Measures to the list .';
  const htoks = tokenize(heading, 0, heading.length);
  const hscan: SentenceScan = { start: 0, text: heading, toks: htoks, index: 0, caps: false, headline: false };
  const at = htoks.findIndex((t) => t.text === 'Other');
  const name = (margin: number): NameSpan => ({
    start: htoks[at].start,
    end: htoks[at + 1].end,
    type: 'ORG',
    first: at,
    last: at + 1,
    margin,
  });
  const added = (margin: number) => {
    const found: Found[] = [];
    settleByTagger(found, [[name(margin)]], [hscan], heading, () => false);
    return found.map((f) => `${f.type} ${heading.slice(f.start, f.end)}`);
  };

  it('is added only when the tagger is sure: a title-case common word is more often a heading than a name', () => {
    expect(added(20)).toEqual([]);
    expect(added(80)).toEqual(['Organization Other Measures']);
  });
});
