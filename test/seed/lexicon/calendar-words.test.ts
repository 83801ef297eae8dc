// The names of days and months (seed/lexicon/calendar-words.yaml) are data read by every rule that tells a date from a
// name: a list entry is what keeps it out of a name, a speaker or a policy's title.
import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS } from '../../../seed/lexicon/calendar-words.ts';
import { STOP_WORDS } from '../../../seed/stages/text/names.ts';
import { isoDay } from '../../../seed/stages/relations/meeting-places.ts';
import { analyzeText as analyze } from '../_analyze.ts';

describe('calendar words', () => {
  it('lists the seven days and twelve months in order', () => {
    expect(CALENDAR_WORDS.weekdays).toHaveLength(7);
    expect(CALENDAR_WORDS.months).toHaveLength(12);
    expect(isoDay('met on September 4', '2024-01-01')).toBe('2024-09-04');
  });

  it('keeps every day and month out of names', () => {
    for (const w of [...CALENDAR_WORDS.weekdays, ...CALENDAR_WORDS.months]) expect(STOP_WORDS.has(w)).toBe(true);
    expect(STOP_WORDS.has('Sept.')).toBe(true);
    expect(STOP_WORDS.has('Sun')).toBe(false);
  });

  it('reads a weekday between the verb and its clause as the time, not the speaker', () => {
    const a = analyze('Gina Raimondo said Wednesday that the rules would stay.');
    expect(a.statements.find((s) => s.text.includes('rules would stay'))?.speakerName).toBe('Gina Raimondo');
    expect(a.entities.some((e) => /Wednesday/.test(e.name))).toBe(false);
  });
});
