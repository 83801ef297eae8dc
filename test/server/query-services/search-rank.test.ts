// The ranking rules of entity search: normalization, the one-edit test, the order of match kinds, aliases below names, ties by mentions.
import { describe, expect, it } from 'vitest';
import {
  compareRanked,
  matchKind,
  normalize,
  rankEntity,
  withinOneEdit,
  type Rankable,
} from '../../../server/query-services/search-rank.ts';

describe('normalize', () => {
  it('lower-cases, strips accents and treats punctuation as spaces', () => {
    expect(normalize('  José  MUÑOZ ')).toBe('jose munoz');
    expect(normalize('Société-Générale, S.A.')).toBe('societe generale s a');
    expect(normalize('')).toBe('');
  });
});

describe('withinOneEdit (Damerau–Levenshtein ≤ 1)', () => {
  it.each([
    ['lutnik', 'lutnick', true], // insertion
    ['lutnickk', 'lutnick', true], // deletion
    ['lutnock', 'lutnick', true], // substitution
    ['nvdiia', 'nvidia', true], // transposition of neighbours
    ['nvidia', 'nvidia', true],
    ['lutnk', 'lutnick', false], // two deletions
    ['ntvidia', 'nvidia', true],
    ['abcd', 'badc', false], // two transpositions
    ['huang', 'huawei', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('matchKind', () => {
  it('orders exact > prefix > word-prefix > substring > typo', () => {
    expect(matchKind('nvidia', 'nvidia')).toBe('exact');
    expect(matchKind('nvid', 'nvidia')).toBe('prefix');
    expect(matchKind('lutn', 'howard lutnick')).toBe('word-prefix');
    expect(matchKind('lut how', 'howard lutnick')).toBe('word-prefix');
    expect(matchKind('vidi', 'nvidia')).toBe('substring');
    expect(matchKind('lutnik', 'howard lutnick')).toBe('typo');
    expect(matchKind('howrd lutnick', 'howard lutnick')).toBe('typo');
    expect(matchKind('lutmi', 'howard lutnick')).toBe('typo'); // a typo in a word still being typed
    expect(matchKind('xyz', 'howard lutnick')).toBeNull();
  });

  it('allows one edit per word, not two, and none in short words', () => {
    expect(matchKind('ltnk', 'howard lutnick')).toBeNull();
    expect(matchKind('amx', 'amd')).toBeNull();
  });
});

describe('rankEntity and compareRanked', () => {
  const e = (name: string, aliases: string[] = [], mentionCount = 0): Rankable => ({ name, aliases, mentionCount });

  it('ranks an alias match just below the same kind of match on the name', () => {
    const byName = rankEntity('lutnick', e('Lutnick'))!;
    const byAlias = rankEntity('lutnick', e('Howard Lutnick Sr', ['Lutnick']))!;
    expect(byName.kind).toBe('exact');
    expect(byAlias).toMatchObject({ kind: 'exact', field: 'alias', matched: 'Lutnick' });
    expect(byAlias.score).toBeLessThan(byName.score);
    expect(byAlias.score).toBeGreaterThan(rankEntity('lutn', e('Lutnick'))!.score);
  });

  it('takes the best of name and aliases', () => {
    expect(rankEntity('advanced micro', e('AMD', ['Advanced Micro Devices']))).toMatchObject({
      kind: 'prefix',
      field: 'alias',
    });
  });

  it('breaks ties by mentions, then by the shorter name', () => {
    const items = [e('Huawei Cloud', [], 1), e('Huawei', [], 1), e('Huawei Mobile', [], 9)].map((entity) => ({
      entity,
      rank: rankEntity('huawei', entity)!,
    }));
    items.sort(compareRanked);
    expect(items.map((i) => i.entity.name)).toEqual(['Huawei', 'Huawei Mobile', 'Huawei Cloud']);
  });
});
