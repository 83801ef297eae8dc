// Rule "a speaker's whole name" (seed/stages/statement-rules/speaker-full-names.ts): a speaker known only by a surname,
// perhaps titled, speaks as the document's one whole name for it.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { bareSurname, wholeNamesIn } from '../../../seed/stages/statement-rules/speaker-full-names.ts';

describe("a speaker's whole name", () => {
  it('names a surname speaker by the whole name a plural title wrote before it, middle initial and all', () => {
    const a = analyze(
      'WASHINGTON \u2014 Representatives Gregory W. Meeks and Michael McCaul introduced a bill on Tuesday to tighten chip export controls.\n\n' +
        '"This bill closes loopholes that let advanced chips reach China," said Representative Meeks.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Gregory W. Meeks']);
    // The speaker is an entity of the document, with a mention where the name is written.
    const e = a.entities.find((x) => x.id === a.statements[0].speaker)!;
    expect(e.type).toBe('Person');
    expect(a.mentions.some((m) => m.entityKey === e.id && m.text === 'Gregory W. Meeks')).toBe(true);
  });

  it('reads a titled surname ("Congressman Roe") as the person of the document with that surname', () => {
    const a = analyze(
      'WASHINGTON, D.C. \u2014 Today, Congressman Jo Roe (R-TX) and Congresswoman Ann Poe (D-CA) introduced the Chip Security Act.\n\n' +
        '"For too long, China has stolen American technology," said Congressman Roe.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Jo Roe']);
    expect(a.entities.map((e) => e.name)).not.toContain('Congressman Roe');
  });

  it('changes nothing when the document writes two whole names for the surname, or none', () => {
    expect(wholeNamesIn('Robert Clinton met Hillary Clinton. Clinton spoke.', 'Clinton').map((w) => w.name)).toEqual([
      'Robert Clinton',
      'Hillary Clinton',
    ]);
    const a = analyze('"The rule is weak," said Representative Meeks.');
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Meeks']);
  });

  it('takes no place or longer capitalized phrase for a whole name; a party before one reads as a title', () => {
    expect(wholeNamesIn('He won the South Carolina Republican primary.', 'Republican')).toEqual([]);
    expect(bareSurname('Senators Rubio')).toBe('Rubio');
    expect(wholeNamesIn('Democrat Elijah E. Cummings (Md.) is waiting.', 'Cummings').map((w) => w.name)).toEqual([
      'Elijah E. Cummings',
    ]);
  });
});
