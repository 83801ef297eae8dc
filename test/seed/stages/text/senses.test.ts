// One sense per document for organization names: short forms, repeats, lists and workplaces, read through the mentions stage.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../seed/pipeline.ts';

const mentionsOf = (raw: string) =>
  analyzeDocument({ id: 'senses', raw, bodyStart: 0, bodyEnd: raw.length }, undefined, [
    'normalize',
    'segment',
    'mentions',
  ]).mentions.filter((m) => !m.anaphor);
const typesOf = (raw: string, text: string) =>
  mentionsOf(raw)
    .filter((m) => m.text === text)
    .map((m) => m.type);

describe('short forms of a company named in full', () => {
  it('reads the first word of a company with a legal form as that company elsewhere in the text, not as a person', () => {
    const raw =
      'Marden Pharmaceuticals Inc said on Monday it would close a plant. Marden was founded in 1952. Analysts expect Marden to report a loss.';
    expect(typesOf(raw, 'Marden')).toEqual(['Company', 'Company']);
  });

  it('leaves a short form alone when a person of that surname is named in the text', () => {
    const raw = 'Senator Hugh Dalton criticized Dalton Systems Inc on Monday. Dalton said the firm should pay a fine.';
    expect(typesOf(raw, 'Dalton')).not.toContain('Company');
  });

  it('leaves a place that begins a company name a place ("Boston" of "Boston Scientific Corp")', () => {
    const raw = 'Boston Scientific Corp raised its forecast. Rents in Boston rose again.';
    expect(typesOf(raw, 'Boston')).toEqual(['Place']);
  });
});

describe('repeated organization names', () => {
  it('reads a multiword name seen as an organization the same way where a sentence-initial word was cut from it', () => {
    const raw = "Profit at Samsung's Device Solutions division fell. Device Solutions said demand was weak.";
    const ms = mentionsOf(raw);
    expect(ms.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual([]);
    expect(
      ms.filter((m) => m.text === 'Device Solutions' && (m.type === 'Organization' || m.type === 'Company')),
    ).toHaveLength(2);
  });
});

describe('lists', () => {
  it('reads an untyped member of a list with organizations in it as an organization', () => {
    expect(
      typesOf('Title rivals Essex, Derbyshire and Surrey all closed in on victory on Saturday.', 'Derbyshire'),
    ).toEqual(['Organization']);
    expect(typesOf('The fund sold its stakes in Mobil, Shell and Caltex Corp last year.', 'Mobil')).toEqual([
      'Company',
    ]);
  });

  it('leaves a list of countries as it is', () => {
    const ms = mentionsOf('Chips are sold in Taiwan, Malaysia and Vietnam by Zentrix Systems Inc.');
    expect(ms.filter((m) => m.type === 'Organization' || m.type === 'Company').map((m) => m.text)).toEqual([
      'Zentrix Systems Inc.',
    ]);
  });
});

describe('workplaces', () => {
  it('reads the name after "analysts at" as the firm they work for, not as a person', () => {
    expect(typesOf('Analysts at Morgan Stanley wrote that demand would stay strong.', 'Morgan Stanley')).toEqual([
      'Company',
    ]);
    expect(
      typesOf('"Demand is strong," said Ralph Okoye, chief investment officer at Hallam Weir.', 'Hallam Weir'),
    ).toEqual(['Organization']);
  });

  it('does not read a person as a workplace when a possessive follows ("at Huang\'s keynote")', () => {
    expect(typesOf("Analysts at Jensen Huang's keynote were impressed.", 'Jensen Huang')).toEqual(['Person']);
  });
});
