// Relations whose words the predicate reader must read through: a vocabulary verb that ends in "-ly" ("will supply"),
// and a policy named again by its head noun ("The latest rules …") carrying its sentence's subject to a "They" after it.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { readPredicate } from '../../../seed/stages/text/predicates.ts';
import { relationVocabulary } from '../../../seed/lexicon/relation-vocabulary.ts';
import { analyzeText } from '../_analyze.ts';

const rels = (raw: string) => toExtractionOutput(analyzeText(raw)).relations.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('predicate reader: a vocabulary verb ending in -ly is no adverb', () => {
  const vocab = relationVocabulary();
  it('reads "will supply" and "could apply to" as their verbs', () => {
    expect(readPredicate(' will supply ', vocab)?.entry?.type).toBe('SUPPLIES');
    expect(readPredicate(' could apply to ', vocab)?.entry?.type).toBe('TARGETS');
  });
  it('still walks over an adverb in -ly', () => {
    expect(readPredicate(' quietly supplies ', vocab)?.entry?.type).toBe('SUPPLIES');
  });
  it('links a modal supply in a sentence', () => {
    expect(rels('TSMC will supply Apple.')).toContain('company:tsmc SUPPLIES company:apple');
  });
});

describe('policy anaphors carry the subject to "They"', () => {
  it('reads "They" after "The latest rules" as the policy named before', () => {
    const r = rels(
      'The Commerce Department announced new export restrictions on Monday. The latest rules include a restriction of exports to 140 companies, including Chinese chip firm Piotech. They also impact Naura Technology Group.',
    );
    expect(r.some((x) => /^policy:\S+ TARGETS company:naura/.test(x))).toBe(true);
  });
  it('leaves "They" alone after a sentence about a company', () => {
    const r = rels(
      'The Commerce Department announced new export restrictions on Monday. Nvidia sells chips. They also impact Naura Technology Group.',
    );
    expect(r.some((x) => / TARGETS company:naura/.test(x))).toBe(false);
  });
});

describe('reported complements: "X said it would …" is X\'s own claim', () => {
  const out = (raw: string) => toExtractionOutput(analyzeText(raw)).relations;
  it('reads the complement of a verb of saying whose pronoun stands for the sayer', () => {
    const r = out('Nvidia said it would sell chips to Alibaba.').find(
      (x) => x.from === 'company:nvidia' && x.type === 'SELLS_TO' && x.to === 'company:alibaba',
    );
    expect(r?.properties).toMatchObject({ attributedTo: 'company:nvidia' });
  });
  it('reads through a time and "that", and keeps negation and modality', () => {
    expect(
      rels('The Biden administration announced Monday that it has imposed new export controls on China.'),
    ).toContain('policy:china-export-controls ISSUED_BY organization:biden-administration');
    const neg = out('Nvidia said in a statement that it does not sell chips to Huawei.').find(
      (x) => x.type === 'SELLS_TO' && x.to === 'company:huawei',
    );
    expect(neg?.properties).toMatchObject({ negated: true });
    const may = out('Nvidia said it may partner with Samsung.').find((x) => x.type === 'PARTNERS_WITH');
    expect(may?.properties).toMatchObject({ modality: 'may' });
  });
  it('fans a list of sayers out with "they", each its own claim', () => {
    const r = out('AMD and Intel said they will supply Apple.').filter((x) => x.type === 'SUPPLIES');
    expect(r.map((x) => `${x.from} ${x.properties?.attributedTo}`).sort()).toEqual([
      'company:amd company:amd',
      'company:intel company:intel',
    ]);
  });
  it('reads nothing when the pronoun cannot stand for the sayer', () => {
    expect(
      rels('Jensen Huang said it would sell chips to Alibaba.').some((x) => / SELLS_TO company:alibaba/.test(x)),
    ).toBe(false);
  });
});

describe('policy targets: the list a policy phrase opens goes on after it', () => {
  it('fans "sanctions on Huawei, ZTE and SMIC" out to every listed company', () => {
    const r = rels('The U.S. imposed sanctions on Huawei, ZTE and SMIC.');
    for (const c of ['huawei', 'zte', 'smic']) expect(r.some((x) => x.endsWith(`TARGETS company:${c}`))).toBe(true);
  });
  it('fans out a list of countries after "exports to"', () => {
    const r = rels('Washington announced a ban on exports to China, Russia or Iran.');
    for (const c of ['china', 'russia', 'iran']) expect(r.some((x) => x.endsWith(`TARGETS country:${c}`))).toBe(true);
  });
  it('stops at a name of another kind or one that starts a clause', () => {
    const r = rels('The U.S. imposed sanctions on Huawei, and China retaliated.');
    expect(r.some((x) => x.endsWith('TARGETS country:china'))).toBe(false);
  });
});

describe("a name's own acronym in brackets is part of its mention for the relation rules", () => {
  it('reads the title after "Name (ACRONYM)"', () => {
    expect(rels('Taiwan Semiconductor Manufacturing Company (TSMC) CEO C.C. Wei met with Donald Trump.')).toContain(
      'person:c-c-wei LEADS company:tsmc',
    );
    expect(
      rels('The committee wrote to Securities and Exchange Commission (SEC) Chairman Paul Atkins on Monday.').some(
        (x) => /^person:paul-atkins LEADS organization:/.test(x),
      ),
    ).toBe(true);
  });
  it('keeps a bracket that is no acronym of the name before it apart', () => {
    const r = rels('Taiwan Semiconductor Manufacturing Company (Nvidia) CEO Jensen Huang spoke.');
    expect(r).not.toContain('person:jensen-huang LEADS company:tsmc');
  });
});

describe('vocabulary: tightening a policy, money received, chips made for a customer, plants built in a place', () => {
  it('reads an actor that tightens or expands controls as their issuer', () => {
    expect(
      rels('The Commerce Department tightened export controls on China in October.').some((x) =>
        /^policy:\S+ ISSUED_BY organization:us-department-of-commerce$/.test(x),
      ),
    ).toBe(true);
  });
  it('reads grants received from a body as its payment', () => {
    expect(rels('Intel received $8.5 billion in grants from the Commerce Department.')).toContain(
      'organization:us-department-of-commerce PAYS company:intel',
    );
  });
  it('reads "makes chips for" as a supply and "is building factories in" as an investment there', () => {
    const r = rels('TSMC, which makes chips for Apple and Nvidia, is building factories in Arizona.');
    expect(r).toContain('company:tsmc SUPPLIES company:apple');
    expect(r).toContain('company:tsmc SUPPLIES company:nvidia');
    expect(r.some((x) => /^company:tsmc INVESTS_IN place:arizona/.test(x))).toBe(true);
  });
  it('does not read a call received from someone as a payment', () => {
    expect(rels('Nvidia received a call from the Commerce Department.').some((x) => / PAYS /.test(x))).toBe(false);
  });
});

describe('between-pairs: a symmetric relational noun before "between A and B"', () => {
  it('reads the noun through its "with" form', () => {
    expect(rels('The deal between Nvidia and the U.S. government was criticized by Democrats.')).toContain(
      'company:nvidia PARTNERS_WITH organization:u-s-government',
    );
    expect(rels('Talks between Washington and Beijing resumed on Monday.')).toContain(
      'country:united-states MET_WITH country:china',
    );
    expect(rels('The trade talks between the United States and China stalled.')).toContain(
      'country:united-states NEGOTIATED_WITH country:china',
    );
  });
  it('reads no noun the vocabulary lacks', () => {
    expect(
      rels('Tensions between China and Taiwan rose.').some((x) => /country:china \w+ country:taiwan/.test(x)),
    ).toBe(false);
  });
});

describe('"it" opening a clause after a conjunction is the sentence\'s subject', () => {
  it('reads "…, and it will sell chips to Alibaba" as the subject\'s predicate', () => {
    expect(rels('Nvidia reported strong sales, and it will sell chips to Alibaba.')).toContain(
      'company:nvidia SELLS_TO company:alibaba',
    );
    expect(
      rels('TSMC is expanding quickly; it is building factories in Arizona.').some((x) =>
        /^company:tsmc INVESTS_IN place:arizona/.test(x),
      ),
    ).toBe(true);
  });
  it('reads no "it" when another name stands between, and no apposition across ", and it"', () => {
    const r = rels('Nvidia praised AMD, and it will partner with Intel.');
    expect(r.some((x) => / PARTNERS_WITH /.test(x))).toBe(false);
  });
});

describe("an apposition a possessor opens is read past to the head's verb", () => {
  it('gives the verb after "X, Y\'s noun," to X', () => {
    expect(rels("SMIC, China's largest chipmaker, makes chips for Huawei.")).toContain(
      'company:smic SUPPLIES company:huawei',
    );
    expect(rels("Nvidia, America's most valuable company, sells chips to Alibaba.")).toContain(
      'company:nvidia SELLS_TO company:alibaba',
    );
  });
});

describe('vocabulary: licences and waivers granted or issued to a company permit it', () => {
  it('reads "granted licenses to A and B" and "issued a waiver to X" as PERMITS', () => {
    const r = rels('The Commerce Department granted licenses to Nvidia and AMD.');
    expect(r).toContain('organization:us-department-of-commerce PERMITS company:nvidia');
    expect(r).toContain('organization:us-department-of-commerce PERMITS company:amd');
    expect(rels('The U.S. issued a waiver to SMIC.')).toContain('country:united-states PERMITS company:smic');
  });
});

describe('policy-examples: the parties a policy that opens its sentence names by example', () => {
  it('targets the companies after "companies, including"', () => {
    const r = rels(
      'The new export rules restrict exports to 140 companies, including Piotech and SiCarrier Technology.',
    );
    expect(r.some((x) => /^policy:\S+ TARGETS company:piotech$/.test(x))).toBe(true);
    expect(r.some((x) => /^policy:\S+ TARGETS company:sicarrier$/.test(x))).toBe(true);
  });
  it('reads no examples across a relative clause or after a noun for no party', () => {
    expect(
      rels('The new export rules, which were praised by companies including Nvidia and AMD, took effect.').some((x) =>
        / TARGETS company:(?:nvidia|amd)/.test(x),
      ),
    ).toBe(false);
    expect(
      rels('The new export rules cover many products, including chips from Nvidia and AMD.').some((x) =>
        / TARGETS company:(?:nvidia|amd)/.test(x),
      ),
    ).toBe(false);
  });
});
