// Rule "names by shape, lists and titles" (seed/stages/mention-rules/name-finder.ts) on known names: a known name with a
// possessive inside is read whole, and a territory the gazetteer lists as a place is a Place, not a Country.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mentions: known names', () => {
  it('reads "People\'s Republic of China" whole, as the country', () => {
    const n = names("The rule restricts exports to the People's Republic of China from next month.");
    expect(n).toContain('Country:China');
    expect(n.some((x) => x.includes("People's Republic") && !x.startsWith('Country:'))).toBe(false);
  });

  it('types Hong Kong and Macau as places, not countries', () => {
    const n = names('Shipments through Hong Kong and Macau rose, and China said it would look into them.');
    expect(n).toContain('Place:Hong Kong');
    expect(n).toContain('Place:Macau');
    expect(n).toContain('Country:China');
  });
});
