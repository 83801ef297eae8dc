// The segment stage: sentences that abbreviations do not split, paragraphs, and boilerplate left out.
import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../../seed/stages/segment.ts';
import { analyzeDocument } from '../../../seed/pipeline.ts';

const split = (t: string) => sentences(t, 0, t.length).map((r) => t.slice(r.start, r.end));

describe('segment', () => {
  it('does not split after U.S., Mr., Inc. or an initial', () => {
    expect(split('Mr. Smith met U.S. officials at Acme Inc. on Monday. John F. Kennedy was not there.')).toEqual([
      'Mr. Smith met U.S. officials at Acme Inc. on Monday.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(split('The chips are made in the U.S. The company said so.')).toEqual([
      'The chips are made in the U.S.',
      'The company said so.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(split('"It works." He left.')).toEqual(['"It works."', 'He left.']);
  });

  it('reads single-newline paragraphs and joins hard-wrapped lines', () => {
    const t =
      'First paragraph ends here.\nSecond one starts and it is long enough to be wrapped at this point\nand continues here.';
    expect(paragraphs(t, 0, t.length).map((p) => t.slice(p.start, p.end))).toEqual([
      'First paragraph ends here.',
      'Second one starts and it is long enough to be wrapped at this point\nand continues here.',
    ]);
  });

  it('leaves out trailing promotion and other-script lines, by shape not by wording', () => {
    const raw =
      'Acme said on Monday that sales rose.\n\nSubscribe to our newsletter for daily updates!\n\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430 \u043d\u0430\u0448 \u043a\u0430\u043d\u0430\u043b!';
    const a = analyzeDocument({ id: 'promo', raw, bodyStart: 0, bodyEnd: raw.length });
    expect(a.sentences.map((s) => raw.slice(s.start, s.end))).toEqual(['Acme said on Monday that sales rose.']);
    expect(a.boilerplate).toHaveLength(2);
  });
});
