// Loads the shipped seed article into every test store and runs every built-in saved query on it with the rows a reader of
// the article expects: exact rows where the article settles them (Lutnick's seven statements, the one meeting between
// Huang and Trump, Nvidia named eight times), and exact counts with the key rows where the loader's reading decides the
// rest (a pair of entities per co-mention, a path per chip Nvidia makes). The loader builds the same graph on each store
// (same fingerprint: every node, relationship and property).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { BUILT_IN_QUERY_IDS, runBuiltIn, testCatalog } from '../_support/catalog.ts';
import { isGraphPath, type GraphStore } from '../../core/graph-store.ts';
import { loadCorpus, type LoadReport } from '../../seed/load-corpus.ts';
import { graphFingerprint, type GraphFingerprint } from '../_support/graph-fingerprint.ts';
import { STORES, forEachStore } from '../_support/stores.ts';

const config = loadConfig({});
const catalog = testCatalog();
const fingerprints = new Map<string, GraphFingerprint>();

/** The seed article: one undated document from ForkLog. */
const ARTICLE = {
  documentId: 'us-permits-downgraded-ai-chips',
  title: 'US Permits Import of Downgraded AI Chips to China',
};
const POLICY = 'policy:biden-administration-export-restrictions';

/** Property keys with the JSON type of their values, per label: what a store's value mapping could change. */
async function propertyTypes(store: GraphStore): Promise<string[]> {
  const rows = (await store.run('MATCH (n) RETURN labels(n) AS labels, n AS node')).rows;
  const seen = new Set<string>();
  for (const r of rows) {
    const node = r.node as { properties: Record<string, unknown> };
    for (const [k, v] of Object.entries(node.properties)) {
      const type = Array.isArray(v)
        ? `list<${[...new Set(v.map((x) => typeof x))].join('|')}>`
        : v === null
          ? 'null'
          : typeof v;
      seen.add(`${(r.labels as string[]).sort().join(':')}.${k}: ${type}`);
    }
  }
  return [...seen].sort();
}
const types = new Map<string, string[]>();

type Row = Record<string, unknown>;
const byText = (a: Row, b: Row) => String(a.statement).localeCompare(String(b.statement));
const sorted = (v: unknown) => [...(v as string[])].sort();

it('covers every built-in saved query (a new one needs its expected rows here)', () => {
  expect(catalog.queries.map((q) => q.id)).toEqual(BUILT_IN_QUERY_IDS);
});

forEachStore('built-in saved queries on the seed article', (s) => {
  let store: GraphStore;
  let report: LoadReport;

  /** A built-in query by id, its parameters coerced as the API does (defaults for the rest). */
  const run = (id: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
    runBuiltIn(catalog, store, id, params);
  /** Each path row as the ids along it and the relationship types between them. */
  async function paths(id: string, params: Record<string, unknown> = {}): Promise<string[]> {
    return (await run(id, params))
      .map(({ path }) => {
        if (!isGraphPath(path)) throw new Error(`${id}: not a path: ${JSON.stringify(path)}`);
        const hops = path.relationships.map((rel, i) => ` -${rel.type}- ${path.nodes[i + 1].id}`);
        return `${path.nodes[0].id}${hops.join('')}`;
      })
      .sort();
  }

  beforeAll(async () => {
    store = await s.open();
    report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    fingerprints.set(s.kind, await graphFingerprint(store));
    types.set(s.kind, await propertyTypes(store));
  }, 600_000);

  afterAll(async () => {
    await store?.close();
  });

  it('loads the seed article without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.loaded).toBe(1);
  });

  it('everything-a-person-said: the seven things Howard Lutnick said, three quoted and four reported, one via CNBC', async () => {
    const rows = await run('everything-a-person-said');
    expect(rows.map((r) => ({ statement: r.statement, kind: r.kind, cue: r.cue })).sort(byText)).toEqual(
      [
        { statement: 'does not transfer the best technology', kind: 'direct', cue: 'stated' },
        {
          statement:
            'the chipmaker plans to sell China the “fourth-tier” chip, which is slower than the most advanced solutions used in the US',
          kind: 'indirect',
          cue: 'according to',
        },
        {
          statement: 'We are not selling them the best, second best, or even third best. Only the fourth',
          kind: 'direct',
          cue: 'said',
        },
        {
          statement: 'the resumption of supplies is linked to a rare earth metals deal',
          kind: 'indirect',
          cue: 'added',
        },
        {
          statement:
            'it is in the US interest for Chinese companies to continue using American developments, maintaining a connection to the “technology stack.”',
          kind: 'indirect',
          cue: 'noted',
        },
        {
          statement:
            'The idea is that the Chinese are more than capable of creating their own system. We just need to maintain technological superiority by at least one step so they continue buying our chips',
          kind: 'direct',
          cue: 'noted',
        },
        {
          statement:
            'We need to sell the Chinese enough so that their developers get hooked on the American technology stack. That’s the logic',
          kind: 'direct',
          cue: 'added',
        },
      ].sort(byText),
    );
    for (const r of rows) expect([r.document, r.url, r.date]).toEqual([ARTICLE.title, null, null]);
    expect(rows.filter((r) => r.via !== null).map((r) => [r.statement, r.via])).toEqual([
      ['does not transfer the best technology', 'CNBC'],
    ]);
    const about = (text: string) => sorted(rows.find((r) => r.statement === text)?.about);
    expect(about('the resumption of supplies is linked to a rare earth metals deal')).toContain(
      'rare earth metals deal',
    );
    expect(
      about(
        'the chipmaker plans to sell China the “fourth-tier” chip, which is slower than the most advanced solutions used in the US',
      ),
    ).toEqual(expect.arrayContaining(['China', 'Nvidia']));
    expect(await run('everything-a-person-said', { limit: 2 })).toHaveLength(2);
    expect(await run('everything-a-person-said', { speaker: 'person:donald-trump' })).toEqual([]); // he only met Huang
  });

  it('who-said-what-about: H20 — Huang glad its export restrictions were lifted (Nvidia "announced its intention" has no content clause: no statement)', async () => {
    const rows = await run('who-said-what-about');
    expect(
      rows.map(({ speakerId, speaker, statement, kind, cue }) => ({ speakerId, speaker, statement, kind, cue })),
    ).toEqual([
      {
        speakerId: 'person:jensen-huang',
        speaker: 'Jensen Huang',
        statement:
          'I am very pleased that the export restrictions on H20 have been lifted, and now we can serve this market',
        kind: 'direct',
        cue: 'noted',
      },
    ]);
    for (const r of rows) expect([r.document, r.date]).toEqual([ARTICLE.title, null]);
  });

  it('statements-about-two-entities: Nvidia and China — Lutnick on the fourth-tier chip, Huang on Nvidia platforms in China', async () => {
    const rows = await run('statements-about-two-entities');
    expect(rows.map((r) => [r.speaker, r.kind, r.statement])).toEqual([
      [
        'Howard Lutnick',
        'indirect',
        'the chipmaker plans to sell China the “fourth-tier” chip, which is slower than the most advanced solutions used in the US',
      ],
      [
        'Jensen Huang',
        'indirect',
        'China has achieved “extremely rapid technological progress” thanks to the efforts of its researchers, developers, and entrepreneurs, and today more than 1.5 million engineers in the country are creating solutions based on Nvidia platforms',
      ],
    ]);
    for (const r of rows) expect([r.document, r.url, r.date]).toEqual([ARTICLE.title, null, null]);
  });

  it('documents-citing-entity: the article names Nvidia eight times', async () => {
    const rows = await run('documents-citing-entity');
    const aboutNvidia = await run('who-said-what-about', { about: 'company:nvidia' });
    expect(rows).toEqual([
      {
        documentId: ARTICLE.documentId,
        title: ARTICLE.title,
        source: 'ForkLog',
        url: null,
        date: null,
        mentions: 8,
        statements: aboutNvidia.length,
      },
    ]);
    expect(aboutNvidia.length).toBeGreaterThanOrEqual(2); // the two statements about Nvidia and China, at least
  });

  it('companies-affected-by-policy: the Biden export restrictions reach Nvidia through the H20 made in response', async () => {
    expect(await run('companies-affected-by-policy')).toEqual([
      { companyId: 'company:nvidia', company: 'Nvidia', how: ['IN_RESPONSE_TO'], through: ['H20'] },
    ]);
  });

  it("company-chips: Nvidia's chips, the H20 based on Hopper among them", async () => {
    const rows = await run('company-chips');
    const made = await store.run(
      'MATCH (:Company {id: $id})-[:MAKES]->(c:Entity) WHERE c:Chip OR c:ChipFamily RETURN c.id AS id ORDER BY id',
      { id: 'company:nvidia' },
    );
    expect(rows.map((r) => r.chipId)).toEqual(made.rows.map((r) => r.id)); // one row per chip, ordered by name
    expect(rows.find((r) => r.chipId === 'chip:h20')).toEqual({
      chipId: 'chip:h20',
      chip: 'H20',
      type: 'Chip',
      architecture: ['Hopper'],
      variantOf: [],
      variants: [],
    });
    // "In March, Nvidia announced new processors … Blackwell Ultra and Vera Rubin"; "a new, fully compliant RTX PRO".
    expect(rows.map((r) => r.chipId)).toEqual(
      expect.arrayContaining(['chip:blackwell-ultra', 'chip:h20', 'chip:rtx-pro', 'chip:vera-rubin']),
    );
    expect(await run('company-chips', { company: 'company:amd' })).toEqual([]); // AMD only "made a similar statement"
  });

  it('policy-trace: from the Biden restrictions to the H20, its Hopper architecture, Nvidia and every other chip Nvidia makes', async () => {
    const others = (await run('company-chips')).map((r) => r.chipId).filter((id) => id !== 'chip:h20');
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(await paths('policy-trace')).toEqual(
      [
        `${POLICY} -IN_RESPONSE_TO- chip:h20`,
        `${POLICY} -IN_RESPONSE_TO- chip:h20 -BASED_ON- chipfamily:hopper`,
        `${POLICY} -IN_RESPONSE_TO- chip:h20 -MAKES- company:nvidia`,
        ...others.map((id) => `${POLICY} -IN_RESPONSE_TO- chip:h20 -MAKES- company:nvidia -MAKES- ${id}`),
      ].sort(),
    );
    expect(await paths('policy-trace', { limit: 1 })).toHaveLength(1);
  });

  it('shortest-evidence-path: Huang and Trump met in Washington — one hop', async () => {
    expect(await paths('shortest-evidence-path')).toEqual(['person:jensen-huang -MET_WITH- person:donald-trump']);
    expect(await run('shortest-evidence-path', { to: 'person:jensen-huang' })).toEqual([]); // not to itself
  });

  it('most-connected-actors: Nvidia, China, Huang and Lutnick lead; every actor the article names is listed', async () => {
    const rows = await run('most-connected-actors');
    expect(new Set(rows.slice(0, 4).map((r) => r.id))).toEqual(
      new Set(['company:nvidia', 'country:china', 'person:jensen-huang', 'person:howard-lutnick']),
    );
    expect(rows.map((r) => [r.id, r.type])).toEqual(
      expect.arrayContaining([
        ['person:donald-trump', 'Person'],
        ['company:amd', 'Company'],
        ['company:alibaba', 'Company'],
        ['company:baidu', 'Company'],
        ['company:deepseek', 'Company'],
        ['company:minimax', 'Company'],
        ['company:moonshot-ai', 'Company'],
        ['company:tencent', 'Company'],
        ['country:united-states', 'Country'],
        ['organization:cnbc', 'Organization'],
        ['organization:biden-administration', 'Organization'],
        ['organization:trump-administration', 'Organization'],
        ['organization:us-department-of-commerce', 'Organization'],
      ]),
    );
    for (const r of rows) expect(['Person', 'Company', 'Organization', 'Country']).toContain(r.type);
    const degrees = rows.map((r) => r.degree as number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(rows.find((r) => r.id === 'person:howard-lutnick')?.statements).toBe(7);
    const actors = await store.run(
      'MATCH (a:Entity) WHERE a:Person OR a:Company OR a:Organization OR a:Country RETURN count(a) AS n',
    );
    expect(rows).toHaveLength(Math.min(25, actors.rows[0].n as number));
    expect(await run('most-connected-actors', { limit: 3 })).toEqual(rows.slice(0, 3));
  });

  it('co-mentioned-entities: every pair from the one document, Nvidia and China with their two statements', async () => {
    const mentioned = (await store.run('MATCH (e:Entity)-[:MENTIONED_IN]->(:Document) RETURN count(e) AS n')).rows[0]
      .n as number;
    const pairs = (mentioned * (mentioned - 1)) / 2;
    expect(await run('co-mentioned-entities')).toHaveLength(Math.min(50, pairs));
    const all = await run('co-mentioned-entities', { limit: 10_000 });
    expect(all).toHaveLength(pairs);
    for (const r of all) {
      expect(r.documents).toBe(1);
      expect(String(r.firstId) < String(r.secondId)).toBe(true);
    }
    const together = await run('statements-about-two-entities');
    expect(all.find((r) => r.firstId === 'company:nvidia' && r.secondId === 'country:china')?.statements).toBe(
      together.length,
    );
    expect(await run('co-mentioned-entities', { minDocuments: 2 })).toEqual([]); // one document
  });

  it('statements-over-time: one undated row for the article, with every statement it reports and its speakers', async () => {
    const total = (
      await store.run(
        'MATCH (:Entity)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(:Document {id: $id}) RETURN count(s) AS n',
        {
          id: ARTICLE.documentId,
        },
      )
    ).rows[0].n as number;
    const rows = await run('statements-over-time');
    expect(rows).toHaveLength(1);
    expect({ ...rows[0], speakers: sorted(rows[0].speakers) }).toEqual({
      date: null,
      documentId: ARTICLE.documentId,
      document: ARTICLE.title,
      statements: total,
      speakers: expect.arrayContaining(['Howard Lutnick', 'Jensen Huang', 'Nvidia']),
    });
    expect(total).toBeGreaterThanOrEqual(7 + 2); // Lutnick's seven, and Huang's and Nvidia's on H20
    expect(await run('statements-over-time', { includeUndated: false })).toEqual([]); // the article has no date
  });
});

describe.runIf(STORES.length > 1)('the seed graph on every store', () => {
  it('is the same graph: labels, relationship types, counts, ids, property keys with their value types, and every value', () => {
    const [first, ...others] = STORES.map((s) => s.kind);
    const base = fingerprints.get(first)!;
    expect(base.nodes).toBeGreaterThan(0);
    for (const kind of others) {
      const f = fingerprints.get(kind)!;
      expect({ kind, labels: f.labels, types: f.types, nodes: f.nodes, relationships: f.relationships }).toEqual({
        kind,
        labels: base.labels,
        types: base.types,
        nodes: base.nodes,
        relationships: base.relationships,
      });
      expect(types.get(kind)).toEqual(types.get(first));
      expect(f.nodeIds).toEqual(base.nodeIds);
      expect(f.relationshipKeys).toEqual(base.relationshipKeys);
      expect(f.hash).toBe(base.hash);
    }
  });
});
