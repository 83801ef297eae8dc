// A name ending in a place's head word ("Sulawesi Island", "Yasukuni Shrine") is a Place, never a Person.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mentions: place head words', () => {
  it('types "Sulawesi Island" and "Yasukuni Shrine" as places', () => {
    const n = names(
      'Ash fell on Sulawesi Island on Wednesday. The prime minister sent an offering to Yasukuni Shrine in Tokyo.',
    );
    expect(n).toContain('Place:Sulawesi Island');
    expect(n).toContain('Place:Yasukuni Shrine');
    expect(n.some((x) => x.startsWith('Person:'))).toBe(false);
  });
  it("leaves a person's name alone", () => {
    expect(names('Jensen Huang said on Monday that demand was strong.')).toContain('Person:Jensen Huang');
  });
  it("types a region's name by its head word, however sure the tagger is of an organization", () => {
    const n = names(
      'Twenty of the organizations are government entities affiliated with the XUAR People’s Government Public Security Bureau, in the Xinjiang Uighur Autonomous Region (XUAR).',
    );
    expect(n).toContain('Place:Xinjiang Uighur Autonomous Region');
    expect(n).not.toContain('Organization:Xinjiang Uighur Autonomous Region');
  });
});
