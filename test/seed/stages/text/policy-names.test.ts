// Policies named in title case, and rule titles that open with a policy noun.
import { describe, expect, it } from 'vitest';
import { findPolicyNames } from '../../../../seed/stages/text/policy-names.ts';
import { loadGazetteer } from '../../../../seed/pipeline.ts';

const names = (s: string) => findPolicyNames(s, loadGazetteer()).map((p) => p.name);
/** Each name with the phrase it was read from. */
const spans = (s: string) => findPolicyNames(s, loadGazetteer()).map((p) => [p.name, s.slice(p.start, p.end)]);

describe('title-case policy names', () => {
  it('reads a long name with lower-case joining words and a year, without the article before it', () => {
    expect(names('Congress passed the CHIPS and Science Act in 2022.')).toEqual(['CHIPS and Science Act']);
    expect(names('It relies on the Trade Act of 1974 again.')).toEqual(['Trade Act of 1974']);
    expect(names('The Outbound Investment Security Program starts in January.')).toEqual([
      'Outbound Investment Security Program',
    ]);
  });

  it('reads a rule title that opens with a policy noun, list commas included, and stops before a date', () => {
    expect(
      names('BIS issued Export Controls on Advanced Computing and Semiconductor Manufacturing Items on Friday.'),
    ).toEqual(['Export Controls on Advanced Computing and Semiconductor Manufacturing Items']);
    expect(
      names(
        'It released Restrictions on Advanced Computing Semiconductors, Semiconductor Manufacturing Equipment, and Supercomputing Items.',
      ),
    ).toEqual([
      'Restrictions on Advanced Computing Semiconductors, Semiconductor Manufacturing Equipment, and Supercomputing Items',
    ]);
  });

  it('reads a quoted or stand-alone rule title over its semicolons and colons, two nouns joined by "and" leading', () => {
    expect(
      names(
        'It amends a rule entitled "Additions and Revisions to the Trade List; and Removals from the Export Program" today.',
      ),
    ).toEqual(['Additions and Revisions to the Trade List; and Removals from the Export Program']);
    expect(
      names('Implementation of New Reporting Duties for Memory Chips; Corrections; and Extension of Comment Period'),
    ).toEqual([
      'Implementation of New Reporting Duties for Memory Chips; Corrections; and Extension of Comment Period',
    ]);
  });

  it('ends a title before a colon that opens a headline\'s second half, and before "to" and a verb', () => {
    expect(names('Restrictions on Huawei: Beijing Reacts')).toEqual(['Restrictions on Huawei']);
    expect(names('Clarifications of Export Control Rules to Protect American Firms')).toEqual([
      'Clarifications of Export Control Rules',
    ]);
  });

  it('leaves names that only contain a head word alone (a firm, a council, a person)', () => {
    expect(names('Magna and Johnson Controls Inc compete.')).toEqual([]);
    expect(names('The State Law and Order Restoration Council ruled.')).toEqual([]);
    expect(names('President Bill Clinton spoke. Stuart Law batted.')).toEqual([]);
    expect(names("China's State Administration for Market Regulation said so.")).toEqual([]);
  });

  it("takes a headline's modifiers before a title's noun into the name, stopping at a verb", () => {
    expect(spans('Netherlands to Join US Chip-Export Ban to China')[0][0]).toBe('US Chip-Export Ban');
    expect(names('Huawei Is Latest Target of US Crackdown on China Tech')).toEqual(['US Crackdown on China Tech']);
    expect(names('Commerce Strengthens Restrictions on Advanced Computing Items')).toEqual([
      'Restrictions on Advanced Computing Items',
    ]);
  });

  it('keeps a destination country in the phrase but not in the name, and a country a title is "in" in both', () => {
    expect(
      spans(
        'Commerce Implements New Export Controls on Advanced Computing Items to the People\u2019s Republic of China (PRC)',
      ),
    ).toEqual([
      [
        'Export Controls on Advanced Computing Items',
        'New Export Controls on Advanced Computing Items to the People\u2019s Republic of China (PRC)',
      ],
    ]);
    expect(spans('US Restrictions on Chip Exports to China Hit Firms')).toEqual([
      ['US Restrictions on Chip Exports', 'US Restrictions on Chip Exports to China'],
    ]);
    expect(names("Revocation of Validated End-User Authorizations in the People's Republic of China")).toEqual([
      "Revocation of Validated End-User Authorizations in the People's Republic of China",
    ]);
  });

  it('never runs a name over a line break, and leaves out a lower-case "the" after an opening word', () => {
    expect(names('Huawei Latest Target of US Crackdown on China Tech\n\nSince taking office, Biden acted.')).toEqual([
      'US Crackdown on China Tech',
    ]);
    expect(names('And the CHIPS Act, pulling that together, helps.')).toEqual(['CHIPS Act']);
  });

  it("reads a headline's name after its present-tense verb or its infinitive, never over the line's end", () => {
    expect(names('Velmora Opens Office as Europe Debates Chip Rules\nVelmora opened an office.')).toEqual([
      'Chip Rules',
    ]);
    expect(names('China Launches WTO Dispute over US Chip Export Controls\nChina filed.')).toEqual([
      'US Chip Export Controls',
    ]);
    expect(names('Moolenaar on Court Decision to Uphold TikTok Divestment Bill\nThe court ruled.')).toEqual([
      'TikTok Divestment Bill',
    ]);
    // A policy noun tagged as a verb is still a noun of the name.
    expect(names('Semiconductor Controls Effectiveness Act of 2026\nThe bill passed.')).toEqual([
      'Semiconductor Controls Effectiveness Act of 2026',
    ]);
    expect(names('Program Regulations\nThe rule applies.')).toEqual([]);
  });

  it("ends a title's list before a headline's verb after a comma", () => {
    expect(names('Commerce Announces Rescission of Biden-Era Diffusion Rule, Strengthens Chip Controls')).toContain(
      'Rescission of Biden-Era Diffusion Rule',
    );
  });

  it("ends a headline title's destination at the line's end", () => {
    expect(
      spans(
        'Commerce Strengthens Restrictions on Advanced Computing Items to Countries of Concern\n\nWashington Officials Said',
      ),
    ).toEqual([
      ['Restrictions on Advanced Computing Items', 'Restrictions on Advanced Computing Items to Countries of Concern'],
    ]);
  });
});
