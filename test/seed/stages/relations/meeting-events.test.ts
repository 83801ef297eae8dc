// Meetings become events named after their people: the short name the document uses, else the family name by the
// name's order (Chinese and Korean family names come first).
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('meeting events', () => {
  it('names a meeting by the family name, first for a Chinese name ("Xi Jinping" → Xi)', () => {
    const t = triples('Chinese President Xi Jinping met with Henry Kissinger in Beijing.', 'ATTENDED');
    expect(t).toContain('person:xi-jinping ATTENDED event:xi-kissinger-meeting-in-beijing');
    expect(t).toContain('person:henry-kissinger ATTENDED event:xi-kissinger-meeting-in-beijing');
  });

  it('keeps the last name for a Western name order ("Donald Trump met with Jensen Huang" → Trump–Huang)', () => {
    expect(triples('President Donald Trump met with Jensen Huang in Washington.', 'ATTENDED')).toContain(
      'person:donald-trump ATTENDED event:trump-huang-meeting-in-washington',
    );
  });
});
