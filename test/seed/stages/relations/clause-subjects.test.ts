// Whose clause it is (seed/stages/relations/clause-subjects.ts): the predicate after a modifier's closing comma, after
// "and", or after a prepositional phrase belongs to the name the modifier, the first verb or the phrase is about.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('a predicate after a modifier that a comma closes', () => {
  it('gives the verb after a relative clause to its head, not to the name inside it', () => {
    const t = triples('Microsoft, which backs OpenAI, sued Google.');
    expect(t).toContain('company:microsoft SUES company:google');
    expect(t.filter((x) => x.startsWith('company:openai SUES'))).toEqual([]);
  });

  it('gives the verb after an apposition to the person it describes', () => {
    const t = triples('Jensen Huang, the chief executive of Nvidia, met Xi Jinping.', 'MET_WITH');
    expect(t).toEqual(['person:jensen-huang MET_WITH person:xi-jinping']);
    expect(triples('Nvidia, a rival of AMD, sued Intel.', 'SUES')).toEqual(['company:nvidia SUES company:intel']);
  });

  it('reads an apposition with a relative clause inside as one modifier', () => {
    expect(
      triples(
        'Keith Hutto, a plumbing contractor who attended the rally with Steve Moody, blamed George W. Bush.',
        'ACCUSES',
      ),
    ).toEqual([expect.stringMatching(/^person:\S*hutto ACCUSES person:george-w-bush$/)]);
  });

  it('reads past a relative clause with no name inside', () => {
    expect(triples('Huang, who turned 60 this year, met Xi Jinping.', 'MET_WITH')).toEqual([
      'person:jensen-huang MET_WITH person:xi-jinping',
    ]);
  });

  it('reads a relative clause after an apposition as said of the head', () => {
    expect(
      triples(
        'Bill Smith, the president of the Foundation for Peace, who often criticizes Nvidia, will testify.',
        'ACCUSES',
      ),
    ).toEqual([expect.stringMatching(/^person:\S*smith ACCUSES company:nvidia$/)]);
  });

  it('leaves a participle and its preposition after the comma to the name inside', () => {
    const t = triples(
      'Joseph Murray, a onetime lawyer for the American Family Association, based in Tupelo, Miss., came out.',
    );
    expect(t.filter((x) => x.startsWith('person:joseph-murray BASED_IN'))).toEqual([]);
  });

  it('makes nothing of a participle or a speech verb after the comma', () => {
    const t = triples('Bill Smith, the president of the Foundation for Peace, saying Nvidia was wrong.');
    expect(t.filter((x) => / (?:RELATED_TO|ACCUSES) /.test(x))).toEqual([]);
  });
});

describe('a coordinated verb phrase', () => {
  it('shares the subject of the verb before "and"', () => {
    expect(triples('Nvidia met Huawei and criticized Alibaba.', 'ACCUSES')).toEqual([
      'company:nvidia ACCUSES company:alibaba',
    ]);
  });

  it('takes no object inside a clause that "why", "how" or "whether" opens', () => {
    const t = triples("Trump complained Khizr Khan had attacked him and questioned why Ghazala Khan hadn't spoken.");
    expect(t.filter((x) => x.includes('RELATED_TO person:ghazala-khan'))).toEqual([]);
  });

  it('does not give a verb to a subject inside an embedded clause', () => {
    const t = triples('Farage said he did not know what he was talking about, and accused Nvidia of lying.');
    expect(
      t.filter((x) => / ACCUSES /.test(x) && !x.startsWith('person:nigel-farage') && !x.startsWith('person:farage')),
    ).toEqual([]);
  });
});

describe('a subject with a prepositional phrase', () => {
  it('reads "X of Y leads Z" as X leading Z', () => {
    expect(triples('Rep. Mike Johnson of Louisiana leads the House.', 'LEADS')).toEqual([
      'person:mike-johnson LEADS organization:house',
    ]);
  });

  it('does not read a comma after the phrase as the start of its verb', () => {
    const t = triples('Morton Blackwell, long time committeeman from Virginia, endorsed Ted Cruz.');
    expect(t.filter((x) => x.startsWith('place:virginia') || x.startsWith('country:'))).toEqual([]);
  });
});

describe('one predicate under several entries', () => {
  it('takes the entry whose parties fit: a rule that implements a law is LINKED_TO it, an agency issues it', () => {
    expect(triples('The Foreign Direct Product Rule implements the Export Control Reform Act.', 'LINKED_TO')).toEqual([
      'policy:foreign-direct-product-rule LINKED_TO policy:export-control-reform-act',
    ]);
  });
});

describe('what a policy does to the parties it names', () => {
  it('reads "affect", "hit", "apply to" after a policy as TARGETS, fanned out over a list', () => {
    expect(triples('The new export controls affect Nvidia and AMD.', 'TARGETS')).toHaveLength(2);
    expect(triples('The sanctions apply to Huawei.', 'TARGETS')).toEqual([
      expect.stringMatching(/^policy:\S+ TARGETS company:huawei$/),
    ]);
  });

  it('does not make a country that only qualifies a noun the object', () => {
    expect(triples('The new export controls affect U.S. businesses selling to China.', 'TARGETS')).toEqual([]);
    expect(triples('Joe Biden visited Ankara this week.', 'ATTENDED')).toHaveLength(1);
    expect(triples('China condemned the new Huawei ban on Friday.', 'ACCUSES')).toEqual([]);
    expect(triples('China condemned Huawei on Friday.', 'ACCUSES')).toEqual(['country:china ACCUSES company:huawei']);
  });
});

describe('a name after a preposition is no subject of the clause after it', () => {
  it('reads no clause from a name inside the subject phrase ("the decision … to China could backfire on the U.S.")', () => {
    expect(
      triples(
        'The decision to approve exports of advanced Nvidia chips to China could backfire on the U.S. next time.',
      ).filter((x) => x.startsWith('country:china')),
    ).toEqual([]);
    expect(triples('A report on sales to China praised Nvidia.').filter((x) => x.startsWith('country:china'))).toEqual(
      [],
    );
    expect(triples('Talks with China angered Japan this week.').filter((x) => x.startsWith('country:china'))).toEqual(
      [],
    );
  });

  it('still reads the clause of a subject that opens the sentence', () => {
    expect(triples('China praised Nvidia on Monday.')).toContain('country:china RELATED_TO company:nvidia');
  });
});

describe('a restrictive relative clause after a name in a prepositional phrase', () => {
  it('is said of the head noun, not of the name ("people outside the Justice Department who met with X")', () => {
    expect(
      triples(
        'More than half the people outside the Justice Department who met with Hillary Clinton gave money.',
        'MET_WITH',
      ),
    ).toEqual([]);
  });
});

describe('an apposition after a name in a prepositional phrase', () => {
  it('still describes the name', () => {
    const t = triples(
      'BIS is issuing a rule updating the authorizations for Samsung and SK hynix— companies headquartered in the Republic of Korea (RoK) – for their facilities.',
      'BASED_IN',
    );
    expect(t).toContain('company:samsung BASED_IN country:south-korea');
    expect(t).toContain('company:sk-hynix BASED_IN country:south-korea');
  });
});
