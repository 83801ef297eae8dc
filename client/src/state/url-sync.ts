// The URL follows the view: every change of the store's state is written to the address bar (debounced), and a change
// of panel the user made is a new history entry, so Back returns to the previous panel instead of leaving the app.
import { encodeState, type ViewState } from './url-state.ts';
import type { Store } from './store.ts';

const URL_DEBOUNCE_MS = 250;

/** What is on the canvas now: the URL lists it, though the canvas does not tell the store of every change. */
export interface CanvasView {
  entities(): string[];
  selected(): string | undefined;
}

export interface UrlSync {
  /** The URL of the view: the store's state with what is on the canvas now. */
  urlOf(): string;
  /** Write the URL soon (a burst of changes is written once). */
  write(): void;
  /** Runs `fn` as a restore of a history entry or of the first URL: a change of panel in it is no new entry. */
  restoring(fn: () => void): void;
  /** From now on, a change of panel is a history entry (call once the view from the URL is in place). */
  start(): void;
  kill(): void;
}

export function syncUrl(store: Store, canvas: CanvasView): UrlSync {
  let started = false;
  let timer: number | undefined;
  const urlOf = (): string => {
    const s = store.state;
    const now: ViewState = { ...s, entities: canvas.entities(), selected: canvas.selected() ?? s.selected };
    return `${location.pathname}${encodeState(now)}`;
  };
  const write = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = urlOf();
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    }, URL_DEBOUNCE_MS);
  };
  const off = store.subscribe((s, change) => {
    if (change === 'view' && started) {
      window.clearTimeout(timer);
      history.pushState({ view: s.view }, '', urlOf());
    } else write();
  });
  return {
    urlOf,
    write,
    restoring(fn) {
      const was = started;
      started = false;
      try {
        fn();
      } finally {
        started = was;
      }
    },
    start() {
      started = true;
    },
    kill() {
      window.clearTimeout(timer);
      off();
    },
  };
}
