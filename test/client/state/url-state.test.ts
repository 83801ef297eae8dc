// The view survives a trip through the URL, and hand-edited links degrade instead of failing.
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, MAX_URL_ENTITIES, type ViewState } from '../../../client/src/state/url-state.ts';

describe('url-state', () => {
  it('round-trips every field of a view', () => {
    const s: ViewState = {
      view: 'trace',
      entities: ['company:nvidia', 'chip:h20', 'person:howard-lutnick'],
      selected: 'chip:h20',
      query: 'who-said-what-about',
      params: { topic: 'chip:h20', limit: 20 },
      topic: 'chip:h20',
      speaker: 'person:x',
      from: 'policy:biden-export-restrictions',
      to: 'chip:h20',
      hops: 4,
      mode: 'all',
      doc: 'doc-1',
      span: [10, 42],
      layout: 'concentric',
    };
    expect(decodeState(encodeState(s))).toEqual(s);
  });

  it('writes nothing for the empty start view', () => {
    expect(encodeState({ view: 'explore', entities: [] })).toBe('');
    expect(decodeState('')).toEqual({ view: 'explore', entities: [] });
  });

  it('keeps ids with reserved characters intact', () => {
    const s: ViewState = { view: 'explore', entities: ['policy:a&b=c,d', 'x:100%'] };
    expect(decodeState(encodeState(s)).entities).toEqual(['policy:a&b=c,d', 'x:100%']);
  });

  it('drops malformed values rather than throwing', () => {
    const s = decodeState('?view=nope&hops=99&mode=sideways&span=9-3&p=%7Bbroken&e=a&e=a&e=b');
    expect(s).toEqual({ view: 'explore', entities: ['a', 'b'] });
  });

  it('caps the number of entities in a link', () => {
    const many = Array.from({ length: MAX_URL_ENTITIES + 50 }, (_, i) => `chip:c${i}`);
    expect(decodeState(encodeState({ view: 'explore', entities: many })).entities).toHaveLength(MAX_URL_ENTITIES);
  });
});
