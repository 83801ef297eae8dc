// Rule "title-case common words" (seed/stages/mention-rules/common-word-runs.ts): a guessed name of capitalized words
// that the document writes in lower case — the phrase, or each of its words — names nothing.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const orgs = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Organization' || e.type === 'Company')
    .map((e) => e.name);

describe('title-case common words', () => {
  it('makes no organization of capitalized words the text writes in lower case elsewhere', () => {
    expect(
      orgs(
        'The activists said they would Sell Coal to the buyers. The coal was cheap, and they will sell it again soon.',
      ),
    ).toEqual([]);
  });

  it('keeps a name whose words the text never writes in lower case', () => {
    expect(orgs('Red Star won the match. The fans were happy.')).toContain('Red Star');
  });
});

describe('title-case common words repeated', () => {
  it('drops the repeats of a guessed name it drops', () => {
    expect(
      orgs(
        'He said he would expand on Obama’s deferred actions programs. That might be difficult — although the 2012 Deferred Action for Childhood Arrivals program, or DACA, is currently operating. Parents remain at risk despite the Deferred Action for Parents of Americans program.',
      ),
    ).not.toContain('Deferred Action');
  });
});
