// The source document viewer: the text with mentions, statements and evidence highlighted, scrolled to the range asked for.
import { api } from '../api.ts';
import { errorBox, h, loading, replace } from '../dom.ts';
import { segmentText } from './segments.ts';

export interface Provenance {
  dialog: HTMLDialogElement;
  open(docId: string, span?: [number, number]): Promise<void>;
  onClose(fn: () => void): void;
}

function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null; // never javascript: or data:
  } catch {
    return null;
  }
}

export function createProvenance(): Provenance {
  const title = h('h2', { id: 'doc-title' }, 'Document');
  const meta = h('p', { class: 'meta' });
  const body = h('div', { class: 'doc-text', tabindex: 0, aria: { label: 'Document text' } });
  const closeBtn = h('button', { type: 'button', class: 'close', aria: { label: 'Close the document' } }, '×');
  const legend = h('p', { class: 'doc-legend' },
    h('mark', { class: 'k-mention' }, 'mention'), ' ', h('mark', { class: 'k-statement' }, 'statement'), ' ', h('mark', { class: 'k-evidence' }, 'relation evidence'), ' ', h('mark', { class: 'focus' }, 'what you opened'));
  const dialog = h('dialog', { class: 'doc-dialog', aria: { labelledby: 'doc-title' } }, h('header', {}, title, closeBtn), meta, legend, body);
  const closers: (() => void)[] = [];
  closeBtn.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => closers.forEach((f) => f()));
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); }); // click on the backdrop
  let ctrl: AbortController | undefined;

  return {
    dialog,
    onClose: (fn) => void closers.push(fn),
    async open(docId, span) {
      ctrl?.abort();
      ctrl = new AbortController();
      title.textContent = 'Document';
      replace(meta);
      replace(body, loading('Loading the document…'));
      if (!dialog.open) dialog.showModal();
      try {
        const d = await api.document(docId, ctrl.signal);
        title.textContent = d.title;
        const href = safeHref(d.url);
        replace(meta, [d.source, d.date?.slice(0, 10)].filter(Boolean).join(' · '), href ? ' · ' : null, href ? h('a', { href, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, 'original') : null);
        const segs = segmentText(d.text, d.spans, span);
        let first: HTMLElement | null = null;
        replace(body, ...segs.map((s) => {
          if (!s.kinds.length && !s.focus) return s.text;
          const m = h('mark', { class: [...s.kinds.map((k) => `k-${k}`), s.focus ? 'focus' : ''].join(' ').trim(), title: s.labels.join(', ') || s.kinds.join(', ') }, s.text);
          if (s.focus && !first) first = m;
          return m;
        }));
        if (first) (first as HTMLElement).scrollIntoView({ block: 'center' });
        else body.scrollTop = 0;
      } catch (e) {
        if ((e as Error).name !== 'AbortError') replace(body, errorBox(e));
      }
    },
  };
}
