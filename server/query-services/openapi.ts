// The OpenAPI 3.1 document, built from the same zod schemas that validate requests (z.toJSONSchema), so the two cannot drift.
import { z } from 'zod';
import * as w from '../../core/wire.ts';

interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path under /api, e.g. /entities/:id. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  pathParams?: Record<string, { description: string; example: string }>;
  body?: z.ZodType;
  /** Success status and schema; null for an empty body, 'file' for a download. */
  ok: { status: number; schema: z.ZodType | null | 'file'; description?: string };
  /** Error statuses this route can answer with (all share the Error schema). */
  errors: number[];
}

const id = (example: string) => ({ id: { description: 'the id', example } });

/** Every route of the API. A test checks each one answers (not the catch-all 404). */
export const ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Whether the store answers, its kind, and the graph’s size',
    tag: 'graph',
    ok: { status: 200, schema: w.healthResponse },
    errors: [503],
  },
  {
    method: 'get',
    path: '/schema',
    summary: 'Labels and relationship types with counts; property keys in use (all from the data)',
    tag: 'graph',
    ok: { status: 200, schema: w.schemaResponse },
    errors: [503],
  },
  {
    method: 'get',
    path: '/search',
    summary: 'Entities by name or alias: prefix, accent- and case-insensitive, one typo per word',
    tag: 'entities',
    query: w.searchQuery,
    ok: { status: 200, schema: w.searchResponse },
    errors: [400],
  },
  {
    method: 'get',
    path: '/entities/:id',
    summary: 'One entity: properties, aliases, roles, degree by type, statement counts, documents',
    tag: 'entities',
    pathParams: id('company:nvidia'),
    ok: { status: 200, schema: w.entityResponse },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/entities/:id/neighbors',
    summary: 'The neighbourhood up to 3 hops; countsByType counts before truncation',
    tag: 'entities',
    pathParams: id('company:nvidia'),
    query: w.neighborsQuery,
    ok: { status: 200, schema: w.neighborsResponse },
    errors: [400, 404, 504],
  },
  {
    method: 'get',
    path: '/paths',
    summary: 'Paths between two entities, each hop with its evidence sentence and document',
    tag: 'entities',
    query: w.pathsQuery,
    ok: { status: 200, schema: w.pathsResponse },
    errors: [400, 404, 504],
  },
  {
    method: 'get',
    path: '/statements',
    summary: 'Who said what: statements by speaker, subject, text and dates, newest first, cursor-paged',
    tag: 'statements',
    query: w.statementsQuery,
    ok: { status: 200, schema: w.statementsResponse },
    errors: [400, 504],
  },
  {
    method: 'get',
    path: '/statements/graph',
    summary: 'Who said what as a graph: a speaker’s statements (or those about a topic) with speakers and topics',
    tag: 'statements',
    query: w.statementsGraphQuery,
    ok: { status: 200, schema: w.statementsGraphResponse },
    errors: [400, 504],
  },
  {
    method: 'get',
    path: '/statements/:id',
    summary: 'One statement (speaker, words, cue, date, document) and the graph around it',
    tag: 'statements',
    pathParams: id('1b8303036da96012'),
    ok: { status: 200, schema: w.statementResponse },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/overview',
    summary: 'The first screen: the most connected entities and the typed relationships among them',
    tag: 'graph',
    query: w.overviewQuery,
    ok: { status: 200, schema: w.overviewResponse },
    errors: [400, 504],
  },
  {
    method: 'get',
    path: '/subgraph',
    summary: 'The nodes with these ids (entities, statements, documents) and the relationships among them',
    tag: 'graph',
    query: w.subgraphQuery,
    ok: { status: 200, schema: w.subgraphResponse },
    errors: [400, 504],
  },
  {
    method: 'get',
    path: '/corrections',
    summary:
      'Every correction users made (merge, rename, retype, not-an-entity, rejections) with who, when and why: the export',
    tag: 'corrections',
    ok: { status: 200, schema: w.correctionsResponse },
    errors: [],
  },
  {
    method: 'post',
    path: '/corrections',
    summary: 'Make a correction: stored as data, applied now and by every later load',
    tag: 'corrections',
    body: w.correctionBody,
    ok: { status: 201, schema: w.correction },
    errors: [400, 404, 413],
  },
  {
    method: 'post',
    path: '/corrections/:id/undo',
    summary:
      'Undo a correction (kept, marked undone) and put the graph back at once: a rename/retype reverts; what a merge, not-an-entity or rejection removed returns with its relationships. 409 when a later correction removed one of its entities (undo that one first)',
    tag: 'corrections',
    pathParams: id('00000000-0000-4000-8000-000000000000'),
    ok: { status: 200, schema: w.correction },
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/documents',
    summary:
      'Add a document while the server runs: the body is the file (application/octet-stream), ?name= its file name (.txt, .md, .html, .json, .jsonl); same limits and per-record errors as npm run load',
    tag: 'documents',
    query: w.uploadQuery,
    ok: { status: 200, schema: w.uploadResponse },
    errors: [400, 413, 503],
  },
  {
    method: 'get',
    path: '/documents/:id',
    summary: 'A document’s text with mention, statement and evidence spans',
    tag: 'documents',
    pathParams: id('doc-1'),
    ok: { status: 200, schema: w.documentResponse },
    errors: [404],
  },
  {
    method: 'get',
    path: '/queries',
    summary: 'The saved-query catalog: built-in (files) and user queries',
    tag: 'queries',
    ok: { status: 200, schema: w.queriesResponse },
    errors: [],
  },
  {
    method: 'post',
    path: '/queries',
    summary: 'Save a user query (checked read-only; names are unique)',
    tag: 'queries',
    body: w.saveQueryBody,
    ok: { status: 201, schema: w.savedQueryView },
    errors: [400, 409, 413, 422],
  },
  {
    method: 'get',
    path: '/queries/:id',
    summary: 'One saved query',
    tag: 'queries',
    pathParams: id('who-said-what-about'),
    ok: { status: 200, schema: w.savedQueryView },
    errors: [404],
  },
  {
    method: 'put',
    path: '/queries/:id',
    summary: 'Change a user query (built-in queries are files: 403)',
    tag: 'queries',
    pathParams: id('user-my-query'),
    body: w.saveQueryBody,
    ok: { status: 200, schema: w.savedQueryView },
    errors: [400, 403, 404, 409, 422],
  },
  {
    method: 'delete',
    path: '/queries/:id',
    summary: 'Delete a user query (built-in queries: 403)',
    tag: 'queries',
    pathParams: id('user-my-query'),
    ok: { status: 204, schema: null },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/queries/:id/run',
    summary: 'Run a saved query with parameters (defaults fill the rest)',
    tag: 'queries',
    pathParams: id('who-said-what-about'),
    body: w.runQueryBody,
    ok: { status: 200, schema: w.runResponse },
    errors: [400, 404, 422, 504],
  },
  {
    method: 'post',
    path: '/cypher',
    summary: 'Run ad-hoc read-only Cypher with parameters',
    tag: 'queries',
    body: w.cypherBody,
    ok: { status: 200, schema: w.runResponse },
    errors: [400, 413, 422, 504],
  },
  {
    method: 'get',
    path: '/export',
    summary: 'Download the graph (or one entity and its neighbours) as JSON, GraphML or CSV (a tar of files)',
    tag: 'graph',
    query: w.exportQuery,
    ok: { status: 200, schema: 'file' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    tag: 'meta',
    ok: { status: 200, schema: 'file', description: 'OpenAPI 3.1 JSON' },
    errors: [],
  },
  {
    method: 'get',
    path: '/docs',
    summary: 'This document as a web page',
    tag: 'meta',
    ok: { status: 200, schema: 'file', description: 'HTML' },
    errors: [],
  },
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request (parameters, body or Cypher syntax)',
  403: 'Not allowed on a built-in query',
  404: 'Unknown id or route',
  409: 'Name already taken',
  413: 'Body larger than the limit',
  422: 'Query rejected (would write, or not read-only)',
  429: 'Rate limited',
  503: 'Store unavailable',
  504: 'Query timed out',
};

type Json = Record<string, unknown>;

/** Named schemas (zod `.meta({ id })`) gathered while the document is built; they become components.schemas. */
let components: Record<string, Json> = {};

/** `#/$defs/X` only resolves inside a standalone JSON Schema; in the OpenAPI document the root is the document. */
function toComponentRefs<T>(value: T, names: Record<string, string>): T {
  return JSON.parse(
    JSON.stringify(value).replace(
      /"#\/\$defs\/([^"]+)"/g,
      (_m, name: string) => `"#/components/schemas/${names[name] ?? name}"`,
    ),
  ) as T;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const s = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete s.$schema;
  const defs = (s.$defs ?? {}) as Record<string, Json>;
  delete s.$defs;
  // An input and an output form of one id can differ (defaults make fields optional on input): the input gets its own name.
  const names: Record<string, string> = {};
  for (const [name, def] of Object.entries(defs)) {
    const same = !components[name] || JSON.stringify(components[name]) === JSON.stringify(toComponentRefs(def, {}));
    names[name] = io === 'input' && !same ? `${name}Input` : name;
  }
  for (const [name, def] of Object.entries(defs)) components[names[name]] = toComponentRefs(def, names);
  return toComponentRefs(s, names);
}

function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    // A query value arrives as text and is coerced; its documented type is what it becomes.
    const s = jsonSchema(f, 'output');
    const { description, ...rest } = s;
    return {
      name,
      in: 'query',
      required: !f.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(version = '0.1.0'): Json {
  components = {};
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of ROUTES) {
    const oaPath = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
    const parameters = [
      ...Object.entries(r.pathParams ?? {}).map(([name, p]) => ({
        name,
        in: 'path',
        required: true,
        description: p.description,
        example: p.example,
        schema: { type: 'string' },
      })),
      ...(r.query ? queryParameters(r.query) : []),
    ];
    const responses: Record<string, Json> = {};
    if (r.ok.schema === null) responses[r.ok.status] = { description: 'Done' };
    else if (r.ok.schema === 'file') responses[r.ok.status] = { description: r.ok.description ?? 'A file' };
    else
      responses[r.ok.status] = {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(r.ok.schema, 'output') } },
      };
    for (const status of [...r.errors, 429])
      responses[status] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    (paths[oaPath] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  jsonSchema(w.errorBody, 'output'); // registers the Error component every error response refers to
  return {
    openapi: '3.1.0',
    info: {
      title: 'actorgraph API',
      version,
      description:
        'Read-only exploration of a knowledge graph of actors in news about AI chips and export controls, plus saved queries. Every error is JSON {"error":{"code","message","details?"}}.',
    },
    paths,
    components: { schemas: components },
  };
}
