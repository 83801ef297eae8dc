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

  it('leaves the place when the tagger is unsure, names the place alone, or reads a person', () => {
    expect(settle([span(0, 3, 'ORG', 2)])).toEqual(['Country Taiwan']);
    expect(settle([span(3, 3, 'ORG', 50)])).toEqual(['Country Taiwan']);
    expect(settle([span(0, 3, 'PER', 50)])).toEqual(['Country Taiwan']);
  });
});
