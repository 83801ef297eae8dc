// The explorer's keyboard: / to search, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, and on the canvas arrows, Enter, P, C, Delete, F.
import type { Canvas } from './graph/canvas.ts';
import { selectedIds } from './canvas-toolbar.ts';

export interface KeyDeps {
  /** The canvas, once its chunk has loaded (until then only / works). */
  canvas(): Canvas | undefined;
  /** The canvas element (keys act on the canvas when it or the page has the focus). */
  cyEl: HTMLElement;
  search: HTMLInputElement;
  /** While it is open, the document viewer keeps the keys. */
  dialog: HTMLDialogElement;
  selectEntity(key: string): void;
  expandNode(key: string): void;
}

/** Listens for the explorer's keys; returns the function that stops listening. */
export function bindKeys({ canvas: canvasNow, cyEl, search, dialog, selectEntity, expandNode }: KeyDeps): () => void {
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement && t.closest('input, textarea, select, [contenteditable], .cm-editor') !== null;
  const onKey = (e: KeyboardEvent) => {
    if (typing(e.target) || dialog.open) return;
    const mod = e.ctrlKey || e.metaKey;
    const canvas = canvasNow();
    if (e.key === '/' && !mod) {
      e.preventDefault();
      search.focus();
    } else if (!canvas) {
      // the graph is still loading: nothing on the canvas to act on
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) canvas.redo();
      else canvas.undo();
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      canvas.redo();
    } else if (!mod && (e.target === cyEl || e.target === document.body)) {
      const sel = canvas.cy.nodes(':selected');
      if (e.key === 'f') canvas.fit();
      else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && canvas.size) {
        e.preventDefault();
        const nodes = canvas.cy
          .nodes(':visible')
          .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
          .toArray();
        const i = sel.nonempty() ? nodes.findIndex((n) => n.id() === sel.first().id()) : -1;
        const next = nodes[(i + (e.key === 'ArrowRight' ? 1 : nodes.length - 1)) % nodes.length] ?? nodes[0];
        canvas.select(next.id(), { center: true });
        selectEntity(next.data('key'));
        cyEl.focus();
      } else if (sel.nonempty()) {
        const key = sel.first().data('key') as string;
        if (e.key === 'Enter') expandNode(key);
        else if (e.key === 'Delete' || e.key === 'Backspace') canvas.hide(selectedIds(canvas));
        else if (e.key === 'p') canvas.togglePin(sel.first().id());
        else if (e.key === 'c') canvas.collapse(sel.first().id());
      }
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
