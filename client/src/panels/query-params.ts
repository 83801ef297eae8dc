// The parameters a Cypher text uses ($name), found outside strings, comments and backticks, in order of first use.

/** `$name` and `$`backticked name`` outside string literals and comments; each name once. */
export function paramNames(cypher: string): string[] {
  const names: string[] = [];
  const add = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i];
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      i = end < 0 ? cypher.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)/.exec(cypher.slice(i, i + 200));
      if (m) {
        add(m[1] ?? m[2]);
        i += m[0].length;
      } else i++;
    } else i++;
  }
  return names;
}
