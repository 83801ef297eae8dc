// Rule "a country before a name" (seed/stages/mention-rules/country-before-name.ts): a country written right before an
// organization's name that the name leaves out is still a mention of the country.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
function names(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.map((e) => `${e.type}:${e.name}`);
}

describe('a country before a name', () => {
  it('keeps the country of "the U.S. House Committee on Energy and Commerce"', () => {
    const n = names(
      'TikTok CEO Shou Zi Chew is scheduled to testify before the U.S. House Committee on Energy and Commerce.',
    );
    expect(n).toContain('Country:United States');
    expect(n.some((x) => x.startsWith('Organization:') && x.includes('Committee on Energy and Commerce'))).toBe(true);
  });
});
