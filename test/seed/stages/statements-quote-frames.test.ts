// Quotations attributed by the words right beside them (statements.ts, statement-rules/statement-patterns.ts): verbs of
// the manner of speaking, a predicate ending in a colon, a gerund with a named audience.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

const said = (raw: string) => analyze(raw).statements.map((s) => [s.speakerName, s.kind, s.text]);

describe('a verb of the manner of speaking beside a quotation (statement-words.yaml quoteVerbs)', () => {
  it('attributes the quotation after it, a comma or colon between', () => {
    expect(said('Rally.\n\nDonald Trump shouted, \u201cThey stole the country.\u201d')).toEqual([
      ['Donald Trump', 'direct', 'They stole the country.'],
    ]);
    expect(said('Rally.\n\nMarco Rubio retorted: \u201cNot today, not ever.\u201d')).toEqual([
      ['Marco Rubio', 'direct', 'Not today, not ever.'],
    ]);
  });

  it('attributes the quotation before it, the speaker before or after the verb', () => {
    expect(said('Rally.\n\n\u201cThey stole the country,\u201d Donald Trump shouted.')).toEqual([
      ['Donald Trump', 'direct', 'They stole the country'],
    ]);
    expect(said('Rally.\n\n\u201cNobody wants that deal,\u201d quipped Jeb Bush.')).toEqual([
      ['Jeb Bush', 'direct', 'Nobody wants that deal'],
    ]);
    expect(said('Rally.\n\n\u201cIt is over for them,\u201d Jeb Bush shot back.')).toEqual([
      ['Jeb Bush', 'direct', 'It is over for them'],
    ]);
  });

  it('takes "puts it" as a cue: "As Dana Milbank puts it, “…”"', () => {
    expect(
      said('Notes.\n\nAs The Post\u2019s Dana Milbank puts it, \u201cSenate Republicans are unmoved.\u201d'),
    ).toEqual([['Dana Milbank', 'direct', 'Senate Republicans are unmoved.']]);
  });

  it('needs the comma or colon: a manner verb with a setting before quoted words is no attribution', () => {
    expect(said('Rally.\n\nDonald Trump laughed at the \u201cidea\u201d of a wall.')).toEqual([]);
  });
});

describe('a predicate ending in a colon before a quotation (COLON_PREDICATE)', () => {
  it('gives the quotation to the subject, whatever the verb, in the same paragraph', () => {
    expect(
      said(
        'Town hall.\n\nAt a town hall in Hudson on Monday, Chris Christie took the microphone: \u201cThere is a special place in hell.\u201d',
      ),
    ).toEqual([['Chris Christie', 'direct', 'There is a special place in hell.']]);
  });

  it('and when the quotation opens the next paragraph', () => {
    const st = analyze(
      'Debate.\n\nTed Cruz called them on it:\n\n\u201cThe questions asked in this debate illustrate why the American people don\u2019t trust the media.\u201d',
    ).statements;
    expect(st.map((s) => [s.speakerName, s.text.slice(0, 13)])).toEqual([['Ted Cruz', 'The questions']]);
  });

  it('after an opening phrase set off by dashes', () => {
    expect(
      said(
        'Debate.\n\nIn response \u2014 especially where Donald Trump is concerned \u2014 Bernie Sanders answered with a phrase: \u201cDo not moan to me.\u201d',
      ),
    ).toEqual([['Bernie Sanders', 'direct', 'Do not moan to me.']]);
  });

  it('not when the colon ends a phrase with no verb after the speaker', () => {
    expect(said('Debate.\n\nMarco Rubio and the others in the race: \u201cNot today, not ever.\u201d')).toEqual([]);
  });
});

describe('"According to X" right before a quotation (ACCORDING_BEFORE)', () => {
  it('gives the quotation to the source, after a comma or a colon', () => {
    expect(said('Intro.\n\nAccording to Reuters, \u201cThe senator has had a mixed record on trade.\u201d')).toEqual([
      ['Reuters', 'direct', 'The senator has had a mixed record on trade.'],
    ]);
    expect(
      said('Intro.\n\nAccording to Paul Sperry of Counter Jihad: \u201cThe group has been moving vans.\u201d'),
    ).toEqual([['Paul Sperry', 'direct', 'The group has been moving vans.']]);
  });
});

describe("a speech verb coordinated after the sentence's predicate (BEFORE_COORDINATED)", () => {
  it("gives the quotation to the sentence's subject", () => {
    expect(
      said(
        'Rally.\n\nBen Carson did not mention his opponents by name, but told his supporters, \u201cOur nation is in trouble.\u201d',
      ),
    ).toEqual([['Ben Carson', 'direct', 'Our nation is in trouble.']]);
    expect(
      said('Rally.\n\nDonald Trump gestured to the crowd, then leaned in and boomed, \u201cLet\u2019s win.\u201d'),
    ).toEqual([['Donald Trump', 'direct', 'Let\u2019s win.']]);
  });

  it("not to a subordinate clause's subject, nor across another clause's subject", () => {
    expect(
      said('Rally.\n\nAfter Donald Trump spoke, Hillary Clinton smiled and said, \u201cWe will win this.\u201d'),
    ).toEqual([['Hillary Clinton', 'direct', 'We will win this.']]);
    expect(
      said(
        'Rally.\n\nDonald Trump attacked the press, and Bernie Sanders told reporters, \u201cWe will win this.\u201d',
      ),
    ).toEqual([['Bernie Sanders', 'direct', 'We will win this.']]);
  });

  it('reads a stray comma between a speaker and the verb ("Gov. John Kasich (R-OH), said, “…”")', () => {
    expect(
      said(
        'Ohio.\n\nAfter winning Ohio, Gov. John Kasich (R-OH), said, \u201cI am getting ready to rent a wagon.\u201d',
      ),
    ).toEqual([['John Kasich', 'direct', 'I am getting ready to rent a wagon.']]);
  });
});

describe('a gerund before a quotation (GERUND_BEFORE)', () => {
  it('reads a named audience after the gerund ("telling Reuters, “…”")', () => {
    expect(
      said(
        'Macau.\n\nHours later, Donald Trump returned the compliment, telling Reuters, \u201cSheldon and I have been friends for a long time.\u201d',
      ),
    ).toEqual([['Donald Trump', 'direct', 'Sheldon and I have been friends for a long time.']]);
  });

  it('reads an apposition after the subject and "by" for the comma', () => {
    expect(
      said(
        'Email.\n\nHuma Abedin, vice chairwoman for the campaign, emailed supporters on Monday, telling them, \u201cI am a proud Muslim.\u201d',
      ),
    ).toEqual([['Huma Abedin', 'direct', 'I am a proud Muslim.']]);
    expect(said('List.\n\nBarack Obama punctuated his list by saying \u201cToo many.\u201d')).toEqual([
      ['Barack Obama', 'direct', 'Too many.'],
    ]);
  });
});

describe('a speaker after a quotation, two appositions between', () => {
  it('is read though the appositions run past 160 characters', () => {
    expect(
      said(
        'Rally.\n\n\u201cVery good reporter, very good reporter,\u201d Donald Trump, the Republican frontrunner nationally and the current polling leader in the state, a businessman from New York with no government experience at all, said on Monday.',
      ),
    ).toEqual([['Donald Trump', 'direct', 'Very good reporter, very good reporter']]);
  });
});

describe('a described source beside a quotation (text/sources.ts)', () => {
  it('speaks with a manner verb after the quotation, or a writing reads it', () => {
    expect(
      analyze('Rally.\n\n\u201cThey stole the country,\u201d the man shouted.').statements.map((s) => s.speakerName),
    ).toEqual(['man']);
    expect(
      analyze('Paper.\n\nThe headline reads: \u201cRepeat after me: the rule is not changing.\u201d').statements.map(
        (s) => s.speakerName,
      ),
    ).toEqual(['headline']);
  });
});

describe('a reported statement that holds two quotations of its speaker (statement-passes.ts dropNested)', () => {
  it('gives way to both quotations when one of them trails it', () => {
    expect(
      said(
        'Vermont.\n\nMadeleine Kunin was critical.\n\n\u201cHis normal demeanor is grumpy,\u201d she said, but despite the tone, \u201cI think he will do it,\u201d said Kunin.',
      ).map(([who, kind, text]) => [who, kind, (text as string).slice(0, 20)]),
    ).toEqual([['Madeleine Kunin', 'direct', 'His normal demeanor ']]);
  });
});

describe('a quoted title with a comma or full stop inside its marks (statements.ts TITLE_BEFORE)', () => {
  it('is no statement after a possessive, a preposition or a work noun', () => {
    expect(
      said(
        'TV.\n\nSunday on Fox News channel\u2019s \u201cSunday Morning Futures,\u201d Rep. Darrell Issa said the rule was wrong.',
      ).filter(([, kind]) => kind === 'direct'),
    ).toEqual([]);
    expect(
      said('Jet.\n\nThe plane cost $8 million, according to his book \u201cThe Art of the Deal.\u201d').filter(
        ([, kind]) => kind === 'direct',
      ),
    ).toEqual([]);
  });

  it('but a title-case quotation after a comma is still a statement', () => {
    expect(said('Rally.\n\nAt the rally in Iowa, \u201cWe Will Win,\u201d Donald Trump said.')).toEqual([
      ['Donald Trump', 'direct', 'We Will Win'],
    ]);
  });
});

describe('a quotation split by an attribution that names a show in quotation marks (statement-passes.ts joinSplitQuotes)', () => {
  it('is one statement', () => {
    const st = analyze(
      'Flynn.\n\n\u201cHe is absolutely right. There is a disconnect,\u201d Michael Flynn, a top Trump surrogate, said Thursday morning on Fox News\u2019s \u201cFox and Friends.\u201d \u201cI mean, there is a lot of frustration within the ranks.\u201d',
    ).statements;
    expect(st.map((s) => [s.speakerName, s.text.slice(0, 10), s.text.slice(-12)])).toEqual([
      ['Michael Flynn', 'He is abso', 'n the ranks.'],
    ]);
  });
});

describe('more quotation frames', () => {
  it('a colon predicate after lower-case title words ("Republican presidential nominee Donald Trump issued …:")', () => {
    const st = analyze(
      'Munich.\n\nIn response to the loss of life, Republican presidential nominee Donald Trump issued the following statement:\n\n\u201cOur prayers are with all those affected by the attacks.\u201d',
    ).statements;
    expect(st.map((s) => [s.speakerName, s.text.slice(0, 11)])).toEqual([['Donald Trump', 'Our prayers']]);
  });

  it('a gerund right after its own attribution is that speaker\u2019s ("…, Spicer said, adding, “…”")', () => {
    expect(
      said(
        'Talks.\n\nPaul Ryan and Donald Trump will meet next week, Sean Spicer said, adding, \u201cThey need to sit down.\u201d',
      ).filter(([, kind]) => kind === 'direct'),
    ).toEqual([['Sean Spicer', 'direct', 'They need to sit down.']]);
  });

  it('"sings" beside a quotation', () => {
    expect(
      said('Song.\n\nIn the song, Billy Joel sings, \u201cDon\u2019t go changing to try and please me.\u201d'),
    ).toEqual([['Billy Joel', 'direct', 'Don\u2019t go changing to try and please me.']]);
  });
});

describe('an unattributed quotation in a sentence that opens with a speaker (SENTENCE_SUBJECT)', () => {
  it("is the subject's, not the paragraph speaker's", () => {
    const st = said(
      'Speech.\n\n\u201cI wrote it,\u201d Richard Cross said. Patricia Smith, delivering the speech, asked the Cleveland crowd \u201cIf she cannot give us the truth, why should we give her the presidency?\u201d',
    );
    expect(st.map(([who, , text]) => [who, (text as string).slice(0, 9)])).toEqual([
      ['Richard Cross', 'I wrote i'],
      ['Patricia Smith', 'If she ca'],
    ]);
  });

  it('not a subordinate clause\u2019s subject, nor a quoted term or a title', () => {
    expect(
      said('Talks.\n\nAt one point, Ted Cruz coached Donald Trump to \u201cbreathe, breathe, breathe, breathe.\u201d'),
    ).toEqual([['Ted Cruz', 'direct', 'breathe, breathe, breathe, breathe.']]);
    expect(
      said(
        'List.\n\nToday, the Department of Defense released the names of additional \u201cCommunist Chinese military companies\u201d operating in the United States.',
      ),
    ).toEqual([]);
    expect(
      said(
        'Hearing.\n\nOn Thursday, the Select Committee held a hearing titled \u201cRebuilding the Arsenal of Democracy: The Imperative to Strengthen the Base.\u201d',
      ),
    ).toEqual([]);
  });
});

describe('after a quotation: "according to X", "reacted X"; before one: "X laughed and said"', () => {
  it('attributes the quotation', () => {
    expect(
      said(
        'Watch.\n\n\u201cThe new material shows the department compiled records,\u201d according to Judicial Watch.',
      ),
    ).toEqual([['Judicial Watch', 'direct', 'The new material shows the department compiled records']]);
    expect(said('Speech.\n\n\u201cObama said Muslims are our sports heroes,\u201d reacted Donald Trump.')).toEqual([
      ['Donald Trump', 'direct', 'Obama said Muslims are our sports heroes'],
    ]);
    expect(
      said('Press.\n\nAsked about a press conference, Robby Mook laughed and said, \u201cWe\u2019ll see.\u201d'),
    ).toEqual([['Robby Mook', 'direct', 'We\u2019ll see.']]);
  });
});
