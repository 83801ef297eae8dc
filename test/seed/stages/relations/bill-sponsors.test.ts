// A bill's sponsors named in the bill's own text.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

const BILL = (who: string) =>
  `IN THE HOUSE OF REPRESENTATIVES\n\n${who} introduced the following bill; which was referred to the Committee on Energy.\n\nA BILL\n\nTo require a study of grid storage.\n\nSECTION 1. SHORT TITLE.\n\nThis Act may be cited as the "Grid Storage Study Act of 2031".`;

describe('bill sponsors', () => {
  it('reads "Ms. A (for herself and Mr. B) introduced the following bill" as the cited bill backed by both', () => {
    const t = triples(BILL('Ms. Verhoeven (for herself and Mr. Castellanos)'), 'BACKED_BY');
    expect(t).toContain('policy:grid-storage-study-act-of-2031 BACKED_BY person:verhoeven');
    expect(t).toContain('policy:grid-storage-study-act-of-2031 BACKED_BY person:castellanos');
  });

  it('ties no one to a bill the text only mentions', () => {
    const t = triples(
      'Ms. Verhoeven spoke about the Grid Storage Study Act of 2031, which Mr. Castellanos opposed.',
      'BACKED_BY',
    );
    expect(t).toEqual([]);
  });
});
