// One reading of a user's Cypher text, shared by the read-only guard and the stores: the canonical text both run.
//
// Why: a guard that parses one text while the store lexes another is bypassed wherever the two lexers disagree
// (Neo4j ends a `//` comment at `\r`, Grafeo only at `\n`, so `//\r/*…*/` hid a LOAD CSV from one and not the
// other). Here one small lexer decides where comments, strings and backticked names start and end, and produces
// the canonical text: comments blanked to spaces (their line breaks kept), `\r\n` and lone `\r` outside strings
// turned into `\n`, everything else unchanged, so offsets and lines still point into what the user typed. The
// guard parses the canonical text and the store runs the very same string; a comment can no longer hide anything
// because there is none left.
//
// What remains in the canonical text is chosen so that any two Cypher lexers read it alike: outside strings and
// backticked names only printable ASCII, letters and digits of any script, spaces, tabs and `\n`; strings use only
// the escapes both stores decode alike (`\\ \' \" \b \f \n \r \t`); no doubled backtick inside a name (Neo4j reads it
// as one backtick, Grafeo as the end of the name); no control characters or Unicode line separators anywhere; no
// `\u` escapes (Neo4j decodes them before it lexes, inside comments too). Anything else is refused with a message
// saying where, and why, before any parser sees it.
import { QuerySyntaxError } from '../../core/errors.ts';

export type TokenKind = 'word' | 'number' | 'string' | 'name' | 'parameter' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The token as written (strings and names with their quotes). */
  text: string;
  /** Offset into the canonical text, which is also the offset into the original. */
  start: number;
}

export interface CanonicalCypher {
  /** The text to check and to run: same length as the input, comments blanked, one kind of line ending. */
  text: string;
  /** Tokens outside comments, in order. */
  tokens: Token[];
  /** Deepest nesting of ( [ { in the code (not inside strings). */
  depth: number;
}

const STRING_ESCAPES = new Set(['\\', "'", '"', 'b', 'f', 'n', 'r', 't']);

/** Code points refused everywhere: C0 controls but tab, LF and CR; DEL; C1 controls (NEL among them); Unicode line and paragraph separators. */
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
/** Printable ASCII symbols a Cypher query uses outside strings. */
const SYMBOLS = new Set([...'()[]{}<>=!+-*/%^.,:;|&?~$@#']);

function codePointName(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    0: 'NUL',
    0x0b: 'vertical tab',
    0x0c: 'form feed',
    0x85: 'next line (NEL)',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0xa0: 'no-break space',
    0xfeff: 'byte order mark',
  };
  return names[cp] ? `${hex} (${names[cp]})` : hex;
}

/** "line 2, column 5" for an offset, counting `\n`, `\r\n` and `\r` as line breaks. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function refuse(query: string, offset: number, what: string): never {
  const { line, column } = positionOf(query, offset);
  throw new QuerySyntaxError(`${what} (line ${line}, column ${column}).`, { details: { line, column, offset } });
}

/**
 * Reads a Cypher text once and returns the canonical text with its tokens, or throws QuerySyntaxError naming the
 * character or construct that is refused and where it is.
 */
export function canonicalCypher(query: string): CanonicalCypher {
  const bad = FORBIDDEN_ANYWHERE.exec(query) ?? LONE_SURROGATE.exec(query);
  if (bad)
    refuse(
      query,
      bad.index,
      `The query contains the control character ${codePointName(bad[0])}, which is not accepted anywhere in a query; remove it or pass the value as a parameter`,
    );
  const out: string[] = [];
  const tokens: Token[] = [];
  const n = query.length;
  let depth = 0;
  let maxDepth = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      out.push(query[k] === '\n' ? '\n' : query[k] === '\r' ? (query[k + 1] === '\n' ? ' ' : '\n') : ' ');
  };
  while (i < n) {
    const c = query[i];
    const next = query[i + 1];
    if (c === ' ' || c === '\t' || c === '\n') {
      out.push(c);
      i++;
    } else if (c === '\r') {
      out.push(next === '\n' ? ' ' : '\n');
      i++;
    } else if (c === '/' && next === '/') {
      let end = i + 2;
      while (end < n && query[end] !== '\n' && query[end] !== '\r') end++;
      blank(i, end);
      i = end;
    } else if (c === '/' && next === '*') {
      const close = query.indexOf('*/', i + 2);
      if (close < 0) refuse(query, i, 'A comment opened with /* is never closed with */');
      blank(i, close + 2);
      i = close + 2;
    } else if (c === "'" || c === '"') {
      let end = i + 1;
      for (;;) {
        if (end >= n) refuse(query, i, `A string opened with ${c} is never closed`);
        const ch = query[end];
        if (ch === c) break;
        if (ch === '\\') {
          const esc = query[end + 1];
          if (esc === 'u' || esc === 'U')
            refuse(
              query,
              end,
              'Unicode escapes (\\uXXXX) are not accepted, because Neo4j decodes them before it reads the query; type the character itself or pass the value as a parameter',
            );
          if (esc === undefined || !STRING_ESCAPES.has(esc))
            refuse(
              query,
              end,
              `The escape \\${esc ?? ''} is not accepted in a string; use \\\\, \\', \\", \\b, \\f, \\n, \\r or \\t`,
            );
          end += 2;
        } else end++;
      }
      const text = query.slice(i, end + 1);
      tokens.push({ kind: 'string', text, start: i });
      out.push(text);
      i = end + 1;
    } else if (c === '`') {
      let end = i + 1;
      while (end < n && query[end] !== '`') end++;
      if (end >= n) refuse(query, i, 'A name opened with ` is never closed');
      if (query[end + 1] === '`')
        refuse(
          query,
          end,
          'A doubled backtick inside a backticked name is not accepted (the stores read it differently); choose a name without backticks',
        );
      if (query.slice(i, end).includes('\\u') || query.slice(i, end).includes('\\U'))
        refuse(
          query,
          i,
          'Unicode escapes (\\uXXXX) are not accepted, because Neo4j decodes them before it reads the query; type the character itself',
        );
      const text = query.slice(i, end + 1);
      tokens.push({ kind: 'name', text, start: i });
      out.push(text);
      i = end + 1;
    } else if (c === '$') {
      let end = i + 1;
      if (query[end] === '`') {
        const close = query.indexOf('`', end + 1);
        if (close < 0 || query[close + 1] === '`')
          refuse(query, i, 'A parameter name opened with ` is not closed once');
        end = close + 1;
      } else while (end < n && WORD_PART.test(query[end])) end++;
      const text = query.slice(i, end);
      tokens.push({ kind: 'parameter', text, start: i });
      out.push(text);
      i = end;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < n && WORD_PART.test(query[end])) end++;
      const text = query.slice(i, end);
      tokens.push({ kind: 'word', text, start: i });
      out.push(text);
      i = end;
    } else if (DIGIT.test(c)) {
      let end = i + 1;
      // Digits, letters (hex, octal, exponents, suffixes) and one decimal point followed by a digit.
      while (
        end < n &&
        (/[0-9A-Za-z_]/.test(query[end]) ||
          (query[end] === '.' && DIGIT.test(query[end + 1] ?? '')) ||
          ((query[end] === '+' || query[end] === '-') &&
            /[eE]/.test(query[end - 1]) &&
            !/^0[xX]/.test(query.slice(i, end))))
      )
        end++;
      const text = query.slice(i, end);
      tokens.push({ kind: 'number', text, start: i });
      out.push(text);
      i = end;
    } else if (SYMBOLS.has(c)) {
      if (c === '(' || c === '[' || c === '{') maxDepth = Math.max(maxDepth, ++depth);
      else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
      tokens.push({ kind: 'symbol', text: c, start: i });
      out.push(c);
      i++;
    } else {
      refuse(
        query,
        i,
        `The character ${codePointName(c)} is not accepted outside a string or a backticked name; use plain spaces and ASCII punctuation`,
      );
    }
  }
  return { text: out.join(''), tokens, depth: maxDepth };
}
