// Rule "caption" (seed/stages/text/captions.ts): a transcript's on-screen caption names the speaker of the paragraph after it.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import type { Statement } from '../../../seed/analysis.ts';

const context = { gazetteer: loadGazetteer() };
function statementsOf(raw: string): Statement[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const s of a.statements) expect(raw.slice(s.start, s.end)).toBe(s.text);
  return a.statements;
}
const find = (st: Statement[], words: string) => st.find((s) => s.text.includes(words));

describe('statements: transcript captions', () => {
  it('gives a quoted paragraph to the person named with a title on the line before', () => {
    const st = statementsOf(
      'Officials met in Beijing on Tuesday to discuss chip exports.\n\nGina Raimondo, US Commerce Secretary\n“We will not let our most advanced chips go to the Chinese military.”\n\nThe talks ended on Wednesday.',
    );
    const s = find(st, 'most advanced chips');
    expect(s?.speakerName).toBe('Gina Raimondo');
    expect(s?.kind).toBe('direct');
    expect(s?.text.startsWith('We will')).toBe(true);
  });

  it('reads a name line and a title line before an unquoted paragraph', () => {
    const st = statementsOf(
      'Chip output in the United States has fallen for years.\n\nMaria Lopez\nArizona State University\nAs a nation, we used to make far more of the world’s chips than we do today.\n\nThe grant was announced on Monday.',
    );
    expect(find(st, 'As a nation')?.speakerName).toBe('Maria Lopez');
  });

  it('does not take a narrative paragraph after a bare name line as speech', () => {
    const st = statementsOf(
      'The grant was announced on Monday.\n\nMaria Lopez\nThe company plans to open the plant in 2026 after delays caused by a shortage of workers.\n',
    );
    expect(find(st, 'plans to open the plant')).toBeUndefined();
  });
});

describe('statements: transcript captions stay off headings', () => {
  it('does not take a section heading before an unquoted paragraph as a speaker', () => {
    const st = statementsOf(
      'Summary of the rule.\n\nI. Background\n\nValidated End-Users are designated entities to which eligible items may be exported under a general authorization, as we explain below.\n',
    );
    expect(find(st, 'designated entities')).toBeUndefined();
  });
});

describe('statements: a long title before the speaker after an inverted verb', () => {
  it('takes the named person, not the tail of the title, as the speaker', () => {
    const st = statementsOf(
      'Washington announced new rules on Monday. "We are constantly talking to our allies and partners," added Under Secretary of Commerce for industry and security Alan Estevez. The rules take effect next month.',
    );
    expect(find(st, 'constantly talking')?.speakerName).toBe('Alan Estevez');
  });
});

describe('statements: a programme name before an episode title', () => {
  it('takes no statement from "Programme Name: Episode Title"', () => {
    const st = statementsOf(
      "VOA Asia Weekly: Taiwan's Silicon Shield Strategy\n\nTaiwan makes most of the world's advanced chips.",
    );
    expect(find(st, 'Silicon Shield')).toBeUndefined();
  });
  it("still reads a person's label before a headline", () => {
    const st = statementsOf(
      'Bernie Sanders and Hillary Clinton met in Brooklyn on Thursday.\n\nSANDERS: Clinton needs to explain her speeches to Wall Street banks.\n\nThe debate ran late.',
    );
    expect(find(st, 'explain her speeches')?.speakerName).toBe('Bernie Sanders');
  });
});

describe('statements: quoted words a speaker applies to something', () => {
  it('gives "X called Y "…"" to X, short as the words are', () => {
    const st = statementsOf(
      'In an interview on Monday, Gina Raimondo called the chip breakthrough "deeply concerning" and promised an investigation.',
    );
    const s = find(st, 'deeply concerning');
    expect(s?.speakerName).toBe('Gina Raimondo');
    expect(s?.cue).toBe('called');
  });
  it('still leaves an unattributed scare quote alone', () => {
    const st = statementsOf(
      'The so-called "technology stack" includes chips, cloud services and models, according to the report.',
    );
    expect(find(st, 'technology stack')?.kind === 'direct').toBe(false);
  });
});

describe('statements: a title of up to four words before the speaker after an inverted verb', () => {
  it('takes the person, not the organization opening the title', () => {
    const st = statementsOf(
      '"The United States has taken significant steps to protect our technology," said White House national security adviser Jake Sullivan in a statement.',
    );
    expect(find(st, 'significant steps')?.speakerName).toBe('Jake Sullivan');
  });
  it("does not take an affiliation caption for the group a later 'they say' goes on about", () => {
    const st = statementsOf(
      'Analysts say the subsidies address a long-standing gap in domestic production.\n\nMaria Lopez\nUniversity of Michigan, Ann Arbor\nWe have lost a decade of investment, and this law gives us the chance to win it back in a few years.\n\nBut, they say, the country badly needs skilled workers.',
    );
    expect(find(st, 'badly needs skilled workers')?.speakerName).toBe('Analysts');
  });
});
