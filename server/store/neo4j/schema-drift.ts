// What a schema statement asks Neo4j for, and whether what SHOW INDEXES / SHOW CONSTRAINTS reports is that: a
// same-named index or constraint with other labels or properties is drift (IF NOT EXISTS would silently keep it).
import { parseFulltextIndex, parseUniqueConstraint } from '../../../core/schema-statements.ts';

export interface SchemaObject {
  kind: 'index' | 'constraint';
  name: string;
  /** RANGE, FULLTEXT (indexes); UNIQUENESS (constraints). */
  type: string;
  labels: string[];
  properties: string[];
}

/** Parses `CREATE INDEX name [IF NOT EXISTS] FOR (n:L) ON (n.p[, n.q])`; null for anything else. */
function parseRangeIndex(statement: string): SchemaObject | null {
  const m =
    /^CREATE\s+(?:RANGE\s+)?INDEX\s+`?(\w+)`?\s+(?:IF\s+NOT\s+EXISTS\s+)?FOR\s+\(\s*(\w+)\s*:\s*`?(\w+)`?\s*\)\s+ON\s+\(([^)]+)\)\s*$/i.exec(
      statement.trim(),
    );
  if (!m) return null;
  const properties = m[4].split(',').map((p) =>
    p
      .trim()
      .replace(new RegExp(`^${m[2]}\\.`), '')
      .replace(/`/g, ''),
  );
  return { kind: 'index', name: m[1], type: 'RANGE', labels: [m[3]], properties };
}

/** The object a schema statement creates, or null when the statement is not one of the shapes above. */
export function schemaObjectOf(statement: string): SchemaObject | null {
  const unique = parseUniqueConstraint(statement);
  if (unique)
    return {
      kind: 'constraint',
      name: unique.name,
      type: 'UNIQUENESS',
      labels: [unique.label],
      properties: [unique.property],
    };
  const fulltext = parseFulltextIndex(statement);
  if (fulltext)
    return {
      kind: 'index',
      name: fulltext.name,
      type: 'FULLTEXT',
      labels: fulltext.labels,
      properties: fulltext.properties,
    };
  return parseRangeIndex(statement);
}

const key = (o: Pick<SchemaObject, 'type' | 'labels' | 'properties'>) =>
  `${o.type}|${[...o.labels].sort().join(',')}|${o.properties.join(',')}`;

/** True when the existing object is what the statement asks for. */
export function sameSchemaObject(have: SchemaObject, want: SchemaObject): boolean {
  return have.kind === want.kind && key(have) === key(want);
}

/** Rows of SHOW CONSTRAINTS / SHOW INDEXES (name, type, labelsOrTypes, properties) as schema objects by name. */
export function schemaObjectsFrom(
  constraints: { name: string; type: string; labelsOrTypes: string[] | null; properties: string[] | null }[],
  indexes: {
    name: string;
    type: string;
    labelsOrTypes: string[] | null;
    properties: string[] | null;
    owningConstraint: string | null;
  }[],
): Map<string, SchemaObject> {
  const out = new Map<string, SchemaObject>();
  for (const c of constraints) {
    const type = c.type === 'UNIQUENESS' || c.type === 'NODE_PROPERTY_UNIQUENESS' ? 'UNIQUENESS' : c.type;
    out.set(c.name, {
      kind: 'constraint',
      name: c.name,
      type,
      labels: c.labelsOrTypes ?? [],
      properties: c.properties ?? [],
    });
  }
  for (const i of indexes) {
    if (i.owningConstraint) continue; // a constraint's own backing index
    out.set(i.name, {
      kind: 'index',
      name: i.name,
      type: i.type,
      labels: i.labelsOrTypes ?? [],
      properties: i.properties ?? [],
    });
  }
  return out;
}

/**
 * Unique constraints the schema no longer has and has replaced by a plain index on the same label and properties (a
 * per-label `id` constraint that duplicated entity_id_unique): dropped before the schema is applied, or the index could
 * not be created next to it. Works on both stores' SHOW CONSTRAINTS rows (Neo4j: labelsOrTypes/properties lists;
 * Grafeo: label/properties strings).
 */
export function retiredConstraints(
  existing: { name: string; labels: string[]; properties: string[] }[],
  statements: string[],
): string[] {
  const wanted = statements.map(schemaObjectOf).filter((o): o is SchemaObject => o !== null);
  const constraintNames = new Set(wanted.filter((o) => o.kind === 'constraint').map((o) => o.name));
  const indexKeys = new Set(
    wanted.filter((o) => o.kind === 'index' && o.type === 'RANGE').map((o) => `${o.labels.join('|')}(${o.properties})`),
  );
  return existing
    .filter((c) => !constraintNames.has(c.name) && indexKeys.has(`${c.labels.join('|')}(${c.properties})`))
    .map((c) => c.name);
}
