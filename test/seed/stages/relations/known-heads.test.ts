// A head of state by title alone ("President Joe Biden"): the country comes from the gazetteer's `heads`, only when a
// head's title is written before the name, and not after "Vice", "former" or when the words name the country themselves.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './_relations-of.ts';
import { knownHeads } from '../../../../seed/stages/relations/known-heads.ts';
import { RELATION_RULES } from '../../../../seed/stages/relations.ts';

const leads = (raw: string) =>
  relationsOf(raw)
    .filter((r) => r.type === 'LEADS')
    .map((r) => `${r.from} ${r.to} ${r.properties?.title ?? ''}`.trim());

describe('known heads of state', () => {
  it('gives LEADS the country the gazetteer names for a head written with a title and no country', () => {
    expect(leads('Since taking office in 2021, President Joe Biden has tightened export rules.')).toEqual([
      'person:joe-biden country:united-states President',
    ]);
    expect(leads('The talks ended before President Xi Jinping spoke.')).toEqual([
      'person:xi-jinping country:china President',
    ]);
  });

  it('needs the title: a bare name, a former or vice title, or another title gives nothing', () => {
    expect(leads('Joe Biden has tightened export rules.')).toEqual([]);
    expect(leads('The deal was signed under former President Donald Trump.')).toEqual([]);
    expect(leads('Then Vice President Joe Biden visited Beijing.')).toEqual([]);
    expect(leads('Senator Joe Biden voted against the bill.')).toEqual([]);
  });

  it('leaves a person the gazetteer does not list as a head alone', () => {
    expect(leads('President Maria Lopez spoke on Monday.')).toEqual([]);
  });

  it('lets the written country win: "Chinese President Xi Jinping" is read from its words', () => {
    const r = relationsOf('Chinese President Xi Jinping met the delegation.').filter((x) => x.type === 'LEADS');
    expect(r.map((x) => [x.to, x.provenance.method])).toEqual([['country:china', 'pattern:title-before-name']]);
  });

  it('is a named rule of the relation stage', () => {
    expect(RELATION_RULES.find((r) => r.name === 'known-heads')?.run).toBe(knownHeads);
  });
});
