// The in-domain scorer on a tiny hand-made gold/prediction pair whose right figures are worked out by hand.
import { describe, expect, it } from 'vitest';
import { locate, matchEntities, normName, score, type GoldDoc, type Predicted } from './indomain-score.ts';

const raw =
  'Nvidia CEO Jensen Huang said "we will comply with the rules." Taiwan Semiconductor Manufacturing Co. (TSMC) supplies Nvidia. Huang met Howard Lutnick in Washington.';

const gold: GoldDoc = {
  id: 'tiny',
  raw,
  entities: [
    { name: 'Nvidia', type: 'Company' },
    { name: 'Jensen Huang', type: 'Person', aliases: ['Huang'] },
    { name: 'Taiwan Semiconductor Manufacturing Co.', type: 'Company', aliases: ['TSMC'] },
    { name: 'Howard Lutnick', type: 'Person' },
    { name: 'Washington', type: 'Place' },
  ],
  statements: [{ speaker: 'Jensen Huang', text: 'we will comply with the rules.', cue: 'said' }],
  relations: [
    { from: 'Jensen Huang', type: 'LEADS', to: 'Nvidia' },
    { from: 'Taiwan Semiconductor Manufacturing Co.', type: 'SUPPLIES', to: 'Nvidia' },
    { from: 'Jensen Huang', type: 'MET_WITH', to: 'Howard Lutnick' },
  ],
};

const at = (s: string) => raw.indexOf(s);

const pred: Predicted = {
  entities: [
    { id: 'c:nvidia', name: 'NVIDIA', type: 'Company' },
    { id: 'p:huang', name: 'Jensen Huang', type: 'Person' },
    { id: 'c:tsmc', name: 'TSMC', type: 'Company' }, // alias match
    { id: 'p:lutnick', name: 'Lutnick', type: 'Person' }, // surname only: not a match (no alias in gold)
    { id: 'o:washington', name: 'Washington', type: 'Organization' }, // wrong class
    { id: 'p:curbs', name: 'Curbs Bite', type: 'Person' }, // spurious
    { id: 'o:publisher', name: 'Reuters', type: 'Organization', mentions: 0 }, // from metadata: not scored
  ],
  statements: [
    {
      speaker: 'p:huang',
      speakerName: 'Jensen Huang',
      text: 'we will comply',
      start: at('we will comply'),
      end: at('we will comply') + 'we will comply with the'.length,
    },
    {
      speaker: 'c:nvidia',
      speakerName: 'Nvidia',
      text: 'supplies Nvidia',
      start: at('supplies'),
      end: at('supplies') + 15,
    },
  ],
  relations: [
    { from: 'p:huang', type: 'LEADS', to: 'c:nvidia' }, // correct
    { from: 'c:nvidia', type: 'SELLS_TO', to: 'c:tsmc' }, // links gold SUPPLIES pair, wrong type and direction
    { from: 'p:huang', type: 'BASED_IN', to: 'o:washington' }, // not in gold
  ],
};

const value = (measure: string) => {
  const m = score([{ gold, pred }]).metrics.find((x) => x.measure === measure);
  if (!m) throw new Error(`no metric ${measure}`);
  return m.value;
};

describe('in-domain scorer', () => {
  it('normalizes names without substring games', () => {
    expect(normName('The Commerce Department’s')).toBe('commerce department');
    expect(normName('Taiwan Semiconductor Manufacturing Co.')).toBe('taiwan semiconductor manufacturing co');
    expect(normName('Lutnick')).not.toBe(normName('Howard Lutnick'));
  });

  it('matches entities one to one, by name or alias, within one class', () => {
    const m = matchEntities(gold.entities, pred.entities);
    expect([...m.entries()].sort()).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('scores entities: 3 of 5 gold found, 3 of 6 predicted right', () => {
    expect(value('entities: recall')).toBeCloseTo(3 / 5);
    expect(value('entities: precision')).toBeCloseTo(3 / 6);
    expect(value('entities Person: recall')).toBeCloseTo(1 / 2);
    expect(value('entities Person: precision')).toBeCloseTo(1 / 3);
  });

  it('scores statements: found with ≥ 50% coverage, speaker by entity, precision by ≥ 50% inside gold', () => {
    expect(value('statements: found')).toBe(1);
    expect(value('statements: speaker right (of found)')).toBe(1);
    expect(value('statements: precision')).toBeCloseTo(1 / 2);
  });

  it('scores relations: linked pairs in either direction, correct only with type and direction', () => {
    // LEADS linked; SUPPLIES linked (by SELLS_TO, reversed); MET_WITH not (Lutnick unmatched).
    expect(value('relations: gold facts linked (any type, either direction)')).toBeCloseTo(2 / 3);
    expect(value('relations: loader relationships correct (type and direction)')).toBeCloseTo(1 / 3);
    expect(value('relations: gold facts with the right type and direction (diagnostic)')).toBeCloseTo(1 / 3);
  });

  it('accepts any of several listed speakers, and no other', () => {
    const two = {
      ...gold,
      statements: [{ speaker: ['Howard Lutnick', 'Jensen Huang'], text: 'we will comply with the rules.' }],
    };
    expect(
      score([{ gold: two, pred }]).metrics.find((x) => x.measure === 'statements: speaker right (of found)')?.value,
    ).toBe(1);
    const other = { ...gold, statements: [{ speaker: ['Howard Lutnick'], text: 'we will comply with the rules.' }] };
    expect(
      score([{ gold: other, pred }]).metrics.find((x) => x.measure === 'statements: speaker right (of found)')?.value,
    ).toBe(0);
  });

  it('reports error kinds with examples', () => {
    const kinds = new Map(score([{ gold, pred }]).errors.map((e) => [e.kind, e]));
    expect(kinds.get('entity: Place found with another type')?.count).toBe(1);
    expect(kinds.get('entity: spurious Person')?.examples).toContain('tiny: Curbs Bite');
    expect(kinds.get('relation MET_WITH: an end not found as an entity')?.count).toBe(1);
  });

  it('locates a gold statement in the text after the front matter, even when the title repeats it', () => {
    const doc = '---\ntitle: "Moolenaar: Chips Are Not Toys"\n---\n\nMoolenaar: Chips Are Not Toys\n\nHe said more.';
    const body = doc.indexOf('\n\nMoolenaar') + 2;
    expect(locate(doc, 'Chips Are Not Toys')).toEqual({ start: body + 11, end: body + 11 + 18 });
    // Text found only in the front matter is still located there; no front matter means the first occurrence.
    expect(locate(doc, 'title')?.start).toBe(4);
    expect(locate('a b a', 'a')).toEqual({ start: 0, end: 1 });
    expect(locate(doc, 'absent')).toBeUndefined();
  });
});
