// Policies as the noun phrase a reader would name, with a canonical name that merges wordings of the same policy, and
// their arguments (issuer, target, product) as relationships.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const analyze = (raw: string) => analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
const policies = (raw: string) => analyze(raw).entities.filter((e) => e.type === 'Policy');
const triples = (raw: string) => analyze(raw).relations.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('ban phrases', () => {
  it('reads "the X\'s ban on <things> sales to <country>" whole, with its issuer and target', () => {
    const raw = "The Commerce Department's ban on advanced-chip sales to China hurt Nvidia.";
    const [p] = policies(raw);
    expect(p.mentions.map((m) => m.text)).toEqual(['ban on advanced-chip sales to China']);
    const t = triples(raw);
    expect(t).toContain(`${p.id} ISSUED_BY organization:us-department-of-commerce`);
    expect(t).toContain(`${p.id} TARGETS country:china`);
    // The ban hurt Nvidia; China, inside the phrase, did nothing to it.
    expect(
      t.filter((x) => x.startsWith('country:china') || (x.endsWith('country:china') && x.startsWith('company:'))),
    ).toEqual([]);
  });

  it('merges "the H20 ban" and "the ban on H20 sales to China" into one policy', () => {
    const ps = policies('The H20 ban hurt Nvidia. The administration lifted the ban on H20 sales to China in July.');
    expect(ps).toHaveLength(1);
    expect(ps[0].name).toBe('H20 ban');
    expect(ps[0].mentions).toHaveLength(2);
  });

  it('reads a capitalized "Export curbs on X chips to Y" as one restriction', () => {
    const [p] = policies('Export curbs on Nvidia chips to China hurt the firm.');
    expect(p.mentions.map((m) => m.text)).toEqual(['Export curbs on Nvidia chips to China']);
  });
});

describe('bodies named like policies', () => {
  it('types a body whose head comes before "for" as an organization, whatever its last word', () => {
    const a = analyze("China's State Administration for Market Regulation said Nvidia broke the law.");
    expect(a.entities.filter((e) => e.type === 'Policy')).toEqual([]);
    expect(a.entities.find((e) => e.name.includes('State Administration'))?.type).toBe('Organization');
  });
});

describe('restrictions on a country', () => {
  it('names the country by its name, whichever of its names the text uses', () => {
    expect(policies("It tightened export controls on the People's Republic of China.").map((p) => p.name)).toEqual([
      'China export controls',
    ]);
  });
});

describe('ban phrases on several lower-case words', () => {
  it('names the ban by its phrase, its adjective included, and ends the phrase before the full stop', () => {
    const [p] = policies('The administration is heading toward a total ban on all tech exports to Huawei.');
    expect(p.name).toBe('ban on all tech exports to Huawei');
    expect(p.mentions.map((m) => m.text)).toEqual(['total ban on all tech exports to Huawei']);
    const [h] = policies("Nvidia was hit by the Commerce Department's ban on H20 sales to China.");
    expect(h.mentions.map((m) => m.text)).toEqual(['ban on H20 sales to China']);
  });
});

describe('deal phrases', () => {
  it('keeps a hyphenated pair of parties in the name, US however written, and makes neither a target', () => {
    expect(policies('The U.S.-China trade truce expires in August.').map((p) => p.name)).toEqual([
      'US-China trade truce',
    ]);
    expect(triples('The US-China trade deal was signed.').filter((t) => t.includes('TARGETS'))).toEqual([]);
  });

  it('takes the country a deal is made with into its name', () => {
    const [p] = policies('The Solomon Islands struck a secret security deal with China in 2022.');
    expect(p.name).toBe('secret security deal with China');
    expect(p.mentions.map((m) => m.text)).toEqual(['secret security deal with China']);
  });

  it('takes what a deal is for into its name and phrase', () => {
    const [p] = policies("Nvidia struck a revenue-sharing deal for the H20's export licences with the administration.");
    expect(p.name).toBe('revenue-sharing deal for H20 export licences');
    expect(p.mentions.map((m) => m.text)).toEqual(["revenue-sharing deal for the H20's export licences"]);
  });

  it('leaves the partner after "with" out of the deal', () => {
    const [p] = policies('Nvidia signed a revenue-sharing deal with the Commerce Department.');
    expect(p.name).toBe('revenue-sharing deal');
  });
});

describe('restrictions named by a lower-case object', () => {
  it('reads "U.S. export controls of advanced semiconductors" whole, issued by the country', () => {
    const raw = 'The U.S. government has sought to strengthen U.S. export controls of advanced semiconductors.';
    const [p] = policies(raw);
    expect(p.mentions.map((m) => m.text)).toEqual(['U.S. export controls of advanced semiconductors']);
    expect(triples(raw)).toContain(`${p.id} ISSUED_BY country:united-states`);
  });

  it('merges the "on" and "of" wordings of the same controls', () => {
    const ps = policies(
      'Export controls on advanced semiconductors began. Export controls of advanced semiconductors hurt.',
    );
    expect(ps).toHaveLength(1);
  });
});
