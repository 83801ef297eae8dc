// The read routes over the real embedded store: schema, search, entities, neighbours, paths, statements and documents, with their bad inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { openApiFixture, type ApiFixture } from '../../_support/api-app.ts';
import { DOCUMENTS } from '../../_support/api-graph.ts';
import type {
  DocumentResponse,
  EntityResponse,
  NeighborsResponse,
  PathsResponse,
  SearchResponse,
  StatementsResponse,
} from '../../../core/wire.ts';
import { forEachStore } from '../../_support/stores.ts';
import { QueryFailedError } from '../../../core/errors.ts';

forEachStore('graph-routes', (s) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await openApiFixture({}, s.open());
  });
  afterAll(async () => {
    await fx.store.close();
  });

  const get = (url: string) => request(fx.app).get(url);
  function expectError(res: request.Response, status: number, code?: string) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.error).toEqual(
      expect.objectContaining({ code: code ?? expect.any(String), message: expect.any(String) }),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.ts:\d+/); // never a stack trace
  }

  describe('GET /api/schema', () => {
    it('lists labels and relationship types with counts', async () => {
      const res = await get('/api/schema');
      expect(res.status).toBe(200);
      expect(res.body.labels).toContainEqual({ label: 'Person', count: 4 });
      expect(res.body.relationshipTypes).toContainEqual({ type: 'SAID', count: 3 });
      expect(res.body.propertyKeys).toContain('mentionCount');
    });

    it('leaves out the version node: bookkeeping, not data (its label and the keys only it holds)', async () => {
      // The fixture's graph was written through the store, so its version node exists and holds its keys.
      expect((await fx.store.run('MATCH (v:GraphMeta) RETURN keys(v) AS keys')).rows[0].keys).toEqual(
        expect.arrayContaining(['version']),
      );
      const res = await get('/api/schema');
      expect(res.body.labels.map((l: { label: string }) => l.label)).not.toContain('GraphMeta');
      expect(res.body.propertyKeys).not.toContain('version');
      expect(res.body.propertyKeys).not.toContain('entitiesDeletedAt');
    });

    it('while user Cypher reads the graph as stored and sees it (as the README says)', async () => {
      const res = await request(fx.app).post('/api/cypher').send({ query: 'MATCH (n:GraphMeta) RETURN n.id AS id' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.rows).toEqual([{ id: 'graph' }]);
    });

    it('reports what the data holds: a write that was rolled back leaves no label, type or property key behind', async () => {
      // The division fails on the second row, after the first row's CREATE ran: the store rolls the write back.
      const ghost =
        "UNWIND [1, 0] AS d CREATE (g:GhostLabel {ghostKey: d})-[:GHOST_TYPE {ghostRelKey: d}]->(:Person {name: 'x'}) RETURN 10 / d AS boom";
      const own = await openApiFixture({}, s.open()); // a store of its own: the schema answer is cached per graph version
      try {
        await expect(own.store.run(ghost, {}, { mode: 'write' })).rejects.toBeInstanceOf(QueryFailedError);
        expect((await own.store.run('MATCH (g:GhostLabel) RETURN count(g) AS n')).rows[0].n).toBe(0); // it was rolled back
        const res = await request(own.app).get('/api/schema');
        expect(res.status).toBe(200);
        const text = JSON.stringify(res.body);
        for (const name of ['GhostLabel', 'GHOST_TYPE', 'ghostKey', 'ghostRelKey']) expect(text).not.toContain(name);
        expect(res.body.propertyKeys).toEqual(expect.arrayContaining(['name', 'mentionCount']));
      } finally {
        await own.store.close();
      }
    });
  });

  describe('GET /api/search', () => {
    const search = async (qs: string) => {
      const res = await get(`/api/search?${qs}`);
      expect(res.status).toBe(200);
      return (res.body as SearchResponse).results;
    };

    it('finds Howard Lutnick from a typo, case- and accent-insensitively', async () => {
      expect((await search('q=lutnik'))[0].node.id).toBe('person:howard-lutnick');
      expect((await search('q=LUTNICK'))[0]).toMatchObject({
        node: { id: 'person:howard-lutnick' },
        match: { field: 'alias', kind: 'exact' },
      });
      expect((await search('q=jose%20munoz'))[0].node.id).toBe('person:jose-munoz');
    });

    it('ranks an exact name first, then prefixes; filters by type; honours limit', async () => {
      const ids = (await search('q=h')).map((r) => r.node.id);
      expect(ids).toContain('chip:h20');
      expect((await search('q=h20'))[0].node.id).toBe('chip:h20');
      expect((await search('q=h&types=Person')).every((r) => r.node.labels.includes('Person'))).toBe(true);
      expect(await search('q=h&limit=2')).toHaveLength(2);
      expect((await search('q=department%20of'))[0]).toMatchObject({
        node: { id: 'organization:commerce-department' },
        match: { field: 'alias' },
      });
    });

    it('refuses a missing query, an unknown type and a bad limit', async () => {
      expectError(await get('/api/search'), 400, 'invalid_argument');
      expectError(await get('/api/search?q=a&types=Spaceship'), 400, 'invalid_argument');
      expectError(await get('/api/search?q=a&limit=0'), 400, 'invalid_argument');
      expectError(await get('/api/search?q=a&limit=ten'), 400, 'invalid_argument');
      expectError(await get(`/api/search?q=${'x'.repeat(201)}`), 400, 'invalid_argument');
    });
  });

  describe('GET /api/entities/:id', () => {
    it('returns the entity with aliases, roles, degree by type, statement counts and documents', async () => {
      const res = await get('/api/entities/person:howard-lutnick');
      expect(res.status).toBe(200);
      const body = res.body as EntityResponse;
      expect(body.entity.properties.name).toBe('Howard Lutnick');
      expect(body.aliases).toEqual(['Lutnick', 'Secretary Lutnick']);
      expect(body.roles).toEqual(['Commerce Secretary']);
      expect(body.degreeByType).toEqual({ SAID: 1, MENTIONED_IN: 1, HOLDS_ROLE: 1 });
      expect(body.degree).toBe(3);
      expect(body.statements).toEqual({ by: 1, about: 0 });
      expect(body.documents).toEqual([
        expect.objectContaining({ id: 'doc-1', title: DOCUMENTS[0].title, mentions: 2 }),
      ]);
      expect((await get('/api/entities/chip%3Ah20')).body.statements).toEqual({ by: 0, about: 3 });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expectError(await get('/api/entities/person:nobody'), 404, 'not_found');
      expectError(await get('/api/entities/not-an-id'), 400, 'invalid_argument');
    });
  });

  describe('GET /api/entities/:id/neighbors', () => {
    it('returns the neighbourhood with counts by type', async () => {
      const res = await get('/api/entities/chip:h20/neighbors');
      expect(res.status).toBe(200);
      const body = res.body as NeighborsResponse;
      expect(body.nodes[0].id).toBe('chip:h20');
      expect(body.center).toBe(body.nodes[0].elementId);
      expect(body.countsByType).toMatchObject({ MAKES: 1, VARIANT_OF: 1, RESTRICTS: 1, ABOUT: 3, MENTIONED_IN: 2 });
      expect(body.truncated).toBe(false);
      const ids = new Set(body.nodes.map((n) => n.elementId));
      for (const e of body.edges) expect(ids.has(e.start) && ids.has(e.end)).toBe(true);
      const doc = body.nodes.find((n) => n.labels.includes('Document'))!;
      expect(doc.properties.text).toBeUndefined();
    });

    it('filters by relationship type and label, walks deeper with depth', async () => {
      const one = (await get('/api/entities/chip:h20/neighbors?types=MAKES,VARIANT_OF')).body as NeighborsResponse;
      expect(one.nodes.map((n) => n.id).sort()).toEqual(['chip:h100', 'chip:h20', 'company:nvidia']);
      const two = (await get('/api/entities/chip:h20/neighbors?types=MAKES&types=VARIANT_OF&types=BASED_ON&depth=2'))
        .body as NeighborsResponse;
      expect(two.nodes.map((n) => n.id)).toContain('chipfamily:hopper');
      const people = (await get('/api/entities/company:nvidia/neighbors?labels=Person,Chip')).body as NeighborsResponse;
      expect(people.nodes.slice(1).every((n) => n.labels.includes('Person') || n.labels.includes('Chip'))).toBe(true);
    });

    it('cuts to limit, says truncated, and still counts everything', async () => {
      const body = (await get('/api/entities/chip:h20/neighbors?limit=2')).body as NeighborsResponse;
      expect(body.nodes).toHaveLength(3);
      expect(body.truncated).toBe(true);
      expect(body.countsByType.ABOUT).toBe(3);
    });

    it('refuses bad depth, types and unknown entities', async () => {
      expectError(await get('/api/entities/chip:h20/neighbors?depth=4'), 400, 'invalid_argument');
      expectError(
        await get('/api/entities/chip:h20/neighbors?types=MAKES%7D%20DETACH%20DELETE%20n'),
        400,
        'invalid_argument',
      );
      expectError(await get('/api/entities/chip:nothing/neighbors'), 404, 'not_found');
    });
  });

  describe('GET /api/paths', () => {
    it('finds the shortest paths with evidence and documents for every hop', async () => {
      const res = await get('/api/paths?from=person:jensen-huang&to=chip:h20&types=LEADS,MAKES');
      expect(res.status).toBe(200);
      const body = res.body as PathsResponse;
      expect(body.paths).toHaveLength(1);
      const [p] = body.paths;
      expect(p.nodes.map((n) => n.id)).toEqual(['person:jensen-huang', 'company:nvidia', 'chip:h20']);
      expect(p.hops.map((h) => h.type)).toEqual(['LEADS', 'MAKES']);
      expect(p.hops[1]).toMatchObject({
        evidence: 'Nvidia makes the H20.',
        docId: 'doc-1',
        document: { id: 'doc-1', title: DOCUMENTS[0].title },
      });
      const doc = DOCUMENTS[0].text;
      expect(doc.slice(p.hops[1].start!, p.hops[1].end!)).toBe('Nvidia makes the H20.');
    });

    it('gives statement and mention hops their sentence as evidence', async () => {
      const body = (await get('/api/paths?from=person:howard-lutnick&to=chip:h20&maxHops=2')).body as PathsResponse;
      // Lutnick said something about the H20: the one shortest path goes through his statement.
      expect(body.paths.map((p) => p.hops.map((h) => h.type))).toEqual([['SAID', 'ABOUT']]);
      for (const p of body.paths) for (const h of p.hops) expect(h.evidence).toEqual(expect.any(String));
    });

    it('lists longer paths in mode=all, shortest first, without revisiting a node', async () => {
      const body = (
        await get(
          '/api/paths?from=person:jensen-huang&to=chip:h20&types=LEADS,MAKES,MET_WITH,VARIANT_OF,BASED_ON&mode=all&maxHops=5',
        )
      ).body as PathsResponse;
      expect(body.paths[0].length).toBe(2);
      for (const p of body.paths) expect(new Set(p.nodes.map((n) => n.elementId)).size).toBe(p.nodes.length);
    });

    it('returns no paths when none exist within the bound', async () => {
      const body = (await get('/api/paths?from=person:jose-munoz&to=chip:h20')).body as PathsResponse;
      expect(body).toEqual({ paths: [], truncated: false });
    });

    it('refuses missing ends, the same entity twice, unknown entities and bad options', async () => {
      expectError(await get('/api/paths?from=chip:h20'), 400, 'invalid_argument');
      expectError(await get('/api/paths?from=chip:h20&to=chip:h20'), 400, 'invalid_argument');
      expectError(await get('/api/paths?from=chip:h20&to=chip:nothing'), 404, 'not_found');
      expectError(await get('/api/paths?from=chip:h20&to=chip:h100&maxHops=9'), 400, 'invalid_argument');
      expectError(await get('/api/paths?from=chip:h20&to=chip:h100&mode=longest'), 400, 'invalid_argument');
      expectError(await get('/api/paths?from=chip:h20&to=chip:h100&types=makes'), 400, 'invalid_argument');
    });
  });

  describe('GET /api/statements', () => {
    it('lists who said what, newest first, with speaker, targets, cue, document and offsets', async () => {
      const body = (await get('/api/statements')).body as StatementsResponse;
      expect(body.statements.map((s) => s.id)).toEqual(['st-2', 'st-3', 'st-1']);
      const st1 = body.statements[2];
      expect(st1).toMatchObject({
        speaker: { id: 'person:howard-lutnick', name: 'Howard Lutnick' },
        cue: 'said',
        docId: 'doc-1',
        document: { id: 'doc-1' },
      });
      expect(st1.about.map((a) => a.id).sort()).toEqual(['chip:h20', 'company:nvidia', 'country:china']);
      expect(DOCUMENTS[0].text.slice(st1.start!, st1.end!)).toBe(st1.text);
      expect(body.statements[0].via).toMatchObject({ id: 'organization:cnbc' });
      expect(body.nextCursor).toBeNull();
    });

    it('filters by speaker, subject, text and dates', async () => {
      const ids = async (qs: string) =>
        ((await get(`/api/statements?${qs}`)).body as StatementsResponse).statements.map((s) => s.id);
      expect(await ids('speaker=person:jensen-huang')).toEqual(['st-2']);
      expect(await ids('about=company:nvidia')).toEqual(['st-3', 'st-1']);
      expect(await ids('about=chip:h20&q=NVIDIA')).toEqual(['st-3']);
      expect(await ids('speaker=person:donald-trump&about=company:nvidia')).toEqual(['st-3']);
      expect(await ids('speaker=person:donald-trump&about=country:china')).toEqual([]);
      expect(await ids('since=2025-07-16')).toEqual(['st-2', 'st-3']);
      expect(await ids('until=2025-07-15')).toEqual(['st-1']);
    });

    it('pages with a stable cursor: no repeats, no gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const body = (await get(`/api/statements?limit=1${cursor ? `&cursor=${cursor}` : ''}`))
          .body as StatementsResponse;
        seen.push(...body.statements.map((s) => s.id));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual(['st-2', 'st-3', 'st-1']);
    });

    it('refuses a forged cursor, bad dates and bad limits', async () => {
      expectError(await get('/api/statements?cursor=not-a-cursor'), 400, 'invalid_argument');
      expectError(
        await get(`/api/statements?cursor=${Buffer.from('{"a":1}').toString('base64url')}`),
        400,
        'invalid_argument',
      );
      expectError(await get('/api/statements?since=yesterday'), 400, 'invalid_argument');
      expectError(await get('/api/statements?limit=1000'), 400, 'invalid_argument');
      expectError(await get('/api/statements?speaker=Lutnick'), 400, 'invalid_argument');
    });
  });

  describe('GET /api/documents/:id', () => {
    it('returns the text with mention, statement and evidence spans that index into it', async () => {
      const res = await get('/api/documents/doc-1');
      expect(res.status).toBe(200);
      const body = res.body as DocumentResponse;
      expect(body.text).toBe(DOCUMENTS[0].text);
      const kinds = new Set(body.spans.map((s) => s.kind));
      expect([...kinds].sort()).toEqual(['evidence', 'mention', 'statement']);
      const at = (s: { start: number; end: number }) => body.text.slice(s.start, s.end);
      expect(body.spans.filter((s) => s.ref === 'person:howard-lutnick').map(at)).toEqual([
        'Howard Lutnick',
        'Lutnick',
      ]);
      expect(at(body.spans.find((s) => s.kind === 'statement')!)).toBe("We don't sell them our best stuff");
      expect(body.spans.find((s) => s.kind === 'evidence' && s.ref === 'MAKES')).toMatchObject({
        label: 'Nvidia MAKES H20',
      });
      expect(body.spans.map((s) => s.start)).toEqual([...body.spans.map((s) => s.start)].sort((a, b) => a - b));
    });

    it('answers 404 for an unknown document', async () => {
      expectError(await get('/api/documents/doc-404'), 404, 'not_found');
    });
  });

  describe('unknown routes', () => {
    it('answer JSON 404, not HTML', async () => {
      expectError(await get('/api/nothing-here'), 404, 'not_found');
      expectError(await request(fx.app).patch('/api/queries'), 404, 'not_found');
    });
  });
});
