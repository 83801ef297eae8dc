// A tiny element builder: every string child becomes a text node, so data-derived text can never be parsed as HTML.

export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  id?: string;
  title?: string;
  role?: string;
  type?: string;
  href?: string;
  tabindex?: number;
  hidden?: boolean;
  disabled?: boolean;
  value?: string;
  placeholder?: string;
  name?: string;
  for?: string;
  dataset?: Record<string, string>;
  aria?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
  /** Other plain attributes (never event handlers: those go through `on`). */
  attrs?: Record<string, string>;
}

/** Create an element; strings are appended with createTextNode, never as markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs.class) el.className = attrs.class;
  if (attrs.id) el.id = attrs.id;
  if (attrs.title) el.title = attrs.title;
  if (attrs.role) el.setAttribute('role', attrs.role);
  if (attrs.type) el.setAttribute('type', attrs.type);
  if (attrs.href) el.setAttribute('href', attrs.href);
  if (attrs.tabindex !== undefined) el.tabIndex = attrs.tabindex;
  if (attrs.hidden) el.hidden = true;
  if (attrs.disabled) el.setAttribute('disabled', '');
  if (attrs.value !== undefined) (el as HTMLInputElement).value = attrs.value;
  if (attrs.placeholder) el.setAttribute('placeholder', attrs.placeholder);
  if (attrs.name) el.setAttribute('name', attrs.name);
  if (attrs.for) el.setAttribute('for', attrs.for);
  for (const [k, v] of Object.entries(attrs.dataset ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(attrs.aria ?? {})) el.setAttribute(`aria-${k}`, v);
  for (const [k, v] of Object.entries(attrs.attrs ?? {})) {
    if (/^on/i.test(k)) throw new Error(`h: refusing inline handler attribute \`${k}\`; use \`on\``);
    el.setAttribute(k, v);
  }
  for (const [k, fn] of Object.entries(attrs.on ?? {})) el.addEventListener(k, fn as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'state loading', role: 'status' }, text);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'state empty' }, text);
}

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof Error ? e.message : String(e);
  return h('p', { class: 'state error', role: 'alert' }, msg);
}
