// A typeahead for entities: debounced search, a listbox driven by arrow keys, Enter to pick, Escape to close.
import { api } from '../api.ts';
import { h, replace } from '../dom.ts';
import { lookOf, typeOfLabels } from '../graph/types.ts';
import type { WireNode } from '../wire-types.ts';

export interface PickerOptions {
  placeholder?: string;
  label: string;
  types?: string[];
  limit?: number;
  onPick(node: WireNode): void;
  /** Shown in the box after a pick (the name), or cleared (search box). */
  keepText?: boolean;
}

export interface Picker {
  el: HTMLElement;
  input: HTMLInputElement;
  /** The picked entity's id, when a pick was made (or set()). */
  value(): string | undefined;
  set(id: string | undefined, name?: string): void;
}

const DEBOUNCE_MS = 140; // one request per pause in typing, not per key
const MAX_QUERY = 200; // characters the search route takes
let pickerCount = 0;

export function createPicker(o: PickerOptions): Picker {
  const listId = `picker-list-${++pickerCount}`;
  const input = h('input', {
    type: 'search',
    placeholder: o.placeholder ?? 'Search entities…',
    role: 'combobox',
    aria: { label: o.label, expanded: 'false', controls: listId, autocomplete: 'list' },
    attrs: { autocomplete: 'off', spellcheck: 'false' },
  });
  const list = h('ul', { class: 'picker-list', id: listId, role: 'listbox', hidden: true });
  const status = h('span', { class: 'picker-status', role: 'status' });
  const el = h('div', { class: 'picker' }, input, list, status);
  let hits: WireNode[] = [];
  let active = -1;
  let timer: number | undefined;
  let ctrl: AbortController | undefined;
  let picked: string | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${i}`);
      (list.children[i] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
    }
  };

  const pick = (n: WireNode) => {
    picked = String(n.id ?? n.properties.id ?? n.elementId);
    input.value = o.keepText ? String(n.properties.name ?? picked) : '';
    close();
    o.onPick(n);
  };

  const render = () => {
    replace(
      list,
      ...hits.map((n, i) => {
        const type = typeOfLabels(n.labels, n.properties.type);
        const aliases = Array.isArray(n.properties.aliases)
          ? (n.properties.aliases as unknown[])
              .filter((a) => a !== n.properties.name)
              .slice(0, 3)
              .join(', ')
          : '';
        const swatch = h('span', { class: 'swatch', aria: { hidden: 'true' } });
        swatch.style.background = lookOf(type).colour;
        return h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            aria: { selected: 'false' },
            on: {
              mousedown: (e) => {
                e.preventDefault();
                pick(n);
              },
              mousemove: () => {
                if (active !== i) setActive(i);
              },
            },
          },
          swatch,
          h('span', { class: 'name' }, String(n.properties.name ?? n.id ?? '')),
          h('span', { class: 'type' }, type),
          aliases ? h('span', { class: 'aliases' }, aliases) : null,
        );
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(hits.length ? 0 : -1);
  };

  const search = () => {
    const q = input.value.trim();
    ctrl?.abort();
    if (q.length < 1) {
      hits = [];
      render();
      status.textContent = '';
      return;
    }
    if (q.length > MAX_QUERY) {
      hits = [];
      render();
      status.textContent = `Search text is limited to ${MAX_QUERY} characters; this is ${q.length}. Use at most ${MAX_QUERY} characters.`;
      return;
    }
    ctrl = new AbortController();
    status.textContent = 'Searching…';
    api.search(q, { types: o.types, limit: o.limit ?? 10 }, ctrl.signal).then(
      (r) => {
        hits = r.results.map((x) => x.node);
        status.textContent = hits.length ? '' : `No entity matches “${q}”`;
        render();
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        hits = [];
        render();
        status.textContent = e.message;
      },
    );
  };

  input.addEventListener('input', () => {
    picked = undefined;
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && hits.length) render();
      else if (hits.length) setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0 && hits[active]) pick(hits[active]);
      else if (input.value.trim()) {
        window.clearTimeout(timer);
        search();
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));

  return {
    el,
    input,
    value: () => picked,
    set(id, name) {
      picked = id;
      input.value = id ? (name ?? id) : '';
    },
  };
}
