// The page's skeleton: the stage (canvas area with its empty and busy notes), the side panel's place, the toast.
import { h, replace } from './dom.ts';

export interface PageShell {
  /** The stage: the toolbar goes first, the canvas wrapper after it. */
  stage: HTMLElement;
  /** Holds the canvas element and what floats over it (legend, expansion card, drop zone). */
  cyWrap: HTMLElement;
  /** Cytoscape's container. */
  cyEl: HTMLElement;
  /** Shown while the canvas is empty. */
  emptyEl: HTMLElement;
  /** A short message that goes away by itself. */
  toast(msg: string, kind?: 'info' | 'error'): void;
  /** Shows a busy label on the canvas while `p` runs. */
  busy<T>(label: string, p: Promise<T>): Promise<T>;
}

const TOAST_MS = 4000; // long enough to read a sentence

/** Puts the skeleton into `root`, with `side` beside the stage. */
export function createPageShell(root: HTMLElement, side: HTMLElement): PageShell {
  const toastEl = h('div', { class: 'toast', role: 'status', aria: { live: 'polite' }, hidden: true });
  const cyEl = h('div', {
    id: 'cy',
    class: 'cy',
    tabindex: 0,
    aria: {
      label: 'Graph canvas. Arrow keys move the selection; Enter expands; P pins; C collapses; Delete hides; F fits.',
    },
  });
  const emptyEl = h(
    'div',
    { class: 'canvas-empty' },
    h('p', {}, 'Nothing on the canvas yet.'),
    h('p', { class: 'meta' }, 'Search an entity, click an actor in the overview, or run a saved query.'),
  );
  const busyEl = h('div', { class: 'canvas-busy', role: 'status', hidden: true }, 'Loading…');
  // Cytoscape measures its container when created, so the page skeleton goes in first
  const cyWrap = h('div', { class: 'cy-wrap' }, cyEl, emptyEl, busyEl);
  const stage = h('section', { class: 'stage', aria: { label: 'Graph' } }, cyWrap);
  replace(root, h('main', { class: 'layout' }, stage, side), toastEl);
  return {
    stage,
    cyWrap,
    cyEl,
    emptyEl,
    toast(msg, kind = 'info') {
      toastEl.textContent = msg;
      toastEl.className = `toast ${kind}`;
      toastEl.hidden = false;
      window.setTimeout(() => {
        toastEl.hidden = true;
      }, TOAST_MS);
    },
    async busy(label, p) {
      busyEl.textContent = label;
      busyEl.hidden = false;
      try {
        return await p;
      } finally {
        busyEl.hidden = true;
      }
    },
  };
}
