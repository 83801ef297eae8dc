// SVG of the canvas, written from node positions and our own type looks (cytoscape-svg is GPL-3.0, so we draw it ourselves).
import type { Core, NodeSingular, EdgeSingular } from 'cytoscape';
import { lookOf, type Shape } from './types.ts';

export interface SceneNode {
  x: number;
  y: number;
  size: number;
  shape: Shape;
  colour: string;
  label: string;
  emphasis?: boolean;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  colour: string;
  label?: string;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

const PAD = 40; // px around the drawing
const FONT = 11;

/** Escape text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function polygon(x: number, y: number, r: number, sides: number, rotate: number): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotate + (2 * Math.PI * i) / sides;
    pts.push(`${f(x + r * Math.cos(a))},${f(y + r * Math.sin(a))}`);
  }
  return pts.join(' ');
}

function star(x: number, y: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(`${f(x + rr * Math.cos(a))},${f(y + rr * Math.sin(a))}`);
  }
  return pts.join(' ');
}

export type Geometry =
  | { kind: 'circle'; r: number }
  | { kind: 'rect'; rx: number }
  | { kind: 'polygon'; points: string };

/** The outline of a node shape centred on (x, y) with radius r, shared by the export and the legend icons. */
export function shapeGeometry(shape: Shape, x: number, y: number, r: number): Geometry {
  switch (shape) {
    case 'ellipse':
      return { kind: 'circle', r };
    case 'rectangle':
    case 'tag':
      return { kind: 'rect', rx: 0 };
    case 'round-rectangle':
    case 'barrel':
      return { kind: 'rect', rx: r / 3 };
    case 'hexagon':
      return { kind: 'polygon', points: polygon(x, y, r, 6, 0) };
    case 'octagon':
      return { kind: 'polygon', points: polygon(x, y, r, 8, Math.PI / 8) };
    case 'diamond':
    case 'round-diamond':
      return { kind: 'polygon', points: polygon(x, y, r, 4, 0) };
    case 'triangle':
    case 'vee':
      return { kind: 'polygon', points: polygon(x, y, r, 3, -Math.PI / 2) };
    case 'star':
      return { kind: 'polygon', points: star(x, y, r) };
  }
}

function shapeSvg(n: SceneNode): string {
  const r = n.size / 2;
  const stroke = n.emphasis ? ' stroke="#1d2530" stroke-width="3"' : ' stroke="#ffffff" stroke-width="1"';
  const fill = `fill="${xmlEscape(n.colour)}"${stroke}`;
  const g = shapeGeometry(n.shape, n.x, n.y, r);
  if (g.kind === 'circle') return `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r)}" ${fill}/>`;
  if (g.kind === 'rect')
    return `<rect x="${f(n.x - r)}" y="${f(n.y - r)}" width="${f(n.size)}" height="${f(n.size)}"${g.rx ? ` rx="${f(g.rx)}"` : ''} ${fill}/>`;
  return `<polygon points="${g.points}" ${fill}/>`;
}

/**
 * A generous width of a label in px at FONT size: wide letters (W, M) run to about 0.95 em in system-ui, most to
 * ~0.55; the stroke (paint-order halo) adds 3 px. Erring wide only adds margin.
 */
export function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label)
    w += /[MWmw@%]/.test(ch) ? 0.95 : /[A-Z0-9“”]/.test(ch) ? 0.72 : /[ilj.,'’|!:;]/.test(ch) ? 0.3 : 0.58;
  return w * FONT + 6;
}

/** A standalone SVG document; every label is escaped text. */
export function toSvg(scene: Scene): string {
  // the drawing's bounds hold every node and its whole label (centred under it), so nothing is clipped
  const half = (n: SceneNode) => Math.max(n.size / 2, labelWidth(n.label) / 2);
  const xs = scene.nodes.flatMap((n) => [n.x - half(n), n.x + half(n)]);
  const ys = scene.nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + FONT * 2]);
  const minX = (xs.length ? Math.min(...xs) : 0) - PAD;
  const minY = (ys.length ? Math.min(...ys) : 0) - PAD;
  const w = (xs.length ? Math.max(...xs) : 0) + PAD - minX;
  const h = (ys.length ? Math.max(...ys) : 0) + PAD - minY;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(w)}" height="${f(h)}" viewBox="${f(minX)} ${f(minY)} ${f(w)} ${f(h)}" font-family="system-ui, sans-serif" font-size="${FONT}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a96a3"/></marker></defs>',
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(w)}" height="${f(h)}" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
  for (const e of scene.edges) {
    out.push(
      `<line x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(e.x2)}" y2="${f(e.y2)}" stroke="${xmlEscape(e.colour)}" stroke-width="${f(e.width)}" marker-end="url(#arrow)"><title>${xmlEscape(e.label ?? '')}</title></line>`,
    );
  }
  out.push('</g><g class="nodes">');
  for (const n of scene.nodes) {
    out.push(
      `<g>${shapeSvg(n)}<text x="${f(n.x)}" y="${f(n.y + n.size / 2 + FONT + 2)}" text-anchor="middle" fill="#1d2530" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlEscape(n.label)}</text></g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('\n');
}

/** The scene as drawn: visible nodes and edges with their model positions. */
export function sceneOf(cy: Core): Scene {
  const nodes = cy.nodes(':visible').map((n: NodeSingular) => {
    const look = lookOf(n.data('type'));
    const p = n.position();
    return {
      x: p.x,
      y: p.y,
      size: n.width(),
      shape: look.shape,
      colour: look.colour,
      label: String(n.data('label') ?? ''),
      emphasis: n.selected() || n.hasClass('path'),
    };
  });
  const edges = cy.edges(':visible').map((e: EdgeSingular) => {
    const s = e.source().position();
    const t = e.target().position();
    const r = e.target().width() / 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x - ((t.x - s.x) / len) * r,
      y2: t.y - ((t.y - s.y) / len) * r, // stop at the target's rim so the arrow shows
      width: Math.max(1, Math.min(6, Number(e.data('support') ?? 1))),
      colour: e.hasClass('path') ? '#d62728' : '#b8c2cc',
      label: String(e.data('type') ?? ''),
    };
  });
  return { nodes, edges };
}
