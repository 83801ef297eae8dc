// The Cypher editor (lazy-loaded): CodeMirror 6 with the legacy Cypher mode for highlighting, completion from the schema, run and save.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { autocompletion, completionKeymap, type CompletionContext, type Completion } from '@codemirror/autocomplete';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { api } from '../api.ts';
import { errorBox, h, replace } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { showRun } from './queries.ts';

const KEYWORDS = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT', 'AS', 'AND', 'OR', 'NOT', 'IN', 'UNWIND', 'COUNT', 'collect', 'size', 'toLower', 'contains', 'STARTS WITH', 'ENDS WITH', 'IS NULL', 'IS NOT NULL', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'shortestPath', 'allShortestPaths', 'DESC', 'ASC'];

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

export async function mountCypherEditor(ctx: Ctx, root: HTMLElement, opts: { initial?: string; onSaved?: () => void } = {}): Promise<EditorView> {
  const words = await schemaCompletions();
  const complete = (c: CompletionContext) => {
    const after = c.matchBefore(/[:.]?\w*/);
    if (!after || (after.from === after.to && !c.explicit)) return null;
    const prefix = after.text[0] === ':' || after.text[0] === '.' ? after.text[0] : '';
    const pool = prefix === ':' ? words.filter((w) => w.type === 'class' || w.type === 'type') : prefix === '.' ? words.filter((w) => w.type === 'property') : words;
    return { from: after.from + prefix.length, options: pool, validFor: /^\w*$/ };
  };
  const out = h('div', { class: 'query-out' });
  const err = h('div', { role: 'alert', class: 'editor-error' });
  const host = h('div', { class: 'cm-host', aria: { label: 'Cypher query' } });
  const run = async () => {
    replace(err);
    replace(out, h('p', { class: 'state loading' }, 'Running…'));
    try {
      showRun(ctx, out, await api.cypher(view.state.doc.toString()));
    } catch (e) {
      replace(out);
      replace(err, errorBox(e)); // the server's message, inline under the editor
    }
  };
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
        keymap.of([{ key: 'Mod-Enter', run: () => { void run(); return true; } }, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
        EditorView.lineWrapping,
      ],
    }),
  });
  const name = h('input', { type: 'text', placeholder: 'Name', aria: { label: 'Query name' } });
  const description = h('input', { type: 'text', placeholder: 'What it answers', aria: { label: 'Query description' } });
  const saveMsg = h('span', { class: 'meta', role: 'status' });
  const save = async () => {
    replace(err);
    if (!name.value.trim()) return replace(err, errorBox(new Error('Give the query a name before saving.')));
    try {
      const q = await api.saveQuery({ name: name.value.trim(), description: description.value.trim(), cypher: view.state.doc.toString(), params: [] });
      saveMsg.textContent = `Saved as “${q.name}”.`;
      opts.onSaved?.();
    } catch (e) {
      replace(err, errorBox(e));
    }
  };
  replace(root,
    h('h3', {}, 'Cypher (read-only)'),
    host,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary run-cypher', on: { click: () => void run() } }, 'Run (Ctrl+Enter)')),
    err,
    h('details', { class: 'save' }, h('summary', {}, 'Save as a new query'), h('div', { class: 'form-row' }, name, description, h('button', { type: 'button', on: { click: () => void save() } }, 'Save'), saveMsg)),
    out);
  view.focus();
  return view;
}
