// The extractor's own YAML data (gazetteer, lexicon, relation vocabulary) parsed once per content: a JSON copy keyed by
// the text's hash is kept in node_modules/.cache/actorgraph/yaml/, since JSON.parse takes a small fraction of the YAML
// parser's time at a cold start (a third of `npm run extract`'s start-up went to parsing these files).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

/** Where the JSON copies go (ACTORGRAPH_BUILD_CACHE moves it, as for cli/run-compiled.mjs). */
export const yamlCacheDir = (): string =>
  path.join(
    process.env.ACTORGRAPH_BUILD_CACHE || path.join(PROJECT_ROOT, 'node_modules', '.cache', 'actorgraph'),
    'yaml',
  );

/** Whether JSON keeps v exactly: strings, finite numbers, booleans, null, arrays and plain objects of them. */
function jsonSafe(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonSafe);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.values(v as object).every(jsonSafe);
  return false;
}

/**
 * YAML text parsed as the yaml package parses it, read from the JSON copy when one exists for this exact text. A copy
 * that cannot be read or written is ignored (a read-only tree parses every time); a text that does not parse throws the
 * parser's error, as without the cache.
 */
export function parseYamlData(text: string): unknown {
  const file = path.join(yamlCacheDir(), `${crypto.createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // no copy yet (or an unreadable one): parse below
  }
  const value = parse(text);
  if (jsonSafe(value))
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(value));
      fs.renameSync(tmp, file);
    } catch {
      // a read-only tree: no copy
    }
  return value;
}
