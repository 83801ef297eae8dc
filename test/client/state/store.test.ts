// The view-state store: named actions change the state and tell subscribers what changed; nothing else writes it.
import { describe, expect, it } from 'vitest';
import { createStore, type Change } from '../../../client/src/state/store.ts';
import { emptyState } from '../../../client/src/state/url-state.ts';

describe('createStore', () => {
  it('changes state only through actions, and reports each change once', () => {
    const store = createStore(emptyState());
    const seen: Change[] = [];
    const off = store.subscribe((_s, c) => seen.push(c));
    store.showView('said');
    store.showView('said'); // no change, no event
    store.askWhoSaid({ topic: 'chip:h20' });
    expect(store.state).toMatchObject({ view: 'said', topic: 'chip:h20', speaker: undefined });
    store.askWhoSaid({ speaker: 'person:jensen-huang' });
    expect(store.state).toMatchObject({ topic: undefined, speaker: 'person:jensen-huang' });
    store.setTrace({ from: 'a:b', to: 'c:d', hops: 3, mode: 'all' });
    store.setQuery('q1', { n: 1 });
    store.setQuery(undefined, { n: 2 });
    expect(store.state.params).toBeUndefined();
    store.openDocument('doc-1', [1, 5]);
    store.closeDocument();
    store.closeDocument(); // already closed
    store.select('company:nvidia');
    store.setLayout('grid');
    off();
    store.select(undefined);
    expect(seen).toEqual([
      'view',
      'said',
      'said',
      'trace',
      'query',
      'query',
      'document',
      'document',
      'selection',
      'layout',
    ]);
    expect(store.state.selected).toBeUndefined();
  });

  it('restores a history entry whole: what the entry lacks is cleared, the canvas kept', () => {
    const store = createStore({ ...emptyState(), entities: ['company:nvidia'], topic: 'chip:h20', from: 'a:b' });
    store.replaceFromHistory({ view: 'trace', entities: [], from: 'x:y', to: 'z:w' });
    expect(store.state).toMatchObject({
      view: 'trace',
      entities: ['company:nvidia'],
      topic: undefined,
      from: 'x:y',
      to: 'z:w',
    });
  });

  it('remembers each entity’s expansion cap, for "show more" to ask for the next one', () => {
    const store = createStore(emptyState());
    const seen: Change[] = [];
    store.subscribe((_s, c) => seen.push(c));
    expect(store.expandLimit('company:nvidia')).toBe(0);
    store.noteExpanded('company:nvidia', 25);
    store.noteExpanded('company:nvidia', 50);
    store.noteExpanded('chip:h20', 25);
    expect(store.expandLimit('company:nvidia')).toBe(50);
    expect(store.expandLimit('chip:h20')).toBe(25);
    expect(seen).toEqual(['expansion', 'expansion', 'expansion']);
    // not part of the view state the URL holds
    expect(Object.keys(store.state)).not.toContain('expandLimits');
  });

  it('stops telling a subscriber once it unsubscribes, and keeps telling the others', () => {
    const store = createStore(emptyState());
    const a: Change[] = [];
    const b: Change[] = [];
    const offA = store.subscribe((_s, c) => a.push(c));
    store.subscribe((_s, c) => b.push(c));
    store.openDocument('doc-1');
    offA();
    store.setCanvas(['company:nvidia']);
    expect(a).toEqual(['document']);
    expect(b).toEqual(['document', 'canvas']);
    expect(store.state.entities).toEqual(['company:nvidia']);
  });

  it('hands subscribers the state after the change', () => {
    const store = createStore(emptyState());
    const views: string[] = [];
    store.subscribe((s, c) => {
      if (c === 'view') views.push(s.view);
    });
    store.showView('trace');
    store.showView('queries');
    store.showView('explore');
    expect(views).toEqual(['trace', 'queries', 'explore']);
  });
});
