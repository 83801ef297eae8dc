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
  it('finds no name in a people the tagger read as a name, nor in a faith written as an adjective', () => {
    const n = names(
      'The Administration and Congress were focused on taking action related to the repression of the Uighurs and other predominantly Muslim minorities in China.',
    );
    expect(n.filter((x) => /Uighurs|Muslim/.test(x))).toEqual([]);
    expect(n).toContain('Country:China');
  });
  it('keeps a person whose name is also a faith or a people', () => {
    // The singular of a listed people ("Flemings") stays a name; "said" makes it a person whatever the tagger leans to
    // (the retrained tagger reads "Fleming added a third" as the place Fleming).
    expect(names('Christian scored twice for the visitors, and Fleming said the win was deserved.')).toContain(
      'Person:Fleming',
    );
  });
});
