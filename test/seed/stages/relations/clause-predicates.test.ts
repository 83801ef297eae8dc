// The clause rule reads through a title before the object person, and relates names inside an event phrase only
// through the event.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('the clause rule and titled objects', () => {
  it('reads "set to meet with Secretary of State Antony Blinken" as meeting the person', () => {
    expect(triples('Wang Yi was set to meet with Secretary of State Antony Blinken on Friday.', 'MET_WITH')).toEqual([
      expect.stringMatching(/^person:\S+ MET_WITH person:antony-blinken$/),
    ]);
  });

  it('reads "met with outgoing Indonesian President Joko Widodo" as meeting the person', () => {
    expect(triples('Tim Cook met with outgoing Indonesian President Joko Widodo on Wednesday.', 'MET_WITH')).toEqual([
      'person:tim-cook MET_WITH person:joko-widodo',
    ]);
  });

  it('does not cut words that are no title', () => {
    expect(triples('Tim Cook met with Joko Widodo on Wednesday.', 'MET_WITH')).toEqual([
      'person:tim-cook MET_WITH person:joko-widodo',
    ]);
  });
});

describe('the clause rule and possessed objects', () => {
  it('reads "X initiated a rescission of Y\'s Z" as X reversing Z, after an acronym in parentheses', () => {
    expect(
      triples(
        "The Department of Commerce (DOC) initiated a rescission of the Biden Administration's AI Diffusion Rule.",
        'REVERSES',
      ),
    ).toEqual(['organization:us-department-of-commerce REVERSES policy:ai-diffusion-rule']);
  });
});

describe('what the clause rule does not read as a fact', () => {
  it('takes no name after a preposition as the subject of the verb that follows', () => {
    expect(
      triples('Firms that make phones in China are removing U.S. workers.').filter((t) =>
        t.startsWith('country:china'),
      ),
    ).toEqual([]);
  });

  it('takes no country that qualifies a common noun as the object of a verb it lacks', () => {
    expect(triples('Concerns about China securing U.S. farmland grew.', 'RELATED_TO')).toEqual([]);
  });

  it('reads the titled person, not the country of the title, as the object', () => {
    expect(
      triples('Chinese President Xi Jinping welcomed former U.S. Secretary of State Henry Kissinger to China.').filter(
        (t) => t.startsWith('person:xi-jinping') && t.endsWith('country:united-states'),
      ),
    ).toEqual([]);
  });
});

describe('noun phrases the clause rule reads wherever they stand', () => {
  it('reads a possessive unit after a preposition ("funding for the Department\'s Bureau")', () => {
    const t = triples(
      "The plan raised funding for the Department of Commerce's Bureau of Industry and Security this year.",
    );
    expect(t).toContain('organization:bureau-of-industry-and-security PART_OF organization:us-department-of-commerce');
  });

  it('reads a participle and its agent after a name that follows a preposition', () => {
    expect(triples('She wrote about the Senate Banking Committee led by Chairman Tim Scott.', 'LEADS')).toEqual([
      'person:tim-scott LEADS organization:senate-banking-committee',
    ]);
  });

  it('takes no relational noun that complements another noun ("X\'s announcement of funding for Y")', () => {
    expect(
      triples("The White House's announcement of new funding for the Energy Department pleased them.", 'INVESTS_IN'),
    ).toEqual([]);
  });
});

describe('the clause rule over adverbials and quantities', () => {
  it('skips a time or place adverbial between the subject and a vocabulary verb', () => {
    expect(
      triples('The Senate Banking Committee in a March report criticized the Federal Reserve.', 'ACCUSES'),
    ).toEqual(['organization:senate-banking-committee ACCUSES organization:federal-reserve']);
  });

  it('reads "a series of" and "a package of" before the object as determiners', () => {
    expect(
      triples('The Commerce Department announced a series of new export controls on Huawei.', 'ISSUED_BY'),
    ).toHaveLength(1);
  });
});

describe('a country or a place possessing a body', () => {
  it('reads modifiers between the possessive and the body ("China\'s ruling Communist Party")', () => {
    expect(triples("He heads Vietnam's ruling Communist Party.", 'BASED_IN')).toContain(
      'organization:communist-party BASED_IN country:vietnam',
    );
  });

  it('reads no home when a modifier names another relation ("Apple\'s supplier TSMC")', () => {
    expect(triples("Japan's rival Samsung grew.", 'BASED_IN')).toEqual([]);
  });
});

describe('a participle clause after a comma', () => {
  it('takes no name before ", allowing" as the subject: the clause is about the sentence\'s subject', () => {
    const t = triples(
      'The administration changed its stance on exports to Vietnam, allowing Nvidia to sell chips.',
      'PERMITS',
    );
    expect(t.some((x) => x.startsWith('country:vietnam'))).toBe(false);
  });

  it('reads no home for an organization after a country\'s noun and preposition ("Israel\'s conflict with Hamas")', () => {
    expect(triples('China wants to mediate in Israel\u2019s conflict with Hamas militants.', 'BASED_IN')).toEqual([]);
    // Modifiers alone still make the body the country's.
    expect(triples('China\u2019s ruling Communist Party met.', 'BASED_IN')).toEqual([
      'organization:communist-party BASED_IN country:china',
    ]);
  });
});

describe('verbs of a meeting', () => {
  it('reads "welcomed Y" as a meeting with Y, and not a welcomed decision', () => {
    expect(
      triples(
        'Chinese President Xi Jinping welcomed former U.S. Secretary of State Henry Kissinger to China.',
        'MET_WITH',
      ),
    ).toEqual(['person:xi-jinping MET_WITH person:henry-kissinger']);
    expect(triples("Nvidia welcomed the Commerce Department's decision.")).not.toContainEqual(
      expect.stringContaining('MET_WITH'),
    );
  });
});

describe('roles after "as" and possessed names with modifiers', () => {
  it('reads a relational noun after "as" as said of the subject', () => {
    expect(
      triples("Xi Jinping is primed to receive a third term as head of China's ruling Communist Party.", 'LEADS'),
    ).toEqual(['person:xi-jinping LEADS organization:communist-party']);
    expect(triples('Huang spoke as chief executive of Nvidia.', 'LEADS')).toEqual([
      'person:jensen-huang LEADS company:nvidia',
    ]);
    // The object of a verb before "as" is not the one the role is said of.
    expect(
      triples(
        'Ms. Tanden succeeded the campaign manager John Podesta as president of the Center for American Progress.',
        'LEADS',
      ),
    ).toEqual([]);
  });

  it('reads the name a possessive and its modifiers qualify as the object, not a common noun after a preposition', () => {
    expect(triples("Xi Jinping heads China's ruling Communist Party.", 'LEADS')).toEqual([
      'person:xi-jinping LEADS organization:communist-party',
    ]);
    expect(triples("Nvidia criticized China's support for Huawei.", 'ACCUSES')).toEqual([]);
  });
});

describe('funding', () => {
  it('reads a vocabulary verb that is also a light verb with the noun after it ("announced … in funding for")', () => {
    expect(triples('SoftBank announced $6 billion in funding for OpenAI.', 'INVESTS_IN')).toEqual([
      'company:softbank INVESTS_IN company:openai',
    ]);
  });

  it("reads a government's funding as a payment, its stake as an investment", () => {
    expect(triples('The Commerce Department announced $6.6 billion in funding for TSMC.', 'PAYS')).toEqual([
      'organization:us-department-of-commerce PAYS company:tsmc',
    ]);
    expect(triples('The Commerce Department took a 10% stake in Intel.', 'INVESTS_IN')).toEqual([
      'organization:us-department-of-commerce INVESTS_IN company:intel',
    ]);
  });
});

describe('the targeted party named first', () => {
  it('reads "A, the latest target of B" and "A became a target of B" as B TARGETS A', () => {
    expect(triples('Huawei, the latest target of the new export controls, said it would survive.', 'TARGETS')).toEqual([
      'policy:export-controls TARGETS company:huawei',
    ]);
    expect(triples('SMIC became a target of the export controls.', 'TARGETS')).toEqual([
      'policy:export-controls TARGETS company:smic',
    ]);
  });
});

describe("a possessive with its owner's acronym in parentheses", () => {
  it('reads "the Republic of Korea’s (ROK) K-Chips Act" as the country issuing the act', () => {
    expect(triples('Analysts studied the Republic of Korea’s (ROK) K-Chips Act closely.', 'ISSUED_BY')).toContain(
      'policy:k-chips-act ISSUED_BY country:south-korea',
    );
  });
});
