// The client's node kinds follow core's graph model: the type pickers offer exactly core's entity labels and every label
// the canvas draws has a look. The client imports the model as types only, so the lists are its own; the compile-time
// check in client/src/graph/types.ts keeps them equal, and the lines marked @ts-expect-error below prove that check fails
// on drift (the type-check, part of npm test, fails if one of them stops being an error).
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, type EntityLabel, OTHER_LABELS } from '../../../core/graph-model.ts';
import {
  ENTITY_TYPES,
  type ListsEveryEntityLabel,
  lookOf,
  OTHER_LOOK,
  TYPE_LOOK,
} from '../../../client/src/graph/types.ts';

describe("the client's node kinds against core's graph model", () => {
  it("offers exactly core's entity labels, in core's order", () => {
    expect(ENTITY_TYPES).toEqual([...ENTITY_LABELS]);
  });

  it('has a look for every entity label, statements and documents, and for nothing else', () => {
    const drawn = [...ENTITY_LABELS, ...OTHER_LABELS.filter((l) => l !== 'SavedQuery')];
    expect(Object.keys(TYPE_LOOK).sort()).toEqual(drawn.sort());
    for (const label of drawn) expect(lookOf(label), label).not.toBe(OTHER_LOOK);
    expect(lookOf('Rumour')).toBe(OTHER_LOOK);
  });

  it('has a compile-time check that names a label a list lacks', () => {
    const complete: ListsEveryEntityLabel<typeof ENTITY_LABELS> = true;
    // @ts-expect-error: a list without Place does not list every entity label
    const lacksPlace: ListsEveryEntityLabel<Exclude<EntityLabel, 'Place'>[]> = true;
    const saysWhat: ListsEveryEntityLabel<Exclude<EntityLabel, 'Place'>[]> = { lacks: 'Place' };
    expect([complete, lacksPlace, saysWhat]).toEqual([true, true, { lacks: 'Place' }]);
  });
});
