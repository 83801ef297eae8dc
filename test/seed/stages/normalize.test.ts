// The normalize stage: straight quotes, plain dashes and NFC, with offsets that still point into the raw text.
import { describe, expect, it } from 'vitest';
import { normalizeText, inverse } from '../../../seed/stages/normalize.ts';
import { analyzeDocument } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { offsetErrors } from '../_analyze.ts';

describe('normalize', () => {
  it('straightens quotes and dashes without changing the length', () => {
    const { text, map } = normalizeText('\u201cYes\u201d \u2013 it\u2019s');
    expect(text).toBe('"Yes" - it\'s');
    expect([...map]).toEqual([...Array(13).keys()]);
  });

  it('maps every normalized offset back to the raw text when NFC shortens it', () => {
    const raw = 'Cafe\u0301 owner Rene\u0301 said';
    const { text, map } = normalizeText(raw);
    expect(text).toBe('Caf\u00e9 owner Ren\u00e9 said');
    const at = text.indexOf('said');
    expect(raw.slice(map[at], map[at + 4])).toBe('said');
    expect(inverse(map)(raw.indexOf('said'))).toBe(at);
  });

  it('drops zero-width characters and keeps names whole', () => {
    const { text } = normalizeText('Nvi\u200bdia');
    expect(text).toBe('Nvidia');
  });

  it('gives raw offsets through the whole pipeline on decomposed, curly-quoted text', () => {
    const raw =
      '\u201cWe will not stop,\u201d said Jose\u0301 Mari\u0301a Lo\u0301pez, the chief executive of Acme Corp. \u201cNever.\u201d';
    const out = toExtractionOutput(analyzeDocument({ id: 'nfd', raw, bodyStart: 0, bodyEnd: raw.length }));
    expect(offsetErrors(raw, out)).toEqual([]);
    // One quotation split by its attribution: one statement over both parts (its text is the raw span).
    expect(out.statements.map((s) => s.text)).toEqual([raw.slice(1, -1)]);
    expect(new Set(out.statements.map((s) => s.speakerName)).size).toBe(1);
  });
});
