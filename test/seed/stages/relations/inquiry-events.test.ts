// Inquiries and disputes named by what they are into or over: an event with its target and the actor who opens it.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { triples } from './_relations-of.ts';

const context = { gazetteer: loadGazetteer() };

describe('inquiry events', () => {
  it('makes "X ordered an investigation into Y" an event that targets Y, issued by X, with the wording as an alias', () => {
    const raw = 'Japanese Prime Minister Fumio Kishida ordered an investigation into the Unification Church.';
    const t = triples(raw);
    expect(t).toContain('event:investigation-into-unification-church TARGETS organization:unification-church');
    expect(t).toContain('event:investigation-into-unification-church ISSUED_BY person:fumio-kishida');
    const a = analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
    expect(a.entities.find((e) => e.type === 'Event')?.aliases).toEqual(['investigation into the Unification Church']);
  });

  it('keeps a listed modifier in the name and reads the opener across a time phrase', () => {
    const t = triples('China on Monday opened an anti-dumping investigation into Texas Instruments.');
    expect(t).toContain('event:anti-dumping-investigation-into-texas-instruments ISSUED_BY country:china');
  });

  it("links a dispute over a policy to it, and never takes the first word of a longer name as the inquiry's object", () => {
    const t = triples('China Launches WTO Dispute over US Chip Export Controls\n\nThe move was expected.');
    expect(t).toContain('event:wto-dispute-over-us-chip-export-controls LINKED_TO policy:us-chip-export-controls');
    expect(t).toContain('event:wto-dispute-over-us-chip-export-controls ISSUED_BY country:china');
    expect(t.filter((x) => x.includes('event:wto-dispute-over-united-states'))).toEqual([]);
  });

  it('makes no event of an inquiry into something unnamed', () => {
    expect(triples('Officials opened an investigation into the sales.').filter((x) => x.includes('event:'))).toEqual(
      [],
    );
  });

  it("names an inquiry into a party's title-case acts with the title, after 'of' or 'on'", () => {
    const events = (raw: string) =>
      analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
        .entities.filter((e) => e.type === 'Event')
        .map((e) => e.name);
    expect(
      events(
        'USTR Initiates Section 301 Investigation on China\u2019s Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry\n\nThe move was expected.',
      ),
    ).toEqual([
      "Section 301 investigation on China's Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry",
    ]);
    // "on" after a dispute is where it was aired.
    expect(events('The candidates had a dispute on ABC News last night.')).toEqual([]);
  });
});
