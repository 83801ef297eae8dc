// A restriction's full noun phrase: its modifiers and counting noun before the head, the imposing country, and what it
// is aimed at after it; the determiner stays outside.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { policyExtent } from '../../../../seed/stages/text/policy-extents.ts';

const g = loadGazetteer();
const context = { gazetteer: g };
const analyze = (raw: string) => analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
const policyTexts = (raw: string) =>
  analyze(raw)
    .entities.filter((e) => e.type === 'Policy')
    .flatMap((e) => e.mentions.map((m) => m.text));
/** The phrase around the first occurrence of `head` in `s`. */
const around = (s: string, head: string) => {
  const i = s.indexOf(head);
  const x = policyExtent(s, i, i + head.length, g);
  return s.slice(x.start, x.end);
};

describe('restriction phrases, whole', () => {
  it('takes the modifiers and a counting noun with "of" before the head, not the determiner', () => {
    expect(around('It imposed a new set of export controls on China.', 'export controls on China')).toBe(
      'new set of export controls on China',
    );
    expect(around('They announced the latest round of sanctions.', 'sanctions')).toBe('latest round of sanctions');
    expect(around('It unveiled fresh export curbs.', 'export curbs')).toBe('fresh export curbs');
  });

  it('takes the imposing country, with a topic noun between it and the head', () => {
    expect(around('The United States semiconductor export controls work.', 'export controls')).toBe(
      'United States semiconductor export controls',
    );
    expect(around("China's new export controls took effect.", 'export controls')).toBe("China's new export controls");
  });

  it('leaves a lone topic word, a verb or an unlisted word before the head outside', () => {
    expect(around('It said semiconductor export controls work.', 'export controls')).toBe('export controls');
    expect(around('It imposed export controls.', 'export controls')).toBe('export controls');
    expect(around('The rules set of export controls.', 'export controls')).toBe('export controls');
  });

  it('takes what the restriction is aimed at, and names the aimed-at country', () => {
    const s = "US unveils fresh export curbs targeting China's chip sector";
    const i = s.indexOf('export curbs');
    const x = policyExtent(s, i, i + 'export curbs'.length, g);
    expect(s.slice(x.start, x.end)).toBe("fresh export curbs targeting China's chip sector");
    expect(x.target).toBe('China');
    expect(around('It levied sanctions aimed at Huawei last year.', 'sanctions')).toBe('sanctions aimed at Huawei');
  });

  it('reads the whole phrase in the pipeline, named by its target', () => {
    const raw = 'The Biden administration has imposed a new set of export controls on China.';
    expect(policyTexts(raw)).toEqual(['new set of export controls on China']);
    const curbs = analyze("The US unveiled fresh export curbs targeting China's chip sector on Monday.").entities.find(
      (e) => e.type === 'Policy',
    );
    expect(curbs?.name).toBe('China export curbs');
  });

  it('takes what the restriction does, for the listed actions and a purpose only', () => {
    expect(
      around(
        'It imposed export restrictions aimed at limiting China’s access to advanced semiconductor technology, officials said.',
        'export restrictions',
      ),
    ).toBe('export restrictions aimed at limiting China’s access to advanced semiconductor technology');
    expect(around('Its new export controls restricting the sale of chips took effect.', 'export controls')).toBe(
      'new export controls restricting the sale of chips',
    );
    expect(around('The tariffs hurting farmers stayed.', 'tariffs')).toBe('tariffs');
  });

  it("names a body of export controls with its country, so two countries' laws stay two", () => {
    const a = analyze(
      "China's new export control law took effect. The U.S. export control system is older. The U.S. export control regime works. Current export control laws fail.",
    );
    expect(
      a.entities
        .filter((e) => e.type === 'Policy')
        .map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(' ; ')}`),
    ).toEqual([
      "China export control law | China's new export control law",
      'United States export control system | U.S. export control system ; U.S. export control regime',
    ]);
  });
});
