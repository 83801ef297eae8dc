// The openCypher reserved words: a parameter named like one (`$CREATE`, `$match`) does not parse on the embedded
// store (Grafeo: "Expected identifier") and is not portable, so saved queries may not use one as a parameter name.

/** openCypher 9's reserved words, upper-case; compared case-insensitively. */
export const RESERVED_WORDS: readonly string[] = [
  'ALL', 'ASC', 'ASCENDING', 'BY', 'CREATE', 'DELETE', 'DESC', 'DESCENDING', 'DETACH', 'EXISTS', 'LIMIT', 'MATCH',
  'MERGE', 'ON', 'OPTIONAL', 'ORDER', 'REMOVE', 'RETURN', 'SET', 'SKIP', 'WHERE', 'WITH', 'UNION', 'UNWIND', 'AND',
  'AS', 'CONTAINS', 'DISTINCT', 'ENDS', 'IN', 'IS', 'NOT', 'OR', 'STARTS', 'XOR', 'CASE', 'ELSE', 'END', 'THEN',
  'WHEN', 'CONSTRAINT', 'DO', 'FOR', 'REQUIRE', 'UNIQUE', 'MANDATORY', 'SCALAR', 'OF', 'ADD', 'DROP', 'FALSE',
  'NULL', 'TRUE',
];

const RESERVED = new Set(RESERVED_WORDS);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name.toUpperCase());
}
