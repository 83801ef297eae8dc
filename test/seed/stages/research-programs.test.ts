// Rule "programs of an institution" (seed/stages/mention-rules/research-programs.ts): a program a think tank runs is an
// Organization; a government program stays a Policy.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
function extract(raw: string) {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.map((e) => `${e.type}:${e.name}`);
}

describe('programs of an institution', () => {
  it('reads a program placed at an institution, or with a post in it, as an Organization', () => {
    const names = extract(
      'James Lewis is director of the Strategic Technologies Program at the Center for Strategic and International Studies.',
    );
    expect(names).toContain('Organization:Strategic Technologies Program');
    expect(names).not.toContain('Policy:Strategic Technologies Program');
  });

  it('keeps a program a government runs as a Policy', () => {
    const names = extract('The Commerce Department removed the firms from the Validated End-User Program on Friday.');
    expect(names.some((n) => n.startsWith('Organization:') && n.includes('Program'))).toBe(false);
  });
});

describe('programs of an institution, written with a lower-case "program"', () => {
  it("reads a think tank's program as one Organization, its words no names of their own", () => {
    const names = extract(
      "Sam Howell researches quantum science at the Center for a New American Security's Technology and National Security program.",
    );
    expect(names).toContain('Organization:Technology and National Security program');
    expect(names).not.toContain('Organization:National Security');
  });

  it("leaves a firm's or a government's program alone", () => {
    expect(extract("Nvidia's Inception program grew.").some((n) => n.includes('program'))).toBe(false);
    expect(extract("BIS's Validated End-User program changed.")).toContain('Policy:Validated End-User Program');
  });
});
