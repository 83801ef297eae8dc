// Peoples and faiths in the plural ("the Kurds", "Afrikaners"; the `peoples` list in seed/gazetteer/name-words.yaml):
// a group of people is no organization's and no person's name.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const g = loadGazetteer();
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: peoples in the plural', () => {
  it('finds no name in a people or a faith named in the plural', () => {
    const n = names(
      'Allied planes based in Turkey protect the Kurds from Baghdad. Afrikaners revived their campaign, and fights broke out between the Moslems and the police.',
    );
    expect(n.filter((x) => /Kurds|Afrikaners|Moslems/.test(x))).toEqual([]);
    expect(n).toEqual(expect.arrayContaining(['Country:Turkey']));
  });
});
