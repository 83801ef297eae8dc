// Saved queries: the catalog, a parameter form by type (entity pickers, dates, numbers), run → graph or table; and the Cypher editor.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import type { QueryParam, QueryRun, SavedQuery } from '../wire-types.ts';
import { ENTITY_TYPES } from '../graph/types.ts';
import { createPicker, type Picker } from './entity-picker.ts';
import { resultTable } from './result-table.ts';
import { count } from '../text.ts';

export type Field = { param: QueryParam; read(): unknown };

/** One parameter's input by its type: an entity picker, a checkbox, a date, a number or text. */
export function field(p: QueryParam, initial: unknown): { el: HTMLElement; f: Field } {
  const id = `param-${p.name}`;
  const label = h(
    'label',
    { for: id },
    p.name,
    p.description ? h('span', { class: 'meta' }, ` — ${p.description}`) : null,
  );
  const start = initial ?? p.default ?? undefined;
  if (p.type === 'entity') {
    const picker: Picker = createPicker({
      label: p.name,
      types: p.label && ENTITY_TYPES.includes(p.label) ? [p.label] : undefined,
      placeholder: p.label && ENTITY_TYPES.includes(p.label) ? `Pick a ${p.label}…` : 'Pick an entity…',
      keepText: true,
      onPick: () => {},
    });
    picker.input.id = id;
    if (typeof start === 'string') {
      picker.set(start, start);
      api.entity(start).then(
        (d) => picker.set(start, String(d.entity.properties.name ?? start)),
        () => {},
      );
    }
    return {
      el: h('div', { class: 'field' }, label, picker.el),
      f: { param: p, read: () => picker.value() ?? (picker.input.value.trim() || undefined) },
    };
  }
  if (p.type === 'boolean') {
    const input = h('input', { type: 'checkbox', id });
    input.checked = start === true;
    return {
      el: h('div', { class: 'field' }, h('label', {}, input, ` ${p.name}`)),
      f: { param: p, read: () => input.checked },
    };
  }
  const numeric = p.type === 'int' || p.type === 'float';
  const input = h('input', {
    id,
    type: p.type === 'date' ? 'date' : numeric ? 'number' : 'text',
    attrs: p.type === 'int' ? { step: '1' } : {},
  });
  if (start !== undefined && start !== null) input.value = String(start);
  return {
    el: h('div', { class: 'field' }, label, input),
    f: {
      param: p,
      read: () => {
        const v = input.value.trim();
        if (v === '') return undefined;
        return numeric ? Number(v) : v;
      },
    },
  };
}

/** Show a result: the graph on the canvas when there is one, and the table below the form either way. */
export function showRun(ctx: Ctx, out: HTMLElement, r: QueryRun): void {
  const hasGraph = r.graph.nodes.length > 0;
  if (hasGraph) ctx.canvas.show(r.graph);
  replace(
    out,
    h(
      'p',
      { class: 'meta' },
      `${count(r.rows.length, 'row')} in ${r.ms} ms`,
      r.truncated ? ' — truncated at the server’s limit' : '',
      hasGraph ? ` · ${count(r.graph.nodes.length, 'node')} drawn on the canvas` : '',
    ),
    resultTable(r),
  );
}

export function renderQueries(ctx: Ctx, root: HTMLElement): void {
  const list = h('div', { class: 'catalog' }, loading('Loading the catalog…'));
  const detail = h('div', { class: 'query-detail' });
  const editorBox = h('div', { class: 'editor-box' });
  const editorBtn = h('button', { type: 'button', on: { click: () => void openEditor() } }, 'Cypher editor');
  // The selected query (its form and results) and the editor sit at the top, where the eye is; the catalog below.
  replace(
    root,
    h('h2', {}, 'Saved queries'),
    h('div', { class: 'actions' }, editorBtn),
    detail,
    editorBox,
    h('h3', { class: 'catalog-head' }, 'Catalog'),
    list,
  );
  let queries: SavedQuery[] = [];

  const openEditor = async (initial?: string, editing?: SavedQuery) => {
    replace(editorBox, loading('Loading the editor…'));
    try {
      const { mountCypherEditor } = await import('./cypher-editor.ts'); // lazy: CodeMirror stays out of the first bundle
      await mountCypherEditor(ctx, editorBox, {
        initial,
        editing,
        onSaved: (saved) => void load().then(() => select(saved)),
      });
    } catch (e) {
      replace(editorBox, errorBox(e));
    }
  };

  const select = (q: SavedQuery, params?: Record<string, unknown>, autorun = false) => {
    const fields = q.params.map((p) => field(p, params?.[p.name]));
    const out = h('div', { class: 'query-out' });
    const err = h('div', { role: 'alert' });
    const run = async () => {
      const values: Record<string, unknown> = {};
      for (const { f } of fields) {
        const v = f.read();
        if (v !== undefined) values[f.param.name] = v;
      }
      ctx.store.setQuery(q.id, values);
      replace(err);
      replace(out, loading('Running…'));
      try {
        showRun(ctx, out, await api.runQuery(q.id, values));
      } catch (e) {
        replace(out);
        replace(err, errorBox(e));
      }
    };
    replace(
      detail,
      h('h3', {}, q.name),
      h('p', { class: 'description' }, q.description),
      h(
        'form',
        {
          class: 'param-form',
          on: {
            submit: (e) => {
              e.preventDefault();
              void run();
            },
          },
        },
        ...fields.map((x) => x.el),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'submit', class: 'primary' }, 'Run'),
          h('button', { type: 'button', on: { click: () => void openEditor(q.cypher) } }, 'Open in editor'),
          q.user
            ? h(
                'button',
                { type: 'button', class: 'edit-query', on: { click: () => void openEditor(q.cypher, q) } },
                'Edit',
              )
            : null,
          q.user
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'danger',
                  on: {
                    click: async () => {
                      try {
                        await api.deleteQuery(q.id);
                        replace(detail);
                        ctx.store.setQuery(undefined);
                        await load();
                      } catch (e) {
                        replace(err, errorBox(e));
                      }
                    },
                  },
                },
                'Delete',
              )
            : null,
        ),
      ),
      err,
      out,
    );
    root.scrollTop = 0;
    if (autorun) void run();
  };

  const load = async () => {
    try {
      queries = (await api.queries()).queries;
      if (!queries.length) return replace(list, empty('No saved queries.'));
      replace(
        list,
        h(
          'ul',
          { class: 'query-list' },
          ...queries.map((q) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link query-name', dataset: { id: q.id }, on: { click: () => select(q) } },
                q.name,
              ),
              q.user ? h('span', { class: 'badge user' }, 'yours') : null,
              h('div', { class: 'meta' }, q.description),
            ),
          ),
        ),
      );
      const wanted = ctx.store.state.query ? queries.find((q) => q.id === ctx.store.state.query) : undefined;
      if (wanted && !detail.childElementCount) select(wanted, ctx.store.state.params, true);
    } catch (e) {
      replace(list, errorBox(e));
    }
  };
  void load();
}
