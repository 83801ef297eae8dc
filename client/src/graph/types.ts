// How each node type looks: one colour and one shape per type, shared by the canvas, the legend and the SVG export.

export type Shape =
  | 'ellipse'
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'rectangle'
  | 'barrel'
  | 'star'
  | 'octagon'
  | 'triangle'
  | 'tag'
  | 'vee'
  | 'round-diamond';

export interface TypeLook {
  colour: string;
  shape: Shape;
}

// Tableau 10: distinguishable for most colour-vision deficiencies; the shape carries the type as well.
export const TYPE_LOOK: Record<string, TypeLook> = {
  Person: { colour: '#e15759', shape: 'ellipse' },
  Company: { colour: '#4e79a7', shape: 'round-rectangle' },
  Organization: { colour: '#f28e2b', shape: 'hexagon' },
  Country: { colour: '#59a14f', shape: 'diamond' },
  Chip: { colour: '#76b7b2', shape: 'rectangle' },
  ChipFamily: { colour: '#b07aa1', shape: 'barrel' },
  Model: { colour: '#edc948', shape: 'star' },
  Policy: { colour: '#9c755f', shape: 'octagon' },
  Event: { colour: '#ff9da7', shape: 'triangle' },
  Place: { colour: '#8cd17d', shape: 'round-diamond' },
  Statement: { colour: '#d4d4d4', shape: 'tag' },
  Document: { colour: '#bab0ac', shape: 'rectangle' },
};

export const OTHER_LOOK: TypeLook = { colour: '#999999', shape: 'ellipse' }; // anything the model does not name

export const ENTITY_TYPES = [
  'Person',
  'Company',
  'Organization',
  'Country',
  'Chip',
  'ChipFamily',
  'Model',
  'Policy',
  'Event',
  'Place',
];

export function lookOf(type: string): TypeLook {
  return TYPE_LOOK[type] ?? OTHER_LOOK;
}

/** The node's type: its `type` property, else its first label other than Entity. */
export function typeOfLabels(labels: string[], typeProp?: unknown): string {
  if (typeof typeProp === 'string' && typeProp) return typeProp;
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Node';
}
