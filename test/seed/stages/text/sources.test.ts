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

describe('sources right after a quotation', () => {
  const names = (s: string) => findSources(s).map((h) => h.name);
  it('speak with a verb of the manner of speaking: "…," the man shouted', () => {
    expect(names('"They stole the country," the man shouted, using an expletive.')).toEqual(['man']);
    expect(names('"Oh, my God," a young woman exclaimed upon seeing him.')).toEqual(['young woman']);
  });

  it('not bare "man" away from a quotation, nor with a manner verb there', () => {
    expect(names('The man shouted at the police and left.')).toEqual([]);
    expect(names('A man said nothing at all about it.')).toEqual([]);
  });

  it('include writings that read a quotation, after it or before it', () => {
    expect(names('"If she wants to be president, she must act," the editorial read.')).toEqual(['editorial']);
    expect(names('The headline reads: "Repeat after me."')).toEqual(['headline']);
    expect(names('She read the email twice.')).toEqual([]);
  });
});

describe('a writing in a setting', () => {
  it('is where something was said, not a source: "In a Facebook message posted Friday, Cruz said …"', () => {
    expect(findSources('In a Facebook message posted Friday, Cruz said he had doubts.').map((h) => h.name)).toEqual([]);
    expect(findSources('The message posted Friday said the rule stands.').map((h) => h.name)).toEqual(['message']);
  });
});

describe('a writing after a preposition inside a phrase', () => {
  it('still speaks: "…," a narrator in the Clinton ad asks', () => {
    expect(findSources('"Why didn\'t he pay?" a narrator in the campaign ad asks.').map((h) => h.name)).toContain(
      'campaign ad',
    );
  });
});
