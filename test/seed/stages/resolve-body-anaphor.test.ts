// The resolve stage's "the government", "the ministry", "the newspaper" (resolveAnaphors in seed/stages/resolve.ts): a
// description of a kind of body refers back to a body of that kind, never to the last organization of any kind.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('descriptions of a kind of body', () => {
  it('never makes a news agency "the government"', () => {
    const a = analyze(
      'Pence cited the Associated Press report, which notes that people outside the government who met with Hillary Clinton gave money.',
    );
    const gov = a.mentions.find((m) => m.text === 'the government');
    expect(gov?.canonical).not.toBe('Associated Press');
    expect(a.relations.filter((r) => r.type === 'MET_WITH')).toEqual([]);
  });

  it('still gives "the ministry" to the ministry named before it', () => {
    const a = analyze("Reuters reported that China's Commerce Ministry objected. The ministry said it would respond.");
    const m = a.mentions.find((x) => x.text === 'The ministry');
    expect(m?.canonical).toMatch(/Commerce Ministry/);
  });

  it('never makes a committee "the government"', () => {
    const a = analyze(
      'The House Select Committee wrote to NSA Waltz. The lawmakers asked him to prohibit the government from acquiring AI systems.',
    );
    const gov = a.mentions.find((m) => m.text === 'the government');
    expect(gov?.canonical ?? '').not.toMatch(/Committee/);
  });
});
