// Test helpers for the command-line tools: the extract command run in this process, and a throwaway build cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { extractCommand } from '../../cli/extract-command.ts';

/** Runs the extract command in this process on args, with input as stdin; what it wrote and its exit code. */
export async function extractInProcess(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const code = await extractCommand(['node', 'extract-command.ts', ...args], {
    stdin: Readable.from([input]),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

/**
 * Points ACTORGRAPH_BUILD_CACHE at a fresh temporary folder for the file's tests (restored and removed after them), so
 * the copies a test writes never mix with the project's own cache. Returns the folder.
 */
export function useTempBuildCache(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const before = process.env.ACTORGRAPH_BUILD_CACHE;
  beforeAll(() => {
    process.env.ACTORGRAPH_BUILD_CACHE = dir;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.ACTORGRAPH_BUILD_CACHE;
    else process.env.ACTORGRAPH_BUILD_CACHE = before;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
