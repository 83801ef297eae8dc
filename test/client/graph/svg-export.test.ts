// The SVG export is a well-formed document whose labels are text: markup in a name cannot become an element.
import { describe, expect, it } from 'vitest';
import { toSvg, xmlEscape } from '../../../client/src/graph/svg-export.ts';

describe('svg export', () => {
  const scene = {
    nodes: [
      { x: 0, y: 0, size: 30, shape: 'ellipse' as const, colour: '#e15759', label: 'Howard Lutnick' },
      { x: 120, y: 40, size: 40, shape: 'star' as const, colour: '#edc948', label: '<script>alert(1)</script> & "x"' },
      { x: -80, y: 60, size: 20, shape: 'hexagon' as const, colour: '#f28e2b', label: 'BIS' },
    ],
    edges: [{ x1: 0, y1: 0, x2: 120, y2: 40, width: 2, colour: '#b8c2cc', label: 'SAID' }],
  };

  it('draws one shape and one label per node and one line per edge', () => {
    const svg = toSvg(scene);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<text /g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<circle');
    expect(svg.match(/<polygon /g)).toHaveLength(2);
  });

  it('escapes labels so they stay text', () => {
    const svg = toSvg(scene);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('escapes every XML special character', () => {
    expect(xmlEscape(`<a href='x'>&</a>"`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;&quot;');
  });

  it('has a viewBox that contains every node', () => {
    const [minX, minY, w, h] = /viewBox="([^"]+)"/.exec(toSvg(scene))![1].split(' ').map(Number);
    for (const n of scene.nodes) {
      expect(n.x).toBeGreaterThan(minX);
      expect(n.x).toBeLessThan(minX + w);
      expect(n.y).toBeGreaterThan(minY);
      expect(n.y).toBeLessThan(minY + h);
    }
  });
});
