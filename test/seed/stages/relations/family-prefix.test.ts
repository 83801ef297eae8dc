// Chip families: a family's name before chip names or opening a chip's name; the maker of a family's chip makes it.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('chip families', () => {
  it("reads a chip whose name opens with a family's as based on it", () => {
    expect(triples('Nvidia unveiled Blackwell Ultra, a successor to Blackwell.', 'BASED_ON')).toContain(
      'chip:blackwell-ultra BASED_ON chipfamily:blackwell',
    );
  });

  it("gives the maker of a family's chip the family, not for a chip it only plans", () => {
    const t = triples('Nvidia announced the H20 chip. The H20 is based on Hopper.', 'MAKES');
    expect(t).toContain('company:nvidia MAKES chipfamily:hopper');
    expect(triples('Nvidia plans to release the H20 chip. The H20 is based on Hopper.', 'MAKES')).not.toContain(
      'company:nvidia MAKES chipfamily:hopper',
    );
  });
});
