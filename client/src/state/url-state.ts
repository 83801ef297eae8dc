// The view in the URL: which entities are on the canvas, what is selected, which panel, query and parameters; pure encode/decode.

export const VIEWS = ['explore', 'said', 'trace', 'queries'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  view: View;
  /** Domain ids of the nodes on the canvas, in the order they were added. */
  entities: string[];
  selected?: string;
  /** Saved query id and its parameters. */
  query?: string;
  params?: Record<string, unknown>;
  /** Who said what: a topic entity or a speaker. */
  topic?: string;
  speaker?: string;
  /** Trace. */
  from?: string;
  to?: string;
  hops?: number;
  mode?: 'shortest' | 'all';
  /** Provenance: the open document and the highlighted range. */
  doc?: string;
  span?: [number, number];
  layout?: string;
}

export const MAX_URL_ENTITIES = 300; // beyond this the URL gets unwieldy; the rest are dropped from the link

export function emptyState(): ViewState {
  return { view: 'explore', entities: [] };
}

export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== 'explore') p.set('view', s.view);
  for (const e of s.entities.slice(0, MAX_URL_ENTITIES)) p.append('e', e);
  if (s.selected) p.set('sel', s.selected);
  if (s.query) p.set('q', s.query);
  if (s.params && Object.keys(s.params).length) p.set('p', JSON.stringify(s.params));
  if (s.topic) p.set('topic', s.topic);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.hops !== undefined) p.set('hops', String(s.hops));
  if (s.mode) p.set('mode', s.mode);
  if (s.doc) p.set('doc', s.doc);
  if (s.span) p.set('span', `${s.span[0]}-${s.span[1]}`);
  if (s.layout) p.set('layout', s.layout);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** Read a view from a query string; anything malformed is dropped rather than failing the page. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const view = p.get('view');
  const s: ViewState = {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'explore',
    entities: [],
  };
  const seen = new Set<string>();
  for (const e of p.getAll('e'))
    if (e && !seen.has(e) && seen.size < MAX_URL_ENTITIES) {
      seen.add(e);
      s.entities.push(e);
    }
  const set = (k: keyof ViewState, name: string) => {
    const v = p.get(name);
    if (v) (s as unknown as Record<string, unknown>)[k] = v;
  };
  set('selected', 'sel');
  set('query', 'q');
  set('topic', 'topic');
  set('speaker', 'speaker');
  set('from', 'from');
  set('to', 'to');
  set('doc', 'doc');
  set('layout', 'layout');
  const raw = p.get('p');
  if (raw) {
    try {
      const v = JSON.parse(raw);
      if (v && typeof v === 'object' && !Array.isArray(v)) s.params = v;
    } catch {
      // a hand-edited link with broken JSON: run the query with its defaults instead
    }
  }
  const hops = Number(p.get('hops'));
  if (p.has('hops') && Number.isInteger(hops) && hops >= 1 && hops <= 10) s.hops = hops;
  const mode = p.get('mode');
  if (mode === 'shortest' || mode === 'all') s.mode = mode;
  const span = /^(\d+)-(\d+)$/.exec(p.get('span') ?? '');
  if (span && Number(span[2]) >= Number(span[1])) s.span = [Number(span[1]), Number(span[2])];
  return s;
}
