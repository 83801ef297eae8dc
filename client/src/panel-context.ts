// What every panel may ask of the explorer: the canvas, the view-state store, and a few shared actions.
import type { Canvas } from './graph/canvas.ts';
import type { Store } from './state/store.ts';
import type { StatementView } from './wire-types.ts';

export interface Ctx {
  /** The graph canvas (its library loads after the start view is up: a panel shown at start waits with `whenCanvas`). */
  readonly canvas: Canvas;
  /** The canvas, once it is there. */
  whenCanvas(): Promise<Canvas>;
  /**
   * The view state: read `store.state`, change it through the store's named actions — show a view (`showView`), open
   * a document (`openDocument`), ask who said what, trace, select. The explorer follows each change (the panel on
   * show, the document viewer, the URL).
   */
  store: Store;
  /** Put an entity (by domain id) on the canvas with a first ring of neighbours, select it and show its details. */
  showEntity(key: string): Promise<void>;
  /** Add a capped ring of neighbours of an entity on the canvas (the double-click action). */
  expandEntity(key: string, opts?: { labels?: string[]; types?: string[]; more?: boolean }): Promise<void>;
  /** Open the details of a node already on the canvas (or fetch it). */
  selectEntity(key: string): void;
  /** Open a statement's words in its document. */
  openStatement(s: StatementView): void;
  toast(msg: string, kind?: 'info' | 'error'): void;
}
