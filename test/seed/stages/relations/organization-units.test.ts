// Organizations placed by their names' neighbours: an agency and its department closing a line, a country "-based".
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('organization units and homes', () => {
  it('reads "Agency, Department of X." closing a line as the agency within the department', () => {
    expect(triples('AGENCY: Bureau of Industry and Security, Department of Commerce.', 'PART_OF')).toEqual([
      'organization:bureau-of-industry-and-security PART_OF organization:us-department-of-commerce',
    ]);
  });

  it('reads no unit in a list of bodies going on', () => {
    expect(
      triples('The Bureau of Industry and Security, Department of Commerce and Treasury agreed.', 'PART_OF'),
    ).toEqual([]);
  });

  it('reads "<country>-based" before a firm or in an apposition after it', () => {
    expect(triples('Micron, the only U.S.-based manufacturer of memory chips, agreed.', 'BASED_IN')).toEqual([
      'company:micron BASED_IN country:united-states',
    ]);
    expect(triples('U.S.-based chipmaker Micron agreed.', 'BASED_IN')).toEqual([
      'company:micron BASED_IN country:united-states',
    ]);
  });

  it('does not place a firm in the country that acts on it', () => {
    expect(triples("China praised Nvidia's chips.", 'BASED_IN')).toEqual([]);
  });

  it('reads a unit at an organization as part of it, and no other organization at another', () => {
    expect(
      triples(
        'James Lewis directs the Strategic Technologies Program at the Center for Strategic and International Studies.',
        'PART_OF',
      ),
    ).toEqual([
      'organization:strategic-technologies-program PART_OF organization:center-for-strategic-and-international-studies',
    ]);
    expect(
      triples('Officials from the Commerce Department at the White House declined to comment.', 'PART_OF'),
    ).toEqual([]);
  });

  it('reads a unit named "Bureau of …" or "Office of …" at, within or under an organization as part of it', () => {
    expect(
      triples('The Bureau of Industry and Security at the Department of Commerce issued the rule.', 'PART_OF'),
    ).toEqual(['organization:bureau-of-industry-and-security PART_OF organization:us-department-of-commerce']);
    expect(
      triples('The Office of Foreign Assets Control within the Treasury Department sanctioned Huawei.', 'PART_OF'),
    ).toEqual(['organization:office-of-foreign-assets-control PART_OF organization:us-department-of-the-treasury']);
  });

  it('reads no unit in a name whose head is no unit word', () => {
    expect(triples('The Chamber of Commerce at the White House met.', 'PART_OF')).toEqual([]);
  });
});
