// The source document viewer: the text with mentions, statements and evidence highlighted, scrolled to the range asked for.
import { api } from '../api.ts';
import { errorBox, h, loading, replace } from '../dom.ts';
import { segmentText } from './segments.ts';

export interface Provenance {
  dialog: HTMLDialogElement;
  open(docId: string, span?: [number, number]): Promise<void>;
  onClose(fn: () => void): void;
}

function safeHref(url: string | null): string | null {
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
  // Layers: which kinds of span are highlighted. What the user opened always stands out; the rest is on demand, so
  // that one sentence is not lost among a highlighted page.
  const layer = (kind: 'mention' | 'statement' | 'evidence', text: string, on: boolean) => {
    const box = h('input', { type: 'checkbox' });
    box.checked = on;
    const sync = () => body.classList.toggle(`show-${kind}`, box.checked);
    box.addEventListener('change', sync);
    sync();
    return h('label', { class: 'layer' }, box, ' ', h('mark', { class: `k-${kind}` }, text));
  };
  const legend = h(
    'p',
    { class: 'doc-legend' },
    'Highlight: ',
    layer('mention', 'Mentions', false),
    ' ',
    layer('statement', 'Statements', false),
    ' ',
    layer('evidence', 'Evidence', false),
    ' ',
    h('span', { class: 'focus-sample' }, 'what you opened'),
  );
  const dialog = h(
    'dialog',
    { class: 'doc-dialog', aria: { labelledby: 'doc-title' } },
    h('header', { class: 'doc-head' }, h('div', {}, title, meta), closeBtn),
    legend,
    body,
  );
  const closers: (() => void)[] = [];
  closeBtn.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => closers.forEach((f) => f()));
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  }); // click on the backdrop
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
        replace(
          meta,
          [d.source, d.date?.slice(0, 10)].filter(Boolean).join(' · ') || 'Source not recorded',
          href ? ' · ' : null,
          href ? h('a', { href, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, new URL(href).host) : null,
        );
        // the front matter stays in the stored text (offsets count from its start) but is shown as the header above
        const from = d.bodyStart;
        const shown = d.spans
          .filter((x) => x.end > from)
          .map((x) => ({ ...x, start: Math.max(0, x.start - from), end: x.end - from }));
        const segs = segmentText(
          d.text.slice(from),
          shown,
          span ? [Math.max(0, span[0] - from), span[1] - from] : undefined,
        );
        let first: HTMLElement | null = null;
        replace(
          body,
          ...segs.map((s) => {
            if (!s.kinds.length && !s.focus) return s.text;
            const m = h(
              'mark',
              {
                class: [...s.kinds.map((k) => `k-${k}`), s.focus ? 'focus' : ''].join(' ').trim(),
                title: s.labels.join(', ') || s.kinds.join(', '),
              },
              s.text,
            );
            if (s.focus && !first) first = m;
            return m;
          }),
        );
        if (first) (first as HTMLElement).scrollIntoView({ block: 'center' });
        else body.scrollTop = 0;
      } catch (e) {
        if ((e as Error).name !== 'AbortError') replace(body, errorBox(e));
      }
    },
  };
}
