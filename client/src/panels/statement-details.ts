// The details of a statement: who said it, the exact words, the cue, the date, what it is about and the document
// with the words highlighted; "Expand" puts its speaker, topics and document on the canvas.
import { api } from '../api.ts';
import { errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { quoted } from '../text.ts';
import { rejectControl } from './correction-forms.ts';

export function renderStatementDetails(ctx: Ctx, root: HTMLElement, id: string): AbortController {
  const ctrl = new AbortController();
  replace(root, loading('Loading the statement…'));
  api.statement(id, ctrl.signal).then(
    ({ statement: s, graph }) => {
      const span: [number, number] | undefined = s.start !== null && s.end !== null ? [s.start, s.end] : undefined;
      const entityButton = (e: { id: string | null; name: string }) =>
        e.id
          ? h('button', { type: 'button', class: 'link', on: { click: () => void ctx.showEntity(e.id!) } }, e.name)
          : h('span', {}, e.name);
      const doc = s.document;
      replace(
        root,
        h(
          'section',
          { class: 'statement-details' },
          h(
            'header',
            { class: 'details-head' },
            h('h2', { id: 'details-title' }, 'Statement'),
            h('span', { class: 'badge' }, s.kind === 'indirect' ? 'reported' : 'quoted'),
          ),
          h('blockquote', { class: 'quote' }, s.kind === 'indirect' ? s.text : quoted(s.text)),
          h(
            'p',
            { class: 'speaker' },
            h('strong', {}, 'Said by '),
            s.speaker ? entityButton(s.speaker) : 'an unnamed speaker',
            s.via ? h('span', {}, ' for ', entityButton(s.via)) : null,
          ),
          h(
            'p',
            { class: 'meta' },
            [s.cue ? `cue: “${s.cue}”` : null, s.date ? `on ${s.date.slice(0, 10)}` : 'undated']
              .filter(Boolean)
              .join(' · '),
          ),
          s.about.length
            ? h(
                'p',
                { class: 'about' },
                h('strong', {}, 'About '),
                ...s.about.flatMap((a, i) => [i ? ', ' : null, entityButton(a)]),
              )
            : h('p', { class: 'meta' }, 'No named topic.'),
          doc
            ? h(
                'p',
                {},
                h('strong', {}, 'In '),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link doc-link',
                    title: 'Open the document with these words highlighted',
                    on: { click: () => ctx.store.openDocument(doc.id, span) },
                  },
                  doc.title ?? doc.id,
                ),
                doc.source ? h('span', { class: 'meta' }, ` · ${doc.source}`) : null,
              )
            : h('p', { class: 'meta' }, 'No source document recorded.'),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'expand-statement',
                title: 'Put its speaker, topics and document on the canvas',
                on: {
                  click: () => {
                    const node = ctx.canvas.nodeByKey(s.id);
                    ctx.canvas.add(graph, { around: node?.id() });
                  },
                },
              },
              'Expand: speaker, topics, document',
            ),
          ),
          rejectControl(ctx, 'Reject this statement', { kind: 'reject-statement', target: s.id }, () =>
            replace(root, h('p', { class: 'state empty' }, 'Statement rejected.')),
          ),
        ),
      );
    },
    (e: Error) => {
      if (e.name !== 'AbortError') replace(root, errorBox(e));
    },
  );
  return ctrl;
}
