// Rule "names by shape, lists and titles" (seed/stages/mention-rules/name-finder.ts) on known names: a known name with a
// possessive inside is read whole, and a territory the gazetteer lists as a place is a Place, not a Country.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mentions: known names', () => {
  it('reads "People\'s Republic of China" whole, as the country', () => {
    const n = names("The rule restricts exports to the People's Republic of China from next month.");
    expect(n).toContain('Country:China');
    expect(n.some((x) => x.includes("People's Republic") && !x.startsWith('Country:'))).toBe(false);
  });

  it('types Hong Kong and Macau as places, not countries', () => {
    const n = names('Shipments through Hong Kong and Macau rose, and China said it would look into them.');
    expect(n).toContain('Place:Hong Kong');
    expect(n).toContain('Place:Macau');
    expect(n).toContain('Country:China');
  });
});

describe('mentions: countries the lexicon lacks, and hyphenated pairs', () => {
  it('finds North Korea whole (not "Korea" for South Korea), the Philippines and Laos', () => {
    const n = names('North Korea fired more shells. The Philippines and Laos protested, and South Korea said so.');
    expect(n).toEqual(
      expect.arrayContaining(['Country:North Korea', 'Country:Philippines', 'Country:Laos', 'Country:South Korea']),
    );
  });

  it('splits two countries joined by a hyphen ("Myanmar-Thailand border", "US-China talks")', () => {
    const n = names('Refugees gathered on the Myanmar-Thailand border before the US-China talks.');
    expect(n).toEqual(
      expect.arrayContaining(['Country:Myanmar', 'Country:Thailand', 'Country:United States', 'Country:China']),
    );
  });
});

describe('mentions: place names and headline verbs (mention-rules/person-checks.ts)', () => {
  it('makes a name with a place lead or a place head after it a Place ("Mount Ruang", "… Presidential Library")', () => {
    const n = names('Mount Ruang erupted on Wednesday. Officials met at the Ronald Reagan Presidential Library.');
    expect(n).toEqual(expect.arrayContaining(['Place:Mount Ruang', 'Place:Ronald Reagan Presidential Library']));
    expect(n.some((x) => x.startsWith('Person:'))).toBe(false);
  });

  it('does not take a headline verb and the word after it for a person ("Celebrating Songkran")', () => {
    const n = names('Celebrating Songkran on the border. Jensen Huang said demand was strong.');
    expect(n).toContain('Person:Jensen Huang');
    expect(n.some((x) => x.includes('Celebrating'))).toBe(false);
  });
});

describe('mentions: long organization names (mention-rules/name-finder.ts)', () => {
  it('keeps "and" inside a name when a field\'s name follows it, after a head with of/for/on', () => {
    const n = names(
      'James Lewis works at the Center for Strategic and International Studies. The House Committee on Energy and Commerce met. The Department of Commerce and Nvidia agreed.',
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'Organization:Center for Strategic and International Studies',
        'Organization:House Committee on Energy and Commerce',
        'Company:Nvidia',
      ]),
    );
    expect(n.some((x) => x.includes('Commerce and Nvidia'))).toBe(false);
  });

  it('reads "on" after an organization head into the name, but not a date ("on Friday")', () => {
    const n = names(
      'The Committee on Foreign Affairs met. The Senate Committee on Aging wrote to the Treasury Department on Friday.',
    );
    expect(n).toEqual(
      expect.arrayContaining(['Organization:Committee on Foreign Affairs', 'Organization:Senate Committee on Aging']),
    );
    expect(n.some((x) => x.includes('on Friday'))).toBe(false);
  });

  it('keeps the nationality in a party\'s name ("Chinese Communist Party"), not in a ministry\'s', () => {
    const n = names('The Chinese Communist Party met. The Israeli Foreign Ministry said no.');
    expect(n).toContain('Organization:Chinese Communist Party');
    expect(n).toContain('Organization:Foreign Ministry');
  });

  it('names a country\'s institution by the country and its head word ("U.S. House"), with a title after it', () => {
    const n = names(
      'The U.S. House chose a new leader. U.S. House Speaker Kevin McCarthy met Tsai. The U.S. House Foreign Affairs Committee wrote.',
    );
    expect(n).toContain('Organization:U.S. House');
    expect(n).toContain('Organization:House Foreign Affairs Committee');
    expect(n).toContain('Person:Kevin McCarthy');
  });
});

describe('mentions: places around countries and firms (mention-rules/person-checks.ts, name-finder.ts)', () => {
  it('makes what a firm is based in a place ("California-based Nvidia Corp."), the legal form joining the firm', () => {
    const n = names('The chips that California-based Nvidia Corp. is developing sold well in Manila-based shops.');
    expect(n).toEqual(expect.arrayContaining(['Place:California', 'Place:Manila', 'Company:Nvidia']));
    expect(n.some((x) => x === 'Company:Corp.')).toBe(false);
  });

  it('makes a compass word before a country, or a place head after it, one place ("South China Sea", "Central America")', () => {
    const n = names(
      'China claims the South China Sea. Tsai stopped on the way to Central America. South Korea objected.',
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'Place:South China Sea',
        'Place:Central America',
        'Country:China',
        'Country:South Korea',
      ]),
    );
  });

  it('reads the broadcaster "Voice of America" whole, not the country inside it', () => {
    const n = names('Voice of America’s White House correspondent Anita Powell reports from the plant.');
    expect(n).toContain('Organization:Voice of America');
    expect(n).not.toContain('Country:United States');
  });

  it('reads "National Security Adviser" as a title, not an organization', () => {
    const n = names(
      'Wang was set to meet Secretary of State Antony Blinken and National Security Adviser Jake Sullivan.',
    );
    expect(n).toContain('Person:Jake Sullivan');
    expect(n.some((x) => x.startsWith('Organization:National Security'))).toBe(false);
  });
});
