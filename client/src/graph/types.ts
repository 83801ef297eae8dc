// How each node type looks: one colour and one shape per type, shared by the canvas, the legend and the SVG export.
// The labels are core's (core/graph-model.ts): imported as types only, so the bundle holds no server code, and checked
// here at compile time, so a label core gains or loses fails the type-check until this file follows.
import type { EntityLabel, OTHER_LABELS } from '../../../core/graph-model.ts';

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

/** The node kinds the canvas draws: every entity label, statements and documents (saved queries are never drawn). */
type DrawnLabel = EntityLabel | Exclude<(typeof OTHER_LABELS)[number], 'SavedQuery'>;

/** `true` when `L` lists every entity label of core's model (and, by `satisfies`, nothing else); else what it lacks. */
export type ListsEveryEntityLabel<L extends readonly string[]> = [Exclude<EntityLabel, L[number]>] extends [never]
  ? true
  : { lacks: Exclude<EntityLabel, L[number]> };

// Tableau 10: distinguishable for most colour-vision deficiencies; the shape carries the type as well.
// `satisfies` a record keyed by exactly the drawn labels: a missing label or one core no longer has fails the type-check.
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
} satisfies Record<DrawnLabel, TypeLook>;

export const OTHER_LOOK: TypeLook = { colour: '#999999', shape: 'ellipse' }; // anything the model does not name

const ENTITY_LABEL_LIST = [
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
] as const satisfies readonly EntityLabel[];
/** Compiles only when `T` is `true`. */
type Holds<T extends true> = T;
/** The check itself: "does not satisfy the constraint 'true'" here names the entity label the list lacks. */
export type EntityTypesListEveryLabel = Holds<ListsEveryEntityLabel<typeof ENTITY_LABEL_LIST>>;

/** core's entity labels, in its order (what the type pickers offer). */
export const ENTITY_TYPES: readonly string[] = ENTITY_LABEL_LIST;

export function lookOf(type: string): TypeLook {
  return TYPE_LOOK[type] ?? OTHER_LOOK;
}

/** The node's type: its `type` property, else its first label other than Entity. */
export function typeOfLabels(labels: string[], typeProp?: unknown): string {
  if (typeof typeProp === 'string' && typeProp) return typeProp;
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Node';
}
