// A pronoun's contraction ("I'm", "We're") before a name is not part of it: "I'm Chris Casquejo in Washington."
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mentions: a contraction before a name', () => {
  it('leaves "I\'m" out of a presenter\'s name', () => {
    const n = names("Welcome to the show. I'm Chris Casquejo in Washington. Chip exports to China fell this year.");
    expect(n).toContain('Person:Chris Casquejo');
    expect(n.some((x) => /I.m/.test(x))).toBe(false);
  });
  it('leaves a curly "I’m" out too', () => {
    const n = names('Good evening. I’m Maria Lopez reporting from Phoenix, where the chip plant opened on Monday.');
    expect(n).toContain('Person:Maria Lopez');
    expect(n.some((x) => /I.m/.test(x))).toBe(false);
  });
});
