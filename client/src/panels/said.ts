// Who said what: every statement about a topic grouped by speaker, or everything one speaker said grouped by topic; list or subgraph.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { createPicker } from './entity-picker.ts';
import { groupBySpeaker, groupByTopic } from './group-statements.ts';
import { statementItem } from './statement-item.ts';
import { count } from '../text.ts';
import type { StatementView } from '../wire-types.ts';

const LIST_LIMIT = 200; // statements listed per topic or speaker
const GRAPH_LIMIT = 300; // statements drawn as a subgraph

export function renderSaid(ctx: Ctx, root: HTMLElement): void {
  const results = h('div', { class: 'said-results' });
  let mode: 'topic' | 'speaker' = ctx.store.state.speaker ? 'speaker' : 'topic';
  let ctrl: AbortController | undefined;
  const picker = createPicker({
    label: 'Topic or speaker',
    placeholder: 'e.g. H20, Jensen Huang…',
    keepText: true,
    onPick: (n) => {
      const id = String(n.id ?? n.properties.id);
      ctx.store.askWhoSaid(mode === 'topic' ? { topic: id } : { speaker: id });
      void run(id, String(n.properties.name ?? id));
    },
  });
  const radio = (value: 'topic' | 'speaker', text: string) => {
    // A topic is not a speaker: switching starts afresh (empty box, empty canvas) rather than reading the old pick the other way.
    const input = h('input', {
      type: 'radio',
      name: 'said-mode',
      value,
      on: {
        change: () => {
          mode = value;
          ctrl?.abort();
          picker.set(undefined);
          ctx.store.askWhoSaid(null);
          ctx.canvas.clear();
          replace(
            results,
            empty(mode === 'topic' ? 'Choose a topic (e.g. H20).' : 'Choose a speaker (e.g. Jensen Huang).'),
          );
          picker.input.focus();
        },
      },
    });
    input.checked = mode === value;
    return h('label', { class: 'radio' }, input, text);
  };

  // Narrowing: words in the statement and a date range, sent to the API with every page.
  const words = h('input', {
    type: 'search',
    placeholder: 'words in the statement',
    aria: { label: 'Words in the statement' },
  });
  const since = h('input', { type: 'date', aria: { label: 'Said on or after' } });
  const until = h('input', { type: 'date', aria: { label: 'Said on or before' } });
  const filters = () => ({
    q: words.value.trim() || undefined,
    since: since.value || undefined,
    until: until.value || undefined,
  });
  const rerun = () => {
    const id = picker.value();
    if (id) void run(id, picker.input.value || id);
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  words.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(rerun, 300);
  });
  since.addEventListener('change', rerun);
  until.addEventListener('change', rerun);

  /** Lists what has been fetched so far, grouped, with a button for the next page while there is one. */
  const render = (id: string, name: string, statements: StatementView[], cursor: string | null | undefined) => {
    if (!statements.length) {
      const narrowed = Object.values(filters()).some(Boolean) ? ' with these filters' : '';
      replace(
        results,
        empty(
          mode === 'topic'
            ? `Nobody is recorded saying anything about ${name}${narrowed}.`
            : `${name} is not recorded saying anything${narrowed}.`,
        ),
      );
      if (since.value || until.value) void explainDates(id, name);
      return;
    }
    const groups = mode === 'topic' ? groupBySpeaker(statements) : groupByTopic(statements, id);
    const graphBtn = h(
      'button',
      { type: 'button', class: 'primary', on: { click: () => void showGraph(id) } },
      'Show as graph',
    );
    const more = cursor
      ? h(
          'button',
          { type: 'button', class: 'more', on: { click: () => void page(id, name, statements, cursor, more!) } },
          `Show ${LIST_LIMIT} more statements`,
        )
      : null;
    replace(
      results,
      h(
        'p',
        { class: 'meta' },
        `${count(statements.length, 'statement')}${cursor ? ' so far' : ''} ${mode === 'topic' ? 'by' : 'about'} ${count(groups.length, mode === 'topic' ? 'speaker' : 'topic')} `,
        graphBtn,
      ),
      ...groups.map((g) =>
        h(
          'section',
          { class: 'group' },
          h(
            'h3',
            {},
            mode === 'topic' || !g.key ? g.name : `About ${g.name}`,
            h('span', { class: 'count' }, ` ${g.statements.length}`),
          ),
          h(
            'ul',
            { class: 'statements' },
            ...g.statements.map((s) => statementItem(ctx, s, { showSpeaker: false, showAbout: mode === 'speaker' })),
          ),
        ),
      ),
      more,
    );
  };

  /** A date filter leaves out statements without a date; when that is why nothing is listed, say so. */
  const explainDates = async (id: string, name: string) => {
    try {
      const all = await api.statements(
        { ...(mode === 'topic' ? { about: id } : { speaker: id }), q: filters().q, limit: LIST_LIMIT },
        ctrl!.signal,
      );
      const undated = all.statements.filter((s) => !s.date).length;
      if (!undated) return;
      replace(
        results,
        empty(
          `${undated === all.statements.length ? 'All' : undated} of the ${count(all.statements.length, 'statement')} ${mode === 'topic' ? `about ${name}` : `by ${name}`} ${undated === 1 ? 'has' : 'have'} no date, and a date filter leaves undated statements out. Clear the dates to see them.`,
        ),
      );
    } catch {
      // the plain "nothing with these filters" stays
    }
  };

  const fetchPage = (id: string, cursor?: string) =>
    api.statements(
      { ...(mode === 'topic' ? { about: id } : { speaker: id }), ...filters(), limit: LIST_LIMIT, cursor },
      ctrl!.signal,
    );

  /** The next page, appended to what is listed (the API's cursor keeps the order stable). */
  const page = async (id: string, name: string, so: StatementView[], cursor: string, btn: HTMLButtonElement) => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const r = await fetchPage(id, cursor);
      render(id, name, [...so, ...r.statements], r.nextCursor);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') replace(results, errorBox(e));
    }
  };

  const run = async (id: string, name: string) => {
    ctrl?.abort();
    ctrl = new AbortController();
    replace(results, loading(`Statements ${mode === 'topic' ? 'about' : 'by'} ${name}…`));
    try {
      const r = await fetchPage(id, undefined);
      render(id, name, r.statements, r.nextCursor);
      if (r.statements.length && !ctx.canvas.size) void showGraph(id);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') replace(results, errorBox(e));
    }
  };

  const showGraph = async (id: string) => {
    try {
      const r = await api.statementsGraph({
        ...(mode === 'topic' ? { about: id } : { speaker: id }),
        limit: GRAPH_LIMIT,
      });
      ctx.canvas.show(r);
      const n = ctx.canvas.nodeByKey(id);
      if (n) ctx.canvas.select(n.id());
      if (r.truncated) ctx.toast('The subgraph was cut at the server’s limit.');
    } catch (e) {
      ctx.toast((e as Error).message, 'error');
    }
  };

  replace(
    root,
    h('h2', {}, 'Who said what'),
    h(
      'div',
      { class: 'form-row', role: 'radiogroup', aria: { label: 'Look up' } },
      radio('topic', 'About a topic'),
      radio('speaker', 'By a speaker'),
    ),
    picker.el,
    h('div', { class: 'form-row said-filters' }, words, h('label', {}, 'from ', since), h('label', {}, 'to ', until)),
    results,
  );
  const initial = ctx.store.state.topic ?? ctx.store.state.speaker;
  if (initial) {
    picker.set(initial, initial);
    api.entity(initial).then(
      (d) => picker.set(initial, String(d.entity.properties.name ?? initial)),
      () => {},
    );
    void run(initial, initial);
  } else replace(results, empty('Choose a topic (e.g. H20) or a speaker.'));
}
