// Finds the clauses a rolled-back Grafeo transaction cannot undo (schema and admin commands, file loads), so read mode refuses them up front.
//
// Why: in Grafeo 0.6.0 `CREATE INDEX` inside a transaction that is then rolled back stays created, and its
// write counters show nothing (pinned in test/server/store/embedded/grafeo-quirks.test.ts). `LOAD CSV` reads
// server files, which a read query must not do either. Counters catch every data write; this catches the rest.
// The words come from the shared lexer (server/queries/cypher-text.ts), the same reading the guard uses, and the
// store runs that lexer's canonical text: no comment is left for Grafeo's lexer to end elsewhere.
import { canonicalCypher } from '../../queries/cypher-text.ts';

/** Keywords that begin a statement or clause no read query needs. */
const FORBIDDEN = new Set(['CREATE', 'DROP', 'ALTER', 'LOAD', 'GRANT', 'DENY', 'REVOKE']);

/**
 * The canonical text to run in read mode, and the first bare keyword (not in a string, comment or backticked name,
 * not right after `.` or `:` where it is a property key, label or type) that read mode refuses, or null.
 */
export function readModeText(query: string): { text: string; forbidden: string | null } {
  const { text, tokens } = canonicalCypher(query);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.kind !== 'word' || (prev?.kind === 'symbol' && (prev.text === '.' || prev.text === ':'))) continue;
    const w = t.text.toUpperCase();
    if (FORBIDDEN.has(w)) return { text, forbidden: w };
  }
  return { text, forbidden: null };
}

/** The first keyword in the query that read mode refuses on the embedded store, or null. */
export function forbiddenInReadMode(query: string): string | null {
  return readModeText(query).forbidden;
}
