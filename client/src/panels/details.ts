// The details panel of an entity: properties, aliases, roles; what it said; what was said about it and by whom; documents.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { lookOf, typeOfLabels } from '../graph/types.ts';
import type { WireEdge } from '../wire-types.ts';
import { statementItem } from './statement-item.ts';
import { entityCorrections, rejectControl } from './correction-forms.ts';
import { count, quoted } from '../text.ts';

const SHOWN_ELSEWHERE = new Set(['id', 'name', 'type', 'aliases', 'aliasText', 'roles', 'description']);
const STATEMENT_LIMIT = 25; // per section; the "Who said what" view lists them all

function plainText(v: unknown): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return v.map(plainText).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h('section', { class: 'sub' }, h('h3', {}, title), body);
}

export function renderDetails(ctx: Ctx, root: HTMLElement, key: string): AbortController {
  const ctrl = new AbortController();
  replace(root, loading(`Loading ${key}…`));
  api.entity(key, ctrl.signal).then(
    (d) => {
      const n = d.entity;
      const p = n.properties;
      const type = typeOfLabels(n.labels, p.type);
      const name = String(p.name ?? key);
      const badge = h('span', { class: 'badge' }, type);
      badge.style.background = lookOf(type).colour;
      const aliases = Array.isArray(p.aliases) ? p.aliases.map(String).filter((a) => a !== name) : [];
      const roles = Array.isArray(p.roles) ? p.roles.map(String) : [];
      const props = Object.entries(p).filter(([k]) => !SHOWN_ELSEWHERE.has(k));
      const onCanvas = ctx.canvas.nodeByKey(key);
      const said = h('div', {}, loading());
      const about = h('div', {}, loading());
      const docs = d.documents.length
        ? h(
            'ul',
            { class: 'docs' },
            ...d.documents.map((doc) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { class: 'link', type: 'button', on: { click: () => ctx.store.openDocument(doc.id) } },
                  doc.title ?? doc.id,
                ),
                h(
                  'span',
                  { class: 'meta' },
                  [doc.source, doc.date?.slice(0, 10), doc.mentions ? count(doc.mentions, 'mention') : null]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            ),
          )
        : empty('No documents recorded.');
      replace(
        root,
        h('header', { class: 'details-head' }, h('h2', { id: 'details-title' }, name), badge),
        typeof p.description === 'string' ? h('p', { class: 'description' }, p.description) : null,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', on: { click: () => void (onCanvas ? ctx.expandEntity(key) : ctx.showEntity(key)) } },
            onCanvas ? 'Expand neighbours' : 'Show on canvas',
          ),
          h(
            'button',
            {
              type: 'button',
              on: {
                click: () => {
                  ctx.store.askWhoSaid(type === 'Person' ? { speaker: key } : { topic: key });
                  ctx.store.showView('said');
                },
              },
            },
            type === 'Person' ? 'Everything said' : 'Who said what about it',
          ),
          h(
            'button',
            {
              type: 'button',
              on: {
                click: () => {
                  ctx.store.setTrace({ from: key });
                  ctx.store.showView('trace');
                },
              },
            },
            'Trace from here',
          ),
        ),
        aliases.length ? h('p', { class: 'aliases' }, h('strong', {}, 'Also known as: '), aliases.join(', ')) : null,
        roles.length ? h('p', { class: 'roles' }, h('strong', {}, 'Roles: '), roles.join('; ')) : null,
        props.length
          ? h(
              'table',
              { class: 'props' },
              h('tbody', {}, ...props.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, plainText(v))))),
            )
          : null,
        section(`What ${name} said`, said),
        section(`What was said about ${name}`, about),
        section('Documents that mention it', docs),
        entityCorrections(ctx, key, name, type, (c) => {
          // after a merge the entity lives on under the other id; after a removal there is nothing to show
          if (c.kind === 'merge' && c.other) void ctx.showEntity(c.other);
          else if (c.kind === 'not-entity') ctx.selectEntity(key);
          else renderDetails(ctx, root, key);
        }),
      );
      const fill = (
        el: HTMLElement,
        opts: { speaker?: string; about?: string },
        none: string,
        show: { showSpeaker: boolean; showAbout: boolean },
      ) => {
        api.statements({ ...opts, limit: STATEMENT_LIMIT }, ctrl.signal).then(
          (r) => {
            replace(
              el,
              r.statements.length
                ? h('ul', { class: 'statements' }, ...r.statements.map((s) => statementItem(ctx, s, show)))
                : empty(none),
            );
          },
          (e: Error) => {
            if (e.name !== 'AbortError') replace(el, errorBox(e));
          },
        );
      };
      fill(
        said,
        { speaker: key },
        type === 'Person' || type === 'Organization'
          ? 'No statements recorded.'
          : 'Only people and organisations speak.',
        { showSpeaker: false, showAbout: true },
      );
      fill(about, { about: key }, 'Nothing recorded.', { showSpeaker: true, showAbout: false });
    },
    (e: Error) => {
      if (e.name !== 'AbortError') replace(root, errorBox(e));
    },
  );
  return ctrl;
}

/** The details of a relationship: its type, support, and every source sentence with a link to the document. */
export function renderEdgeDetails(
  ctx: Ctx,
  root: HTMLElement,
  e: WireEdge,
  names: { from: string; to: string; fromId: string; toId: string },
): void {
  const p = e.properties;
  const docIds = Array.isArray(p.sourceDocIds)
    ? p.sourceDocIds.map(String)
    : typeof p.docId === 'string'
      ? [p.docId]
      : [];
  const evid = Array.isArray(p.sourceEvidence)
    ? p.sourceEvidence.map(String)
    : typeof p.evidence === 'string'
      ? [p.evidence]
      : [];
  const starts = Array.isArray(p.sourceStarts) ? p.sourceStarts.map(Number) : [Number(p.start)];
  const ends = Array.isArray(p.sourceEnds) ? p.sourceEnds.map(Number) : [Number(p.end)];
  replace(
    root,
    h('header', { class: 'details-head' }, h('h2', {}, `${names.from} — ${e.type} → ${names.to}`)),
    h(
      'p',
      { class: 'meta' },
      `Supported by ${count(Number(p.support ?? docIds.length) || 1, 'document')}`,
      typeof p.confidence === 'number' ? ` · confidence ${p.confidence.toFixed(2)}` : '',
      typeof p.title === 'string' ? ` · ${p.title}` : '',
    ),
    section(
      'Evidence',
      docIds.length
        ? h(
            'ul',
            { class: 'evidence' },
            ...docIds.map((doc, i) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: 'link evidence-open',
                    type: 'button',
                    on: {
                      click: () =>
                        ctx.store.openDocument(
                          doc,
                          Number.isFinite(starts[i]) && Number.isFinite(ends[i]) ? [starts[i], ends[i]] : undefined,
                        ),
                    },
                  },
                  h('span', { class: 'quote' }, evid[i] ? quoted(evid[i]) : '(open the source)'),
                ),
                h('div', { class: 'meta' }, doc),
              ),
            ),
          )
        : empty('This relationship carries no source.'),
    ),
    !['MENTIONED_IN', 'REPORTED_IN', 'SAID', 'ABOUT', 'VIA'].includes(e.type) && /^[A-Z][A-Z0-9_]*$/.test(e.type)
      ? rejectControl(
          ctx,
          'Reject this relationship',
          { kind: 'reject-relationship', target: names.fromId, other: names.toId, value: e.type },
          () => replace(root, empty('Relationship rejected.')),
        )
      : null,
  );
}
