// Rule "a body's complement with a country" (seed/stages/mention-rules/body-names.ts): an institution's name ending in a
// field goes on with "with" and a country's name.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe("mention rule: a body's complement with a country", () => {
  it('reads "with" and a country after a body\'s field as part of its name', () => {
    const n = names(
      'Ellen Marsh, chair of the Senate Commission on Cooperation with Mexico, said the plan works. Mexico agreed.',
    );
    expect(n).toContain('Organization:Senate Commission on Cooperation with Mexico');
    expect(n).toContain('Country:Mexico');
  });
  it('leaves a country that is no part of the name alone', () => {
    const n = names('The Senate Commission on Cooperation met with Mexico on Monday to discuss trade.');
    expect(n).toContain('Country:Mexico');
    expect(n).not.toContain('Organization:Senate Commission on Cooperation with Mexico on Monday');
  });
});
