// Relations from policy phrases and appositions, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import type { Relation } from '../../../seed/analysis.ts';

const context = { gazetteer: loadGazetteer() };
function relationsOf(raw: string): Relation[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const r of a.relations) expect(raw.slice(r.provenance.start, r.provenance.end)).toBe(r.provenance.evidence);
  return a.relations;
}
const triples = (rs: Relation[]) => rs.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('relations inside a policy phrase', () => {
  it('makes the company after "ban on" the target of the ban, not its issuer', () => {
    const t = triples(relationsOf('The operator agreed to a ban on Huawei equipment in the new facility.'));
    expect(t).toContainEqual(expect.stringMatching(/^policy:\S+ TARGETS company:huawei$/));
    expect(t.filter((x) => / ISSUED_BY company:huawei$/.test(x))).toEqual([]);
  });
});

describe('relations from appositions', () => {
  it('reads "Name, Org\'s chief executive," as the person leading the organization, with the title', () => {
    const a = analyzeDocument(
      {
        id: 'f',
        raw: "Peng Xiao, G42's chief executive, said the firm had divested from foreign suppliers.",
        bodyStart: 0,
        bodyEnd: 84,
      },
      context,
    );
    // A leader's title is the role: LEADS alone, with the title on it.
    const leads = a.relations.find((r) => r.type === 'LEADS' && r.from === 'person:peng-xiao');
    expect(leads?.properties?.title).toMatch(/chief executive/i);
    expect(a.relations.some((r) => r.type === 'HOLDS_ROLE' && r.from === 'person:peng-xiao')).toBe(false);
  });
});

const rel = (raw: string, type: string) => relationsOf(raw).filter((r) => r.type === type);
const pairs = (raw: string, type: string) => rel(raw, type).map((r) => `${r.from} ${r.to}`);

describe('the clause rule: a predicate between two entities, mapped through the vocabulary', () => {
  it('reads the news shapes the seed patterns missed (pays, accused, competes, partners, invests, acquires, attended, sued)', () => {
    expect(pairs('Nvidia pays the United States a share of its revenue.', 'PAYS')).toEqual([
      'company:nvidia country:united-states',
    ]);
    expect(pairs('China accused Nvidia of security risks.', 'ACCUSES')).toEqual(['country:china company:nvidia']);
    expect(pairs('Microsoft partnered with OpenAI in 2019.', 'PARTNERS_WITH')).toEqual([
      'company:microsoft company:openai',
    ]);
    expect(pairs('SoftBank invested $2 billion in Intel.', 'INVESTS_IN')).toHaveLength(1);
    expect(pairs('Nvidia acquired Mellanox, the Israeli networking firm.', 'ACQUIRES')).toEqual([
      'company:nvidia company:mellanox',
    ]);
    expect(pairs('Jensen Huang attended the World Artificial Intelligence Conference.', 'ATTENDED')).toHaveLength(1);
  });

  it('fans a list out into one relationship per member, on either side', () => {
    expect(pairs('The sanctions target Huawei, SMIC and YMTC.', 'TARGETS')).toHaveLength(3);
    expect(pairs('Nvidia and AMD compete with Huawei.', 'COMPETES_WITH')).toEqual([
      'company:nvidia company:huawei',
      'company:amd company:huawei',
    ]);
  });

  it('reads a passive "by" the right way round', () => {
    expect(pairs('Arm was bought by SoftBank in 2016.', 'ACQUIRES')).toEqual(['company:softbank company:arm']);
  });

  it('records negation, modality and attribution on the relationship', () => {
    const [stopped] = rel('TSMC stopped supplying Huawei in 2020.', 'SUPPLIES');
    expect(stopped.properties).toMatchObject({ negated: true });
    expect(rel('TSMC stopped supplying Huawei in 2020.', 'SELLS_TO')).toEqual([]);
    const [may] = rel('Lutnick said Nvidia may acquire Arm.', 'ACQUIRES');
    expect(may.properties).toMatchObject({ modality: 'may', attributedTo: 'person:howard-lutnick' });
  });

  it('keeps a predicate the vocabulary lacks as RELATED_TO with its lemma', () => {
    const [r] = rel('Elizabeth Warren praised Nvidia on Monday.', 'RELATED_TO');
    expect(r).toMatchObject({
      from: 'person:elizabeth-warren',
      to: 'company:nvidia',
      properties: { predicate: 'praise' },
    });
  });

  it('reads relational nouns after a possessive, in an apposition and after a light verb', () => {
    expect(pairs("Samsung's partnership with Qualcomm ended.", 'PARTNERS_WITH')).toHaveLength(1);
    expect(pairs('Intel, a supplier to Apple, cut prices.', 'SUPPLIES')).toEqual(['company:intel company:apple']);
    expect(pairs('Xiaomi filed a lawsuit against the Pentagon.', 'SUES')).toHaveLength(1);
  });

  it('does not link a verb to a name that only qualifies its object ("praised China\'s achievements")', () => {
    expect(rel("Huang praised China's achievements in open-source AI.", 'RELATED_TO')).toEqual([]);
  });
});

describe('relations the issue named as wrong', () => {
  it('reads no BASED_IN from a demonym that qualifies another noun ("Chinese demand for Nvidia accelerators")', () => {
    expect(rel('Chinese demand for Nvidia accelerators remains strong.', 'BASED_IN')).toEqual([]);
    expect(pairs('Chinese firms like DeepSeek and Baidu released models.', 'BASED_IN')).toHaveLength(2);
  });

  it('does not make a founder the leader of the firm', () => {
    const raw = 'Sam Altman, the founder of OpenAI, spoke on Monday.';
    expect(rel(raw, 'LEADS')).toEqual([]);
  });
});

describe('possessives between names', () => {
  it('reads a unit of an organization, a body of a country and a policy of an issuer', () => {
    expect(pairs("The Department of Commerce's Bureau of Industry and Security issued rules.", 'PART_OF')).toEqual([
      'organization:bureau-of-industry-and-security organization:us-department-of-commerce',
    ]);
    expect(pairs("China's State Council met on Friday.", 'BASED_IN')).toEqual([
      'organization:state-council country:china',
    ]);
    expect(pairs("The Biden Administration's AI Diffusion Rule was scrapped.", 'ISSUED_BY')).toEqual([
      'policy:ai-diffusion-rule organization:biden-administration',
    ]);
  });
});

describe('titles before a name, and places within places', () => {
  it('reads a leader title after a country, a place or a demonym as LEADS with HOLDS_ROLE, other titles as HOLDS_ROLE', () => {
    expect(pairs('U.S. President Joe Biden visited the plant.', 'LEADS')).toEqual([
      'person:joe-biden country:united-states',
    ]);
    expect(pairs('Chinese President Xi Jinping spoke on Monday.', 'LEADS')).toEqual([
      'person:xi-jinping country:china',
    ]);
    expect(pairs('Arizona Governor Katie Hobbs spoke on Monday.', 'LEADS')).toEqual([
      'person:katie-hobbs place:arizona',
    ]);
    const [role] = rel("China's Foreign Minister Wang Yi left for Washington.", 'HOLDS_ROLE');
    expect(role).toMatchObject({
      from: 'person:wang-yi',
      to: 'country:china',
      properties: { title: 'Foreign Minister' },
    });
    expect(rel("China's Foreign Minister Wang Yi left for Washington.", 'LEADS')).toEqual([]);
    expect(rel('U.S. Vice President Kamala Harris spoke.', 'LEADS')).toEqual([]);
  });

  it('reads a city in its state, a state of a country, and a country before a firm', () => {
    expect(pairs('The plant is in Phoenix, Arizona, near the highway.', 'PART_OF')).toEqual([
      'place:phoenix place:arizona',
    ]);
    expect(pairs('The U.S. state of Arizona agreed.', 'PART_OF')).toEqual(['place:arizona country:united-states']);
    expect(pairs('China chip giant SMIC made the chip.', 'BASED_IN')).toEqual(['company:smic country:china']);
    expect(rel('Plants in Phoenix, Austin and Boise grew.', 'PART_OF')).toEqual([]);
  });
});
