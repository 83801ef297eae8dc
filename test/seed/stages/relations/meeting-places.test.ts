// A meeting the text states with a verb ("X met with Y in Z") is a MET_WITH carrying its place and day, not an event.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './_relations-of.ts';
import { isoDay } from '../../../../seed/stages/relations/meeting-places.ts';

const met = (raw: string) => relationsOf(raw).filter((r) => r.type === 'MET_WITH');

describe('meeting places', () => {
  it('puts the place on the MET_WITH and makes no meeting event', () => {
    const raw = 'Chinese President Xi Jinping met with Henry Kissinger in Beijing.';
    expect(met(raw).map((r) => r.properties?.place)).toEqual(['place:beijing']);
    expect(relationsOf(raw).filter((r) => r.type === 'ATTENDED')).toEqual([]);
  });

  it('reads the place after a weekday and the day from the clause', () => {
    const r = met('Secretary of State Antony Blinken met with President Xi Jinping on June 19, 2023 in Beijing.');
    expect(r.map((x) => x.properties)).toEqual([{ date: '2023-06-19' }]);
    const w = met('President Joe Biden met with Foreign Minister Wang Yi on Friday at the White House.');
    expect(w.map((x) => x.properties?.place)).toEqual(['organization:white-house']);
  });

  it('gives no place when none follows the people', () => {
    expect(met('President Donald Trump met with Jensen Huang.').map((r) => r.properties)).toEqual([undefined]);
  });

  it('takes a date only with a year from the text or the document', () => {
    expect(isoDay('on July 10', '2025-07-15')).toBe('2025-07-10');
    expect(isoDay('on July 10', undefined)).toBeUndefined();
    expect(isoDay('on June 19, 2023', undefined)).toBe('2023-06-19');
  });
});
