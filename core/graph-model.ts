// The graph model: the node labels and relationship types actorgraph writes, shared by the loader, the schema and the API.

/** Labels of real-world entities; every entity node has exactly one of these plus the `Entity` label. */
export const ENTITY_LABELS = [
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
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Labels of the loader's bookkeeping and of what users save. */
export const OTHER_LABELS = ['Statement', 'Document', 'SavedQuery'] as const;

/** Relationship types drawn from text (each carries provenance), plus the structural ones. */
export const RELATION_TYPES = [
  'MAKES',
  'BASED_ON',
  'VARIANT_OF',
  'RESTRICTS',
  'PERMITS',
  'TARGETS',
  'ISSUED_BY',
  'LINKED_TO',
  'IN_RESPONSE_TO',
  'RELEASED',
  'BACKED_BY',
  'HOLDS_ROLE',
  'LEADS',
  'MET_WITH',
  'SPOKE_AT',
  'SELLS_TO',
  'BASED_IN',
  'RANKS_ABOVE',
  'PART_OF',
  'PAYS',
  'ACCUSES',
  'COMPETES_WITH',
  'PARTNERS_WITH',
  'INVESTS_IN',
  'ACQUIRES',
  'SUPPLIES',
  'ATTENDED',
  'NEGOTIATED_WITH',
  'REVERSES',
  'SUES',
  'RELATED_TO', // RELATED_TO: a predicate the vocabulary lacks, kept in its `predicate` property
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const STRUCTURAL_TYPES = ['SAID', 'ABOUT', 'REPORTED_IN', 'VIA', 'MENTIONED_IN'] as const;

/** Properties the full-text search index covers on every entity label. */
export const SEARCH_PROPERTIES = ['name', 'aliasText'] as const;
