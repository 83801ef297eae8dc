// The expansion card after a double-click: how many neighbours were added of how many, a per-type breakdown, and "show more".
import { h, replace } from '../dom.ts';
import { ENTITY_TYPES, lookOf } from '../graph/types.ts';
import { count } from '../text.ts';

export interface ExpansionInfo {
  name: string;
  added: number;
  shown: number;
  truncated: boolean;
  countsByType: Record<string, number>;
  onMore(): void;
  onType(type: string, isLabel: boolean): void;
}

export function createExpansionCard(): { el: HTMLElement; show(i: ExpansionInfo): void; hide(): void } {
  const el = h('div', { class: 'expansion', role: 'status', hidden: true });
  const hide = () => {
    el.hidden = true;
  };
  return {
    el,
    hide,
    show(i) {
      const total = Object.values(i.countsByType).reduce((a, b) => a + b, 0);
      replace(
        el,
        h('button', { type: 'button', class: 'close', aria: { label: 'Close' }, on: { click: hide } }, '×'),
        h('strong', {}, i.name),
        h(
          'p',
          {},
          `${count(i.added, 'new node')} added`,
          total ? ` · ${count(total, 'relationship')} in all` : '',
          i.truncated ? ` · showing ${i.shown}` : '',
        ),
        Object.keys(i.countsByType).length
          ? h(
              'ul',
              { class: 'by-type', aria: { label: 'Add only one kind of neighbour' } },
              ...Object.entries(i.countsByType)
                .sort((a, b) => b[1] - a[1])
                .map(([type, n]) => {
                  const isLabel = ENTITY_TYPES.includes(type) || type === 'Statement' || type === 'Document';
                  const sw = h('span', { class: 'swatch', aria: { hidden: 'true' } });
                  if (isLabel) sw.style.background = lookOf(type).colour;
                  return h(
                    'li',
                    {},
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link',
                        title: `Add only ${type} neighbours`,
                        on: { click: () => i.onType(type, isLabel) },
                      },
                      isLabel ? sw : null,
                      `${type} `,
                      h('span', { class: 'count' }, String(n)),
                    ),
                  );
                }),
            )
          : null,
        i.truncated
          ? h('button', { type: 'button', class: 'primary show-more', on: { click: i.onMore } }, 'Show more')
          : null,
      );
      el.hidden = false;
    },
  };
}
