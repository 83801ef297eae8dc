// The extract CLI: a file prints one extraction; --jsonl answers each {"id","text"} line with one result line; its exit
// codes (0 printed, 1 the file failed, 2 a usage error). In-process through extractCommand, but for one run of the real
// entry point, which proves `npm run extract` wires the command to the process (argv, stdin, stdout, exit code).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionOutput } from '../../seed/analysis.ts';
import { offsetErrors, SEED_FILE } from '../seed/_analyze.ts';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../../cli/cli-support.ts';
import { extractInProcess } from '../_support/cli-run.ts';

const extract = extractInProcess;

const LINES = [
  JSON.stringify({ id: 'a', text: '"We will win," said Jane Smith, the CEO of Acme Corp.' }),
  'not json',
  JSON.stringify({ id: 'b', text: 'According to Tom Baker, the deal is off.' }),
].join('\n');

describe('extract CLI', () => {
  it('prints the extraction of a file with offsets into the file text', async () => {
    const r = await extract([SEED_FILE]);
    expect([r.code, r.stderr]).toEqual([EXIT_OK, '']);
    const out = JSON.parse(r.stdout) as ExtractionOutput;
    expect(out.id).toBe('us-permits-downgraded-ai-chips');
    expect(out.entities.some((e) => e.id === 'person:jensen-huang')).toBe(true);
    expect(out.statements.filter((s) => s.speaker === 'person:howard-lutnick')).toHaveLength(7);
    expect(offsetErrors(fs.readFileSync(SEED_FILE, 'utf8'), out)).toEqual([]);
  });

  it('answers JSON lines one for one, and reports a bad line without stopping', async () => {
    const r = await extract(['--jsonl'], LINES);
    expect(r.code).toBe(EXIT_OK);
    const results = r.stdout
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
    expect(results[1]).toMatchObject({ id: null, line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(results[2]).toMatchObject({
      id: 'b',
      statements: [{ speaker: 'person:tom-baker', cue: 'according to', kind: 'indirect' }],
    });
  });

  it('exits 2 on a usage error (no file, an unknown option), 1 when the file is missing or unreadable', async () => {
    expect(await extract([])).toMatchObject({
      code: EXIT_USAGE,
      stdout: '',
      stderr: expect.stringMatching(/give a file/),
    });
    expect(await extract(['--no-such-option'])).toMatchObject({ code: EXIT_USAGE, stdout: '' });
    const missing = path.join(os.tmpdir(), 'actorgraph-no-such-file.md');
    expect(await extract([missing])).toMatchObject({
      code: EXIT_SOME_FAILED,
      stdout: '',
      stderr: `extract: no such file ${missing}\n`,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-extract-'));
    try {
      const empty = path.join(dir, 'empty.md');
      fs.writeFileSync(empty, '');
      expect(await extract([empty])).toMatchObject({ code: EXIT_SOME_FAILED, stdout: '', stderr: /^extract: / });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('documents itself', async () => {
    expect(await extract(['--help'])).toMatchObject({ code: EXIT_OK, stdout: expect.stringMatching(/--jsonl/) });
  });

  it('runs as the process entry through `npm run extract` (the compiled bundle): the same lines as in-process, exit codes as returned', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', '-s', 'extract', '--', '--jsonl'], {
      cwd: PROJECT_ROOT,
      input: LINES,
      encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([EXIT_OK, '']);
    expect(r.stdout).toBe((await extract(['--jsonl'], LINES)).stdout);
    expect(spawnSync(npm, ['run', '-s', 'extract'], { cwd: PROJECT_ROOT }).status).toBe(EXIT_USAGE);
  }, 60_000);
});
