// compromiseLexicon: compromise's own lexicon, read from a JSON copy per compromise version once one was written.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { compromiseLexicon, lexiconCopyFile } from '../../../seed/io/compromise-lexicon.ts';
import { useTempBuildCache } from '../../_support/cli-run.ts';

const _dir = useTempBuildCache('actorgraph-lexicon-');
const own = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

describe('compromiseLexicon', () => {
  it("is compromise's lexicon, and leaves a copy named by compromise's version", async () => {
    expect(await compromiseLexicon()).toEqual(own);
    expect(path.basename(lexiconCopyFile())).toBe(
      `compromise-lexicon-${(nlp as unknown as { version: string }).version}.json`,
    );
    expect(JSON.parse(fs.readFileSync(lexiconCopyFile(), 'utf8'))).toEqual(own);
  });

  it('reads the copy once there is one, and compromise again over an unreadable copy', async () => {
    fs.writeFileSync(lexiconCopyFile(), '{"nvidia":"Organization"}');
    expect(await compromiseLexicon()).toEqual({ nvidia: 'Organization' });
    fs.writeFileSync(lexiconCopyFile(), '{"nvidia":');
    expect(await compromiseLexicon()).toEqual(own);
  });
});
