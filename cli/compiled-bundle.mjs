// Builds (or reuses) the JavaScript bundle of a TypeScript entry, for cli/run-compiled.mjs (a CLI's main thread) and for
// worker threads that must run compiled code too (the extract command's pool, cli/extract-pool.ts). The bundle is built
// with esbuild on first use into node_modules/.cache/actorgraph/ and rebuilt whenever any source file it was built
// from changed (size or modification time), so an edit is picked up on the next run exactly as under tsx.
//
// Each module keeps its own `import.meta.url`, `.filename` and `.dirname` (rewritten to its source file's), so data
// files read relative to a module (the gazetteer, the NER model, the relation vocabulary) resolve in the source tree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Bumped when the way bundles are built changes, so older bundles in a cache are rebuilt. */
const BUILD_VERSION = 4;
/** Packages left out of a bundle (imported from node_modules at run time): native bindings, worker files, tools. */
const SELF_LOCATING_PACKAGES = [
  '@grafeo-db/*',
  'neo4j-driver',
  'pino',
  'pino-*',
  'vite',
  'esbuild',
  'playwright-core',
  'tsx',
];

/** The bundle file and its manifest for an entry; ACTORGRAPH_BUILD_CACHE moves the cache (tests). */
function bundlePaths(entry) {
  const dir = process.env.ACTORGRAPH_BUILD_CACHE || path.join(ROOT, 'node_modules', '.cache', 'actorgraph');
  const name = path.relative(ROOT, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  return { dir, bundle: path.join(dir, `${name}.mjs`), manifest: path.join(dir, `${name}.json`) };
}

/** Whether the manifest names this entry and every input still has the size and time it was built from. */
function isFresh(manifestFile, bundleFile, entry) {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (m.version !== BUILD_VERSION || m.entry !== entry || !fs.existsSync(bundleFile)) return false;
    for (const [file, [size, mtime]] of Object.entries(m.inputs)) {
      const st = fs.statSync(file);
      if (st.size !== size || st.mtimeMs !== mtime) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function build(entry, { dir, bundle, manifest }) {
  const esbuild = await import('esbuild');
  const outDir = path.dirname(bundle);
  const keepModuleUrl = {
    name: 'keep-module-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const rel = path.relative(outDir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(rel)}, import.meta.url)`;
        const file = `__fileURLToPath(${url})`;
        return {
          contents: source
            .replaceAll('import.meta.url', `${url}.href`)
            .replaceAll('import.meta.filename', file)
            .replaceAll('import.meta.dirname', `__dirnameOf(${file})`),
          loader: 'ts',
        };
      });
    },
  };
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Regex features Node 20's V8 has, which esbuild's node20 target would lower anyway: it rewrites a literal with
    // \p{…} (or the v flag) as `new RegExp("…", "u")`, so one inside a function built a new regex on every call (a
    // cache lookup and an object each time, per word in some rules). Declared supported, literals stay literals.
    supported: {
      'regexp-unicode-property-escapes': true,
      'regexp-set-notation': true,
      'regexp-lookbehind-assertions': true,
      'regexp-match-indices': true,
      'regexp-named-capture-groups': true,
      'regexp-dot-all-flag': true,
      'regexp-sticky-and-unicode-flags': true,
    },
    // Packages are bundled too (one file to read and compile instead of hundreds), except those that load native
    // code or read files beside themselves.
    external: SELF_LOCATING_PACKAGES,
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
    plugins: [keepModuleUrl],
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        "import { dirname as __dirnameOf } from 'node:path';",
        'const require = __createRequire(import.meta.url);',
      ].join(' '),
    },
  });
  const inputs = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(ROOT, rel);
    const st = fs.statSync(file);
    inputs[file] = [st.size, st.mtimeMs];
  }
  // Imports of the packages left out resolve from the bundle's folder, inside the project's node_modules tree, so they
  // find the project's packages. The bundle and its manifest are replaced atomically (rename).
  fs.renameSync(tmp, bundle);
  const tmpManifest = `${manifest}.${process.pid}.tmp`;
  fs.writeFileSync(tmpManifest, JSON.stringify({ version: BUILD_VERSION, entry, inputs }));
  fs.renameSync(tmpManifest, manifest);
}

/**
 * The path of a fresh bundle of entry (an absolute .ts path): the cached one when every source it was built from is
 * unchanged, else a new build. The inputs are checked before the manifest is trusted, so no caller sees a stale bundle.
 */
export async function compiledBundle(entry) {
  const paths = bundlePaths(entry);
  if (!isFresh(paths.manifest, paths.bundle, entry)) await build(entry, paths);
  return paths.bundle;
}
