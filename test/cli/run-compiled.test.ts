// cli/run-compiled.mjs: a CLI entry runs from a bundle built on first use and rebuilt when a source it was built from
// changes; modules keep their own import.meta.url (data files read beside them), and the entry sees tsx's argv.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-run-compiled-'));
const cache = path.join(dir, 'cache');
const src = path.join(dir, 'src');
fs.mkdirSync(path.join(src, 'lib'), { recursive: true });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => fs.writeFileSync(path.join(src, file), text);
write(
  'entry.ts',
  [
    "import { message } from './lib/message.ts';",
    'const entry: string = process.argv[1];',
    "console.log([message(), entry.endsWith('entry.ts'), ...process.argv.slice(2)].join('|'));",
    'process.exitCode = 3;',
  ].join('\n'),
);
write('lib/data.txt', 'beside');
const messageModule = (word: string) =>
  [
    "import fs from 'node:fs';",
    "import path from 'node:path';",
    "import { fileURLToPath } from 'node:url';",
    "const read = (file: string) => fs.readFileSync(file, 'utf8');",
    'export const message = (): string =>',
    `  ['${word}', read(fileURLToPath(new URL('./data.txt', import.meta.url))), read(path.join(import.meta.dirname, 'data.txt')), path.basename(import.meta.filename)].join(':');`,
  ].join('\n');
write('lib/message.ts', messageModule('one'));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'cli/run-compiled.mjs'), path.join(src, 'entry.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ACTORGRAPH_BUILD_CACHE: cache },
  });
const bundle = () => fs.readdirSync(cache).find((f) => f.endsWith('.mjs'))!;

describe('run-compiled', () => {
  it('runs the entry from a bundle: its arguments, its exit code, data files beside each module (import.meta url, dirname, filename)', () => {
    const r = run('a', 'b c');
    expect([r.stdout, r.stderr, r.status]).toEqual(['one:beside:beside:message.ts|true|a|b c\n', '', 3]);
    expect(bundle()).toMatch(/entry\.mjs$/);
  });

  it('reuses the bundle while the sources are unchanged', () => {
    const before = fs.statSync(path.join(cache, bundle())).mtimeMs;
    expect(run().stdout).toBe('one:beside:beside:message.ts|true\n');
    expect(fs.statSync(path.join(cache, bundle())).mtimeMs).toBe(before);
  });

  it('rebuilds when a source file changes', () => {
    write('lib/message.ts', messageModule('two'));
    expect(run('x').stdout).toBe('two:beside:beside:message.ts|true|x\n');
  });

  it('reports a source that does not compile, with its file, and runs nothing', () => {
    write('lib/message.ts', 'export const message = ( => ;');
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/message\.ts/);
  });
});
