// One statement as a list item: the quote, who said it with which cue, when, where; activating it opens the source.
import { h } from '../dom.ts';
import type { Ctx } from '../panel-context.ts';
import type { StatementView } from '../wire-types.ts';
import { quoted } from '../text.ts';

export function statementItem(
  ctx: Ctx,
  s: StatementView,
  opts: { showSpeaker?: boolean; showAbout?: boolean } = {},
): HTMLElement {
  const quote = s.kind === 'direct' ? quoted(s.text) : s.text;
  const meta = [
    opts.showSpeaker !== false && s.speaker ? s.speaker.name : null,
    s.cue || null,
    s.date ? s.date.slice(0, 10) : null,
    s.document?.source ?? s.document?.title ?? s.docId,
  ]
    .filter(Boolean)
    .join(' · ');
  const about =
    opts.showAbout && s.about.length
      ? h('span', { class: 'about' }, `about ${s.about.map((a) => a.name).join(', ')}`)
      : null;
  return h(
    'li',
    { class: `statement ${s.kind}` },
    h(
      'button',
      {
        class: 'link statement-open',
        type: 'button',
        title: 'Open the source document at this statement',
        dataset: { statement: s.id },
        on: { click: () => ctx.openStatement(s) },
      },
      h('span', { class: 'quote' }, quote),
    ),
    h('div', { class: 'meta' }, meta, about ? ' — ' : null, about),
  );
}
