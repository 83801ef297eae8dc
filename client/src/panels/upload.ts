// Adding documents while the explorer runs: a file picker in the toolbar and a drop zone over the canvas. Files go one
// at a time (the server is the store's single writer), each with its progress and its own result or error.
import { api } from '../api.ts';
import { h, replace } from '../dom.ts';
import { count } from '../text.ts';

export const ACCEPTED = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'];

export interface Uploader {
  button: HTMLElement;
  panel: HTMLElement;
  /** Sends these files; resolves when all are done. */
  send(files: File[]): Promise<void>;
}

const signed = (n: number, noun: string, plural?: string) => `${n >= 0 ? '+' : ''}${count(n, noun, plural)}`;

export function createUploader(dropTarget: HTMLElement, onLoaded: () => void): Uploader {
  const input = h('input', {
    type: 'file',
    hidden: true,
    attrs: { multiple: '', accept: ACCEPTED.join(','), 'aria-label': 'Documents to add' },
  });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'add-documents',
      title: `Add documents (${ACCEPTED.join(' ')}), or drop them on the canvas`,
      on: { click: () => input.click() },
    },
    'Add documents',
  );
  const list = h('ul', { class: 'uploads' });
  const panel: HTMLElement = h('section', {
    class: 'upload-panel',
    role: 'status',
    aria: { live: 'polite', label: 'Documents being added' },
    hidden: true,
  });
  const close = h(
    'button',
    {
      type: 'button',
      class: 'close',
      aria: { label: 'Close' },
      on: {
        click: () => {
          panel.hidden = true;
        },
      },
    },
    '×',
  );
  panel.append(close, h('strong', {}, 'Adding documents'), list);
  const overlay = h('div', { class: 'drop-overlay', hidden: true }, 'Drop documents to add them to the graph');
  dropTarget.append(overlay);

  const send = async (files: File[]) => {
    if (!files.length) return;
    panel.hidden = false;
    const rows = files.map((f) => {
      const state = h('span', { class: 'upload-state' }, 'waiting');
      const li = h(
        'li',
        { class: 'upload waiting', dataset: { file: f.name } },
        h('span', { class: 'name' }, f.name),
        ' ',
        state,
      );
      list.append(li);
      return { f, li, state };
    });
    let changed = false;
    for (const [i, r] of rows.entries()) {
      const set = (cls: string, text: string) => {
        r.li.className = `upload ${cls}`;
        replace(r.state, text);
      };
      const ext = r.f.name.slice(r.f.name.lastIndexOf('.')).toLowerCase();
      if (!ACCEPTED.includes(ext)) {
        set('failed', `not a document type the loader reads (${ACCEPTED.join(', ')})`);
        continue;
      }
      set('sending', `sending (${i + 1} of ${rows.length})…`);
      try {
        const res = await api.upload(r.f.name, r.f);
        const a = res.added;
        const failures = res.failed.map((x) => x.reason).join('; ');
        if (res.failed.length && !res.loaded && !res.replaced) set('failed', failures);
        else if (res.skipped && !res.loaded && !res.replaced) set('done', 'already in the graph, unchanged');
        else {
          changed = true;
          set(
            'done',
            `${res.loaded ? 'added' : 'replaced'}: ${signed(a.entities, 'entity', 'entities')}, ${signed(a.statements, 'statement')}, ${signed(a.relationships, 'relationship')}${res.failed.length ? ` (${count(res.failed.length, 'record')} failed: ${failures})` : ''}`,
          );
        }
      } catch (e) {
        set('failed', (e as Error).message);
      }
    }
    if (changed) onLoaded();
  };

  input.addEventListener('change', () => {
    void send([...(input.files ?? [])]);
    input.value = '';
  });
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  dropTarget.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  dropTarget.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  dropTarget.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  dropTarget.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    void send([...(e.dataTransfer?.files ?? [])]);
  });
  return { button: h('span', {}, button, input), panel, send };
}
