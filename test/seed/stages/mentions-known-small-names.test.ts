// Small known-name cases: a place the gazetteer lists keeps its type whatever context cue stands near it
// (found-mention.ts mayBeTeam); the gazetteer's Blair House; a country's airline ("Iran Air", the
// lexicon's companyHeads); an era ("Biden-era") names no administration, only implies its issuer (text/phrases.ts, resolve.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../_analyze.ts';

const entities = (raw: string) => analyzeText(raw).entities.map((e) => `${e.type}:${e.name}`);

describe('known small names', () => {
  it('keeps a gazetteer place a place after "at" or "in"', () => {
    expect(entities('Startups in Silicon Valley grew. Xi stayed at Blair House.')).toEqual(
      expect.arrayContaining(['Place:Silicon Valley', 'Place:Blair House']),
    );
  });

  it("reads a country's airline as a company", () => {
    expect(entities('Sanctions hit Iran Air last year.')).toContain('Company:Iran Air');
  });

  it('reads no administration named into an era, only the issuer it implies', () => {
    const a = analyzeText('Trump rescinded the Biden-era AI diffusion rule in May.');
    const adm = a.entities.find((e) => e.name === 'Biden administration');
    // The issuer stands behind the rule, but the text names no administration: no mention of it.
    expect(adm?.mentions).toEqual([]);
    expect(a.relations.some((r) => r.to === adm?.id && r.type === 'ISSUED_BY')).toBe(true);
    const named = analyzeText('The Biden administration issued the rule.').entities.find(
      (e) => e.name === 'Biden administration',
    );
    expect(named?.mentions.map((m) => m.text)).toEqual(['Biden administration']);
  });
});
