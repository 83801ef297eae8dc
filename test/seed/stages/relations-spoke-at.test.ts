// Rules "spoke-at", "remarks-at", "remarks-by-at" and "heads-of-at" (seed/stages/relations/pair-patterns.ts): a speaker SPOKE_AT the
// gathering where the text says they delivered a statement or remarks, in a sentence or a headline.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../_analyze.ts';

const spokeAt = (raw: string) => {
  const a = analyzeText(raw);
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => `${name(r.from)} -> ${name(r.to)}`);
};

describe('SPOKE_AT', () => {
  it('reads "delivered the following opening statement at" a hearing', () => {
    expect(
      spokeAt(
        'Senator Maria Cantwell delivered the following opening statement at today’s hearing on the need to expand U.S. battery production, with two witnesses.',
      ),
    ).toEqual(['Maria Cantwell -> hearing on the need to expand U.S. battery production']);
  });

  it('reads a headline\'s "X\' Remarks at" and "Remarks by X at"', () => {
    expect(spokeAt("Deputy Secretary Kathleen Hicks' Remarks at the White House Battery Supply Event")).toEqual([
      'Kathleen Hicks -> White House Battery Supply Event',
    ]);
    expect(spokeAt('Remarks by Commerce Secretary Gina Raimondo at the Pacific Energy Summit')).toEqual([
      'Gina Raimondo -> Pacific Energy Summit',
    ]);
    // An abbreviation's periods inside the speaker's title do not end the headline.
    expect(spokeAt('Remarks by U.S. Secretary of Commerce Gina Raimondo at Pacific Energy Summit')).toEqual([
      'Gina Raimondo -> Pacific Energy Summit',
    ]);
  });

  it('makes every company whose heads appear at a hearing ATTENDED it (heads-of-at)', () => {
    const a = analyzeText(
      'Senator Maria Cantwell spoke at today’s hearing on the need to expand U.S. battery production, with the CEOs of Intel, Micron and Lam Research.',
    );
    const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
    expect(
      a.relations
        .filter((r) => r.type === 'ATTENDED' && r.from.startsWith('company:'))
        .map((r) => name(r.from))
        .sort(),
    ).toEqual(['Intel', 'Lam Research', 'Micron']);
  });

  it('takes no one merely present for a speaker', () => {
    expect(spokeAt('Gina Raimondo at the Pacific Energy Summit met reporters.')).toEqual([]);
  });
});
