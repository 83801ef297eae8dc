// Names that say their room: no two source files share a base name while doing different jobs, so a name found in a
// stack trace, an import or a review points at one file. Entry points (main.ts) are the one shared name, by convention.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every file named main.ts is an entry point: it wires its floor together and starts it (server, client bundle).
const ENTRY_POINT_NAMES = new Set(['main.ts']);

const sourceFiles = (): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('test/') && !f.startsWith('scratch/') && !f.endsWith('.d.ts'));

const repeatedBaseNames = (files: string[]): Record<string, string[]> => {
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = path.basename(f);
    if (ENTRY_POINT_NAMES.has(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  return Object.fromEntries([...byName].filter(([, fs]) => fs.length > 1));
};

describe('source file names', () => {
  it('gives every source file outside test/ its own base name (entry points aside)', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(repeatedBaseNames(files)).toEqual({});
  });

  it('reports a base name used in two folders', () => {
    expect(repeatedBaseNames(['server/app.ts', 'client/src/app.ts', 'server/main.ts', 'client/src/main.ts'])).toEqual({
      'app.ts': ['server/app.ts', 'client/src/app.ts'],
    });
  });
});
