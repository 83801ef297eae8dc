// Who said what, pattern by pattern: attributions the statements stage reads, each on a sentence written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import type { Statement } from '../../../../seed/analysis.ts';

const context = { gazetteer: loadGazetteer() };
function statementsOf(raw: string): Statement[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const s of a.statements) expect(raw.slice(s.start, s.end)).toBe(s.text);
  return a.statements;
}
/** The statement whose text contains `words`, or undefined. */
const find = (st: Statement[], words: string) => st.find((s) => s.text.includes(words));

describe('negation', () => {
  it('reads a verb whose clause is not negated, though a "not" stands earlier in the sentence', () => {
    const st = statementsOf(
      'The startup was criticized for not paying a contractor who said he was owed money for the servers.',
    );
    expect(find(st, 'he was owed money')?.speakerName).toBe('contractor');
  });

  it('still skips a negated verb', () => {
    const st = statementsOf('Lisa Su did not say that the new accelerator would ship in March.');
    expect(find(st, 'would ship in March')).toBeUndefined();
  });
});

describe('subjects the mention finder left unnamed', () => {
  it('finds a plural group after "in which"', () => {
    const st = statementsOf(
      'The ruling ended a lawsuit in which economists successfully argued that the licensing rules were applied unevenly.',
    );
    expect(find(st, 'licensing rules were applied unevenly')?.speakerName).toBe('economists');
  });

  it('gives a coordinated verb to the sentence subject when no mention covers it', () => {
    const st = statementsOf(
      'Regulators also described the merger as risky, and said the review could take another year.',
    );
    expect(find(st, 'review could take another year')?.speakerName.toLowerCase()).toContain('regulators');
  });

  it('gives a gerund to the sentence subject when no mention covers it', () => {
    const st = statementsOf(
      'A federal judge rejected the request to seal the contracts, saying the public had a right to see how the chips were priced.',
    );
    expect(find(st, 'public had a right')?.speakerName).toContain('judge');
  });

  it('reads a quantifier as an unnamed speaker', () => {
    const st = statementsOf(
      'Some argue that the subsidies will not bring factories back. Then someone asked how the fabs would find engineers.',
    );
    expect(find(st, 'subsidies will not bring')?.speakerName).toBe('some');
    expect(find(st, 'how the fabs would find')?.speakerName).toBe('someone');
  });

  it('keeps a subordinating conjunction out of a described source', () => {
    const st = statementsOf('The fund may raise its stake, although few analysts believe that is likely.');
    const s = find(st, 'that is likely');
    expect(s?.speakerName).toBe('few analysts');
    expect(s?.text).toBe('that is likely');
  });
});

describe('what was said', () => {
  it('reads "that" followed by a verb as the clause subject, not a relative pronoun', () => {
    const st = statementsOf('Gina Raimondo believes that was a mistake by the previous administration.');
    expect(find(st, 'that was a mistake')?.speakerName).toBe('Gina Raimondo');
  });

  it('lets an adverb stand between the verb and "that"', () => {
    const st = statementsOf('Pat Gelsinger argued forcefully that the subsidies should go to domestic fabs.');
    expect(find(st, 'subsidies should go')?.speakerName).toBe('Pat Gelsinger');
  });

  it('takes the object of "called for" and "urges": a noun phrase, a participle or a gerund', () => {
    const st = statementsOf(
      'Jensen Huang called for more engineering investment in Europe. Gina Raimondo called for increased export enforcement at the border. Lisa Su called for easing the licensing rules. A senator urges retaliation against the smugglers.',
    );
    expect(find(st, 'more engineering investment')?.speakerName).toBe('Jensen Huang');
    expect(find(st, 'increased export enforcement')?.speakerName).toBe('Gina Raimondo');
    expect(find(st, 'easing the licensing rules')?.speakerName).toBe('Lisa Su');
    expect(find(st, 'retaliation against the smugglers')?.speakerName).toBe('senator');
  });

  it('reads "called on X to" with a quotation after "to"', () => {
    const st = statementsOf(
      'Jensen Huang called on the administration to "stop guessing" about what the chips can do.',
    );
    expect(find(st, 'the administration to')?.speakerName).toBe('Jensen Huang');
  });

  it('reads an account given by a question word: "explained how …"', () => {
    const st = statementsOf('Lisa Su went on to explain how the new packaging lines would cut costs.');
    expect(find(st, 'how the new packaging lines')?.speakerName).toBe('Lisa Su');
  });

  it('reads a speech noun with its topic: "X\'s remarks on Y"', () => {
    const st = statementsOf("Gina Raimondo's remarks on the smuggling cases came as the agency expanded its audits.");
    const s = find(st, 'the smuggling cases');
    expect(s?.speakerName).toBe('Gina Raimondo');
    expect(s?.text).toBe('the smuggling cases');
  });
});

describe('attributions around quotations and headlines', () => {
  it("gives a gerund after a quotation's attribution to its speaker", () => {
    const st = statementsOf(
      '"We do not see a shortage," Jensen Huang said, adding that supply would improve by the spring.',
    );
    expect(find(st, 'supply would improve')?.speakerName).toBe('Jensen Huang');
  });

  it('reads a headline label by a surname the article names in full', () => {
    const st = statementsOf(
      'Raimondo: Export Rules Will Be Tightened Again.\n\nGina Raimondo spoke to reporters in Washington on Monday.',
    );
    expect(find(st, 'Export Rules Will Be Tightened')?.speakerName).toBe('Gina Raimondo');
  });
});

describe('a speaker after the verb is the name its noun phrase ends with', () => {
  it('takes the person, not the company or title before the name ("said Velmora CEO Ana Ruiz")', () => {
    const cases: [string, string][] = [
      ['"We will keep shipping," said Velmora CEO Ana Ruiz.', 'Ana Ruiz'],
      ['"We will keep shipping," said Commerce Department spokeswoman Ana Ruiz.', 'Ana Ruiz'],
      ['"We will keep shipping," said analyst Ana Ruiz.', 'Ana Ruiz'],
      ['"Demand is fading," wrote Bernstein analyst Ana Ruiz in a note to clients.', 'Ana Ruiz'],
      ['Demand is fading, said Velmora CEO Ana Ruiz.', 'Ana Ruiz'],
      ['According to Velmora CEO Ana Ruiz, demand is fading.', 'Ana Ruiz'],
    ];
    for (const [raw, who] of cases) expect(statementsOf(raw)[0]?.speakerName, raw).toBe(who);
  });

  it('keeps the first name when a preposition starts another phrase ("said Ruiz in Washington")', () => {
    expect(statementsOf('"We will keep shipping," said Ruiz in Washington.')[0]?.speakerName).toBe('Ruiz');
  });

  it('never takes the speech verb into a described speaker ("…," wrote senior analysts)', () => {
    const st = statementsOf('"Demand is fading," wrote senior analysts at Bernstein.');
    expect(st[0]?.speakerName).toBe('senior analysts');
  });
});

describe('described speakers', () => {
  it('never runs a description over another attribution ("A senior official said the talks would continue")', () => {
    const st = statementsOf('Talks resumed in Geneva on Monday. A senior official said the talks would continue.');
    expect(find(st, 'the talks would continue')?.speakerName).toBe('senior official');
  });

  it('gives the words to the name a description stands before or beside, with no second speaker', () => {
    const a = analyzeDocument(
      {
        id: 'fixture',
        raw: 'Its chief executive, Ana Ruiz, told analysts that sales would fall. "Demand is fading," wrote Bernstein analyst Mark Li.',
        bodyStart: 0,
        bodyEnd: 130,
      },
      context,
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Ana Ruiz', 'Mark Li']);
    const people = a.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).not.toContain('Its chief executive');
    expect(people).not.toContain('Bernstein analyst');
  });
});

describe('"told" takes its audience after it', () => {
  it('never reads the audience of "told" as an inverted speaker ("…," X, head of …, told reporters)', () => {
    const st = statementsOf(
      '"This is a turning point," Ana Ruiz, head of the chip division, told reporters in Lisbon.',
    );
    expect(st.map((s) => s.speakerName)).toEqual(['Ana Ruiz']);
  });
});

describe('where a reported content ends', () => {
  it('ends a content where another speaker attributes a quotation ("…, Trump boasted, "…"")', () => {
    const st = statementsOf(
      'Maria Lopez spoke first. When Lopez noted that the firm had paid no tax for years, Tom Reed boasted, "That makes me smart."',
    );
    expect(find(st, 'paid no tax')?.text).toBe('the firm had paid no tax for years');
    expect(find(st, 'makes me smart')?.speakerName).toBe('Tom Reed');
  });

  it("ends a relative speaker's content at a gerund that quotes the sentence's subject", () => {
    const st = statementsOf(
      'Tom Reed was similarly defensive when forced to defend not paying an architect who said he was owed money for the clubhouse, saying, "He did a poor job."',
    );
    expect(find(st, 'owed money')?.text).toBe('he was owed money for the clubhouse');
    expect(find(st, 'poor job')?.speakerName).toBe('Tom Reed');
  });

  it('keeps a quotation in a relative clause inside the content ("what she calls "…"")', () => {
    const st = statementsOf('Maria Lopez says voters are angry but hungry for what she calls "real solutions."');
    expect(find(st, 'voters are angry')?.text).toContain('hungry for what she calls');
  });
});

describe('a quotation ending a sentence', () => {
  it("is not attributed to the next sentence's speaker when that verb reports a clause of its own", () => {
    const st = statementsOf(
      'Park Min spoke on Monday. Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that the talks must resume soon.',
    );
    expect(find(st, 'outlaw nation')?.speakerName).toBe('Japan');
    expect(find(st, 'talks must resume')?.speakerName).toBe('Russia');
  });

  it('still takes a verb of telling with its audience after the quotation ("Todd asked the candidate.")', () => {
    const st = statementsOf('Chuck Todd pressed on. "Did you know it was Mussolini?" Todd asked the candidate.');
    expect(find(st, 'Mussolini')?.speakerName).toBe('Chuck Todd');
  });
});

describe('quoted words a speaker applies', () => {
  it('reads "accused X of "…"" as the accuser\'s words, before a next sentence\'s speaker', () => {
    const st = statementsOf(
      'South Korea accused the North\'s leader, Kim Jong Un, of "fanatic recklessness." South Korean President Park Geun-hye said Kim\'s mental state is spiraling.',
    );
    expect(find(st, 'fanatic recklessness')?.speakerName).toBe('South Korea');
  });

  it('reads a gerund of naming ("with Sen. Jo Roe calling it a "Chinese menu."")', () => {
    const st = statementsOf(
      'Republicans were irritated about the lack of detail, with Sen. Maria Lopez calling it a "Chinese menu."',
    );
    expect(find(st, 'Chinese menu')?.speakerName).toBe('Maria Lopez');
  });
});

describe('a quotation split by its attribution', () => {
  it('is not joined to a quotation opening the next line (one line break between paragraphs)', () => {
    const st = statementsOf(
      'Tom Reed then accused the audience of being "donors and special interests" -- the establishment he rails against.\n"They\'re booing because I don\'t want their money," he said.',
    );
    expect(find(st, 'donors and special interests')?.text).toBe('donors and special interests');
    expect(find(st, 'booing')?.text).toBe("They're booing because I don't want their money");
  });
});

describe('a name inside a described source', () => {
  it('stays its own speaker: "Carson" is not "former Carson advisers"', () => {
    const st = statementsOf(
      'Ben Carson lost ground in December. Former Carson advisers said the campaign had stalled. Carson told reporters that he plans to preview a strategy for Libya.',
    );
    expect(find(st, 'campaign had stalled')?.speakerName).toBe('Former Carson advisers');
    expect(find(st, 'strategy for Libya')?.speakerName).toBe('Ben Carson');
  });
});

describe("a writing's writer", () => {
  it('gives what a writing says to the writer named before it ("the IMF report stated", "a new Reuters survey shows")', () => {
    const st = statementsOf(
      'The IMF cut its forecast. "The impact remains very unclear," the IMF report stated. A new Reuters survey shows that voters are worried about prices.',
    );
    expect(find(st, 'very unclear')?.speakerName).toBe('IMF');
    expect(find(st, 'worried about prices')?.speakerName).toBe('Reuters');
  });

  it('keeps a writing with no writer named as a described source ("the report says")', () => {
    const st = statementsOf('The report says that exports of the chips fell sharply last year.');
    expect(find(st, 'exports of the chips')?.speakerName).toBe('report');
  });
});

describe('"demanded" as a speech verb', () => {
  it('attributes a quotation to the speaker who "demanded" it, and reads "demanded that …"', () => {
    const st = statementsOf(
      'Tom Reed spoke first. "Why is this bank not too big to manage?" Maria Lopez demanded. The union demanded that the plant stay open through the winter.',
    );
    expect(find(st, 'too big to manage')?.speakerName).toBe('Maria Lopez');
    expect(find(st, 'plant stay open')?.speakerName).toBe('union');
  });
});

describe('a verb opening the sentence before its speaker', () => {
  it('reads "Said Ellis: "…"" and "Said Jo Roe, who …, "…""', () => {
    const st = statementsOf(
      'Some analysts disagree. Said Ellis: "I don\'t get the sense she is interested in tax reform." The home was renovated. Said Dorothy Poynter, who grew up nearby, "We were all so proud of him."',
    );
    expect(find(st, 'tax reform')?.speakerName).toBe('Ellis');
    expect(find(st, 'proud of him')?.speakerName).toBe('Dorothy Poynter');
  });

  it('does not read "Asked by X if …" as X speaking', () => {
    const st = statementsOf('Asked by Glenn Thrush if Clinton "gets" race, Al Sharpton avoided a declarative answer.');
    expect(st.some((s) => s.speakerName === 'Glenn Thrush')).toBe(false);
  });
});

describe('a speech verb that is a noun after an article and a name', () => {
  it('reads "the New York Times report" and "a Reuters report that …" as nouns, not as the outlet speaking', () => {
    const st = statementsOf(
      'In the wake of the New York Times report, Tom Reed has portrayed himself as a shrewd manipulator of the tax code. The ad features a Reuters report that the firm may have paid no tax for years.',
    );
    expect(st.filter((s) => s.cue === 'report')).toEqual([]);
  });

  it('still reads the verb after a name with no article ("Reuters reports that …")', () => {
    const st = statementsOf('Reuters reports that the firm may have paid no tax for years.');
    expect(find(st, 'paid no tax')?.speakerName).toBe('Reuters');
  });
});

describe('a quotation after a gerund and its setting', () => {
  it('reads "footage of X saying during the debate last week, "…""', () => {
    const st = statementsOf(
      'The spot concludes with footage of Tom Reed saying during the debate last week, "That makes me smart."',
    );
    expect(find(st, 'makes me smart')?.speakerName).toBe('Tom Reed');
  });
});

describe('"as X put it"', () => {
  it('reads the clause after "As X put it, …" as X\'s, and leaves "put it on the table" alone', () => {
    const st = statementsOf(
      'As Maria Lopez put it in a statement in July, the network is providing a view you will not get elsewhere. Tom Reed put it on the table last week.',
    );
    expect(find(st, 'providing a view')?.speakerName).toBe('Maria Lopez');
    expect(st.filter((s) => s.speakerName === 'Tom Reed')).toEqual([]);
  });
});

describe('"the letter" after its sender spoke', () => {
  it("gives what the letter says to the previous statement's named speaker", () => {
    const st = statementsOf(
      'On Thursday, Maria Lopez urged the largest banks to withdraw from the offering. The letter warns that the company is expanding with American capital.',
    );
    expect(find(st, 'expanding with American capital')?.speakerName).toBe('Maria Lopez');
  });

  it('leaves a letter the previous statement speaks of to itself', () => {
    const st = statementsOf(
      'Tom Reed received a letter on Thursday. CBS News reports that the letter was sent to his apartment in New York. The letter warned that harm would come to his family.',
    );
    expect(find(st, 'harm would come')?.speakerName).toBe('letter');
  });
});

describe('a person after a body and a comma', () => {
  it('gives the verb to the person, not to the body before them ("In a report by Bloomberg, X, chairman of …, said")', () => {
    const st = statementsOf(
      'In a report by Bloomberg, Michael McCaul, chairman of the House Foreign Affairs Committee, said that SMIC has violated sanctions.',
    );
    expect(find(st, 'SMIC has violated')?.speakerName).toBe('Michael McCaul');
  });

  it('still gives it to the person named before a body in their apposition ("Jo Roe, head of the Acme union, which …, said")', () => {
    const st = statementsOf('Jo Roe, head of the Acme union, which represents workers, said the plan was unfair.');
    expect(find(st, 'the plan was unfair')?.speakerName).toBe('Jo Roe');
  });
});
