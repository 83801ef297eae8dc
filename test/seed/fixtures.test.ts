// News articles written for these tests in several outlets' styles: quotes, speakers, pronouns, roles and relations, not the seed's wording.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile, fixture, has, offsetErrors } from './_analyze.ts';
import type { ExtractionOutput } from '../../seed/analysis.ts';

const speakerOf = (out: ExtractionOutput, words: string) =>
  out.statements.filter((s) => s.text.includes(words)).map((s) => s.speaker);

describe('fixture: wire story with "said X" inversion, "according to", she-pronouns (samsung-memory-curbs.txt)', () => {
  const file = fixture('samsung-memory-curbs.txt');
  const { a, out } = analyzeFile(file);

  it('finds the people, companies, outlets and countries', () => {
    const ids = out.entities.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'person:kim-min-jun',
        'person:emily-carter',
        'company:samsung',
        'organization:reuters',
        'country:united-states',
        'country:china',
        'organization:us-department-of-commerce',
      ]),
    );
    expect(out.entities.find((e) => e.id === 'organization:reuters')?.mentions.length).toBe(2);
  });

  it('attributes inverted, split and pronoun quotations to the right speaker', () => {
    expect(speakerOf(out, 'We are studying the new rules')).toEqual(['person:kim-min-jun']);
    expect(speakerOf(out, 'Our customers in China')).toEqual(['person:kim-min-jun']);
    expect(speakerOf(out, 'They are already placing orders')).toEqual(['person:emily-carter']);
    expect(speakerOf(out, 'The shift is happening')).toEqual(['person:emily-carter']);
  });

  it('reads reported speech: "told Reuters that", "according to X, an analyst", "Mr. X added that"', () => {
    const told = a.statements.find((s) => s.text.startsWith('the company expects'))!;
    expect(told.speaker).toBe('person:kim-min-jun');
    expect(told.cue).toBe('told Reuters');
    expect(told.via).toBe('organization:reuters');
    expect(told.kind).toBe('indirect');
    const acc = out.statements.find((s) => s.cue === 'according to')!;
    expect(acc.speaker).toBe('person:emily-carter');
    expect(acc.text.startsWith('the restrictions could push')).toBe(true);
    expect(speakerOf(out, 'would not cut its investment')).toEqual(['person:kim-min-jun']);
  });

  it('reads the appositive role', () => {
    expect(a.entities.find((e) => e.id === 'person:emily-carter')?.roles.join()).toMatch(/analyst/);
  });

  it('keeps every offset true to the input', () => {
    expect(offsetErrors(fs.readFileSync(file, 'utf8'), out)).toEqual([]);
  });
});

describe('fixture: front matter, split quote, multi-paragraph quote, X-backed (openai-europe-expansion.md)', () => {
  const file = fixture('openai-europe-expansion.md');
  const { a, out } = analyzeFile(file);

  it('does not take a title-case headline for names', () => {
    expect(out.entities.map((e) => e.id).filter((id) => /office|opens/.test(id))).toEqual([]);
  });

  it('finds people with titles, companies, events and models not in the gazetteer', () => {
    const ids = out.entities.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'person:sam-altman',
        'person:emmanuel-macron',
        'person:sarah-klein',
        'company:openai',
        'company:helsing',
        'event:vivatech-conference',
        'model:falcon-2',
      ]),
    );
    expect(a.entities.find((e) => e.id === 'person:sam-altman')?.roles).toContain('Chief Executive of OpenAI');
  });

  it('attributes both halves of a split quotation and a quotation running over two paragraphs', () => {
    expect(speakerOf(out, 'Europe has some of the best researchers')).toEqual(['person:sam-altman']);
    expect(speakerOf(out, 'we want to hire many of them')).toEqual(['person:sam-altman']);
    expect(speakerOf(out, 'We have seen this before')).toEqual(['person:sarah-klein']);
    expect(speakerOf(out, 'This time the rules are already written')).toEqual(['person:sarah-klein']);
    expect(a.statements.find((s) => s.text.includes('We have seen'))?.via).toBe('organization:le-monde');
  });

  it('resolves "He said that" to the person named just before', () => {
    expect(speakerOf(out, 'France would remain')).toEqual(['person:emmanuel-macron']);
    expect(out.statements.find((s) => s.text.includes('expansion would test'))?.cue).toBe('warned');
  });

  it('reads relations', () => {
    expect(has(out, 'person:sam-altman', 'LEADS', 'company:openai')).toBe(true);
    expect(has(out, 'company:helsing', 'BACKED_BY', 'company:mistral')).toBe(true);
    expect(has(out, 'company:helsing', 'RELEASED', 'model:falcon-2')).toBe(true);
    expect(has(out, 'person:sam-altman', 'SPOKE_AT', 'event:vivatech-conference')).toBe(true);
    expect(has(out, 'person:sam-altman', 'MET_WITH', 'person:emmanuel-macron')).toBe(true);
  });

  it('keeps every offset true to the input, front matter included', () => {
    const raw = fs.readFileSync(file, 'utf8');
    expect(offsetErrors(raw, out)).toEqual([]);
    expect(out.entities.flatMap((e) => e.mentions).every((m) => m.start > raw.indexOf('\n---\n'))).toBe(true);
  });
});

describe('fixture: colon quotes, apposition, chips not in the gazetteer (huawei-ascend-exports.txt)', () => {
  const file = fixture('huawei-ascend-exports.txt');
  const { a, out } = analyzeFile(file);

  it('finds chips by family and number and by chip context', () => {
    expect(out.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['chip:ascend-910c', 'chip:h100', 'chip:h20', 'company:huawei']),
    );
    expect(has(out, 'company:huawei', 'MAKES', 'chip:ascend-910c')).toBe(true);
    expect(has(out, 'company:nvidia', 'MAKES', 'chip:h100')).toBe(true);
    expect(has(out, 'chip:h100', 'RANKS_ABOVE', 'chip:ascend-910c')).toBe(true);
  });

  it('attributes colon-introduced, inverted and pronoun statements', () => {
    expect(speakerOf(out, 'We will enforce our rules')).toEqual(['person:gina-raimondo']);
    expect(speakerOf(out, 'Our partners want an alternative')).toEqual(['person:maria-lopez']);
    expect(speakerOf(out, 'We will review every proposal')).toEqual(['person:maria-lopez']);
    expect(speakerOf(out, 'talks were at an early stage')).toEqual(['person:maria-lopez']);
    const she = a.statements.find((s) => s.text.includes('hiring more agents'))!;
    expect(she.speaker).toBe('person:gina-raimondo');
    expect(she.via).toBe('organization:bloomberg');
    expect(a.statements.find((s) => s.text.startsWith('demand had'))?.speaker).toBe('person:eric-xu');
  });

  it('links a title to the organization it implies', () => {
    expect(has(out, 'person:gina-raimondo', 'HOLDS_ROLE', 'organization:us-department-of-commerce')).toBe(true);
  });

  it('keeps every offset true to the input', () => {
    expect(offsetErrors(fs.readFileSync(file, 'utf8'), out)).toEqual([]);
  });
});
