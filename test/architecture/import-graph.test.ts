// The floors hold: core/ imports no other floor, seed/ and server/ never import each other, the client imports only core/.
import { describe, expect, it } from 'vitest';
import { floorViolations, readImportGraph } from '../_support/import-graph.ts';

const edges = readImportGraph();

describe('the import graph', () => {
  it('reads the imports of every floor, dynamic ones included', () => {
    const floors = new Set(edges.map((e) => e.from.split('/')[0]));
    expect([...floors].sort()).toEqual(['cli', 'client', 'core', 'seed', 'server']);
    expect(edges).toContainEqual({ from: 'server/main.ts', to: 'seed/load-corpus.ts' }); // the lazy import()
    expect(edges).toContainEqual({ from: 'client/src/wire-types.ts', to: 'core/wire.ts' });
  });

  it('has no import across floors except down to core/ (and the composition roots wiring the loader to a store)', () => {
    expect(floorViolations(edges)).toEqual([]);
  });

  it('reports an import from seed/ into server/, from server/ into seed/, from core/ up, and from the client into server/', () => {
    const bad = [
      { from: 'seed/load-corpus.ts', to: 'server/config.ts' },
      { from: 'server/startup.ts', to: 'seed/load-corpus.ts' },
      { from: 'core/wire.ts', to: 'seed/analysis.ts' },
      { from: 'client/src/api.ts', to: 'server/create-app.ts' },
      { from: 'server/main.ts', to: 'client/src/api.ts' },
    ];
    expect(floorViolations(bad)).toHaveLength(bad.length);
    expect(
      floorViolations([
        { from: 'server/main.ts', to: 'seed/load-corpus.ts' },
        { from: 'cli/load.ts', to: 'server/config.ts' },
      ]),
    ).toEqual([]);
  });
});
