// Places within places: a chain of names joined by commas, a place noun between them, never a list.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('places within places', () => {
  it('reads a chain "city, province, country" as each within the next', () => {
    const t = triples('The plant is in Huaian, Jiangsu province, China.', 'PART_OF');
    expect(t).toContain('place:jiangsu PART_OF country:china');
  });

  it('reads no chain in a list that ends with "and"', () => {
    expect(triples('Plants in Beijing, Shanghai, Shenzhen and Hangzhou grew.', 'PART_OF')).toEqual([]);
  });
});

describe('a dash set off like a comma', () => {
  it('reads the reduced clause after a dash glued to the name', () => {
    expect(
      triples('Samsung and SK hynix\u2014 companies headquartered in the Republic of Korea\u2014 agreed.', 'BASED_IN'),
    ).toEqual(['company:samsung BASED_IN country:south-korea', 'company:sk-hynix BASED_IN country:south-korea']);
  });
});

describe('an organization within another, in apposition', () => {
  it('reads "X, a unit of Y" as PART_OF', () => {
    expect(
      triples('The Bureau of Industry and Security, a unit of the Commerce Department, issued the rule.', 'PART_OF'),
    ).toEqual(['organization:bureau-of-industry-and-security PART_OF organization:us-department-of-commerce']);
  });
});

describe('a place or a country compounded with "-based"', () => {
  it('reads "Place-based Org" and "Org, the Country-based maker" as the organization based there', () => {
    expect(triples('Seattle-based Amazon opened an office.', 'BASED_IN')).toContain(
      'company:amazon BASED_IN place:seattle',
    );
    expect(triples('Micron, the only U.S.-based memory maker, grew.', 'BASED_IN')).toContain(
      'company:micron BASED_IN country:united-states',
    );
  });

  it('reads no home for a name after a comma that closes no apposition', () => {
    expect(triples('Shenzhen-based firms, Nvidia said, grew fast.', 'BASED_IN')).toEqual([]);
  });
});

describe('a country opening an organization name', () => {
  it('reads "the U.S. House Foreign Affairs Committee" as based in the United States', () => {
    expect(triples('The U.S. House Foreign Affairs Committee met on Monday.', 'BASED_IN')).toContain(
      'organization:house-foreign-affairs-committee BASED_IN country:united-states',
    );
  });

  it('reads no home across a relative clause ("in China that a committee said")', () => {
    expect(
      triples('It was a breakthrough in China that a House Foreign Affairs Committee said was illegal.', 'BASED_IN'),
    ).toEqual([]);
  });
});

describe('an institution in a place', () => {
  it('reads "the Institute in City" as based there, the acronym in brackets skipped', () => {
    expect(
      triples('He works for the Peterson Institute for International Economics (PIIE) in Washington.', 'BASED_IN'),
    ).toContain('organization:peterson-institute-for-international-economics BASED_IN place:washington');
  });
});

describe('a place named by "the state of" with its country earlier in the clause', () => {
  it('reads "a U.S. facility in the southwest state of Arizona" as Arizona within the United States', () => {
    expect(triples('The firm opened a second U.S. facility in the southwest state of Arizona.', 'PART_OF')).toContain(
      'place:arizona PART_OF country:united-states',
    );
  });

  it('reads no country across another verb ("visited China before flying to the state of Arizona")', () => {
    expect(triples('Tim Cook visited China before he flew to the state of Arizona.', 'PART_OF')).toEqual([]);
  });

  it('reads a place in or on a part of another, and a place a possessive names, as part of it', () => {
    expect(triples('Mount Ruang on the northern side of Sulawesi Island had five eruptions.', 'PART_OF')).toEqual([
      'place:mount-ruang PART_OF place:sulawesi-island',
    ]);
    expect(triples('TSMC has plants in Hsinchu in northern Taiwan.', 'PART_OF')).toEqual([
      'place:hsinchu PART_OF country:taiwan',
    ]);
    expect(triples('The plant is in China’s southern Guangdong province.', 'PART_OF')).toEqual([
      'place:guangdong PART_OF country:china',
    ]);
    expect(triples('Tsai spoke at California’s Ronald Reagan Presidential Library.', 'PART_OF')).toEqual([
      'place:ronald-reagan-presidential-library PART_OF place:california',
    ]);
  });

  it('reads no place within a place across other words', () => {
    expect(triples('Officials in Beijing and Washington met.', 'PART_OF')).toEqual([]);
    expect(triples('Washington in a statement said Beijing must act.', 'PART_OF')).toEqual([]);
  });

  it("reads a place before an organization's kind and its name as its home", () => {
    expect(
      triples(
        'Bonnie Glaser of the Washington think tank the Center for Strategic and International Studies said so.',
        'BASED_IN',
      ),
    ).toEqual(['organization:center-for-strategic-and-international-studies BASED_IN place:washington']);
    expect(triples('Shenzhen chipmaker SMIC grew.', 'BASED_IN')).toEqual(['company:smic BASED_IN place:shenzhen']);
    expect(triples('Washington told the company Huawei to stop.', 'BASED_IN')).toEqual([]);
  });
});

describe('a country before a firm it names, not before a verb', () => {
  it('reads no home from a country that a bare verb follows', () => {
    expect(triples('The ban on exports to China hurt Nvidia.', 'BASED_IN')).toEqual([]);
    expect(triples('There were fears that China would sue Nvidia.', 'BASED_IN')).toEqual([]);
    expect(
      triples('The additions under the destination of the PRC include Global Training Solutions Limited.', 'BASED_IN'),
    ).toEqual([]);
  });

  it('still reads the home of "China chip giant SMIC"', () => {
    expect(triples('Huawei used chips from China chip giant SMIC.', 'BASED_IN')).toContain(
      'company:smic BASED_IN country:china',
    );
  });
});

describe('the country a name opens with', () => {
  it('reads the home of a government body from its lead', () => {
    expect(triples('The U.S. Commerce Department said members were worried.', 'BASED_IN')).toEqual([
      'organization:us-department-of-commerce BASED_IN country:united-states',
    ]);
  });

  it('reads no home from the lead of a name the text places in another country, nor from a compound’s tail', () => {
    expect(triples('The American Chamber of Commerce in China said members were worried.', 'BASED_IN')).toEqual([]);
    expect(triples('The US-China Business Council said members were worried.', 'BASED_IN')).toEqual([]);
  });
});
