// Rule "a misspelt short form" (seed/stages/mention-rules/acronym-typos.ts): a short form that is a known one with two
// neighbouring letters swapped ("TMSC" beside "TSMC") is that name.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { isTransposition } from '../../../seed/stages/mention-rules/acronym-typos.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: a misspelt short form', () => {
  it('reads a known short form with two neighbouring letters swapped as that name', () => {
    const n = names('The TMSC plant in Arizona will open in 2025, TSMC said on Thursday.');
    expect(n).toContain('Company:TSMC');
    expect(n).not.toContain('Organization:TMSC');
  });
  it('swaps only two neighbouring letters', () => {
    expect(isTransposition('TMSC', 'TSMC')).toBe(true);
    expect(isTransposition('CMST', 'TSMC')).toBe(false);
    expect(isTransposition('TSMC', 'TSMC')).toBe(false);
  });
});
