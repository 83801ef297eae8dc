// Predicate shapes the clause rule reads through the vocabulary (seed/stages/text/predicates.ts, relations.yaml):
// "have" before a relational noun, a possessor's decision, plan or announcement, ties between parties, what a policy
// does to chips, a hyphenated participle, and a possessed phrase the text then names.
import { describe, expect, it } from 'vitest';
import { relationsOf, triples } from './_relations-of.ts';

describe('"have" before a relational noun', () => {
  it('reads "X has ties to Y" and "X has a partnership with Y" as the noun\'s relationship', () => {
    expect(triples('DeepSeek has ties to the Chinese military.', 'LINKED_TO')).toEqual([
      'company:deepseek LINKED_TO organization:chinese-military',
    ]);
    expect(triples('Huawei has a partnership with Nvidia in Shenzhen.', 'PARTNERS_WITH')).toEqual([
      'company:huawei PARTNERS_WITH company:nvidia',
    ]);
  });
});

describe("a possessor's decision, plan or announcement", () => {
  it('reads "X\'s decision to impose Y" as X issuing Y, a fact', () => {
    const [r] = relationsOf(
      "The Commerce Department's decision to impose the Foreign Direct Product Rule hurt Huawei.",
    ).filter((x) => x.type === 'ISSUED_BY' && x.to === 'organization:us-department-of-commerce');
    expect(r?.from).toBe('policy:foreign-direct-product-rule');
    expect(r?.properties?.modality).toBeUndefined();
  });

  it('reads "X\'s plan to acquire Y" as an acquisition planned, not done', () => {
    const [r] = relationsOf("SoftBank's plan to acquire Arm collapsed in 2022.").filter((x) => x.type === 'ACQUIRES');
    expect(r?.properties?.modality).toBe('plan');
  });

  it('reads "X\'s announcement of funding for Y" as X announcing it (a government\'s funding is a payment)', () => {
    expect(
      triples(
        "The White House's announcement of increased funding for the Bureau of Industry and Security was welcome.",
        'PAYS',
      ),
    ).toEqual(['organization:white-house PAYS organization:bureau-of-industry-and-security']);
  });

  it('reads nothing after a possessed noun that is neither', () => {
    expect(triples("Nvidia's share of the market grew faster than AMD.").filter((t) => / RELATED_TO /.test(t))).toEqual(
      [],
    );
  });
});

describe('ties between parties', () => {
  it('reads "is linked to", "with links to" and a hyphenated "-linked" as LINKED_TO', () => {
    expect(triples("Hikvision is linked to the People's Liberation Army.", 'LINKED_TO')).toHaveLength(1);
    expect(triples('The CCP-linked firm DeepSeek grew.', 'LINKED_TO')).toEqual([
      'company:deepseek LINKED_TO organization:chinese-communist-party',
    ]);
    expect(triples('The Alibaba-backed startup Moonshot AI grew.', 'BACKED_BY')).toEqual([
      'company:moonshot-ai BACKED_BY company:alibaba',
    ]);
  });

  it('does not read a hyphenated participle across a verb or a preposition', () => {
    expect(triples('China-linked hackers attacked Microsoft.', 'LINKED_TO')).toEqual([]);
    expect(triples('CCP-linked scams appearing on Google drain savings.', 'LINKED_TO')).toEqual([]);
  });
});

describe('what a policy does to chips', () => {
  it('reads "the export ban affects its A100 and H100 chips" as restricting both', () => {
    expect(triples('The export ban affects its A100 and H100 chips.', 'RESTRICTS')).toHaveLength(2);
  });
});

describe('a possessed phrase the text names', () => {
  it('reads "China\'s infrastructure push, known as the Belt and Road Initiative" as China\'s initiative', () => {
    expect(
      triples("China's global infrastructure push, known as the Belt and Road Initiative, grew.", 'ISSUED_BY'),
    ).toEqual(['policy:belt-and-road-initiative ISSUED_BY country:china']);
  });
});

describe('"They" opening a sentence after a policy named in the plural', () => {
  it('stands for the policy the last sentence is about', () => {
    expect(
      triples(
        'The Commerce Department issued new export controls on Monday. They also target Naura and Piotech.',
        'TARGETS',
      ),
    ).toHaveLength(2);
  });

  it('does not stand for a policy the last sentence only mentions', () => {
    expect(
      triples(
        'The lawmakers asked Mike Waltz to consider updating the Federal Acquisition Regulations. They also asked Nvidia to explain.',
      ).filter((t) => t.startsWith('policy:')),
    ).toEqual([]);
  });
});

describe('who introduces a policy', () => {
  it('makes a person who introduces a bill its sponsor (BACKED_BY) and a body that introduces a rule its issuer', () => {
    expect(triples('Senators Elizabeth Warren and Marco Rubio introduced the Chip Security Act.', 'BACKED_BY')).toEqual(
      [
        'policy:chip-security-act BACKED_BY person:elizabeth-warren',
        'policy:chip-security-act BACKED_BY person:marco-rubio',
      ],
    );
    expect(triples('The Commerce Department introduced the Foreign Direct Product Rule.', 'ISSUED_BY')).toEqual([
      'policy:foreign-direct-product-rule ISSUED_BY organization:us-department-of-commerce',
    ]);
  });
});

describe('a particle verb', () => {
  it('holds no object between the verb and its particle', () => {
    expect(triples('Katherine Tai will take further action on China.', 'COMPETES_WITH')).toEqual([]);
    expect(triples('AMD took on Nvidia in 2023.', 'COMPETES_WITH')).toEqual([
      'company:amd COMPETES_WITH company:nvidia',
    ]);
    expect(triples('SoftBank invested $2 billion in Intel.', 'INVESTS_IN')).toHaveLength(1);
  });
});

describe('who orders a policy', () => {
  it('reads "X ordered Y" for a policy Y as X issuing it', () => {
    expect(triples('The Commerce Department ordered the Foreign Direct Product Rule in 2020.', 'ISSUED_BY')).toEqual([
      'policy:foreign-direct-product-rule ISSUED_BY organization:us-department-of-commerce',
    ]);
  });
});

describe('roles read from verbs and relational nouns', () => {
  it('makes a person who joins an organization hold a role there, not attend it', () => {
    expect(triples('Lael Brainard joined the Federal Reserve in 2014.')).toContain(
      'person:lael-brainard HOLDS_ROLE organization:federal-reserve',
    );
  });

  it('reads a leader\'s noun that a notLeading word qualifies as a role ("vice president of")', () => {
    const t = triples('Sammy Aaron is the vice chairman of the Trump Organization.');
    expect(t.filter((x) => x.includes(' LEADS '))).toEqual([]);
  });
});

describe('a noun after a copula', () => {
  it('is read only when it follows the copula, not after another verb', () => {
    expect(
      triples('Judge Gonzalo Curiel, who is handling two lawsuits against Trump University, ruled.', 'SUES'),
    ).toEqual([]);
    expect(triples('Israel is conducting trade talks with China.', 'NEGOTIATED_WITH')).toEqual([
      'country:israel NEGOTIATED_WITH country:china',
    ]);
  });
});
