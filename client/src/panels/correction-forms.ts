// Corrections in the UI: a form under an entity (rename, retype, merge into another, not an entity), reject buttons
// for relationships and statements, and the list of corrections with undo. Each asks who and why; the server keeps both.
import { api } from '../api.ts';
import { empty, errorBox, h, loading, replace } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import { ENTITY_TYPES } from '../graph/types.ts';
import type { CorrectionRequest, CorrectionView } from '../wire-types.ts';
import { createPicker } from './entity-picker.ts';

const WHO_KEY = 'actorgraph.who';

/** Who is correcting: remembered in this browser. */
function whoInput(): HTMLInputElement {
  const who = h('input', { type: 'text', placeholder: 'your name', aria: { label: 'Who is correcting' } });
  who.value = localStorage.getItem(WHO_KEY) ?? '';
  who.addEventListener('change', () => localStorage.setItem(WHO_KEY, who.value.trim()));
  return who;
}

/** Sends a correction with who and why; then refreshes what is on the canvas so it shows the corrected graph. */
export async function submitCorrection(
  ctx: Ctx,
  body: Omit<CorrectionRequest, 'who' | 'why'>,
  who: string,
  why: string,
  out: HTMLElement,
): Promise<CorrectionView | null> {
  replace(out);
  if (!who.trim() || !why.trim()) {
    replace(out, errorBox(new Error('Say who you are and why, so the correction can be understood later.')));
    return null;
  }
  try {
    const c = await api.correct({ ...body, who: who.trim(), why: why.trim() });
    localStorage.setItem(WHO_KEY, who.trim());
    const note = await refreshCanvas(ctx);
    ctx.toast(`Correction saved. It is applied now and every time the documents are loaded again.${note}`);
    return c;
  } catch (e) {
    replace(out, errorBox(e));
    return null;
  }
}

/**
 * The canvas again from the store: corrected names, types, merges and removals show at once. `bringBack`: ids to put
 * on the canvas too (what an undo restored), with their links to what is there. Returns a sentence to add to the
 * message when the canvas was too big to redraw (else '').
 */
export async function refreshCanvas(ctx: Ctx, bringBack: string[] = []): Promise<string> {
  const canvas = await ctx.whenCanvas(); // a correction undone in the first moments after page load waits for the canvas
  const keys = [...new Set([...bringBack, ...canvas.keys()])];
  if (!keys.length) return '';
  // the subgraph route takes SUBGRAPH_MAX ids: on a bigger canvas the change is made, the picture is not redrawn
  if (keys.length > SUBGRAPH_MAX)
    return ` The canvas holds more than ${SUBGRAPH_MAX} nodes, so it was not redrawn: search or run the query again to see the change.`;
  const g = await api.subgraph(keys);
  canvas.show(g, { record: false });
  return '';
}

/** The most ids GET /api/subgraph takes (core/wire.ts subgraphQuery). */
const SUBGRAPH_MAX = 300;

/** What undoing a correction puts back, to show on the canvas: the merged or removed entity, the rejected fact's ends. */
export function restoredBy(c: CorrectionView): string[] {
  switch (c.kind) {
    case 'merge':
    case 'reject-relationship':
      return [c.target, c.other ?? ''].filter(Boolean);
    case 'not-entity':
    case 'reject-statement':
      return [c.target];
    default:
      return [];
  }
}

/** The "Correct this entity" section of an entity's details. */
export function entityCorrections(
  ctx: Ctx,
  id: string,
  name: string,
  type: string,
  onDone: (after: CorrectionView) => void,
): HTMLElement {
  const out = h('div', { role: 'alert' });
  const who = whoInput();
  const why = h('input', {
    type: 'text',
    placeholder: 'why (e.g. “the same company as…”)',
    aria: { label: 'Why this correction' },
  });
  const send = async (body: Omit<CorrectionRequest, 'who' | 'why'>) => {
    const c = await submitCorrection(ctx, body, who.value, why.value, out);
    if (c) onDone(c);
  };
  const newName = h('input', { type: 'text', value: name, aria: { label: 'New name' } });
  const newType = h(
    'select',
    { aria: { label: 'New type' } },
    ...ENTITY_TYPES.map((t) => h('option', { value: t }, t)),
  );
  newType.value = type;
  const into = createPicker({
    label: 'Merge into',
    placeholder: 'the same entity, under another name…',
    keepText: true,
    onPick: () => {},
  });
  return h(
    'details',
    { class: 'correct' },
    h('summary', {}, 'Correct this entity'),
    h('div', { class: 'form-row' }, who, why),
    h(
      'div',
      { class: 'form-row' },
      newName,
      h(
        'button',
        {
          type: 'button',
          class: 'rename',
          on: { click: () => void send({ kind: 'rename', target: id, value: newName.value }) },
        },
        'Rename',
      ),
    ),
    h(
      'div',
      { class: 'form-row' },
      newType,
      h(
        'button',
        {
          type: 'button',
          class: 'retype',
          on: { click: () => void send({ kind: 'retype', target: id, value: newType.value }) },
        },
        'Change type',
      ),
    ),
    h(
      'div',
      { class: 'form-row merge-row' },
      into.el,
      h(
        'button',
        {
          type: 'button',
          class: 'merge',
          on: {
            click: () => {
              const other = into.value();
              if (!other)
                return replace(out, errorBox(new Error('Pick the entity to merge into from the suggestions.')));
              void send({ kind: 'merge', target: id, other });
            },
          },
        },
        'Merge into it',
      ),
    ),
    h(
      'div',
      { class: 'form-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'danger not-entity',
          on: { click: () => void send({ kind: 'not-entity', target: id }) },
        },
        'Not an entity: remove it',
      ),
    ),
    out,
  );
}

/** A reject button (relationship or statement) with who and why. */
export function rejectControl(
  ctx: Ctx,
  label: string,
  body: Omit<CorrectionRequest, 'who' | 'why'>,
  onDone: () => void,
): HTMLElement {
  const out = h('div', { role: 'alert' });
  const who = whoInput();
  const why = h('input', { type: 'text', placeholder: 'why it is wrong', aria: { label: 'Why this correction' } });
  return h(
    'details',
    { class: 'correct' },
    h('summary', {}, label),
    h(
      'div',
      { class: 'form-row' },
      who,
      why,
      h(
        'button',
        {
          type: 'button',
          class: 'danger reject',
          on: {
            click: async () => {
              if (await submitCorrection(ctx, body, who.value, why.value, out)) onDone();
            },
          },
        },
        'Reject',
      ),
    ),
    out,
  );
}

const describe = (c: CorrectionView): string => {
  switch (c.kind) {
    case 'rename':
      return `Renamed ${c.target} to “${c.value}”${c.previous ? ` (was “${c.previous}”)` : ''}`;
    case 'retype':
      return `Retyped ${c.target} as ${c.value}${c.previous ? ` (was ${c.previous})` : ''}`;
    case 'merge':
      return `Merged ${c.target} into ${c.other}`;
    case 'not-entity':
      return `Removed ${c.target}: not an entity`;
    case 'reject-relationship':
      return `Rejected ${c.target} ${c.value} ${c.other}`;
    case 'reject-statement':
      return `Rejected statement ${c.target}`;
  }
};

/** The corrections made so far, newest first, each with who/when/why and an undo; a link downloads them all. */
export function renderCorrectionsList(ctx: Ctx, root: HTMLElement): void {
  replace(root, loading('Loading corrections…'));
  api.corrections().then(
    ({ corrections }) => {
      if (!corrections.length)
        return replace(root, empty('No corrections yet. Open an entity, a relationship or a statement to correct it.'));
      replace(
        root,
        h(
          'ul',
          { class: 'corrections' },
          ...[...corrections].reverse().map((c) =>
            h(
              'li',
              { class: c.undone ? 'correction undone' : 'correction' },
              h('div', {}, describe(c), c.undone ? h('span', { class: 'meta' }, ' — undone') : null),
              h('div', { class: 'meta' }, `${c.who}, ${c.at.slice(0, 16).replace('T', ' ')}: ${c.why}`),
              c.undone
                ? null
                : h(
                    'button',
                    {
                      type: 'button',
                      class: 'link undo-correction',
                      on: {
                        click: async () => {
                          try {
                            await api.undoCorrection(c.id);
                            const note = await refreshCanvas(ctx, restoredBy(c));
                            ctx.toast(
                              (c.kind === 'rename' || c.kind === 'retype'
                                ? 'Undone.'
                                : 'Undone: what it removed is back in the graph, with its links.') + note,
                            );
                            renderCorrectionsList(ctx, root);
                          } catch (e) {
                            ctx.toast((e as Error).message, 'error');
                          }
                        },
                      },
                    },
                    'Undo',
                  ),
            ),
          ),
        ),
        h(
          'a',
          { href: api.correctionsUrl(), attrs: { download: 'actorgraph-corrections.json' } },
          'Download all corrections (JSON)',
        ),
      );
    },
    (e: Error) => replace(root, errorBox(e)),
  );
}
