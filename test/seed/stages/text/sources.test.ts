// Described sources in speaker position: found when nothing names them, left to the name when one is apposed.
import { describe, expect, it } from 'vitest';
import { findSources } from '../../../../seed/stages/text/sources.ts';

const names = (s: string) => findSources(s).map((h) => `${h.type}:${h.name}`);

describe('findSources', () => {
  it('finds a described speaker that no name identifies', () => {
    expect(names('Senior officials said the rule would stand.')).toEqual(['Person:Senior officials']);
  });

  it('leaves a description to the name apposed to it, of one word or several', () => {
    expect(names("TSMC's biggest customer, Apple, agreed to the terms.")).toEqual([]);
    expect(names('Its chief executive, Christophe Fouquet, told reporters.')).toEqual([]);
  });
});
