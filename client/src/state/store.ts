// The explorer's view state in one place: read with `store.state`, changed only through named actions, watched with
// `subscribe`. Every panel reads and changes it the same way; the shell writes each change to the URL.
import type { View, ViewState } from './url-state.ts';

/** What an action changed, for subscribers that care (the URL writer pushes a history entry on `view`). */
export type Change =
  | 'view'
  | 'canvas'
  | 'selection'
  | 'said'
  | 'trace'
  | 'query'
  | 'document'
  | 'layout'
  | 'expansion'
  | 'history';

export type Listener = (state: Readonly<ViewState>, change: Change) => void;

export interface Store {
  readonly state: Readonly<ViewState>;
  subscribe(fn: Listener): () => void;
  /** Show a panel. */
  showView(view: View): void;
  /** The nodes on the canvas (domain ids, in order). */
  setCanvas(entities: string[]): void;
  select(key: string | undefined): void;
  /** Who said what: about a topic, or by a speaker; both undefined clears it. */
  askWhoSaid(ask: { topic: string } | { speaker: string } | null): void;
  setTrace(trace: { from?: string; to?: string; hops?: number; mode?: 'shortest' | 'all' }): void;
  setQuery(query: string | undefined, params?: Record<string, unknown>): void;
  openDocument(doc: string, span?: [number, number]): void;
  closeDocument(): void;
  setLayout(layout: string | undefined): void;
  /** How many neighbours of an entity its last expansion asked for (0 when never expanded); not part of the URL. */
  expandLimit(key: string): number;
  /** An entity was expanded with this cap ("show more" asks for the next cap from here). */
  noteExpanded(key: string, limit: number): void;
  /** Back/Forward: the whole state as the history entry holds it. */
  replaceFromHistory(next: ViewState): void;
}

export function createStore(initial: ViewState): Store {
  const state: ViewState = { ...initial, entities: [...initial.entities] };
  const listeners = new Set<Listener>();
  const expandLimits = new Map<string, number>();
  const emit = (change: Change) => {
    for (const fn of listeners) fn(state, change);
  };
  return {
    get state() {
      return state;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    showView(view) {
      if (state.view === view) return;
      state.view = view;
      emit('view');
    },
    setCanvas(entities) {
      state.entities = [...entities];
      emit('canvas');
    },
    select(key) {
      state.selected = key;
      emit('selection');
    },
    askWhoSaid(ask) {
      state.topic = ask && 'topic' in ask ? ask.topic : undefined;
      state.speaker = ask && 'speaker' in ask ? ask.speaker : undefined;
      emit('said');
    },
    setTrace(t) {
      Object.assign(state, t);
      emit('trace');
    },
    setQuery(query, params) {
      state.query = query;
      state.params = query ? params : undefined;
      emit('query');
    },
    openDocument(doc, span) {
      state.doc = doc;
      state.span = span;
      emit('document');
    },
    closeDocument() {
      if (!state.doc && !state.span) return;
      state.doc = undefined;
      state.span = undefined;
      emit('document');
    },
    setLayout(layout) {
      state.layout = layout;
      emit('layout');
    },
    expandLimit(key) {
      return expandLimits.get(key) ?? 0;
    },
    noteExpanded(key, limit) {
      expandLimits.set(key, limit);
      emit('expansion');
    },
    replaceFromHistory(next) {
      Object.assign(
        state,
        {
          topic: undefined,
          speaker: undefined,
          from: undefined,
          to: undefined,
          hops: undefined,
          mode: undefined,
          query: undefined,
          params: undefined,
          doc: undefined,
          span: undefined,
        },
        next,
        { entities: state.entities },
      );
      emit('history');
    },
  };
}
