// The mention finder's person and organization rules: whole names before words are cut, legal forms, team cues, datelines.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../seed/pipeline.ts';

const mentionsOf = (raw: string) =>
  analyzeDocument({ id: 'mentions', raw, bodyStart: 0, bodyEnd: raw.length }, undefined, [
    'normalize',
    'segment',
    'mentions',
    'resolve',
  ]).mentions;
const spans = (raw: string, ...types: string[]) =>
  mentionsOf(raw)
    .filter((m) => types.includes(m.type) && !m.anaphor)
    .map((m) => m.text);
const orgs = (raw: string) => spans(raw, 'Organization', 'Company');

describe('whole names before sentence-initial words are cut', () => {
  it('keeps a common first word that the lexicon knows as part of an organization ("United Nations")', () => {
    expect(orgs('United Nations monitors arrived in the valley on Friday.')).toContain('United Nations');
  });

  it('reads a title word that begins an organization name as part of it ("General Motors")', () => {
    const raw = 'Sales at General Motors rose in the spring, the carmaker reported.';
    expect(orgs(raw)).toContain('General Motors');
    expect(spans(raw, 'Person')).not.toContain('Motors');
  });

  it('keeps a nationality before a single head word ("the Palestinian Authority") but not before an institution\'s own name', () => {
    expect(orgs('The Palestinian Authority opened a new office in the town.')).toContain('Palestinian Authority');
    const ministry = orgs('The Israeli Foreign Ministry issued a short statement.');
    expect(ministry).toContain('Foreign Ministry');
    expect(ministry).not.toContain('Israeli Foreign Ministry');
  });
});

describe('organization name shapes', () => {
  it('reads a legal form as the end of a company name whatever the words before it', () => {
    expect(orgs('Shares in Hapag-Lloyd AG rose on Monday.')).toContain('Hapag-Lloyd AG');
    expect(orgs('A tender was issued by the Eastern Gas Corp last week.')).toContain('Eastern Gas Corp');
  });

  it('reads a company head before "of" as an institution ("Bank of Portugal")', () => {
    expect(orgs('The Bank of Portugal left its rates unchanged.')).toContain('Bank of Portugal');
  });

  it('no longer drops "Sun" as a weekday abbreviation inside a company name', () => {
    expect(orgs('The software came from Sun Microsystems in the spring.')).toContain('Sun Microsystems');
  });
});

describe('team cues', () => {
  it('reads two clubs in a result as organizations', () => {
    const found = orgs('Leeds United beat Chelsea 2-1 on Saturday.');
    expect(found).toContain('Leeds United');
    expect(found).toContain('Chelsea');
  });

  it('reads a singular name with a plural verb as a team ("Valdora have won")', () => {
    expect(orgs('Valdora have won four of their last five matches.')).toContain('Valdora');
  });

  it('does not read a plural verb as agreement when the name is no subject ("officials in Valdora were")', () => {
    expect(orgs('Officials in Valdora were not available for comment.')).not.toContain('Valdora');
  });

  it('reads a club in brackets after a player in a squad list', () => {
    const found = orgs('Forwards - Tomas Brevik ( Kolvard ) , Ivan Petrak ( Mersana ) .');
    expect(found).toContain('Kolvard');
    expect(found).toContain('Mersana');
  });

  it("reads a rider's team after his country in a results list, but not the country", () => {
    const raw =
      'Results of the stage :\n\n1. Marco Bellini ( Italy ) Tavarello 1:55.371\n\n2. Peter Lund ( Denmark ) Norvik 1:56.018';
    const found = orgs(raw);
    expect(found).toContain('Tavarello');
    expect(found).toContain('Norvik');
    expect(found).not.toContain('Italy');
  });

  it("reads both sides of a cup match line with countries and scores as teams, but not an individual's result line", () => {
    expect(orgs('In Kolby : Kolvard ( Norway ) 2 Mersana ( Malta ) 1 ( 1-0 )')).toEqual(
      expect.arrayContaining(['Kolvard', 'Mersana']),
    );
    expect(orgs('12. Tomas Brevik ( Norway ) 2 hours 11 mins')).not.toContain('Tomas Brevik');
  });
});

describe('datelines and firm cues', () => {
  it('reads an upper-case word before the date at the start of a line as a place, not an organization', () => {
    expect(orgs('Rates fall .\n\nKALMAR 1996-08-22\n\nThe central bank cut its main rate on Thursday.')).not.toContain(
      'KALMAR',
    );
  });

  it('reads a name followed by "analyst" or "\'s net profit" as a firm', () => {
    expect(orgs('Varnholt analyst Jane Cole expects a weaker quarter.')).toContain('Varnholt');
    expect(orgs("In its report, Torvelda 's net profit fell by a third.")).toContain('Torvelda');
  });
});

describe('one name, one person', () => {
  it('reads a surname alone after the full name as the person', () => {
    const ms = mentionsOf('Karl Brenner arrived late. Brenner said the talks would resume.');
    const brenner = ms.find((m) => m.text === 'Brenner');
    expect(brenner?.type).toBe('Person');
    expect(brenner?.canonical).toBe('Karl Brenner');
  });
});

describe('the statistical tagger and the rules together', () => {
  it('keeps a domain find (a chip after a known company) whatever the tagger says of its words', () => {
    const ms = mentionsOf("Nvidia's H20 chip was cleared for sale by the Commerce Department on Monday.");
    expect(ms.find((m) => m.text === 'H20')?.type).toBe('Chip');
    expect(ms.find((m) => m.text === 'Nvidia')?.type).toBe('Company');
  });

  it('does not take a closed-class acronym ("AI") for an organization, though the tagger does', () => {
    expect(orgs('AI demand kept growing at the plant, officials in Oslo said.')).not.toContain('AI');
  });

  it('leaves an honorific outside the name the tagger finds ("Mr. Morgan")', () => {
    const people = spans('"It was the least bad outcome," Mr. Morgan of the Coastal League said.', 'Person');
    expect(people).toContain('Morgan');
    expect(people).not.toContain('Mr. Morgan');
  });

  it('takes from a title-case headline only the names the text also names', () => {
    const raw =
      'Velmora Opens Lisbon Office as Europe Debates Chip Rules\n\nVelmora opened an office in Lisbon on Tuesday, its chief executive Anna Sousa said.';
    const found = mentionsOf(raw)
      .filter((m) => !m.anaphor)
      .map((m) => m.text);
    expect(found).not.toContain('Lisbon Office');
    expect(found).not.toContain('Europe Debates Chip Rules');
    expect(spans(raw, 'Person')).toContain('Anna Sousa');
  });

  it('never joins names across a colon or a split-off compound tail ("Kolby : Kolvard", "Mistral-backed")', () => {
    expect(mentionsOf('In Kolby : Kolvard ( Norway ) 2 Mersana ( Malta ) 1 ( 1-0 )').map((m) => m.text)).not.toContain(
      'Kolby : Kolvard',
    );
    expect(
      mentionsOf('The Mistral-backed startup Helsing released a new model.')
        .map((m) => m.text)
        .some((t) => t.includes('-backed')),
    ).toBe(false);
  });

  it('reads the words of a title in apposition as no names ("Under Secretary for Industry and Security")', () => {
    const o = orgs('Alan Estevez, Under Secretary for Industry and Security, said the rules would stay.');
    expect(o).not.toContain('Industry');
    expect(o).not.toContain('Security');
  });
});

describe('a head word against a sure tagger', () => {
  it('keeps an institution "X Administration of <country>" whole though the tagger is sure of the country alone', () => {
    expect(
      orgs(
        'The Cyberspace Administration of China issued the 15% revenue-sharing arrangement, which restricts sales of the B30A to China.',
      ),
    ).toContain('Cyberspace Administration of China');
  });
});

describe('common nouns that compromise does not know', () => {
  it('reads a sentence-initial plural noun before "of" as no name ("Sales of AI chips …")', () => {
    const found = mentionsOf('Sales of AI chips rose sharply in the quarter. Profits at Velmora Corp fell.').map(
      (m) => m.text,
    );
    expect(found.some((t) => t.startsWith('Sales'))).toBe(false);
    expect(found.some((t) => t.startsWith('Profits'))).toBe(false);
    expect(found).toContain('Velmora Corp');
  });
});

describe('surnames in a title-case headline', () => {
  it('reads a surname of a person the text names in full as that person in the headline', () => {
    const raw =
      'Okafor Vows to Fight Chip Export Deal\n\nSenator Adaeze Okafor said on Tuesday that she would oppose the agreement.';
    const ms = mentionsOf(raw).filter((m) => !m.anaphor);
    const headline = ms.find((m) => m.text === 'Okafor');
    expect(headline?.type).toBe('Person');
    expect(headline?.entityKey).toBe(ms.find((m) => m.text === 'Adaeze Okafor')?.entityKey);
  });

  it('leaves a headline word alone when no person of that surname is named', () => {
    const raw =
      'Okafor Vows to Fight Chip Export Deal\n\nThe senator said on Tuesday that she would oppose the agreement.';
    expect(
      mentionsOf(raw)
        .filter((m) => m.type === 'Person' && !m.anaphor)
        .map((m) => m.text),
    ).not.toContain('Okafor');
  });
});

describe('places a firm is based in', () => {
  it('reads "X-based" as a place, even next to "maker"', () => {
    const raw =
      'ASML, the Veldhoven-based maker of chipmaking equipment, said in a statement that it expected no impact.';
    expect(spans(raw, 'Company', 'Organization', 'Person')).not.toContain('Veldhoven');
  });
});

describe('Korean and Chinese names', () => {
  it('keeps a family name before a hyphenated given name, even one that is also a month or opens the sentence', () => {
    expect(spans('Jun Young-hyun, head of the chip division, said demand was strong.', 'Person')).toContain(
      'Jun Young-hyun',
    );
    expect(
      spans('Officials met on Monday. Tsai Ing-wen said the island would not bow to pressure.', 'Person'),
    ).toContain('Tsai Ing-wen');
  });

  it('does not read two English halves as a given name ("Song Long-term")', () => {
    expect(spans('Song Long-term plans were shelved.', 'Person')).not.toContain('Song Long-term');
  });
});

describe('where an organization name ends', () => {
  it('does not take a sentence-initial plural noun and its preposition into the name after it', () => {
    const found = orgs('Representatives of Arvella Bank declined to comment.');
    expect(found).toContain('Arvella Bank');
    expect(found).not.toContain('Representatives of Arvella Bank');
  });

  it('ends a company name at its legal form before "and" ("Arden Holdings Inc. and Norvel Corp." are two firms)', () => {
    const found = orgs('Buyers could include Arden Holdings Inc. and Norvel Corp., analysts said.');
    expect(found).toEqual(expect.arrayContaining(['Arden Holdings Inc.', 'Norvel Corp.']));
    expect(found).not.toContain('Arden Holdings Inc. and Norvel Corp.');
  });

  it('reads "National Congress" and "Organisation of … Conference" as bodies, not meetings', () => {
    expect(orgs('The Kavari National Congress won the election.')).toContain('Kavari National Congress');
    expect(orgs('Delegates of the Organisation of Tavic Conference met in March.')).toContain(
      'Organisation of Tavic Conference',
    );
  });
});

describe('places other than countries', () => {
  it('names a city, a US state and a region as places, with the cue or the name lists as evidence', () => {
    const raw =
      'The chipmaker opened a plant in Phoenix, Arizona, last year. The Guangdong province of China wants one too.';
    expect(spans(raw, 'Place')).toEqual(expect.arrayContaining(['Phoenix', 'Arizona', 'Guangdong']));
  });

  it('reads an unknown name after "in" or "near" as a place ("a fab in Hsinchu")', () => {
    expect(spans('TSMC is building a new fab in Hsinchu and another near Kumamoto.', 'Place')).toEqual([
      'Hsinchu',
      'Kumamoto',
    ]);
  });

  it('keeps a city a place beside a team or a firm named after it ("Chicago" beside "Chicago Cubs")', () => {
    const raw = 'The Chicago Cubs lost again on Sunday. Rents in Chicago rose.';
    expect(spans(raw, 'Place')).toContain('Chicago');
    expect(orgs(raw)).toContain('Chicago Cubs');
  });

  it('leaves a capitalized word without any evidence out rather than calling it a place', () => {
    expect(spans('Zorblax will be the word of the year.', 'Place')).toEqual([]);
  });
});

describe('short forms defined in brackets', () => {
  const resolved = (raw: string) => analyzeDocument({ id: 'acr', raw, bodyStart: 0, bodyEnd: raw.length }).mentions;
  it('reads a bracketed acronym and its later uses as the entity named in full', () => {
    const ms = resolved('The Semiconductor Industry Association (SIA) criticized the rule. SIA said it would comply.');
    expect(ms.filter((m) => m.text === 'SIA').map((m) => m.canonical)).toEqual([
      'Semiconductor Industry Association',
      'Semiconductor Industry Association',
    ]);
  });

  it('adds a mention for a short form no rule found, and needs the initials to agree', () => {
    const ms = resolved('Samsung has plants in the Republic of Korea (RoK). The Kolvard Group (XYZ) disagreed.');
    expect(ms.find((m) => m.text === 'RoK')).toMatchObject({ canonical: 'South Korea', type: 'Country' });
    expect(ms.find((m) => m.text === 'XYZ')?.canonical).not.toBe('Kolvard Group');
  });

  it('reads a known name with a lower-case word in it whole ("SK hynix")', () => {
    expect(resolved('Samsung and SK hynix make memory chips.').map((m) => m.text)).toContain('SK hynix');
  });
});

describe('title-case fragments are no names without evidence', () => {
  it('reads no person in a span of title words alone ("Chief Strategy Officer")', () => {
    const raw = 'The witnesses were Chris Brose, Chief Strategy Officer, Anduril, and others.';
    const people = spans(raw, 'Person');
    expect(people).toContain('Chris Brose');
    expect(people).not.toContain('Strategy Officer');
  });

  it('keeps a long committee name whole ("Committee on the … Between the United States and the …")', () => {
    const raw =
      'The House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party met.';
    expect(orgs(raw)).toContain(
      'House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party',
    );
  });

  it('names nothing with a possessive ending read alone', () => {
    const raw =
      "Can China Become Self-reliant in Semiconductors?\n\nThe U.S. added China's biggest computer chipmaker SMIC to a blacklist of alleged Chinese military companies last week, a move that will further widen the gap between China’s chip technology and the rest of the world.";
    expect(mentionsOf(raw).filter((m) => !m.anaphor && /^['’]s$/.test(m.text))).toEqual([]);
  });

  it('keeps "for a" inside an organization\'s name ("Center for a New American Security")', () => {
    const raw =
      'Sam Howell, a research associate at the Center for a New American Security, said the rules were broad.';
    expect(orgs(raw)).toContain('Center for a New American Security');
    expect(orgs(raw)).not.toContain('New American Security');
  });
});
