// The hand-built test graph (test/_support/api-graph.ts) holds to what the loader really writes: its documents loaded
// through the real loader give nodes and relationships of the same shape (property names, value types, properties
// every one carries), so tests on the fixture test the graph users get.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../core/graph-model.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { DOCUMENTS, writeApiGraph } from '../_support/api-graph.ts';
import { graphShape, type KindShape } from '../_support/graph-shape.ts';

let real: Awaited<ReturnType<typeof graphShape>>;
let fixture: Awaited<ReturnType<typeof graphShape>>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-fixture-'));

beforeAll(async () => {
  for (const d of DOCUMENTS) {
    const front = `---\ntitle: ${JSON.stringify(d.title)}\nsource: ${d.source}\nurl: ${d.url}\ndate: ${d.date}\nlanguage: en\n---\n`;
    fs.writeFileSync(path.join(dir, `${d.id}.md`), `${front}${d.text}\n`);
  }
  const loaded = EmbeddedGraphStore.open({});
  const built = EmbeddedGraphStore.open({});
  try {
    const report = await loadCorpus(loaded, [dir], { maxDocumentBytes: 1_000_000 });
    expect(report.failed).toEqual([]);
    await writeApiGraph(built);
    [real, fixture] = [await graphShape(loaded), await graphShape(built)];
  } finally {
    await loaded.close();
    await built.close();
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a kind of the fixture lacks or adds against the same kind of a real load. */
function drift(loaderShape: KindShape, fixtureShape: KindShape): string[] {
  const out: string[] = [];
  for (const p of loaderShape.always)
    if (!fixtureShape.always.includes(p)) out.push(`lacks ${p}, which the loader always writes`);
  for (const [p, t] of Object.entries(fixtureShape.types)) {
    if (!(p in loaderShape.types)) out.push(`writes ${p}, which the loader never does`);
    else if (t !== loaderShape.types[p] && t !== '[]' && loaderShape.types[p] !== '[]')
      out.push(`${p} is ${t} where the loader writes ${loaderShape.types[p]}`);
  }
  return out;
}

/**
 * Typed relationships all carry the same provenance, and some carry more by the rule that found them (a clause's
 * `predicate`, a role's `title`): the loader's typed shape is every property any of them has, and those all of them have.
 */
function typedShape(shapes: Record<string, KindShape>): KindShape {
  const typed = Object.entries(shapes)
    .filter(([t]) => (RELATION_TYPES as readonly string[]).includes(t))
    .map(([, s]) => s);
  expect(typed.length, 'the real load found no typed relationship to compare with').toBeGreaterThan(0);
  const types = Object.assign({}, ...typed.map((s) => s.types)) as Record<string, string>;
  const always = typed.map((s) => s.always).reduce((a, b) => a.filter((p) => b.includes(p)));
  return { types, always };
}

describe('the hand-built fixture against a real load of its documents', () => {
  it("has the loader's node shapes: documents, statements and every entity label", () => {
    const kinds = Object.keys(fixture.nodes).filter((k) => k in real.nodes);
    expect(kinds).toEqual(expect.arrayContaining(['Document', 'Statement', 'Person', 'Company', 'Chip']));
    for (const k of kinds) expect(drift(real.nodes[k], fixture.nodes[k]), k).toEqual([]);
  });

  it("has the loader's relationship shapes: mentions, statements' links, and typed relationships with their provenance", () => {
    for (const k of Object.keys(fixture.relationships)) {
      const loaderShape = (RELATION_TYPES as readonly string[]).includes(k)
        ? typedShape(real.relationships)
        : real.relationships[k];
      expect(loaderShape, `the real load has no ${k}`).toBeDefined();
      expect(drift(loaderShape, fixture.relationships[k]), k).toEqual([]);
    }
  });

  it('finds drift: a relationship that writes `sources` instead of the source lists is reported', () => {
    const loaderShape = typedShape(real.relationships);
    const drifted: KindShape = {
      types: { ...loaderShape.types, sources: 'string[]' },
      always: loaderShape.always.filter((p) => p !== 'sourceDocIds'),
    };
    delete drifted.types.sourceDocIds;
    expect(drift(loaderShape, drifted)).toEqual([
      'lacks sourceDocIds, which the loader always writes',
      'writes sources, which the loader never does',
    ]);
  });
});
