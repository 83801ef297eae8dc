// The client stands on the contract only: outside client/ it imports core's wire types and graph model, as types only so
// the bundle holds no code from outside client/ (issue 11), and it sends no Cypher of its own (its views use typed
// routes; only the user's editor posts to /api/cypher).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

const CLIENT = path.join(PROJECT_ROOT, 'client', 'src');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
/** What the client may import from outside client/, as types: the API's wire contract and the graph model's labels. */
const ALLOWED = [/^core\/wire\.ts$/, /^core\/graph-model\.ts$/];

describe('client imports', () => {
  it('imports nothing from outside client/ but the wire contract and the graph model, and only as types', () => {
    const outside: string[] = [];
    for (const f of files(CLIENT)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        if (!m[3].startsWith('.')) continue;
        const target = path
          .relative(PROJECT_ROOT, path.resolve(path.dirname(f), m[3]))
          .split(path.sep)
          .join('/');
        if (target.startsWith('client/')) continue;
        if (!ALLOWED.some((a) => a.test(target)) || !m[2])
          outside.push(`${path.relative(PROJECT_ROOT, f)} → ${target}${m[2] ? '' : ' (not a type-only import)'}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('sends Cypher only from the user’s editor', () => {
    const cypherCallers = files(CLIENT)
      .filter((f) => /api\.cypher\(/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(CLIENT, f));
    expect(cypherCallers).toEqual(['panels/cypher-editor.ts']);
    const writtenCypher = files(CLIENT).filter(
      (f) => f !== path.join(CLIENT, 'panels', 'cypher-editor.ts') && /\bMATCH\s*\(/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(writtenCypher).toEqual([]);
  });
});
