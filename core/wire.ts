// The API's wire contract: zod schemas of every request (validation) and response (documentation), and the types the client imports.
import { z } from 'zod';
import { ENTITY_LABELS } from './graph-model.ts';
import { PARAM_TYPES } from './saved-query.ts';

/** How a search hit matched, best first (server/query-services/search-rank.ts ranks by it). */
export const MATCH_KINDS = ['exact', 'prefix', 'word-prefix', 'substring', 'typo', 'most-words'] as const;

// ---------- building blocks ----------

/** A list in a query string: `types=A,B` or `types=A&types=B`. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === '') return undefined;
    const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
    return parts.map((s) => s.trim()).filter(Boolean);
  }, z.array(item).max(50).optional());

/** One value of a query string (a repeated key is a client error, not an array to guess from). */
const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

const intIn = (min: number, max: number, dflt: number) =>
  single(z.coerce.number().int().min(min).max(max).default(dflt));

export const entityId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*:\S+$/, 'an entity id like "chip:h20"')
  .max(300);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const entityLabel = z.enum(ENTITY_LABELS);
/** Label and relationship-type names: identifiers only, so a filter can never carry Cypher. */
export const labelName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'a label name');
export const relationshipType = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,62}$/, 'an upper-case relationship type like MAKES');

const plain: z.ZodType<unknown> = z.unknown();

export const graphNode = z
  .object({
    elementId: z.string(),
    id: z.string().nullable(),
    labels: z.array(z.string()),
    properties: z.record(z.string(), plain),
  })
  .meta({ id: 'GraphNode', description: 'A node: elementId is the store’s id, id the domain id (e.g. chip:h20).' });
export const graphEdge = z
  .object({
    elementId: z.string(),
    type: z.string(),
    start: z.string(),
    end: z.string(),
    properties: z.record(z.string(), plain),
  })
  .meta({ id: 'GraphEdge', description: 'A relationship; start and end are elementIds of its endpoints.' });
export const graph = z.object({ nodes: z.array(graphNode), edges: z.array(graphEdge) }).meta({ id: 'Graph' });

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: plain.optional() }) })
  .meta({ id: 'Error', description: 'Every error, whatever the status.' });

const documentRef = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'DocumentRef' });
const entityRef = z.object({ id: z.string(), name: z.string(), type: z.string() }).meta({ id: 'EntityRef' });

// ---------- requests ----------

export const searchQuery = z.object({
  q: single(z.string().trim().min(1).max(200)).describe('the text to find in names and aliases'),
  types: list(entityLabel).describe('entity types to keep, comma-separated'),
  limit: intIn(1, 100, 10),
});

export const neighborsQuery = z.object({
  depth: intIn(1, 3, 1).describe('hops from the entity'),
  labels: list(labelName).describe('keep only neighbours with one of these labels'),
  types: list(relationshipType).describe('follow only these relationship types'),
  limit: intIn(1, 1000, 100).describe('the most neighbour nodes to return'),
});

export const pathsQuery = z.object({
  from: single(entityId),
  to: single(entityId),
  maxHops: intIn(1, 8, 4),
  types: list(relationshipType).describe('relationship types a path may use (all when omitted)'),
  mode: single(z.enum(['shortest', 'all']).default('shortest')),
  limit: intIn(1, 100, 10).describe('the most paths to return'),
});

export const statementsQuery = z.object({
  speaker: single(entityId.optional()),
  about: single(entityId.optional()),
  q: single(z.string().trim().min(1).max(200).optional()).describe('text the statement contains (case-insensitive)'),
  since: single(isoDate.optional()),
  until: single(isoDate.optional()),
  limit: intIn(1, 200, 50),
  cursor: single(z.string().max(500).optional()).describe('nextCursor of the previous page'),
});

/** Statement ids are the loader's content hashes (hex); anything id-like is accepted, nothing that could carry markup. */
export const statementId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$/, 'a statement id (letters, digits, ":", "_", ".", "-")');

export const statementsGraphQuery = z
  .object({
    speaker: single(entityId.optional()),
    about: single(entityId.optional()),
    limit: intIn(1, 1000, 300),
  })
  .refine((q) => Boolean(q.speaker) !== Boolean(q.about), {
    message: 'give either a speaker or a topic (about), not both',
    path: ['speaker'],
  });

export const overviewQuery = z.object({
  limit: intIn(1, 100, 15).describe('the most connected entities to return'),
  links: intIn(0, 500, 60).describe('the most typed relationships among them to draw'),
});

/** Domain ids of entities, statements or documents: the canvas a link names. */
const nodeId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9:_.-]{0,299}$/, 'an id like "chip:h20"');
export const subgraphQuery = z.object({
  ids: z
    .preprocess((v) => {
      if (v === undefined || v === '') return undefined;
      return (Array.isArray(v) ? v : [v])
        .flatMap((x) => String(x).split(','))
        .map((s) => s.trim())
        .filter(Boolean);
    }, z.array(nodeId).min(1).max(300))
    .describe('ids, comma-separated or repeated (at most 300)'),
});

export const correctionBody = z
  .object({
    kind: z.enum(['merge', 'rename', 'retype', 'not-entity', 'reject-relationship', 'reject-statement']),
    target: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9:_.-]{0,299}$/,
        'an entity id like "company:tsmc" (a statement id for reject-statement)',
      ),
    other: z
      .string()
      .regex(/^[a-z][a-z0-9-]*:\S+$/, 'an entity id')
      .max(300)
      .optional()
      .describe('merge: the entity to merge into; reject-relationship: the other end'),
    value: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('rename: the new name; retype: the new type; reject-relationship: its type'),
    who: z.string().trim().min(1).max(100).describe('who makes the correction'),
    why: z.string().trim().min(1).max(1000).describe('why: kept with the correction'),
  })
  .meta({ id: 'CorrectionRequest' });

export const exportQuery = z.object({
  format: single(z.enum(['json', 'graphml', 'csv']).default('json')),
  scope: single(
    z
      .string()
      .regex(/^(all|entity:[a-z][a-z0-9-]*:\S+)$/, '"all" or "entity:<id>"')
      .default('all'),
  ),
});

const paramValues = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name'), plain);

export const cypherBody = z.object({
  query: z.string().min(1).max(20_000),
  params: paramValues.default({}),
});

export const runQueryBody = z.object({ params: paramValues.default({}) });

/** The client may name types as JSON Schema does (integer, number); they mean int and float. */
const paramType = z.preprocess((v) => (v === 'integer' ? 'int' : v === 'number' ? 'float' : v), z.enum(PARAM_TYPES));

export const queryParamSpec = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name'),
    type: paramType,
    label: z.string().optional(),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    description: z.string().max(500).default(''),
  })
  .meta({ id: 'QueryParam' });

export const saveQueryBody = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  cypher: z.string().min(1).max(20_000),
  params: z.array(queryParamSpec).max(30).default([]),
  view: z.enum(['graph', 'table']).default('table'),
});

// ---------- responses ----------

export const healthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.object({ kind: z.string(), ok: z.boolean(), error: z.string().optional() }),
  counts: z.object({ nodes: z.number(), relationships: z.number() }),
});

export const schemaResponse = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number() })),
  propertyKeys: z.array(z.string()),
});

export const searchResponse = z.object({
  query: z.string(),
  results: z.array(
    z.object({
      node: graphNode,
      score: z.number(),
      match: z.object({ kind: z.enum(MATCH_KINDS), field: z.enum(['name', 'alias']), text: z.string() }),
    }),
  ),
});

export const entityResponse = z.object({
  entity: graphNode,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  degree: z.number().describe('all relationships'),
  degreeByType: z.record(z.string(), z.number()),
  statements: z.object({ by: z.number(), about: z.number() }),
  documents: z.array(documentRef.extend({ mentions: z.number() })),
});

export const neighborsResponse = graph.extend({
  center: z.string().describe('elementId of the entity'),
  truncated: z.boolean(),
  countsByType: z
    .record(z.string(), z.number())
    .describe('relationships by type in the whole neighbourhood, before truncation'),
});

export const hop = z
  .object({
    from: z.string(),
    to: z.string(),
    type: z.string(),
    direction: z
      .enum(['forward', 'backward'])
      .describe('forward: the stored relationship points from `from` to `to`; backward: the walk goes against it'),
    edge: graphEdge,
    evidence: z.string().nullable(),
    docId: z.string().nullable(),
    start: z.number().nullable(),
    end: z.number().nullable(),
    document: documentRef.nullable(),
  })
  .meta({ id: 'Hop' });

export const pathsResponse = z.object({
  paths: z.array(
    graph.extend({
      length: z.number(),
      coMention: z
        .boolean()
        .describe(
          'true when the path only passes through a shared document (co-mention), not typed facts; such paths come last',
        ),
      score: z.number().describe('evidence strength in (0, 1]: the product of each hop’s support and confidence'),
      hops: z.array(hop),
    }),
  ),
  truncated: z.boolean(),
});

export const statementView = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: z.string().nullable(),
    cue: z.string().nullable(),
    date: z.string().nullable(),
    docId: z.string().nullable(),
    start: z.number().nullable(),
    end: z.number().nullable(),
    sentence: z.number().nullable(),
    speaker: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
    about: z.array(entityRef),
    via: entityRef.nullable(),
    document: documentRef.nullable(),
  })
  .meta({ id: 'Statement' });

export const statementsResponse = z.object({ statements: z.array(statementView), nextCursor: z.string().nullable() });

export const statementResponse = z.object({
  statement: statementView,
  graph: graph.describe('the statement, its speaker, topics, VIA organisation and document'),
});

export const statementsGraphResponse = graph.extend({
  statements: z.number().describe('statements drawn'),
  truncated: z.boolean().describe('true when the limit cut the statements'),
});

export const documentSpan = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(['mention', 'statement', 'evidence']),
  ref: z.string().describe('entity id, statement id, or relationship type'),
  label: z.string(),
});

export const documentResponse = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  bodyStart: z
    .number()
    .describe('offset where the article starts, past any front matter (span offsets count from 0 of `text`)'),
  spans: z.array(documentSpan),
});

export const savedQueryView = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    cypher: z.string(),
    params: z.array(queryParamSpec),
    view: z.enum(['graph', 'table']),
    tags: z.array(z.string()),
    user: z.boolean().describe('true for queries saved through the API (editable); false for built-in files'),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'SavedQuery' });

export const queriesResponse = z.object({ queries: z.array(savedQueryView) });

export const runResponse = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), plain)),
    graph,
    truncated: z.boolean(),
    ms: z.number(),
  })
  .meta({ id: 'QueryRun' });

export const correction = correctionBody
  .extend({
    id: z.string(),
    at: z.string().describe('when it was made (ISO 8601)'),
    previous: z.string().nullable().describe('rename/retype: the value it replaced (undo restores it)'),
    undone: z.boolean(),
  })
  .meta({ id: 'Correction' });

export const correctionsResponse = z.object({ corrections: z.array(correction) });

export const uploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine(
      (v) => v.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && !/[\\\0]/.test(seg)),
      'a file name, or a relative path with "/" between folders (no "..", no leading "/")',
    )
    .describe(
      'the file name, or its path under the folder being loaded ("news/2025/h20.md"): the document id is made from it as npm run load makes it; the extension says how to read it (.txt, .md, .html, .json, .jsonl)',
    ),
});

export const uploadResponse = z
  .object({
    file: z.string().describe('the name the document was sent under'),
    loaded: z.number(),
    replaced: z.number(),
    skipped: z.number().describe('already in the store with the same content'),
    failed: z
      .array(z.object({ file: z.string(), reason: z.string() }))
      .describe('per-document errors (a bad record in a .jsonl fails alone)'),
    added: z
      .object({ entities: z.number(), statements: z.number(), relationships: z.number() })
      .describe('what this upload changed in the store'),
  })
  .meta({ id: 'UploadResult' });

export const overviewResponse = z.object({
  actors: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), degree: z.number() })),
  graph: graph.describe('those entities and the typed relationships among them (no statements, no documents)'),
});

export const subgraphResponse = graph.extend({ truncated: z.boolean() });

// ---------- types the client imports ----------

export type ApiError = z.infer<typeof errorBody>;
export type WireNode = z.infer<typeof graphNode>;
export type WireEdge = z.infer<typeof graphEdge>;
export type WireGraph = z.infer<typeof graph>;
export type HealthResponse = z.infer<typeof healthResponse>;
export type SchemaResponse = z.infer<typeof schemaResponse>;
export type SearchResponse = z.infer<typeof searchResponse>;
export type EntityResponse = z.infer<typeof entityResponse>;
export type NeighborsResponse = z.infer<typeof neighborsResponse>;
export type Hop = z.infer<typeof hop>;
export type PathsResponse = z.infer<typeof pathsResponse>;
export type StatementView = z.infer<typeof statementView>;
export type StatementsResponse = z.infer<typeof statementsResponse>;
export type StatementResponse = z.infer<typeof statementResponse>;
export type OverviewResponse = z.infer<typeof overviewResponse>;
export type UploadResponse = z.infer<typeof uploadResponse>;
export type CorrectionRequest = z.input<typeof correctionBody>;
export type CorrectionView = z.infer<typeof correction>;
export type CorrectionsResponse = z.infer<typeof correctionsResponse>;
export type SubgraphResponse = z.infer<typeof subgraphResponse>;
export type StatementsGraphResponse = z.infer<typeof statementsGraphResponse>;
export type DocumentSpan = z.infer<typeof documentSpan>;
export type DocumentResponse = z.infer<typeof documentResponse>;
export type SavedQueryView = z.infer<typeof savedQueryView>;
export type QueriesResponse = z.infer<typeof queriesResponse>;
export type RunResponse = z.infer<typeof runResponse>;
export type SaveQueryRequest = z.input<typeof saveQueryBody>;
export type CypherRequest = z.input<typeof cypherBody>;
