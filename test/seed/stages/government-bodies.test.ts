// Rule "government by description" (seed/stages/text/government-bodies.ts): a country's government, military or state
// media named by description is an Organization tied to its country.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';

const context = { gazetteer: loadGazetteer() };
function extract(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return {
    names: out.entities.map((e) => `${e.type}:${e.name}`),
    rels: out.relations.map((r) => `${r.from} ${r.type} ${r.to}`),
  };
}

describe('government bodies named by description', () => {
  it("reads a ministry, agency, center or regulator with up to two words of its field after a country's possessive", () => {
    const { names } = extract(
      "Indonesia's volcanology center warned of a tsunami. China's commerce ministry said the rules were unfair. China's biggest chipmaker said sales rose. Nigerian thieves hire police.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["Organization:Indonesia's volcanology center", "Organization:China's commerce ministry"]),
    );
    expect(names.some((n) => n.includes('chipmaker') || n.includes('thieves'))).toBe(false);
  });

  it('makes "the U.S. government" and "China\'s government" organizations based in their countries, keeping the countries', () => {
    const { names, rels } = extract(
      "The U.S. government and China's government traded accusations over chip exports on Monday.",
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Organization:U.S. government',
        "Organization:China's government",
        'Country:United States',
        'Country:China',
      ]),
    );
    expect(rels).toContain('organization:u-s-government BASED_IN country:united-states');
    expect(rels).toContain('organization:china-s-government BASED_IN country:china');
  });

  it('reads a nationality before the body: "the German government", "Chinese state media"', () => {
    const { names, rels } = extract(
      'The German government said it would review the sale, Chinese state media reported.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Organization:German government', 'Organization:Chinese state media']),
    );
    expect(rels).toContain('organization:german-government BASED_IN country:germany');
    expect(rels).toContain('organization:chinese-state-media BASED_IN country:china');
  });

  it('names no body where the words only qualify another noun', () => {
    const { names } = extract('U.S. government officials declined to comment on the new rules for chip sales.');
    expect(names.some((n) => /government/.test(n))).toBe(false);
  });

  it('reads "military" as a body only where it ends the phrase or a verb follows', () => {
    const { names } = extract(
      'Washington added SMIC to a list of Chinese military companies. Allowing the U.S. military access to bases was a mistake, and the People’s Republic of China’s military, intelligence, and security services use the chips.',
    );
    expect(names.some((n) => /military/.test(n))).toBe(false);
    const spoke = extract('The North Korean military said it fired shells off its east coast on Wednesday.');
    expect(spoke.names).toContain('Organization:North Korean military');
  });

  it('merges a body written with and without its country\'s dots ("US House", "the U.S. House")', () => {
    const { names } = extract(
      'The U.S. House chose Mike Johnson on Wednesday as its new Speaker. Johnson of Louisiana is elected US House Speaker.',
    );
    expect(names.filter((n) => /House$/.test(n))).toEqual(['Organization:U.S. House']);
  });
});
