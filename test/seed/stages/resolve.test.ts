// The resolve stage on mentions written for these tests: short names to the full name the document uses, pronouns to
// the nearest fitting person before them, titles to roles, one type per name, and the entities built from it all.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../seed/stages/resolve.ts';
import { loadGazetteer } from '../../../seed/pipeline.ts';
import type { Analysis, Mention } from '../../../seed/analysis.ts';

const context = { gazetteer: loadGazetteer() };

/** A mention of the n-th (0-based) whole-word `text` in `raw`, with the fields a mention rule sets. */
function mentionIn(raw: string, text: string, type: Mention['type'], extra: Partial<Mention> = {}, n = 0): Mention {
  const start = [...raw.matchAll(new RegExp(`\\b${text.replace(/[.]/g, '\\.')}\\b`, 'g'))][n]?.index ?? -1;
  if (start < 0) throw new Error(`no ${text} #${n} in the test text`);
  return { start, end: start + text.length, text, type, sentence: 0, method: 'lexicon:test', ...extra };
}

function run(raw: string, mentions: Mention[], doc: Partial<Analysis['doc']> = {}): Analysis {
  const a: Analysis = {
    doc: { id: 'doc-r', raw, bodyStart: 0, bodyEnd: raw.length, ...doc },
    text: raw,
    toRaw: (o) => o,
    sentences: [],
    mentions: mentions.sort((x, y) => x.start - y.start),
    entities: [],
    statements: [],
    relations: [],
    warnings: [],
  };
  return resolve.run(a, context);
}

const byName = (a: Analysis) => new Map(a.entities.map((e) => [e.name, e]));

describe('resolve', () => {
  const RAW = 'Howard Lutnick met Gina Raimondo on Monday. Lutnick said he would act. Raimondo said she agreed.';
  const mentions = () => [
    mentionIn(RAW, 'Howard Lutnick', 'Person'),
    mentionIn(RAW, 'Gina Raimondo', 'Person'),
    mentionIn(RAW, 'Lutnick', 'Person', {}, 1),
    mentionIn(RAW, 'he', 'Person', { anaphor: true, role: 'he', method: 'anaphor:pronoun' }),
    mentionIn(RAW, 'Raimondo', 'Person', {}, 1),
    mentionIn(RAW, 'she', 'Person', { anaphor: true, role: 'she', method: 'anaphor:pronoun' }),
  ];

  it('gives a surname the full name the document used, and makes one entity of both with the surname as an alias', () => {
    const a = run(RAW, mentions());
    expect(a.mentions.map((m) => m.canonical)).toEqual([
      'Howard Lutnick',
      'Gina Raimondo',
      'Howard Lutnick',
      'Howard Lutnick',
      'Gina Raimondo',
      'Gina Raimondo',
    ]);
    const lutnick = byName(a).get('Howard Lutnick')!;
    expect(lutnick.id).toBe('person:howard-lutnick');
    expect(lutnick.aliases).toEqual(['Lutnick']);
  });

  it('resolves "he" and "she" to the nearest earlier person of that gender, and keeps pronouns out of an entity\'s mentions', () => {
    const a = run(RAW, mentions());
    const [he, she] = a.mentions.filter((m) => m.anaphor);
    expect([he.canonical, she.canonical]).toEqual(['Howard Lutnick', 'Gina Raimondo']);
    expect(he.entityKey).toBe('person:howard-lutnick');
    expect(
      byName(a)
        .get('Howard Lutnick')!
        .mentions.map((m) => m.text),
    ).toEqual(['Howard Lutnick', 'Lutnick']);
    expect(
      byName(a)
        .get('Gina Raimondo')!
        .mentions.map((m) => m.text),
    ).toEqual(['Gina Raimondo', 'Raimondo']);
  });

  it('does not change the mentions it was given', () => {
    const given = mentions();
    const before = JSON.stringify(given);
    run(RAW, given);
    expect(JSON.stringify(given)).toBe(before);
  });

  it("keeps a title written before the name as the person's role, but not an honorific", () => {
    const raw = 'Commerce Secretary Howard Lutnick spoke. Mr. Lutnick left.';
    const a = run(raw, [
      mentionIn(raw, 'Howard Lutnick', 'Person', { role: 'Commerce Secretary' }),
      mentionIn(raw, 'Lutnick', 'Person', { role: 'Mr.' }, 1),
    ]);
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0].roles).toEqual(['Commerce Secretary']);
  });

  it('gives a name one type, the best-supported reading', () => {
    const raw = 'Acme Robotics grew. Acme Robotics hired. Acme Robotics said.';
    const a = run(raw, [
      mentionIn(raw, 'Acme Robotics', 'Company', { method: 'head:company' }, 0),
      mentionIn(raw, 'Acme Robotics', 'Company', { method: 'head:company' }, 1),
      mentionIn(raw, 'Acme Robotics', 'Organization', { method: 'fallback' }, 2),
    ]);
    expect(a.entities.map((e) => [e.id, e.type, e.mentions.length])).toEqual([['company:acme-robotics', 'Company', 3]]);
  });

  it('keeps a described source to its own document: two articles\' "officials" are not one entity', () => {
    const raw = 'Officials said the rule would change.';
    const officials = () => [
      mentionIn(raw, 'Officials', 'Person', { method: 'description:source', canonical: 'officials' }),
    ];
    const one = run(raw, officials(), { id: 'doc-1' }).entities[0].id;
    const two = run(raw, officials(), { id: 'doc-2' }).entities[0].id;
    expect(one).not.toBe(two);
    expect([one, two].every((id) => id.startsWith('person:officials-'))).toBe(true);
  });

  it("adds the publisher named as the document's source as a media organization when the text does not name it", () => {
    const raw = 'Howard Lutnick spoke.';
    const a = run(raw, [mentionIn(raw, 'Howard Lutnick', 'Person')], { source: 'Example Wire' });
    const publisher = a.entities.find((e) => e.name === 'Example Wire');
    expect(publisher).toMatchObject({
      id: 'organization:example-wire',
      type: 'Organization',
      kind: 'media',
      mentions: [],
    });
  });
});
