// The seed article through the real pipeline: the entities, statements and relations the loader relies on.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer, STAGES, stageByName, UnknownStageError } from '../../seed/pipeline.ts';
import { analyzeFile, has, offsetErrors, SEED_FILE } from './_analyze.ts';

const { a, out } = analyzeFile(SEED_FILE);
const raw = fs.readFileSync(SEED_FILE, 'utf8');
const entity = (id: string) => a.entities.find((e) => e.id === id);
const said = (speaker: string, words: string) =>
  out.statements.filter((s) => s.speaker === speaker && s.text.includes(words));

describe('pipeline', () => {
  it('lists its stages in order and refuses an unknown stage name', () => {
    expect(STAGES.map((s) => s.name)).toEqual([
      'normalize',
      'segment',
      'mentions',
      'resolve',
      'statements',
      'relations',
    ]);
    expect(() => stageByName('parse')).toThrow(UnknownStageError);
  });

  it('is pure: the same document gives the same analysis', () => {
    const again = analyzeFile(SEED_FILE).out;
    expect(again).toEqual(out);
  });

  it('runs only the named stages when asked', () => {
    const partial = analyzeDocument(a.doc, { gazetteer: loadGazetteer() }, ['normalize', 'segment']);
    expect(partial.sentences.length).toBe(a.sentences.length);
    expect(partial.mentions).toEqual([]);
  });
});

describe('seed article: entities', () => {
  it.each([
    ['person:howard-lutnick', 'Person'],
    ['person:jensen-huang', 'Person'],
    ['person:donald-trump', 'Person'],
    ['company:nvidia', 'Company'],
    ['company:amd', 'Company'],
    ['company:deepseek', 'Company'],
    ['company:alibaba', 'Company'],
    ['company:tencent', 'Company'],
    ['company:minimax', 'Company'],
    ['company:baidu', 'Company'],
    ['company:moonshot-ai', 'Company'],
    ['organization:cnbc', 'Organization'],
    ['organization:forklog', 'Organization'],
    ['organization:trump-administration', 'Organization'],
    ['organization:biden-administration', 'Organization'],
    ['country:united-states', 'Country'],
    ['country:china', 'Country'],
    ['chip:h20', 'Chip'],
    ['chip:h100', 'Chip'],
    ['chip:h200', 'Chip'],
    ['chip:gb200', 'Chip'],
    ['chip:b100', 'Chip'],
    ['chip:b200', 'Chip'],
    ['chip:blackwell-ultra', 'Chip'],
    ['chip:vera-rubin', 'Chip'],
    ['chip:rtx-pro', 'Chip'],
    ['chipfamily:hopper', 'ChipFamily'],
    ['chipfamily:blackwell', 'ChipFamily'],
    ['model:kimi-k2', 'Model'],
    ['policy:biden-administration-export-restrictions', 'Policy'],
    ['policy:lifting-of-h20-export-restrictions', 'Policy'],
    ['policy:rare-earth-metals-deal', 'Policy'],
    ['event:china-international-supply-chain-achievements-exhibition', 'Event'],
  ])('finds %s as a %s', (id, type) => {
    expect(entity(id)?.type).toBe(type);
  });

  it('gives organizations their kind', () => {
    expect(entity('organization:trump-administration')?.kind).toBe('administration');
    expect(entity('organization:biden-administration')?.kind).toBe('administration');
    expect(entity('organization:cnbc')?.kind).toBe('media');
    expect(entity('organization:forklog')?.kind).toBe('media');
  });

  it('reads titles as roles', () => {
    expect(entity('person:howard-lutnick')?.roles).toContain('Commerce Secretary');
    expect(entity('person:jensen-huang')?.roles).toContain('CEO of Nvidia');
  });

  it('folds surnames into the full name and finds nothing spurious', () => {
    expect(entity('person:howard-lutnick')?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Howard Lutnick', 'Lutnick']),
    );
    expect(
      a.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['person:donald-trump', 'person:howard-lutnick', 'person:jensen-huang']);
  });

  it('merges the resumed sales and the lifted restrictions into one policy', () => {
    const texts = entity('policy:lifting-of-h20-export-restrictions')!.mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['resumption of supplies', 'export restrictions on H20']));
  });

  it('leaves the trailing Russian newsletter line out as boilerplate', () => {
    const promo = raw.lastIndexOf('\u0420\u0430\u0441\u0441\u044b\u043b\u043a\u0438');
    expect(a.boilerplate?.some((b) => b.start <= promo && promo < b.end)).toBe(true);
    expect(a.sentences.every((s) => s.end <= promo)).toBe(true);
    expect(out.entities.flatMap((e) => e.mentions).every((m) => m.start < promo)).toBe(true);
  });
});

describe('seed article: statements', () => {
  it.each([
    ['person:howard-lutnick', 'does not transfer the best technology', 'direct'],
    ['person:howard-lutnick', 'the chipmaker plans to sell China', 'indirect'],
    ['person:howard-lutnick', 'We are not selling them the best', 'direct'],
    ['person:howard-lutnick', 'the resumption of supplies is linked to a rare earth metals deal', 'indirect'],
    ['person:howard-lutnick', 'it is in the US interest for Chinese companies', 'indirect'],
    ['person:howard-lutnick', 'The idea is that the Chinese are more than capable', 'direct'],
    ['person:howard-lutnick', 'We need to sell the Chinese enough', 'direct'],
    ['person:jensen-huang', 'large language models from Chinese firms', 'indirect'],
    ['person:jensen-huang', 'were created here, openly distributed', 'direct'],
    ['person:jensen-huang', 'Chinese open-source developments have become', 'indirect'],
    ['person:jensen-huang', 'I am very pleased that the export restrictions on H20 have been lifted', 'direct'],
    ['person:jensen-huang', 'China has achieved', 'indirect'],
  ])('%s said "%s" (%s)', (speaker, words, kind) => {
    const found = said(speaker, words);
    expect(found.map((s) => s.kind)).toContain(kind);
  });

  it('no quotation is given to the wrong speaker', () => {
    const lutnick = ['We are not selling', 'The idea is that', 'We need to sell'];
    for (const w of lutnick)
      expect(out.statements.filter((s) => s.text.includes(w)).every((s) => s.speaker === 'person:howard-lutnick')).toBe(
        true,
      );
    expect(
      out.statements
        .filter((s) => s.text.includes('I am very pleased'))
        .every((s) => s.speaker === 'person:jensen-huang'),
    ).toBe(true);
  });

  it('keeps cue words, the outlet spoken to, and what a statement is about', () => {
    const first = a.statements.find((s) => s.text.includes('does not transfer'))!;
    expect(first.cue).toBe('stated');
    expect(first.via).toBe('organization:cnbc');
    expect(said('person:howard-lutnick', 'the chipmaker plans')[0].cue).toBe('according to');
    const deal = said('person:howard-lutnick', 'rare earth metals deal')[0];
    expect(deal.cue).toBe('added');
    expect(deal.about).toEqual(
      expect.arrayContaining(['policy:rare-earth-metals-deal', 'policy:lifting-of-h20-export-restrictions']),
    );
  });
});

describe('seed article: relations', () => {
  it.each([
    ['company:nvidia', 'MAKES', 'chip:h20'],
    ['chip:h20', 'BASED_ON', 'chipfamily:hopper'],
    ['chip:h20', 'IN_RESPONSE_TO', 'policy:biden-administration-export-restrictions'],
    ['policy:biden-administration-export-restrictions', 'ISSUED_BY', 'organization:biden-administration'],
    ['policy:lifting-of-h20-export-restrictions', 'LINKED_TO', 'policy:rare-earth-metals-deal'],
    ['company:moonshot-ai', 'RELEASED', 'model:kimi-k2'],
    ['company:moonshot-ai', 'BACKED_BY', 'company:alibaba'],
    ['person:donald-trump', 'MET_WITH', 'person:jensen-huang'],
    ['person:jensen-huang', 'SPOKE_AT', 'event:china-international-supply-chain-achievements-exhibition'],
    ['person:jensen-huang', 'LEADS', 'company:nvidia'],
    ['company:nvidia', 'MAKES', 'chipfamily:hopper'],
    ['company:nvidia', 'MAKES', 'chipfamily:blackwell'],
    ['company:nvidia', 'SELLS_TO', 'country:china'],
    ['company:moonshot-ai', 'BASED_IN', 'country:china'],
    ['chip:gb200', 'BASED_ON', 'chipfamily:blackwell'],
  ])('%s %s %s', (from, type, to) => {
    expect(has(out, from, type, to)).toBe(true);
  });

  it('puts the meeting\'s place on the MET_WITH ("met with Huang in Washington") and makes no meeting event', () => {
    const met = out.relations.find((r) => r.type === 'MET_WITH' && r.from === 'person:donald-trump');
    expect(met?.properties?.place).toBe('place:washington');
    expect(a.entities.filter((e) => e.type === 'Event').map((e) => e.id)).toEqual([
      'event:china-international-supply-chain-achievements-exhibition',
    ]);
  });

  it('gives the permission to the administration, not to China ("…to China, allowing Nvidia to sell")', () => {
    expect(has(out, 'country:china', 'PERMITS', 'company:nvidia')).toBe(false);
  });

  it('carries provenance: the sentence, its offsets and the method', () => {
    for (const r of a.relations) {
      expect(r.provenance.docId).toBe(a.doc.id);
      expect(raw.slice(r.provenance.start, r.provenance.end)).toBe(r.provenance.evidence);
      expect(r.provenance.method).toMatch(/^(?:pattern|clause|inference):/);
      expect(r.provenance.confidence).toBeGreaterThan(0);
    }
  });
});

describe('seed article: offsets', () => {
  it('every mention, statement and evidence slices the input to its text', () => {
    expect(offsetErrors(raw, out)).toEqual([]);
  });
});
