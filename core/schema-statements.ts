// Reads cypher/schema/*.cypher into ordered statements, and recognizes the full-text index statement stores map differently.
import fs from 'node:fs';
import path from 'node:path';
import type { SchemaStatement } from './graph-store.ts';

/** Splits a Cypher script on semicolons outside strings and comments; drops comments and empty statements. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    const next = script[i + 1];
    if (c === '/' && next === '/') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += script[j] === '\\' && c !== '`' ? 2 : 1;
      cur += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ';') {
      if (cur.trim()) out.push(cur.trim().replace(/\s+/g, ' '));
      cur = '';
    } else cur += c;
    i++;
  }
  if (cur.trim()) out.push(cur.trim().replace(/\s+/g, ' '));
  return out;
}

/** The schema statements of every .cypher file in dir, files in name order, statements in file order. */
export function readSchemaDir(dir: string): SchemaStatement[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.flatMap((f) =>
    splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')).map((statement) => ({ file: f, statement })),
  );
}

export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
}

/** Parses Neo4j's `CREATE FULLTEXT INDEX name [IF NOT EXISTS] FOR (n:A|B) ON EACH [n.p, n.q] …`; null for anything else. */
export function parseFulltextIndex(statement: string): FulltextIndex | null {
  const m =
    /^CREATE\s+FULLTEXT\s+INDEX\s+`?(\w+)`?\s+(?:IF\s+NOT\s+EXISTS\s+)?FOR\s+\(\s*(\w+)\s*:\s*([\w|`\s]+)\)\s+ON\s+EACH\s+\[([^\]]+)\]/i.exec(
      statement.trim(),
    );
  if (!m) return null;
  const v = m[2];
  const labels = m[3]
    .split('|')
    .map((l) => l.replace(/`/g, '').trim())
    .filter(Boolean);
  const properties = m[4].split(',').map((p) =>
    p
      .trim()
      .replace(new RegExp(`^${v}\\.`), '')
      .replace(/`/g, ''),
  );
  return { name: m[1], labels, properties };
}

export interface UniqueConstraint {
  name: string;
  label: string;
  property: string;
}

/** Parses `CREATE CONSTRAINT name [IF NOT EXISTS] FOR (n:L) REQUIRE n.p IS UNIQUE`; null for anything else. */
export function parseUniqueConstraint(statement: string): UniqueConstraint | null {
  const m =
    /^CREATE\s+CONSTRAINT\s+`?(\w+)`?\s+(?:IF\s+NOT\s+EXISTS\s+)?FOR\s+\(\s*(\w+)\s*:\s*`?(\w+)`?\s*\)\s+REQUIRE\s+(\w+)\.`?(\w+)`?\s+IS\s+UNIQUE\s*$/i.exec(
      statement.trim(),
    );
  if (!m || m[2] !== m[4]) return null;
  return { name: m[1], label: m[3], property: m[5] };
}

/** True for a schema command (CREATE/DROP INDEX or CONSTRAINT): stores run it alone, apart from data writes. */
export function isSchemaCommand(query: string): boolean {
  return /^\s*(?:CREATE|DROP)\s+(?:(?:OR\s+REPLACE|RANGE|TEXT|POINT|VECTOR|FULLTEXT|LOOKUP|BTREE)\s+)*(?:INDEX|CONSTRAINT)\b/i.test(
    query,
  );
}
