// Start-up: the explorer is rebuilt exactly when its build is missing or older than its sources.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientBuildReason } from '../../server/startup.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function clientTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-client-'));
  made.push(root);
  fs.mkdirSync(path.join(root, 'src', 'panels'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<div id="app"></div>');
  fs.writeFileSync(path.join(root, 'src', 'panels', 'x.ts'), 'export {};');
  return root;
}

const touch = (file: string, secondsFromNow: number) => {
  const t = new Date(Date.now() + secondsFromNow * 1000);
  fs.utimesSync(file, t, t);
};

describe('clientBuildReason', () => {
  it('asks for a build when client/dist is missing', () => {
    expect(clientBuildReason(clientTree())).toMatch(/missing/);
  });

  it('is satisfied by a build newer than every source, and asks again when a nested source changes', () => {
    const root = clientTree();
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', 'index.html'), 'built');
    touch(path.join(root, 'index.html'), -60);
    touch(path.join(root, 'src', 'panels', 'x.ts'), -60);
    expect(clientBuildReason(root)).toBeNull();
    touch(path.join(root, 'src', 'panels', 'x.ts'), 60);
    expect(clientBuildReason(root)).toMatch(/changed/);
  });
});
