// Reads the project's import graph from source (static imports, `export … from`, dynamic `import()`), and checks it
// against the floors: core/ at the bottom, seed/ and server/ on it and never on each other, the client on core/ only.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

export interface ImportEdge {
  /** Importing file, relative to the project root. */
  from: string;
  /** Imported file, relative to the project root. */
  to: string;
}

const SOURCE_ROOTS = ['core', 'seed', 'server', 'cli', 'client/src'];
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every relative import in the source folders, as project-relative paths. */
export function readImportGraph(root: string = PROJECT_ROOT): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of SOURCE_ROOTS.flatMap((r) => sourceFiles(path.join(root, r)))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const to = path.relative(root, path.resolve(path.dirname(file), m[2]));
      edges.push({ from: path.relative(root, file).split(path.sep).join('/'), to: to.split(path.sep).join('/') });
    }
  }
  return edges;
}

/** The floor a project path stands on: its top folder (client/src for the explorer). */
export function floorOf(file: string): string {
  return file.startsWith('client/') ? 'client' : file.split('/')[0];
}

/** Composition roots: the only files that may wire floors that otherwise never meet (the loader and the server). */
export const COMPOSITION_ROOTS = ['server/main.ts'];

/** Floors each floor may import from (besides itself). cli/ holds the command-line composition roots. */
export const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  seed: ['core'],
  server: ['core'],
  client: ['core'],
  cli: ['core', 'seed', 'server'],
};

/** The edges that break the floors, each with why. */
export function floorViolations(edges: ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = floorOf(e.from);
    const to = floorOf(e.to);
    if (from === to) continue;
    if (COMPOSITION_ROOTS.includes(e.from) && to !== 'client') continue;
    const allowed = ALLOWED[from];
    if (!allowed) out.push(`${e.from} → ${e.to}: ${from}/ is not a known floor`);
    else if (!allowed.includes(to))
      out.push(`${e.from} → ${e.to}: ${from}/ may import only ${[from, ...allowed].join('/, ')}/`);
  }
  return out;
}
