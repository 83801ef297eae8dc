// The Cytoscape instance and everything done to it: add, expand, collapse, hide, pin, highlight, filter, layout, undo/redo.
import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type EdgeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { WireEdge, WireGraph, WireNode } from '../wire-types.ts';
import { History } from '../state/history.ts';
import { toElements, type EdgeData, type NodeData } from './elements.ts';
import { bigGraphStyle, stylesheet, BASE_FONT } from './stylesheet.ts';
import { layoutEntry } from './layouts.ts';
import { thinLabels, withDegrees } from './prepare.ts';

cytoscape.use(fcose);

interface Snapshot {
  nodes: { data: NodeData; position: { x: number; y: number }; locked: boolean; classes: string }[];
  edges: { data: EdgeData; classes: string }[];
}

export interface CanvasEvents {
  onSelectNode?(data: NodeData | null): void;
  onSelectEdge?(data: EdgeData): void;
  onExpand?(data: NodeData): void;
  onChange?(): void;
}

const BIG = 1200; // elements: above this the canvas switches to cheaper rendering
const MAX_FIT_ZOOM = 1.6; // fitting never zooms in further than this
const MINOR_ZOOM = 0.7; // below this zoom, labels of minor (low-degree) nodes are hidden
const CROWDED = 150; // nodes: above this, minor labels are hidden until zoomed in
const LABELLED = 40; // nodes that keep their label when labels are thinned
const MAX_FONT = BASE_FONT * 3; // label size in model px when zoomed far out
const EDGE_LABEL_ZOOM = 0.8; // at or above this zoom, relationship types are written on the edges…
const EDGE_LABEL_MAX = 250; // …when no more edges than this are on the canvas
const DECLUTTER_MAX = 300; // nodes: up to this many, a label that would overlap a better-connected node's label is dropped

export class Canvas {
  readonly cy: Core;
  private history = new History<Snapshot>();
  private hiddenTypes = new Set<string>();
  private hiddenRelTypes = new Set<string>();
  layoutName = 'force';
  private killed = false;
  private bigStyle = false;
  private font = BASE_FONT;
  private styled = false;
  private filtersOn = false; // some element carries `.filtered`
  private zoomTimer: number | undefined;

  constructor(
    container: HTMLElement,
    private events: CanvasEvents = {},
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(() => this.font),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
    });
    const cy = this.cy;
    cy.on('tap', 'node', (e: EventObject) => this.events.onSelectNode?.(e.target.data()));
    cy.on('tap', 'edge', (e: EventObject) => this.events.onSelectEdge?.(e.target.data()));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.events.onSelectNode?.(null);
    });
    cy.on('dbltap', 'node', (e: EventObject) => this.events.onExpand?.(e.target.data()));
    cy.on('mouseover', 'node', (e: EventObject) => this.highlight(e.target));
    cy.on('mouseout', 'node', () => this.clearHighlight());
    cy.on('zoom', () => {
      window.clearTimeout(this.zoomTimer);
      this.zoomTimer = window.setTimeout(() => this.adaptLabels(), 80);
    });
  }

  // ---------- reading ----------

  get size(): number {
    return this.cy.nodes().length;
  }

  has(elementId: string): boolean {
    return this.cy.getElementById(elementId).nonempty();
  }

  nodeByKey(key: string): NodeSingular | null {
    const n = this.cy.nodes().filter((x) => x.data('key') === key);
    return n.nonempty() ? (n.first() as unknown as NodeSingular) : null;
  }

  /** Domain ids of the nodes on the canvas, for the URL. */
  keys(): string[] {
    return this.cy.nodes().map((n) => n.data('key') as string);
  }

  selectedKey(): string | undefined {
    const s = this.cy.nodes(':selected');
    return s.nonempty() ? (s.first().data('key') as string) : undefined;
  }

  /** The current subgraph as the API's JSON (what "Export JSON" saves). */
  subgraph(): WireGraph {
    return {
      nodes: this.cy.nodes().map((n) => n.data('raw') as WireNode),
      edges: this.cy.edges().map((e) => e.data('raw') as WireEdge),
    };
  }

  types(): { nodeTypes: Map<string, number>; relTypes: Map<string, number> } {
    const nodeTypes = new Map<string, number>();
    const relTypes = new Map<string, number>();
    this.cy.nodes().forEach((n) => void nodeTypes.set(n.data('type'), (nodeTypes.get(n.data('type')) ?? 0) + 1));
    this.cy.edges().forEach((e) => void relTypes.set(e.data('type'), (relTypes.get(e.data('type')) ?? 0) + 1));
    return { nodeTypes, relTypes };
  }

  // ---------- changing (each records an undo step) ----------

  private snapshot(): Snapshot {
    return {
      nodes: this.cy.nodes().map((n) => ({
        data: n.data(),
        position: { ...n.position() },
        locked: n.locked(),
        classes: n.classes().join(' '),
      })),
      edges: this.cy.edges().map((e) => ({ data: e.data(), classes: e.classes().join(' ') })),
    };
  }

  private restore(s: Snapshot): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...s.nodes.map(
          (n) =>
            ({
              group: 'nodes',
              data: n.data,
              position: n.position,
              locked: n.locked,
              classes: n.classes,
            }) as ElementDefinition,
        ),
        ...s.edges.map((e) => ({ group: 'edges', data: e.data, classes: e.classes }) as ElementDefinition),
      ]);
    });
    this.afterChange();
  }

  undo(): boolean {
    const s = this.history.undo(this.snapshot());
    if (!s) return false;
    this.restore(s);
    return true;
  }

  redo(): boolean {
    const s = this.history.redo(this.snapshot());
    if (!s) return false;
    this.restore(s);
    return true;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Replace everything on the canvas with a graph. */
  show(g: WireGraph, opts: { record?: boolean } = {}): void {
    if (opts.record !== false && this.size) this.history.record(this.snapshot());
    // What an element's style depends on is settled before it is added — degree, thinned labels, the big-graph
    // stylesheet — so each element is styled once, not three times.
    const defs = withDegrees(toElements(g.nodes, g.edges));
    const nodes = defs.filter((d) => d.group === 'nodes').length;
    if (nodes > CROWDED) thinLabels(defs, LABELLED);
    this.cy.elements().remove();
    this.applyStyle(defs.length > BIG, this.font); // on an empty canvas a stylesheet swap costs nothing
    this.cy.batch(() => {
      this.cy.add(defs as ElementDefinition[]);
    });
    this.afterChange();
    this.layout(this.layoutName, { incremental: false });
  }

  /** Add a graph next to what is there; new nodes start around `around` so the layout only has to settle them. Returns how many nodes were new. */
  add(g: WireGraph, opts: { around?: string; record?: boolean; layout?: boolean } = {}): number {
    const defs = toElements(g.nodes, g.edges, (id) => this.has(id)).filter((d) => !this.has(d.data.id));
    if (!defs.length) return 0;
    if (opts.record !== false) this.history.record(this.snapshot());
    const centre = opts.around && this.has(opts.around) ? this.cy.getElementById(opts.around).position() : null;
    const newNodes = defs.filter((d) => d.group === 'nodes');
    const r = 60 + newNodes.length * 4;
    this.cy.batch(() => {
      this.cy.add(
        defs.map((d) => {
          const i = newNodes.indexOf(d);
          const position =
            centre && i >= 0
              ? {
                  x: centre.x + r * Math.cos((2 * Math.PI * i) / newNodes.length),
                  y: centre.y + r * Math.sin((2 * Math.PI * i) / newNodes.length),
                }
              : undefined;
          return { ...d, position } as ElementDefinition;
        }),
      );
    });
    this.afterChange();
    if (opts.layout !== false)
      this.layout(this.layoutName, { incremental: Boolean(centre) && this.size - newNodes.length > 0 });
    return newNodes.length;
  }

  /** Remove the neighbours that hang only on this node (leaves), unless pinned. */
  collapse(elementId: string): number {
    const node = this.cy.getElementById(elementId);
    if (node.empty()) return 0;
    const leaves = node
      .neighborhood('node')
      .filter((n) => (n as unknown as NodeSingular).degree(false) <= 1 && !n.hasClass('pinned'));
    if (!leaves.length) return 0;
    this.history.record(this.snapshot());
    leaves.remove();
    this.afterChange();
    return leaves.length;
  }

  hide(elementIds: string[]): void {
    let els = this.cy.collection();
    for (const id of elementIds) els = els.union(this.cy.getElementById(id));
    if (!els.length) return;
    this.history.record(this.snapshot());
    els.remove();
    this.afterChange();
  }

  togglePin(elementId: string): boolean {
    const n = this.cy.getElementById(elementId);
    if (n.empty()) return false;
    this.history.record(this.snapshot());
    if (n.hasClass('pinned')) {
      n.removeClass('pinned');
      n.unlock();
    } else {
      n.addClass('pinned');
      n.lock();
    }
    this.events.onChange?.();
    return n.hasClass('pinned');
  }

  clear(): void {
    if (this.size) this.history.record(this.snapshot());
    this.cy.elements().remove();
    this.afterChange();
  }

  // ---------- looking ----------

  select(elementId: string | null, opts: { center?: boolean } = {}): void {
    this.cy.elements(':selected').unselect();
    if (!elementId) return;
    const n = this.cy.getElementById(elementId);
    if (n.empty()) return;
    n.select();
    if (opts.center) this.cy.animate({ center: { eles: n }, duration: 200 });
  }

  /** Highlight an element's closed neighbourhood and fade the rest. */
  highlight(node: NodeSingular): void {
    if (this.cy.nodes().length > 3000) return; // restyling every element on hover would stutter
    const keep = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().not(keep).addClass('faded');
      keep.addClass('hl');
    });
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements('.faded, .hl').removeClass('faded hl'));
  }

  /** Mark a path (node and edge elementIds) and fade everything else; empty lists clear it. */
  markPath(nodeIds: string[], edgeIds: string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.path').removeClass('path');
      for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).addClass('path');
    });
  }

  setFilters(hiddenTypes: Set<string>, hiddenRelTypes: Set<string>): void {
    this.hiddenTypes = hiddenTypes;
    this.hiddenRelTypes = hiddenRelTypes;
    this.applyFilters();
  }

  private applyFilters(): void {
    if (!this.hiddenTypes.size && !this.hiddenRelTypes.size && !this.filtersOn) return; // the common case: no filter, nothing to undo
    this.filtersOn = this.hiddenTypes.size > 0 || this.hiddenRelTypes.size > 0;
    this.cy.batch(() => {
      this.cy.elements('.filtered').removeClass('filtered');
      this.cy
        .nodes()
        .filter((n) => this.hiddenTypes.has(n.data('type')))
        .addClass('filtered');
      this.cy
        .edges()
        .filter((e: EdgeSingular) => this.hiddenRelTypes.has(e.data('type')))
        .addClass('filtered');
    });
  }

  layout(name = this.layoutName, opts: { incremental?: boolean } = {}): void {
    const entry = layoutEntry(name); // throws for an unknown name
    this.layoutName = name;
    const eles = this.visible();
    if (!eles.nodes().length) return;
    const layout = this.cy.layout({
      ...entry.options(this.cy, { incremental: opts.incremental ?? false, eles }),
      eles,
    } as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      entry.refine?.(this.cy, eles);
      // a handful of nodes would otherwise be fitted at 4× zoom, with giant labels
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center(eles);
      }
      this.adaptLabels();
    });
    layout.run();
  }

  /**
   * What the type filters leave on show. Cheaper than the `:visible` selector, which computes every element's style
   * first; a filtered node's edges go with it, as `display: none` does.
   */
  private visible(): Collection {
    if (!this.filtersOn) return this.cy.elements();
    const nodes = this.cy.nodes().not('.filtered');
    const edges = this.cy
      .edges()
      .not('.filtered')
      .filter((e: EdgeSingular) => !e.source().hasClass('filtered') && !e.target().hasClass('filtered'));
    return nodes.union(edges);
  }

  fit(): void {
    const eles = this.visible();
    this.cy.fit(eles, 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(eles);
    }
    this.adaptLabels();
  }

  /** Keep labels readable when zoomed out: bigger font in model units, and minor nodes' labels dropped. */
  private adaptLabels(): void {
    if (this.killed) return;
    const z = this.cy.zoom();
    const nodes = this.cy.nodes();
    // zoomed out, or on a crowded canvas, only the best-connected nodes keep a label (hover or select shows the rest)
    const thin = z < MINOR_ZOOM || (nodes.length > CROWDED && z < 1.5);
    const keep = new Set<string>();
    // by the `deg` kept in data (afterChange): a comparator calling degree() walks the edges on every comparison
    if (thin)
      nodes
        .toArray()
        .sort((a, b) => b.data('deg') - a.data('deg'))
        .slice(0, LABELLED)
        .forEach((n) => void keep.add(n.id()));
    this.cy.batch(() => {
      // only the nodes whose state changes: every class write restyles its node
      nodes.forEach((n) => {
        const minor = thin && !keep.has(n.id());
        if (n.hasClass('minor') !== minor) n.toggleClass('minor', minor);
      });
    });
    // after the classes: the new size then restyles only the nodes left with a label
    this.applyStyle(this.bigStyle, Math.round(Math.min(MAX_FONT, Math.max(BASE_FONT, BASE_FONT / z))));
    if (nodes.length <= DECLUTTER_MAX) this.declutter();
    const edges = this.cy.edges();
    const edgeLabels = z >= EDGE_LABEL_ZOOM && edges.length <= EDGE_LABEL_MAX;
    this.cy.batch(() => {
      edges.forEach((e) => {
        if (e.hasClass('labelled') !== edgeLabels) e.toggleClass('labelled', edgeLabels);
      });
    });
  }

  /**
   * No label drawn over another: best-connected first, a node keeps its label only when the label's box overlaps
   * no label kept before it (nor another node); hover or selection still shows a dropped label.
   */
  private declutter(): void {
    const nodes = this.cy
      .nodes()
      .not('.minor')
      .toArray()
      .sort((a, b) => b.data('deg') - a.data('deg'));
    const kept: { x1: number; y1: number; x2: number; y2: number }[] = [];
    const bodies = this.cy.nodes().map((n) => n.boundingBox({ includeLabels: false }));
    const hit = (
      a: { x1: number; y1: number; x2: number; y2: number },
      b: { x1: number; y1: number; x2: number; y2: number },
    ) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const drop: typeof nodes = [];
    for (const n of nodes) {
      const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
      if (label.w <= 0) continue;
      const own = n.boundingBox({ includeLabels: false });
      const overNode = bodies.some((b) => b !== own && !(b.x1 === own.x1 && b.y1 === own.y1) && hit(label, b));
      if (overNode || kept.some((k) => hit(label, k))) drop.push(n);
      else kept.push(label);
    }
    if (drop.length) this.cy.batch(() => drop.forEach((n) => void n.addClass('minor')));
  }

  /**
   * Swap the stylesheet only when the big-graph mode changes: that restyles every element. A new label size restyles
   * only the nodes that show a label (the others pick it up when a class change restyles them).
   */
  private applyStyle(big: boolean, font: number): void {
    const fontChanged = font !== this.font;
    this.font = font;
    if (big !== this.bigStyle || !this.styled) {
      this.styled = true;
      this.bigStyle = big;
      this.cy.style(big ? [...stylesheet(() => this.font), ...bigGraphStyle()] : stylesheet(() => this.font));
    } else if (fontChanged) {
      const labelled = this.cy
        .nodes()
        .filter((n) => !n.hasClass('minor') || n.selected() || n.hasClass('hl') || n.hasClass('path'));
      (labelled as unknown as { updateStyle(): void }).updateStyle(); // public since Cytoscape 2, missing from @types/cytoscape
    }
  }

  private afterChange(): void {
    const big = this.cy.elements().length > BIG;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const deg = n.degree(false);
        if (n.data('deg') !== deg) n.data('deg', deg); // a write restyles the node, so only real changes
      });
    });
    this.applyStyle(big, this.font);
    this.applyFilters();
    this.events.onChange?.();
  }

  /** The whole graph as the user sees it at rest: hover highlight and fading are taken off for the picture, then put back. */
  png(): Blob {
    const transient = this.cy.elements('.faded, .hl');
    const faded = transient.filter('.faded');
    const hl = transient.filter('.hl');
    this.cy.batch(() => transient.removeClass('faded hl'));
    try {
      return this.cy.png({
        output: 'blob',
        full: true,
        scale: 2,
        bg: '#ffffff',
        maxWidth: 8000,
        maxHeight: 8000,
      }) as unknown as Blob;
    } finally {
      this.cy.batch(() => {
        faded.addClass('faded');
        hl.addClass('hl');
      });
    }
  }

  /** Release the renderer; safe to call twice. */
  kill(): void {
    if (this.killed) return;
    this.killed = true;
    window.clearTimeout(this.zoomTimer);
    this.cy.destroy();
  }
}
