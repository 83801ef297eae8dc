// Clause relations: a country or organization that only qualifies a titled person ("US diplomat Henry Kissinger") is not the object.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';

const context = { gazetteer: loadGazetteer() };
const rels = (raw: string) =>
  toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)).relations.map(
    (r) => `${r.from} ${r.type} ${r.to}`,
  );

describe('relations: the titled person is the object', () => {
  it('links the meeting to the person, not to the country qualifying the title', () => {
    const r = rels('Chinese leader Xi Jinping meets with US diplomat Henry Kissinger in Beijing.');
    expect(r).toContain('person:xi-jinping MET_WITH person:henry-kissinger');
    expect(r).not.toContain('person:xi-jinping MET_WITH country:united-states');
  });
  it('keeps a country that is the object itself', () => {
    const r = rels('Nvidia Corp. sells chips to China and India, the company said.');
    expect(r.some((x) => /SELLS_TO country:china/.test(x))).toBe(true);
  });
});
