// The Cypher editor (lazy-loaded): CodeMirror 6 with the legacy Cypher mode for highlighting, completion from the schema, run and save.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { autocompletion, completionKeymap, type CompletionContext, type Completion } from '@codemirror/autocomplete';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { api, ApiError } from '../api.ts';
import { errorBox, h, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { field, showRun, type Field } from './queries.ts';
import { paramNames } from './query-params.ts';
import type { ParamType, QueryParam, SavedQuery } from '../wire-types.ts';

const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'UNWIND',
  'COUNT',
  'collect',
  'size',
  'toLower',
  'contains',
  'STARTS WITH',
  'ENDS WITH',
  'IS NULL',
  'IS NOT NULL',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'shortestPath',
  'allShortestPaths',
  'DESC',
  'ASC',
];

const EXAMPLE = `// who spoke about the H20, and how often
MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(c:Entity {id: 'chip:h20'})
RETURN p, count(s) AS statements
ORDER BY statements DESC LIMIT 10`;

async function schemaCompletions(): Promise<Completion[]> {
  const out: Completion[] = KEYWORDS.map((k) => ({ label: k, type: 'keyword' }));
  try {
    const s = await api.schema();
    for (const l of s.labels) out.push({ label: l.label, type: 'class', detail: 'label' });
    for (const t of s.relationshipTypes) out.push({ label: t.type, type: 'type', detail: 'relationship' });
    for (const k of s.propertyKeys) out.push({ label: k, type: 'property', detail: 'property' });
  } catch {
    // completion without the schema still offers keywords
  }
  return out;
}

/** The catalog's parameter types, each with the word the form shows. */
const PARAM_TYPES: [ParamType, string][] = [
  ['string', 'string'],
  ['entity', 'entity'],
  ['int', 'integer'],
  ['float', 'number'],
  ['boolean', 'boolean'],
  ['date', 'date'],
];

/**
 * One row per $parameter the text uses: a type and a value. Rows follow the text as it is edited; a row keeps its
 * type and value while its name stays in the text. The values run the query and become defaults when it is saved.
 */
function paramRows(initial: QueryParam[]) {
  const box = h('div', { class: 'editor-params' });
  const rows = new Map<string, { param: QueryParam; field: Field; el: HTMLElement }>();
  const build = (p: QueryParam, value?: unknown) => {
    const made = field(p, value);
    const type = h(
      'select',
      { aria: { label: `Type of $${p.name}` } },
      ...PARAM_TYPES.map(([t, word]) => h('option', { value: t }, word)),
    );
    type.value = p.type;
    type.addEventListener('change', () => {
      const old = rows.get(p.name);
      const next = build({ ...p, type: type.value as ParamType, default: undefined }, undefined);
      old?.el.replaceWith(next.el);
      rows.set(p.name, next);
    });
    const el = h('div', { class: 'param-row', dataset: { param: p.name } }, h('code', {}, `$${p.name}`), type, made.el);
    return { param: p, field: made.f, el };
  };
  for (const p of initial) rows.set(p.name, build(p));
  const sync = (cypher: string) => {
    const names = paramNames(cypher);
    for (const n of [...rows.keys()]) if (!names.includes(n)) rows.delete(n);
    for (const n of names) if (!rows.has(n)) rows.set(n, build({ name: n, type: 'string', description: '' }));
    replace(
      box,
      ...(names.length ? [h('p', { class: 'meta' }, 'Parameters'), ...names.map((n) => rows.get(n)!.el)] : []),
    );
  };
  const values = () => {
    const out: Record<string, unknown> = {};
    for (const [n, r] of rows) {
      const v = r.field.read();
      if (v !== undefined) out[n] = r.param.type === 'int' && typeof v === 'number' ? Math.trunc(v) : v;
    }
    return out;
  };
  /** The parameters as the catalog stores them, each with its current value as the default. */
  const specs = (): QueryParam[] =>
    [...rows.values()].map(({ param, field: f }) => {
      const v = f.read();
      return {
        name: param.name,
        type: param.type,
        label: param.label,
        description: param.description ?? '',
        ...(v === undefined || v === null ? {} : { default: v as string | number | boolean }),
      };
    });
  return { box, sync, values, specs };
}

/** The server's syntax errors (line and column in `details.errors`) as editor diagnostics: each marks the word it points at. */
export function diagnosticsOf(e: unknown, doc: EditorState['doc']): Diagnostic[] {
  if (!(e instanceof ApiError)) return [];
  const errors = (e.details as { errors?: { line?: unknown; column?: unknown; message?: unknown }[] } | undefined)
    ?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((x) => {
    if (typeof x.line !== 'number' || typeof x.column !== 'number' || x.line < 1 || x.line > doc.lines) return [];
    const line = doc.line(x.line);
    const from = Math.min(line.to, line.from + Math.max(0, x.column - 1));
    const word = /^\w+/.exec(doc.sliceString(from, line.to));
    const to = Math.min(doc.length, from + Math.max(1, word ? word[0].length : 1));
    return [
      {
        from: from === to && from > 0 ? from - 1 : from,
        to,
        severity: 'error' as const,
        message: typeof x.message === 'string' ? x.message : e.message,
      },
    ];
  });
}

export async function mountCypherEditor(
  ctx: Ctx,
  root: HTMLElement,
  opts: { initial?: string; editing?: SavedQuery; onSaved?: (q: SavedQuery) => void } = {},
): Promise<EditorView> {
  const words = await schemaCompletions();
  const complete = (c: CompletionContext) => {
    const after = c.matchBefore(/[:.]?\w*/);
    if (!after || (after.from === after.to && !c.explicit)) return null;
    const prefix = after.text[0] === ':' || after.text[0] === '.' ? after.text[0] : '';
    // `(comp` or `[r`: the user is naming a variable; labels and types come after the `:`
    if (!prefix && !c.explicit && /[([,]\s*$/.test(c.state.sliceDoc(Math.max(0, after.from - 40), after.from)))
      return null;
    const pool =
      prefix === ':'
        ? words.filter((w) => w.type === 'class' || w.type === 'type')
        : prefix === '.'
          ? words.filter((w) => w.type === 'property')
          : words;
    return { from: after.from + prefix.length, options: pool, validFor: /^\w*$/ };
  };
  const out = h('div', { class: 'query-out' });
  const err = h('div', { role: 'alert', class: 'editor-error' });
  const host = h('div', { class: 'cm-host', aria: { label: 'Cypher query' } });
  const run = async () => {
    replace(err);
    replace(out, h('p', { class: 'state loading' }, 'Running…'));
    try {
      showRun(ctx, out, await api.cypher(view.state.doc.toString(), params.values()));
      view.dispatch(setDiagnostics(view.state, []));
    } catch (e) {
      replace(out);
      replace(err, errorBox(e)); // the server's message, inline under the editor
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(e, view.state.doc)));
    }
  };
  const params = paramRows(opts.editing?.params ?? []);
  let typing: ReturnType<typeof setTimeout> | undefined;
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: opts.initial ?? EXAMPLE,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [complete] }),
        lintGutter(),
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              void run();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
        ]),
        EditorView.lineWrapping,
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          clearTimeout(typing);
          typing = setTimeout(() => params.sync(u.state.doc.toString()), 250);
        }),
      ],
    }),
  });
  const name = h('input', {
    type: 'text',
    placeholder: 'Name',
    aria: { label: 'Query name' },
    value: opts.editing?.name,
  });
  const description = h('input', {
    type: 'text',
    placeholder: 'What it answers',
    aria: { label: 'Query description' },
    value: opts.editing?.description,
  });
  const saveMsg = h('span', { class: 'meta', role: 'status' });
  /** Saves a new query, or (when editing one of the user's own) replaces it. */
  const save = async (asNew: boolean) => {
    replace(err);
    if (!name.value.trim()) return replace(err, errorBox(new Error('Give the query a name before saving.')));
    params.sync(view.state.doc.toString());
    const body = {
      name: name.value.trim(),
      description: description.value.trim(),
      cypher: view.state.doc.toString(),
      params: params.specs(),
    };
    try {
      const q = !asNew && opts.editing ? await api.updateQuery(opts.editing.id, body) : await api.saveQuery(body);
      saveMsg.textContent = `Saved as “${q.name}”.`;
      opts.onSaved?.(q);
    } catch (e) {
      replace(err, errorBox(e));
    }
  };
  const saveButtons = opts.editing
    ? [
        h('button', { type: 'button', class: 'primary', on: { click: () => void save(false) } }, 'Save changes'),
        h('button', { type: 'button', on: { click: () => void save(true) } }, 'Save as new'),
      ]
    : [h('button', { type: 'button', on: { click: () => void save(true) } }, 'Save')];
  params.sync(view.state.doc.toString());
  replace(
    root,
    h('h3', {}, 'Cypher (read-only)'),
    host,
    params.box,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary run-cypher', on: { click: () => void run() } }, 'Run (Ctrl+Enter)'),
    ),
    err,
    h(
      'details',
      { class: 'save', ...(opts.editing ? { attrs: { open: '' } } : {}) },
      h('summary', {}, opts.editing ? `Edit “${opts.editing.name}”` : 'Save as a new query'),
      h('div', { class: 'form-row' }, name, description, ...saveButtons, saveMsg),
    ),
    out,
  );
  view.focus();
  return view;
}
