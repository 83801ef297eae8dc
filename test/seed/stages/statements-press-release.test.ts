// Statements in press-release style (issue 14, item 4): shapes official releases print quotations in.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { signatureSpeakerAt } from '../../../seed/stages/statement-rules/press-release-signatures.ts';

describe('a signature line after a quotation (statement-rules/press-release-signatures.ts)', () => {
  it('gives a quotation paragraph to the title and name signed on the next line with a dash', () => {
    const a = analyze(
      '"We will not let smugglers move our most advanced chips through shell companies. These cases show what is at stake."\n' +
        "-Deputy Attorney General Helen Marsh of the Justice Department's National Security Division\n\n" +
        '"These charges show that we will find the buyers wherever they hide."\n-Assistant Director Kevin Walsh of the Office of Export Enforcement',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Helen Marsh', 'We will not let smug'],
      ['Kevin Walsh', 'These charges show t'],
    ]);
  });

  it('reads no signature in a sentence or a quotation', () => {
    expect(signatureSpeakerAt('- \u0001\u0002\u0002 of the Justice Department')).toBe(2);
    expect(signatureSpeakerAt('-Special Agent in Charge \u0001\u0002')).toBe(25);
    expect(signatureSpeakerAt('- \u0001\u0002\u0002. She added that the case is closed.')).toBe(-1);
    expect(signatureSpeakerAt('- \u0001\u0002\u0002 "wrote back"')).toBe(-1);
    expect(signatureSpeakerAt('The \u0001\u0002\u0002 line')).toBe(-1);
  });
});

describe('a titled speaker label (statement-rules/press-release-labels.ts)', () => {
  it('reads `Title Name (party): "…"` and `Title Surname: "…"` as the named speaker\'s quoted words', () => {
    const a = analyze(
      'Senator Jim Banks (R-Ind.): "This deal hands Beijing the chips it needs to build its military."\n\n' +
        'Chairman Moolenaar: \u201cWe should never sell our best technology to the Chinese Communist Party.\u201d',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text])).toEqual([
      ['Jim Banks', 'direct', 'This deal hands Beijing the chips it needs to build its military.'],
      ['John Moolenaar', 'direct', 'We should never sell our best technology to the Chinese Communist Party.'],
    ]);
  });

  it('leaves a title and a colon before words not quoted alone', () => {
    const a = analyze('Senator Jim Banks (R-Ind.): Hearing on chip smuggling, Room 210.');
    expect(a.statements).toEqual([]);
  });
});

describe('a quotation running over several paragraphs (statements.ts)', () => {
  it('continues the speaker of `"…," said X.` into paragraphs that open with a quotation mark, even when the first names someone else', () => {
    const a = analyze(
      '"Having read the review, President Okonkwo is directing me to act against the unfair transfer policies," said Ambassador Helen Marsh.\n\n' +
        '"As the review shows, the tariffs pushed the other side to take some steps, yet further action is required.\n\n' +
        '"I will propose changes to the tariffs on semiconductors and batteries. I take this charge seriously."\n\n' +
        'The statute directs the review to consider other actions.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 18)])).toEqual([
      ['Helen Marsh', 'Having read the re'],
      ['Helen Marsh', 'As the review show'],
      ['Helen Marsh', 'I will propose cha'],
    ]);
  });
});

describe('a gerund and a colon before a quotation (statement-rules/press-release-colons.ts)', () => {
  it('gives the quotation paragraph after "X has instructed …, stating:" to the sentence\'s subject', () => {
    const a = analyze(
      'Under Secretary Jeffery Kessler has instructed enforcement officials not to enforce the old rule, stating:\n\n' +
        '"We will pursue a bold strategy with trusted countries while keeping the technology out of the hands of our adversaries."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Jeffery Kessler', 'We will pursue a bol'],
    ]);
  });
});

describe("a speaker's writing and a gerund before a quotation (statement-rules/press-release-writings.ts)", () => {
  it('gives the quotation to the writer of the memorandum that calls for it', () => {
    const a = analyze(
      "This follows President Ana Ruiz's memorandum to key agencies calling for, \u201cthe Secretary of Commerce to review the export control system in light of recent developments.\u201d",
    );
    expect(a.statements.map((s) => [s.speakerName, s.cue])).toEqual([['Ana Ruiz', 'calling for']]);
  });
});

describe('a sentence announcing the following statement (statement-rules/press-release-following.ts)', () => {
  it('gives the next paragraph\'s quotation to the subject of "X released the following statement after …", with no colon', () => {
    const a = analyze(
      'Washington, D.C. - Senator Helen Marsh (R-Ark.) and Congressman Kevin Walsh (R-Wis.) today released the following statement after the Department of Defense shared its list of military companies. The list follows a letter from both.\n\n' +
        '"We commend the department for releasing this list and hope more will soon follow. Congress should update the law."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text.slice(0, 20)])).toEqual([
      ['Helen Marsh', 'direct', 'We commend the depar'],
    ]);
  });

  it("reads a committee named before the subject's title as part of the title, not as the subject", () => {
    const a = analyze(
      "Washington, D.C. – House Foreign Affairs Committee Lead Republican Kevin Walsh issued the following statement in response to the secretary's interview.\n\n" +
        "\u201cThe secretary's answer shows an insufficient focus on the department's national security mission.\u201d",
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Kevin Walsh', "The secretary's answ"],
    ]);
  });

  it('gives nothing to a sentence that only mentions a statement, or whose paragraph quotes words of its own', () => {
    const a = analyze(
      'The committee released its report on Monday.\n\n' +
        '"We commend the department for releasing this list and hope more will soon follow."\n\n' +
        'Senator Helen Marsh released the following statement after the vote, calling it "a good day for the country."\n\n' +
        '"We will not stop until the law is changed for good."',
    );
    expect(a.statements.map((s) => s.text.slice(0, 20))).not.toContain('We commend the depar');
  });
});

describe('a recap of quoted reactions (statement-rules/press-release-labels.ts)', () => {
  it('reads title words that name a body and an apposition after the name before the colon', () => {
    const a = analyze(
      'Here is what they are saying about the speech:\n\n' +
        'Chairman Kevin Walsh (MA-01), U.S. House of Representatives Ways and Means Committee: "This morning, the ambassador laid out a clear strategy for the trade relationship." [Statement, 10/04/21]\n\n' +
        'United Steelworkers International President Helen Marsh: "The union welcomes the plan for addressing our trade relationship with China."\n\n' +
        'International Brotherhood of Teamsters President Jim Orcutt: "The speech outlining this trade policy was worth the wait."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text.slice(0, 20)])).toEqual([
      ['Kevin Walsh', 'direct', 'This morning, the am'],
      ['Helen Marsh', 'direct', 'The union welcomes t'],
      ['Jim Orcutt', 'direct', 'The speech outlining'],
    ]);
  });
});

describe('quoted phrases and quotations that are no attribution (statements.ts)', () => {
  it('does not attribute a quoted phrase to a relative clause of belief after it ("“…” it believes are …")', () => {
    const a = analyze(
      'The Defense Department today released a list of "Chinese military companies" it believes are operating directly or indirectly in the United States.',
    );
    expect(a.statements).toEqual([]);
  });

  it('keeps one statement, the quotation, for `X stated, "A. B."` whose first sentence ends inside the quotation', () => {
    const a = analyze(
      'Commerce Secretary Helen Marsh stated, "Global trade should support peace and good-paying jobs, not national security risks. Today\'s actions will help prevent the diversion of our technologies."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text.slice(0, 20)])).toEqual([
      ['Helen Marsh', 'direct', 'Global trade should '],
    ]);
  });
});

describe('titles before a name after an inverted verb (statements.ts, text/speakers.ts, text/sources.ts)', () => {
  it('reads the person at the end of a long title that opens with a country or body ("said U.S. Attorney for … Jo Roe")', () => {
    const a = analyze(
      '\u201cThe export restrictions at issue in this case were put in place to prevent illicit procurement,\u201d said U.S. Attorney for the Northern District of California Kevin Walsh.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Kevin Walsh']);
  });

  it('reads "Ranking Member" and a surname as the person named before, not a described member', () => {
    const a = analyze(
      'U.S. Senator Helen Marsh (D-NH), Ranking Member of the Senate Foreign Relations Committee, sent a letter to the Commerce Secretary.\n\n' +
        '\u201cI write to express grave concern regarding the decision to ease export controls,\u201d wrote Ranking Member Marsh.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Helen Marsh']);
  });
});

describe("a letter's writers (resolve-rules/described-speakers.ts)", () => {
  it('skips a sentence whose act belongs to a described subject of its own, not to the first name in it', () => {
    const a = analyze(
      'Washington, DC \u2013 Today, Representatives Helen Marsh and Kevin Walsh sent a joint letter to the Commerce Secretary condemning the use of export controls as leverage in trade talks.\n\n' +
        "Citing recent statements by senior Trump administration officials, the Ranking Members wrote that the administration's actions undermine export controls.\n\n" +
        '\u201cUsing these tools as leverage in commercial negotiations undermines their core purpose,\u201d the lawmakers wrote.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Helen Marsh', 'Helen Marsh']);
  });
});

describe('the following statement, the sentence ending in a colon (statement-rules/press-release-following.ts)', () => {
  it('gives the quotation paragraphs to the subject when a long setting stands between the statement and the colon', () => {
    const a = analyze(
      'Washington, DC \u2013 U.S. Trade Representative Helen Marsh today released the following statement regarding further action under Section 301 of the Trade Act of 1974:\n\n' +
        '\u201cOn June 18, the President directed me to identify $200 billion worth of goods for additional tariffs. I initiated this process on July 10.\n\n' +
        '\u201cThe Administration continues to urge China to stop its unfair practices.\u201d',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Helen Marsh', 'On June 18, the Pres'],
      ['Helen Marsh', 'The Administration c'],
    ]);
  });
});

describe("a briefing's transcript (statements.ts, statement-patterns.ts LABEL and TURN_LABEL)", () => {
  const briefing =
    "MODERATOR:  Today we host a briefing with the Commerce Department's Assistant Secretary for Export Enforcement Kevin Walsh and Assistant Secretary for Export Administration Helen Marsh.\n\n" +
    'I will now turn it over to Assistant Secretary Walsh for his opening remarks.\n\n' +
    "ASSISTANT SECRETARY WALSH:  Thanks so much, and thanks to everyone for joining the call.  We've had a terrific week here.\n\n" +
    'In my view, export controls and their enforcement have never been more important than right now.\n\n' +
    'Q:  Will the rules change?\n\n' +
    'Nobody knows when the rules will change, the reporter added with a laugh.\n\n' +
    'MS. MARSH:  Export controls only work when partners work together.\n\n' +
    '(END AUDIO)\n\n' +
    'ASSISTANT SECRETARY WALSH:  We will keep working with our partners on this.\n\n' +
    'Follow the department on social media for updates.';

  it('reads titles in capitals before the surname of a label, and runs the turn over the paragraphs after it', () => {
    const a = analyze(briefing);
    expect(a.statements.filter((s) => s.kind === 'direct').map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Kevin Walsh', 'Thanks so much, and '],
      ['Kevin Walsh', 'In my view, export c'],
      ['Helen Marsh', 'Export controls only'],
      ['Kevin Walsh', 'We will keep working'],
    ]);
  });
});

describe('a quotation inside a quotation, written with curly marks (statement-rules/speaker-masks.ts quotesIn)', () => {
  const letter =
    '\u201cIt is imperative that the department continues to release the \u201cChinese military companies\u201d list,\u201d wrote Senator Helen Marsh. ' +
    '\u201cThe public release of this list ensures that companies are aware of the risks.\u201d';

  it('keeps the inner quotation inside the outer one, which the speaker after it said whole', () => {
    const a = analyze(letter);
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 24), s.text.slice(-12)])).toEqual([
      ['Helen Marsh', 'It is imperative that th', 'f the risks.'],
    ]);
  });

  it('pairs straight marks in order, as written', async () => {
    const { quotesIn } = await import('../../../seed/stages/statement-rules/speaker-masks.ts');
    const text = '"A "b" c," he said.';
    expect(quotesIn(text, { start: 0, end: text.length }).map((q) => text.slice(q.s, q.e))).toEqual(['A ', ' c,']);
    const side = (o: number) => (o === 0 || o === 3 ? ('open' as const) : ('close' as const));
    expect(quotesIn(text, { start: 0, end: text.length }, side).map((q) => text.slice(q.s, q.e))).toEqual(['A "b" c,']);
  });
});

describe('a title or a body named again after its first full mention', () => {
  it('gives "the Secretary added" to the secretary named before, though the quotation names another country (resolve-rules/another-countrys-title.ts)', () => {
    const a = analyze(
      'WASHINGTON \u2013 Today, U.S. Secretary of Commerce Helen Marsh announced new export controls on advanced semiconductors.\n\n' +
        '"These rules will protect our national security," Secretary Marsh said.\n\n' +
        'The Secretary said the department would work with allies on the controls.\n\n' +
        '"We are not trying to hurt China\'s economy," the Secretary added.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Helen Marsh', 'Helen Marsh', 'Helen Marsh']);
  });

  it('gives "the Bureau said" to the one body of the document named with that word (statement-rules/added-speakers.ts)', () => {
    const a = analyze(
      'The Bureau of Industry and Security published the rule on Monday.\n\n"The controls are targeted," the Bureau said.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Bureau of Industry and Security']);
  });
});

describe("a recap's quotations signed on their own line with a dash character (statement-patterns.ts SIGNATURE)", () => {
  it('reads an em dash, an en dash or two hyphens, a title before the name and a party after it', () => {
    const a = analyze(
      'What They Are Saying:\n\n' +
        '\u201cThis is a proud day for New York and for every worker who will build these fabs.\u201d \u2014 Governor Helen Marsh\n\n' +
        '\u201cThe CHIPS Act is working, and Idaho is ready.\u201d \u2013 Senator Kevin Walsh (R-ID)\n\n' +
        '"This investment secures our supply chain for decades to come." -- Senator Jim Orcutt',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 16)])).toEqual([
      ['Helen Marsh', 'This is a proud '],
      ['Kevin Walsh', 'The CHIPS Act is'],
      ['Jim Orcutt', 'This investment '],
    ]);
  });

  it('reads no signature where the dash opens an aside in running text', () => {
    const a = analyze('He called the plan "a disaster" \u2014 Senator Kevin Walsh disagreed with him on Monday.');
    expect(a.statements.map((s) => s.speakerName)).not.toContain('Kevin Walsh');
  });
});

describe('a quotation paragraph after one speaker reported alone (statements.ts)', () => {
  it("gives a paragraph that is one unattributed quotation to the previous paragraph's one reported speaker", () => {
    const a = analyze(
      'Chairman John Moolenaar said the new rule was too weak.\n\n' +
        '"Nvidia chips should not be reaching the Chinese military. We will act."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text.slice(0, 12)])).toEqual([
      ['John Moolenaar', 'indirect', 'the new rule'],
      ['John Moolenaar', 'direct', 'Nvidia chips'],
    ]);
  });

  it('does not when the previous paragraph names another person, or the quotation is only part of its paragraph', () => {
    const named = analyze(
      'Chairman John Moolenaar said the rule was weaker than the one Gina Raimondo wrote.\n\n' +
        '"Nvidia chips should not be reaching the Chinese military. We will act."',
    );
    expect(named.statements.map((s) => s.kind)).toEqual(['indirect']);
    const part = analyze(
      'Chairman John Moolenaar said the new rule was too weak.\n\n' +
        '"Nvidia chips should not be reaching the Chinese military." The rule takes effect in May.',
    );
    expect(part.statements.map((s) => s.kind)).toEqual(['indirect']);
  });
});

describe('a reaction before a quotation (statement-rules/press-release-reactions.ts)', () => {
  it("gives the next paragraph's unattributed quotation to the subject who reacts, named alone", () => {
    const a = analyze(
      'WASHINGTON \u2013 Senate Commerce Committee Chairman Ted Cruz (R-Texas) today responded to the Commerce rule.\n\n' +
        '"This rule is a gift to Beijing and a blow to American workers."\n\nThe rule takes effect in May.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 14)])).toEqual([['Ted Cruz', 'This rule is a']]);
  });

  it('does not when the reaction names another person, or when the quotation is not its paragraph whole', () => {
    const other = analyze(
      'Senator Jo Roe (D-Ind.) welcomed the decision by Secretary Gina Raimondo on Monday.\n\n' +
        '"This is a win for American workers and for our national security."',
    );
    expect(other.statements).toEqual([]);
    const part = analyze(
      'Senator Jo Roe (D-Ind.) welcomed the decision on Monday.\n\n' +
        '"This is a win for American workers and for our national security." The rule takes effect in May.',
    );
    expect(part.statements).toEqual([]);
  });
});

describe('a name and a colon inside a paragraph (statement-patterns.ts NAME_COLON)', () => {
  it('gives the quotation after "… Name:" to the person named, as a label opening a paragraph would', () => {
    const a = analyze(
      'It was no surprise that he tweeted about it ... Donald Trump: "Appreciate the congrats for being right on radical Islamic terrorism."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.cue, s.text.slice(0, 20)])).toEqual([
      ['Donald Trump', ':', 'Appreciate the congr'],
    ]);
  });

  it('reads no label in the middle of a clause ("the list included Donald Trump: …")', () => {
    const a = analyze('The list of guests included Donald Trump: "a great man, and a friend".');
    expect(a.statements).toEqual([]);
  });
});

describe("a work's title with a subtitle (statements.ts)", () => {
  it('reads an unattributed quoted title and subtitle, all capitalized, as no statement', () => {
    const a = analyze(
      'Anthony Weiner once had a cameo in a disaster movie.\n\nHe appeared in "Sharknado 3: Oh Hell No!" as himself.',
    );
    expect(a.statements.map((s) => s.text)).not.toContain('Sharknado 3: Oh Hell No!');
    const b = analyze(
      'Donald Trump has a new book out.\n\n"Crippled America: How to Make America Great Again" sells well.',
    );
    expect(b.statements).toEqual([]);
  });

  it('keeps a quotation with a colon that reads as speech, or that a speaker is said to say', () => {
    const a = analyze('"The rule is clear: we will not back down," Huang said.');
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Jensen Huang']);
  });
});
