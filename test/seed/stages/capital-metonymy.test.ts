// Rule "capitals for their country" (seed/stages/mention-rules/capital-metonymy.ts): a capital that acts, owns or is a
// side of a rivalry names its country; a capital something happens in stays a Place.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
function extract(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.map((e) => `${e.type}:${e.name}`);
}

describe('capitals for their country', () => {
  it('reads an acting, owning or opposing capital as its country', () => {
    const names = extract(
      'The rules are a key part of Washington’s strategy in its rivalry against Beijing, analysts said. In recent years, Beijing has been planning a series of chip funds.',
    );
    expect(names).toEqual(expect.arrayContaining(['Country:United States', 'Country:China']));
    expect(names.some((n) => n.startsWith('Place:'))).toBe(false);
  });

  it('keeps a capital that places something as a Place', () => {
    const names = extract(
      'The minister arrived in Washington on Thursday. Blinken met President Xi in Beijing in June.',
    );
    expect(names).toEqual(expect.arrayContaining(['Place:Washington', 'Place:Beijing']));
    expect(names.some((n) => n.startsWith('Country:'))).toBe(false);
  });
});
