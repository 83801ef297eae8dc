// Events named by a phrase: a visit, with a canonical name from its arguments and links to visitor and place.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { triples } from './_relations-of.ts';

const context = { gazetteer: loadGazetteer() };

describe('event phrases', () => {
  it('makes "X\'s visit to Y" an event the visitor attended, in the place, named from both', () => {
    const t = triples("Jensen Huang's visit to Beijing drew crowds.");
    expect(t).toContain('person:jensen-huang ATTENDED event:jensen-huang-s-visit-to-beijing');
    expect(t).toContain('event:jensen-huang-s-visit-to-beijing BASED_IN place:beijing');
    // The names inside the phrase relate through the event, not directly.
    expect(t).not.toContain('person:jensen-huang ATTENDED place:beijing');
  });

  it('gives the event the mention of its phrase and merges it across wordings of the same visit', () => {
    const raw = "Jensen Huang arrived on Monday. Huang's visit to Beijing drew crowds.";
    const a = analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
    const ev = a.entities.find((e) => e.type === 'Event');
    expect(ev?.name).toBe("Jensen Huang's visit to Beijing");
    expect(ev?.mentions.map((m) => m.text)).toEqual(["Huang's visit to Beijing"]);
  });

  it('makes one visit to every place of a coordinated list, its mention covering the list', () => {
    const raw = 'Gina Raimondo arrived. She will discuss her visit to Beijing and Shanghai where she met officials.';
    const a = analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
    const ev = a.entities.find((e) => e.type === 'Event');
    expect(ev?.name).toBe("Gina Raimondo's visit to Beijing and Shanghai");
    expect(ev?.mentions.map((m) => m.text)).toEqual(['her visit to Beijing and Shanghai']);
    const t = triples("Jensen Huang's visit to Beijing and Shanghai drew crowds.");
    expect(t).toContain('event:jensen-huang-s-visit-to-beijing-and-shanghai BASED_IN place:beijing');
    expect(t).toContain('event:jensen-huang-s-visit-to-beijing-and-shanghai BASED_IN place:shanghai');
  });

  it('lets a later rule read the event: a response to the visit', () => {
    expect(
      triples("China suspended the talks in response to then-Speaker of the House Nancy Pelosi's visit to Taiwan."),
    ).toContain('country:china IN_RESPONSE_TO event:nancy-pelosi-s-visit-to-taiwan');
  });

  it('makes no event of another possessive noun', () => {
    expect(
      triples("Jensen Huang's speech to Beijing officials drew crowds.").filter((t) => t.includes('event:')),
    ).toEqual([]);
  });
});

describe('event phrases with a described or pronoun visitor', () => {
  it('names the visit by the person a description or a pronoun stands for', () => {
    for (const raw of [
      "Nvidia CEO Jensen Huang flew in on Monday. The chief executive's visit to Beijing drew crowds.",
      'Jensen Huang flew in on Monday. His visit to Beijing drew crowds.',
    ]) {
      const a = analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
      expect(a.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual([
        "Jensen Huang's visit to Beijing",
      ]);
    }
  });

  it('makes no visit of a pronoun with no one named before it', () => {
    expect(triples('His visit to Beijing drew crowds.').filter((t) => t.includes('event:'))).toEqual([]);
  });
});

describe('event phrases with the venue before the noun', () => {
  const events = (raw: string) =>
    analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
      .entities.filter((e) => e.type === 'Event')
      .map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(' ; ')}`);

  it('reads "X\'s [third] China visit" and "his Beijing trip" as the visit to the place, one visit whatever its noun', () => {
    expect(events("Nvidia CEO Jensen Huang's Beijing visit drew crowds.")).toEqual([
      "Jensen Huang's visit to Beijing | Jensen Huang's Beijing visit",
    ]);
    expect(
      events('Jensen Huang was cheerful on his third China visit. Huang said that he would extend his China trip.'),
    ).toEqual(["Jensen Huang's visit to China | his third China visit ; his China trip"]);
    expect(triples("Jensen Huang's Beijing visit drew crowds.")).toContain(
      'event:jensen-huang-s-visit-to-beijing BASED_IN place:beijing',
    );
  });

  it('makes no visit of another noun after the place, or of a place with no possessor', () => {
    expect(events("Huang's China sales fell. The China trip was long.")).toEqual([]);
  });
});
