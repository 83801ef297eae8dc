// The tagger's names as the settle rule reads them: a name of ordinary words only needs a sure tagger ("Other Measures"); a
// middle initial without its full stop does not split a person ("Christina N Luis Olidem").
import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../../../seed/ner/tagger.ts';
import type { Found, SentenceScan } from '../../../seed/stages/mention-rules/found-mention.ts';
import { settleByTagger } from '../../../seed/stages/mention-rules/tagger-settle.ts';
import { tokenize } from '../../../seed/stages/text/tokens.ts';

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

describe('a middle initial without its full stop', () => {
  const line = 'It leaks . - Christina N Luis Olidem';
  const ltoks = tokenize(line, 0, line.length);
  const lscan: SentenceScan = { start: 0, text: line, toks: ltoks, index: 0, caps: false, headline: false };
  const at = (w: string) => ltoks.findIndex((t) => t.text === w);
  const per = (first: number, last: number, margin: number): NameSpan => ({
    start: ltoks[first].start,
    end: ltoks[last].end,
    type: 'PER',
    first,
    last,
    margin,
  });

  it('joins the two halves the tagger read into one person', () => {
    const found: Found[] = [];
    settleByTagger(
      found,
      [[per(at('Christina'), at('Christina'), 30), per(at('Luis'), at('Olidem'), 20)]],
      [lscan],
      line,
      () => false,
    );
    expect(found.map((f) => `${f.type} ${line.slice(f.start, f.end)}`)).toEqual(['Person Christina N Luis Olidem']);
  });
});
