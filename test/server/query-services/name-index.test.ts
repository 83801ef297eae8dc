// The name index finds entities by prefix, word prefix, substring, alias and one typo, filters by type, and stays fast at 100,000 entities.
import { describe, expect, it } from 'vitest';
import { NameIndex, toIndexedEntity } from '../../../server/query-services/name-index.ts';
import { compareRanked, normalize, rankEntity } from '../../../server/query-services/search-rank.ts';
import type { GraphNode } from '../../../core/graph-store.ts';

let seq = 0;
function entity(type: string, name: string, aliases: string[] = [], mentionCount = 0): GraphNode {
  const id = `${type.toLowerCase()}:${seq++}`;
  return { elementId: `n:${seq}`, id, labels: ['Entity', type], properties: { id, name, type, aliases, mentionCount } };
}

const index = new NameIndex(
  [
    entity('Person', 'Howard Lutnick', ['Lutnick'], 3),
    entity('Person', 'Jensen Huang', ['Huang'], 7),
    entity('Company', 'Huawei', [], 5),
    entity('Company', 'Nvidia', ['NVIDIA Corporation'], 9),
    entity('Company', 'AMD', ['Advanced Micro Devices'], 2),
    entity('Person', 'José Muñoz', [], 0),
    entity('Chip', 'H20', [], 4),
    entity('Chip', 'H200', [], 1),
  ].map(toIndexedEntity),
);
const names = (q: string, types?: string[]) => index.search(q, { limit: 10, types }).map((h) => h.entity.name);

describe('NameIndex.search', () => {
  it('finds a name from one typo ("lutnik" → Howard Lutnick)', () => {
    expect(names('lutnik')[0]).toBe('Howard Lutnick');
    expect(names('nvdiia')[0]).toBe('Nvidia');
  });

  it('is case- and accent-insensitive', () => {
    expect(names('JOSE munoz')).toEqual(['José Muñoz']);
    expect(names('muñ')).toEqual(['José Muñoz']);
  });

  it('ranks exact before prefix, and prefix by mentions', () => {
    expect(names('h20')).toEqual(['H20', 'H200']);
    expect(names('hu')).toEqual(['Huawei', 'Jensen Huang']); // Huawei: name prefix; Huang: word prefix
  });

  it('finds substrings and aliases', () => {
    expect(names('vidi')).toEqual(['Nvidia']);
    expect(index.search('micro devices', { limit: 5 })[0]).toMatchObject({
      entity: { name: 'AMD' },
      rank: { field: 'alias', kind: 'word-prefix' },
    });
  });

  it('keeps only the requested types', () => {
    expect(names('hu', ['Person'])).toEqual(['Jensen Huang']);
    expect(names('nothing like this')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });
});

describe('NameIndex agrees with ranking every entity', () => {
  // The index stops early, tier by tier; this proves it returns what ranking all entities and sorting would.
  let state = 7;
  const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const parts = ['an', 'bel', 'cor', 'dan', 'el', 'fen', 'ka', 'lo', 'mi', 'nor', 'ol', 'ru'];
  const word = () =>
    Array.from({ length: 2 + Math.floor(rand() * 2) }, () => parts[Math.floor(rand() * parts.length)]).join('');
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const all = Array.from({ length: 3000 }, (_, i) => {
    const name = `${cap(word())} ${cap(word())}${i % 7 === 0 ? ` ${cap(word())}` : ''}`;
    const aliases = i % 3 === 0 ? [cap(word()), `${word()} ${word()}`] : [];
    return toIndexedEntity(entity(['Person', 'Company', 'Chip'][i % 3], name, aliases, Math.floor(rand() * 20)));
  });
  const idx = new NameIndex(all);
  const samples = idx.entities.slice(0, 40).flatMap((e) => {
    const n = e.normName;
    const words = n.split(' ');
    return [
      n.slice(0, 2),
      n.slice(0, 3),
      n.slice(0, 5),
      n,
      words[1],
      words[1].slice(0, 3),
      `${words[1]} ${words[0].slice(0, 2)}`,
      n.slice(0, -2) + n.slice(-1),
      n.slice(2, 6),
      `${words[0].slice(0, 4)}x`,
      words[0].slice(1),
    ];
  });

  it.each([undefined, ['Person']])('for %s types', (types) => {
    for (const q of samples) {
      const nq = normalize(q);
      const brute = idx.entities
        .filter((e) => !types || types.includes(e.type))
        .map((entity) => ({ entity, rank: rankEntity(nq, entity)! }))
        .filter((h) => h.rank && !(h.rank.kind === 'substring' && nq.replace(/ /g, '').length < 3)) // the index finds substrings from 3 letters
        .sort(compareRanked)
        .slice(0, 10);
      const got = idx.search(q, { limit: 10, types });
      expect(
        got.map((h) => `${h.entity.name} ${h.rank.score}`),
        q,
      ).toEqual(brute.map((h) => `${h.entity.name} ${h.rank.score}`));
    }
  });
});

describe('NameIndex at 100,000 entities', () => {
  it('answers prefix, typo and substring searches in a few milliseconds', () => {
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'zo', 'pe', 'su', 'da', 'fi'];
    const word = (n: number) => {
      let s = '';
      for (let k = 0; k < 4; k++) s += syllables[(n >> (k * 3)) % syllables.length] ?? 'x';
      return s;
    };
    const big = new NameIndex(
      Array.from({ length: 100_000 }, (_, i) =>
        toIndexedEntity(
          entity(i % 2 ? 'Company' : 'Person', `${word(i)} ${word(i * 7 + 3)}`, i % 5 ? [] : [word(i * 13)], i % 97),
        ),
      ),
    );
    const queries = ['kalo', 'kalomine', 'kalominx', 'ruta vi', 'mine', 'zopesu', 'xyzzy'];
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const q of queries) {
        const t0 = performance.now();
        big.search(q, { limit: 10 });
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(
      `name index, 100k entities: p50 ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    );
    // The goal is 10 ms (measured by npm run bench:api); this bound only catches a fall back to ranking every entity (>100 ms).
    expect(p95).toBeLessThan(50);
  });
});
