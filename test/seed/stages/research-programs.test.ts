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
