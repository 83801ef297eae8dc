// Described sources in speaker position: found when nothing names them, left to the name when one is apposed.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../seed/pipeline.ts';
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

describe('groups as sources', () => {
  it('reads "human rights groups warned" as a source of its own, ending the content before it', () => {
    const raw =
      'Ana Ruiz emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.';
    const a = analyzeDocument({ id: 'groups', raw, bodyStart: 0, bodyEnd: raw.length });
    const by = (w: string) => a.statements.find((s) => s.text.includes(w))?.speakerName;
    expect(by('reforms were not complete')).toBe('Ana Ruiz');
    expect(by('giving up leverage')).toBe('human rights groups');
    expect(a.statements.find((s) => s.text.includes('reforms'))?.text).not.toContain('groups');
  });
});

describe('media as sources', () => {
  it('reads "state media" as a body that speaks, but not "social media"', () => {
    expect(names('The test, which state news media claimed now allows warheads, alarmed Seoul.')).toEqual([
      'Organization:state news media',
    ]);
    expect(names('Her social media posts drew attention to the race.')).toEqual([]);
  });
});
