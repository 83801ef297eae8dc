// Chip names in the plural ("the restricted H100s and A100s"; name-finder.ts): each names its chip.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const entities = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}${e.aliases.length ? ` [${e.aliases.join(', ')}]` : ''}`,
  );

describe('chip names in the plural', () => {
  it('reads "X100s" as chip X100, one entity with its singular', () => {
    const e = entities('The firm bought chips, including the restricted X100s and Z200s. Later it sold an X100 chip.');
    expect(e).toEqual(expect.arrayContaining(['Chip:X100 [X100s]', 'Chip:Z200 [Z200s]']));
  });
});
