// compromise's lexicon (word → tags) as the extractor reads it, kept as JSON in node_modules/.cache/actorgraph/ per
// compromise version: importing compromise builds the lexicon by unpacking and inflecting its word lists, which took
// about a third of `npm run extract`'s start-up; reading the JSON copy takes a small fraction of that. compromise
// itself is imported only when there is no copy for its installed version yet.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

export type LexiconTags = string | string[] | undefined;

/** The installed compromise's version, from its package.json (found above the file the package resolves to). */
function compromiseVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('compromise'));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise' && pkg.version) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('compromise: cannot find its package.json');
    dir = up;
  }
}

/** Where the copy of a version's lexicon goes (ACTORGRAPH_BUILD_CACHE moves it, as for cli/run-compiled.mjs). */
export const lexiconCopyFile = (version = compromiseVersion()): string =>
  path.join(
    process.env.ACTORGRAPH_BUILD_CACHE || path.join(PROJECT_ROOT, 'node_modules', '.cache', 'actorgraph'),
    `compromise-lexicon-${version}.json`,
  );

/** compromise's lexicon: the JSON copy for the installed version, else compromise's own (and a copy is written). */
export async function compromiseLexicon(): Promise<Record<string, LexiconTags>> {
  const file = lexiconCopyFile();
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, LexiconTags>;
  } catch {
    // no copy yet (or an unreadable one)
  }
  const nlp = (await import('compromise')).default as unknown as {
    model(): { one: { lexicon: Record<string, LexiconTags> } };
  };
  const lexicon = nlp.model().one.lexicon;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(lexicon));
    fs.renameSync(tmp, file);
  } catch {
    // a read-only tree: no copy
  }
  return lexicon;
}
