// Rule "names that end in a possessive" (seed/stages/mention-rules/possessive-names.ts): a one-word firm's name always
// written with "'s" ("Boatmen's") takes the "'s" into its name; an ordinary possessive does not.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const g = loadGazetteer();
const spans = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).mentions.map((m) =>
    raw.slice(m.start, m.end),
  );

describe('mention rule: names that end in a possessive', () => {
  it("keeps the 's of a firm named only in the possessive form", () => {
    const s = spans(
      "The bank Boatmen's was the prize in Missouri. Analysts said Boatmen's was shopping itself. The bid for Boatmen's was large.",
    );
    expect(s).toContain("Boatmen's");
    expect(s).not.toContain('Boatmen');
  });
  it('leaves an ordinary possessive alone when the name also stands without it', () => {
    const s = spans(
      "The bank Boatmen's was the prize. Boatmen's shares rose. Boatmen's deal closed. Boatmen said nothing.",
    );
    expect(s).not.toContain("Boatmen's");
  });
});
