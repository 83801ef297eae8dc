// Who said what: every statement about a topic grouped by speaker, or everything one speaker said grouped by topic; list or subgraph.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { createPicker } from './entity-picker.ts';
import { groupBySpeaker, groupByTopic } from './group-statements.ts';
import { statementItem } from './statement-item.ts';
import { count } from '../text.ts';

const LIST_LIMIT = 200; // statements listed per topic or speaker
const GRAPH_LIMIT = 300; // statements drawn as a subgraph

const ABOUT_GRAPH = `MATCH (p)-[r1:SAID]->(s:Statement)-[r2:ABOUT]->(e:Entity {id: $id})
RETURN p, r1, s, r2, e LIMIT $limit`;
const SPEAKER_GRAPH = `MATCH (p:Entity {id: $id})-[r1:SAID]->(s:Statement)-[r2:ABOUT]->(e:Entity)
RETURN p, r1, s, r2, e LIMIT $limit`;

export function renderSaid(ctx: Ctx, root: HTMLElement): void {
  const results = h('div', { class: 'said-results' });
  let mode: 'topic' | 'speaker' = ctx.state.speaker ? 'speaker' : 'topic';
  let ctrl: AbortController | undefined;
  const picker = createPicker({
    label: 'Topic or speaker', placeholder: 'e.g. H20, Jensen Huang…', keepText: true,
    onPick: (n) => {
      const id = String(n.id ?? n.properties.id);
      ctx.update(mode === 'topic' ? { topic: id, speaker: undefined } : { speaker: id, topic: undefined });
      void run(id, String(n.properties.name ?? id));
    },
  });
  const radio = (value: 'topic' | 'speaker', text: string) => {
    const input = h('input', { type: 'radio', name: 'said-mode', value, on: { change: () => { mode = value; const id = picker.value(); if (id) { ctx.update(mode === 'topic' ? { topic: id, speaker: undefined } : { speaker: id, topic: undefined }); void run(id, picker.input.value); } } } });
    input.checked = mode === value;
    return h('label', { class: 'radio' }, input, text);
  };

  const run = async (id: string, name: string) => {
    ctrl?.abort();
    ctrl = new AbortController();
    replace(results, loading(`Statements ${mode === 'topic' ? 'about' : 'by'} ${name}…`));
    try {
      const r = await api.statements(mode === 'topic' ? { about: id, limit: LIST_LIMIT } : { speaker: id, limit: LIST_LIMIT }, ctrl.signal);
      if (!r.statements.length) return replace(results, empty(mode === 'topic' ? `Nobody is recorded saying anything about ${name}.` : `${name} is not recorded saying anything.`));
      const groups = mode === 'topic' ? groupBySpeaker(r.statements) : groupByTopic(r.statements, id);
      const graphBtn = h('button', { type: 'button', class: 'primary', on: { click: () => void showGraph(id) } }, 'Show as graph');
      replace(results,
        h('p', { class: 'meta' }, `${count(r.statements.length, 'statement')}${r.nextCursor ? ' (first page)' : ''} ${mode === 'topic' ? 'by' : 'about'} ${count(groups.length, mode === 'topic' ? 'speaker' : 'topic')} `, graphBtn),
        ...groups.map((g) => h('section', { class: 'group' },
          h('h3', {}, mode === 'topic' || !g.key ? g.name : `About ${g.name}`, h('span', { class: 'count' }, ` ${g.statements.length}`)),
          h('ul', { class: 'statements' }, ...g.statements.map((s) => statementItem(ctx, s, { showSpeaker: false, showAbout: mode === 'speaker' }))))));
      if (!ctx.canvas.size) void showGraph(id);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') replace(results, errorBox(e));
    }
  };

  const showGraph = async (id: string) => {
    try {
      const r = await api.cypher(mode === 'topic' ? ABOUT_GRAPH : SPEAKER_GRAPH, { id, limit: GRAPH_LIMIT });
      ctx.canvas.show(r.graph);
      const n = ctx.canvas.nodeByKey(id);
      if (n) ctx.canvas.select(n.id());
      if (r.truncated) ctx.toast('The subgraph was cut at the server’s limit.');
    } catch (e) {
      ctx.toast((e as Error).message, 'error');
    }
  };

  replace(root,
    h('h2', {}, 'Who said what'),
    h('div', { class: 'form-row', role: 'radiogroup', aria: { label: 'Look up' } }, radio('topic', 'About a topic'), radio('speaker', 'By a speaker')),
    picker.el,
    results);
  const initial = ctx.state.topic ?? ctx.state.speaker;
  if (initial) {
    picker.set(initial, initial);
    api.entity(initial).then((d) => picker.set(initial, String(d.entity.properties.name ?? initial)), () => {});
    void run(initial, initial);
  } else replace(results, empty('Choose a topic (e.g. H20) or a speaker.'));
}
