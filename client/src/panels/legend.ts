// The legend: each type's colour and shape, doubling as filter toggles for entity and relationship types.
import { h, replace } from '../dom.ts';
import type { Canvas } from '../graph/canvas.ts';
import { lookOf, type TypeLook } from '../graph/types.ts';
import { shapeGeometry } from '../graph/svg-export.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 14 px icon of the node shape in its colour, built as SVG elements (no markup strings). */
export function shapeIcon(look: TypeLook): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('glyph');
  const g = shapeGeometry(look.shape, 7, 7, 6);
  let el: SVGElement;
  if (g.kind === 'circle') {
    el = document.createElementNS(SVG_NS, 'circle');
    el.setAttribute('cx', '7');
    el.setAttribute('cy', '7');
    el.setAttribute('r', '6');
  } else if (g.kind === 'rect') {
    el = document.createElementNS(SVG_NS, 'rect');
    el.setAttribute('x', '1');
    el.setAttribute('y', '1');
    el.setAttribute('width', '12');
    el.setAttribute('height', '12');
    if (g.rx) el.setAttribute('rx', String(g.rx));
  } else {
    el = document.createElementNS(SVG_NS, 'polygon');
    el.setAttribute('points', g.points);
  }
  el.setAttribute('fill', look.colour);
  svg.append(el);
  return svg;
}

/** Edge looks and what they mean (the stylesheet draws them so). */
const EDGE_KEY: [string, string][] = [
  ['typed', 'typed fact'],
  ['said', 'SAID'],
  ['about', 'ABOUT'],
  ['mentioned', 'MENTIONED_IN (co-mention)'],
];

export function createLegend(canvas: Canvas): { el: HTMLElement; refresh(): void } {
  const hiddenTypes = new Set<string>();
  const hiddenRels = new Set<string>();
  const el = h('div', { class: 'legend', role: 'group', aria: { label: 'Legend and filters' } });
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    if (on) set.delete(key);
    else set.add(key);
    canvas.setFilters(hiddenTypes, hiddenRels);
  };
  const refresh = () => {
    const { nodeTypes, relTypes } = canvas.types();
    if (!nodeTypes.size) return replace(el);
    replace(
      el,
      h(
        'div',
        { class: 'legend-group' },
        ...[...nodeTypes]
          .sort((a, b) => b[1] - a[1])
          .map(([type, count]) => {
            const look = lookOf(type);
            const input = h('input', {
              type: 'checkbox',
              aria: { label: `Show ${type}` },
              on: { change: () => toggle(hiddenTypes, type, input.checked) },
            });
            input.checked = !hiddenTypes.has(type);
            return h(
              'label',
              { class: 'legend-item' },
              input,
              shapeIcon(look),
              `${type} `,
              h('span', { class: 'count' }, String(count)),
            );
          }),
      ),
      relTypes.size
        ? h(
            'details',
            { class: 'legend-rels' },
            h('summary', {}, `Relationships (${relTypes.size} types)`),
            ...[...relTypes]
              .sort((a, b) => b[1] - a[1])
              .map(([type, count]) => {
                const input = h('input', {
                  type: 'checkbox',
                  aria: { label: `Show ${type}` },
                  on: { change: () => toggle(hiddenRels, type, input.checked) },
                });
                input.checked = !hiddenRels.has(type);
                return h(
                  'label',
                  { class: 'legend-item' },
                  input,
                  `${type} `,
                  h('span', { class: 'count' }, String(count)),
                );
              }),
          )
        : null,
      h(
        'div',
        { class: 'edge-key', aria: { label: 'What the edges mean' } },
        ...EDGE_KEY.map(([cls, text]) =>
          h('span', { class: 'edge-key-item' }, h('span', { class: `edge-sample ${cls}` }), text),
        ),
      ),
      h('p', { class: 'meta' }, 'Size: links · edge width: supporting documents'),
    );
  };
  return { el, refresh };
}
