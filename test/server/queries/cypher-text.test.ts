// The shared lexer: the canonical text keeps offsets, drops every comment, has one kind of line ending, and refuses
// what two Cypher lexers could read differently.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../../core/errors.ts';
import { canonicalCypher } from '../../../server/queries/cypher-text.ts';

describe('canonicalCypher', () => {
  it('blanks comments to spaces and keeps their line breaks, so offsets still point into the original', () => {
    const q = 'MATCH (n) // find\nRETURN /* all\nof */ n';
    const { text } = canonicalCypher(q);
    expect(text).toHaveLength(q.length);
    expect(text).toBe(`MATCH (n) ${' '.repeat(7)}\nRETURN ${' '.repeat(6)}\n${' '.repeat(5)} n`);
  });

  it('ends a // comment at \\r as Neo4j does, and turns \\r and \\r\\n into \\n outside strings', () => {
    const q = "//\r/*:\nLOAD CSV FROM '/etc/passwd' AS line RETURN line //\r*/ RETURN 1 AS x";
    const { text } = canonicalCypher(q);
    expect(text).not.toMatch(/LOAD|\r|\/\/|\/\*/);
    expect(text.trim()).toBe('RETURN 1 AS x');
    expect(canonicalCypher('RETURN 1\r\nAS x').text).toBe('RETURN 1 \nAS x');
  });

  it('keeps strings and backticked names as written, comment markers inside them included', () => {
    const q = "MATCH (n {name: '// not /* a comment'}) RETURN n.`a // b` AS `x\\y`";
    expect(canonicalCypher(q).text).toBe(q);
    expect(canonicalCypher("RETURN 'it\\'s \\\\' AS s").text).toBe("RETURN 'it\\'s \\\\' AS s");
  });

  it('lists tokens outside comments and measures nesting', () => {
    const { tokens, depth } = canonicalCypher('MATCH (a)-[:R]->(b {k: [1, 2]}) // (((\nRETURN $p');
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['MATCH', 'a', 'R', 'b', 'k', 'RETURN']);
    expect(tokens.find((t) => t.kind === 'parameter')?.text).toBe('$p');
    expect(depth).toBe(3);
  });

  it.each([
    ['NUL', 'RETURN 1\u0000'],
    ['vertical tab', 'RETURN\u000b1'],
    ['form feed', 'RETURN\u000c1'],
    ['next line (NEL)', 'RETURN 1 // x\u0085CREATE (n)'],
    ['line separator', 'MATCH (n)\u2028RETURN n'],
    ['paragraph separator', "RETURN '\u2029' AS s"],
    ['no-break space outside a string', 'RETURN\u00a01'],
    ['byte order mark outside a string', '\ufeffRETURN 1'],
    ['a doubled backtick in a name', 'RETURN 1 AS `a``b`'],
    ['an unknown string escape', "RETURN 'a\\q' AS s"],
    ['a unicode escape in a string', "RETURN '\\u0041' AS s"],
    ['an unclosed string', "RETURN 'abc"],
    ['an unclosed block comment', 'RETURN 1 /* x'],
    ['a lone surrogate', 'RETURN 1 AS \ud800x'],
    ['a backslash outside a string', 'RETURN 1 \\ 2'],
  ])('refuses %s with a QuerySyntaxError saying where', (_what, q) => {
    let error: unknown;
    try {
      canonicalCypher(q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as Error).message).toMatch(/\(line \d+, column \d+\)\.$/);
  });

  it('accepts letters of any script, and non-ASCII spaces inside strings', () => {
    expect(() => canonicalCypher("MATCH (société:Company {name: 'a\u00a0b 中芯'}) RETURN société")).not.toThrow();
  });
});
