import { describe, expect, it } from 'vitest';
import { matchesOf, splitSpaces } from '../../../../seed/stages/text/matches.ts';

const viaMatchAll = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0], { ...m.groups }]);
const viaMatchesOf = (re: RegExp, s: string) => matchesOf(re, s).map((m) => [m.index, m[0], { ...m.groups }]);

describe('matchesOf', () => {
  it('finds exactly what matchAll finds, groups included', () => {
    const cases: [RegExp, string][] = [
      [/\b(?<verb>said|told)\b/g, 'He said it, she told them, and they said no.'],
      [/\S+/g, '  a  bb ccc  '],
      [/x*/g, 'axxbx'], // empty matches between the others
      [/(?:)/gu, 'a😀b'], // empty matches step over a whole code point in u mode
      [/\p{Lu}\w+/gu, 'Élan and Nvidia met Öztürk'],
    ];
    for (const [re, s] of cases) expect(viaMatchesOf(re, s), `${re} on ${s}`).toEqual(viaMatchAll(re, s));
  });

  it('leaves lastIndex at 0, so the same regex can be used inside the loop over its matches', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of matchesOf(re, '1 22 333')) seen.push(`${m[0]}:${matchesOf(re, m[0] + ' 9').length}`);
    expect(seen).toEqual(['1:2', '22:2', '333:2']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex without the g flag (it would loop for ever)', () => {
    expect(() => matchesOf(/a/, 'aaa')).toThrow(TypeError);
  });
});

describe('splitSpaces', () => {
  it('splits exactly as split(/\\s+/) does, empty edge pieces included', () => {
    for (const s of ['', ' ', 'a', 'a b', '  a \t b\n', 'Howard  Lutnick ', '\u00a0x\u2003y'])
      expect(splitSpaces(s), JSON.stringify(s)).toEqual(s.split(/\s+/));
  });

  it('splits random strings of spaces, line breaks and other characters as split(/\\s+/) does', () => {
    const alphabet = [
      'a',
      'B',
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u180e',
      '\u0085',
      '😀',
    ];
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = rand(12); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(splitSpaces(s), JSON.stringify(s)).toEqual(s.split(/\s+/));
    }
  });
});
