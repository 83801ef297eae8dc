// The extract CLI end to end: a file prints one extraction; --jsonl answers each {"id","text"} line with one result line.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionOutput } from '../../seed/analysis.ts';
import { offsetErrors, SEED_FILE } from '../seed/_analyze.ts';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

const cli = (args: string[], input?: string) =>
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [path.join(PROJECT_ROOT, 'cli/extract-command.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
    },
  );

describe('extract CLI', () => {
  it('prints the extraction of a file with offsets into the file text', () => {
    const out = JSON.parse(cli([SEED_FILE])) as ExtractionOutput;
    expect(out.id).toBe('us-permits-downgraded-ai-chips');
    expect(out.entities.some((e) => e.id === 'person:jensen-huang')).toBe(true);
    expect(out.statements.length).toBeGreaterThan(10);
    expect(offsetErrors(fs.readFileSync(SEED_FILE, 'utf8'), out)).toEqual([]);
  }, 20000);

  it('answers JSON lines one for one, and reports a bad line without stopping', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: '"We will win," said Jane Smith, the CEO of Acme Corp.' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'According to Tom Baker, the deal is off.' }),
    ].join('\n');
    const results = cli(['--jsonl'], lines)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results).toHaveLength(3);
    expect(results[0].statements[0]).toMatchObject({
      speaker: 'person:jane-smith',
      text: 'We will win',
      kind: 'direct',
      cue: 'said',
    });
    expect(results[1].error).toMatch(/invalid JSON/);
    expect(results[2]).toMatchObject({
      id: 'b',
      statements: [{ speaker: 'person:tom-baker', cue: 'according to', kind: 'indirect' }],
    });
  }, 20000);

  it('documents itself', () => {
    expect(cli(['--help'])).toMatch(/--jsonl/);
  }, 20000);
});
