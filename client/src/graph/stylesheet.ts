// The Cytoscape stylesheet: colour and shape per type, size by degree, edge width by `support`, and the highlight classes.
import type { StylesheetJson } from 'cytoscape';
import { TYPE_LOOK } from './types.ts';

export const BASE_FONT = 11; // px at zoom 1

/**
 * The stylesheet. `fontOf` gives the node label size in model px (the canvas grows it when zoomed out so labels stay
 * readable); it is read through a function so that a new size restyles only the labelled nodes, not every element.
 */
export function stylesheet(fontOf: () => number = () => BASE_FONT): StylesheetJson {
  const perType = Object.entries(TYPE_LOOK).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.colour, shape: look.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#999',
        label: 'data(label)',
        width: 'mapData(deg, 0, 30, 22, 70)',
        height: 'mapData(deg, 0, 30, 22, 70)',
        'font-size': () => fontOf(),
        'font-family': 'system-ui, sans-serif',
        color: '#1d2530',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': () => `${Math.round(fontOf() * 13)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7, // labels smaller than this on screen are skipped, which keeps a zoomed-out hub graph legible
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...perType,
    {
      selector: 'node[type = "Statement"]',
      style: { width: 14, height: 14, 'font-size': 9, 'text-max-width': '160px' },
    },
    { selector: 'node.minor', style: { label: '' } },
    { selector: 'node.minor:selected, node.minor.hl, node.minor.path', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d2530', 'z-index': 20 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2530' } },
    { selector: 'node.hl', style: { 'border-width': 3, 'border-color': '#f0b400', 'z-index': 15 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728', 'z-index': 18 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(support, 1, 8, 1, 6)',
        'line-color': '#b8c2cc',
        'target-arrow-color': '#b8c2cc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.85,
        'font-size': 9,
        color: '#38424f',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[type = "SAID"]', style: { 'line-color': '#e15759', 'target-arrow-color': '#e15759' } },
    { selector: 'edge[type = "ABOUT"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge[type = "VIA"]',
      style: { 'line-style': 'dashed', 'line-color': '#e15759', 'target-arrow-color': '#e15759' },
    },
    // co-mention: a document links the two, not a fact
    {
      selector: 'edge[type = "MENTIONED_IN"], edge[type = "REPORTED_IN"]',
      style: { 'line-style': 'dotted', 'line-color': '#c9d1d9', 'target-arrow-color': '#c9d1d9', width: 1 },
    },
    // relationship types on the canvas at normal zoom; they thin out when zoomed out or crowded (Canvas.adaptLabels)
    { selector: 'edge.labelled', style: { label: 'data(type)' } },
    {
      selector: 'edge.hl, edge:selected',
      style: {
        label: 'data(type)',
        'line-color': '#f0b400',
        'target-arrow-color': '#f0b400',
        opacity: 1,
        'z-index': 15,
      },
    },
    {
      selector: 'edge.path',
      style: {
        label: 'data(type)',
        'line-color': '#d62728',
        'target-arrow-color': '#d62728',
        width: 4,
        opacity: 1,
        'z-index': 18,
      },
    },
    // the rest of the graph stays readable behind a highlighted neighbourhood
    { selector: '.faded', style: { opacity: 0.3, 'text-opacity': 0.45 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/** Faster edges for big graphs: haystack skips arrows and bezier maths. */
export function bigGraphStyle(): StylesheetJson {
  return [{ selector: 'edge', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none' } }];
}
