// Finds the clauses a rolled-back Grafeo transaction cannot undo (schema and admin commands, file loads), so read mode refuses them up front.
//
// Why: in Grafeo 0.6.0 `CREATE INDEX` inside a transaction that is then rolled back stays created, and its
// write counters show nothing (pinned in test/server/store/embedded/grafeo-quirks.test.ts). `LOAD CSV` reads
// server files, which a read query must not do either. Counters catch every data write; this catches the rest.

/** Keywords that begin a statement or clause no read query needs. */
const FORBIDDEN = new Set(['CREATE', 'DROP', 'ALTER', 'LOAD', 'GRANT', 'DENY', 'REVOKE']);

/** Upper-cased bare words of a Cypher text, skipping strings, comments, backticked names and parameters. */
export function bareWords(query: string): string[] {
  const words: string[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && query[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < n && query[i] !== c) i += query[i] === '\\' && c !== '`' ? 2 : 1;
      i++;
    } else if (c === '$') {
      i++;
      while (i < n && /[\p{L}\p{N}_]/u.test(query[i])) i++;
    } else if (/[\p{L}_]/u.test(c)) {
      const start = i;
      while (i < n && /[\p{L}\p{N}_]/u.test(query[i])) i++;
      // A word right after '.' or ':' is a property key, label or type, not a keyword.
      const prev = query.slice(0, start).trimEnd().slice(-1);
      if (prev !== '.' && prev !== ':') words.push(query.slice(start, i).toUpperCase());
    } else {
      i++;
    }
  }
  return words;
}

/** The first keyword in the query that read mode refuses on the embedded store, or null. */
export function forbiddenInReadMode(query: string): string | null {
  for (const w of bareWords(query)) if (FORBIDDEN.has(w)) return w;
  return null;
}
