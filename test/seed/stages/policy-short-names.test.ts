// Rule "short names of a law" (seed/stages/resolve-rules/policy-short-names.ts): a law written in full and shortened
// in one document is one entity under its full name.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
function policies(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.filter((e) => e.type === 'Policy').map((e) => e.name);
}

describe('short names of a law', () => {
  it('merges "the CHIPS Act" and "CHIPS Act" into "the 2022 CHIPS and Science Act"', () => {
    const names = policies(
      'The funding comes from the bipartisan 2022 CHIPS and Science Act, which President Joe Biden signed. And the CHIPS Act, pulling that together, is working, he said. CHIPS Act grants went to Intel.',
    );
    expect(names.filter((n) => /CHIPS/.test(n))).toHaveLength(1);
    expect(names.find((n) => /CHIPS/.test(n))).toMatch(/CHIPS and Science Act/);
  });

  it('keeps apart two acts that share only their opening and head word', () => {
    const names = policies('Congress passed the Defense Production Act. Lawmakers also debated the Defense Act.');
    expect(names).toEqual(expect.arrayContaining(['Defense Production Act', 'Defense Act']));
  });

  it('merges a short name into the one longer title it opens', () => {
    const names = policies(
      'Final Rule Implementing the Outbound Order\n\nTreasury issued a Final Rule on Monday. The Final Rule takes effect in January.',
    );
    expect(names).toEqual(['Final Rule Implementing the Outbound Order']);
  });

  it('gives a known policy its gazetteer name under an era or a year, and the era its issuer', () => {
    const raw = 'Commerce announced the rescission of the Biden-Era Artificial Intelligence Diffusion Rule.';
    expect(policies(raw)).toEqual(['AI Diffusion Rule']);
    const out = toExtractionOutput(analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context));
    expect(out.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(
      'policy:ai-diffusion-rule ISSUED_BY organization:biden-administration',
    );
    expect(policies('Biden signed the 2022 CHIPS and Science Act.')).toEqual(['CHIPS and Science Act']);
    expect(policies('Trump rescinded the Biden-era AI diffusion rule in May.')).toEqual(['AI Diffusion Rule']);
  });
});
