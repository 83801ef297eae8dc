// Visible article text of an HTML page: drops scripts, styles, navigation, headers, footers, asides and forms; prefers <article>/<main>.
import { decodeEntities } from './html-entities.ts';

interface Token {
  kind: 'open' | 'close' | 'text';
  name: string; // lower-case tag name ('' for text)
  attrs: string; // raw attribute text of an open tag
  text: string; // text content (entities not yet decoded)
  selfClosing: boolean;
}

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'label',
  'dialog',
  'menu',
]);
/** Elements whose content is raw text: the tokenizer looks only for their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements that end a paragraph: their boundaries become blank lines so sentences never run together. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'address',
  'body',
  'caption',
]);
const CELL = new Set(['td', 'th']);

export function tokenize(html: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const text = (t: string) => t && out.push({ kind: 'text', name: '', attrs: '', text: t, selfClosing: false });
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt, lt + 4096));
    if (!m) {
      text('<'); // a stray '<' is text, as browsers read it
      i = lt + 1;
      continue;
    }
    const name = m[2].toLowerCase();
    i = lt + m[0].length;
    if (m[1]) {
      out.push({ kind: 'close', name, attrs: '', text: '', selfClosing: false });
      continue;
    }
    const selfClosing = VOID.has(name) || /\/\s*$/.test(m[3]);
    out.push({ kind: 'open', name, attrs: m[3], text: '', selfClosing });
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(i));
      const end = close ? i + close.index : html.length;
      text(html.slice(i, end));
      out.push({ kind: 'close', name, attrs: '', text: '', selfClosing: false });
      i = close ? end + close[0].length : html.length;
    }
  }
  return out;
}

export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Token range [from, to) of the first element with this name, or null. */
function elementRange(tokens: Token[], name: string): [number, number] | null {
  const start = tokens.findIndex((t) => t.kind === 'open' && t.name === name);
  if (start < 0) return null;
  let depth = 0;
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.name !== name || t.selfClosing) continue;
    if (t.kind === 'open') depth++;
    else if (--depth === 0) return [start, j + 1];
  }
  return [start, tokens.length];
}

/** Text of tokens[from, to): skipped elements dropped, whitespace collapsed, block boundaries as blank lines. */
function visibleText(tokens: Token[], from: number, to: number): string {
  const parts: string[] = [];
  const skipStack: string[] = [];
  let pre = 0;
  const br = (s: string) => parts.push(s);
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (skipStack.length) {
      if (t.kind === 'open' && t.name === skipStack[skipStack.length - 1] && !t.selfClosing) skipStack.push(t.name);
      else if (t.kind === 'close' && t.name === skipStack[skipStack.length - 1]) skipStack.pop();
      continue;
    }
    if (t.kind === 'open' && SKIP.has(t.name) && !t.selfClosing) {
      skipStack.push(t.name);
      continue;
    }
    if (
      t.kind === 'open' &&
      (/(?:^|\s)hidden(?:\s|=|$)/i.test(t.attrs) || /aria-hidden\s*=\s*["']?true/i.test(t.attrs)) &&
      !t.selfClosing &&
      !VOID.has(t.name)
    ) {
      skipStack.push(t.name);
      continue;
    }
    if (t.kind === 'text') {
      const s = decodeEntities(t.text);
      // No-break spaces become plain spaces: sentence and name finders downstream expect ordinary whitespace.
      parts.push(pre ? s : s.replace(/[ \t\r\n\f\u00a0]+/g, ' '));
      continue;
    }
    if (t.name === 'pre') pre += t.kind === 'open' ? 1 : -1;
    if (t.name === 'br') br('\n');
    else if (BLOCK.has(t.name)) br('\n\n');
    else if (CELL.has(t.name) && t.kind === 'close') br('\t');
  }
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

export interface HtmlArticle {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  date?: string;
  language?: string;
}

function metaContent(tokens: Token[], ...keys: string[]): string | undefined {
  for (const t of tokens) {
    if (t.kind !== 'open' || t.name !== 'meta') continue;
    const key = (
      attribute(t.attrs, 'property') ??
      attribute(t.attrs, 'name') ??
      attribute(t.attrs, 'itemprop') ??
      ''
    ).toLowerCase();
    if (keys.includes(key)) {
      const v = attribute(t.attrs, 'content')?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

/** The page's article text and the metadata its head declares (title, canonical URL, site name, date, language). */
export function extractArticle(html: string): HtmlArticle {
  const tokens = tokenize(html);
  const range = elementRange(tokens, 'article') ??
    elementRange(tokens, 'main') ??
    elementRange(tokens, 'body') ?? [0, tokens.length];
  const out: HtmlArticle = { text: visibleText(tokens, range[0], range[1]) };
  const titleAt = tokens.findIndex((t) => t.kind === 'open' && t.name === 'title');
  const h1 = elementRange(tokens, 'h1');
  const title =
    metaContent(tokens, 'og:title') ??
    (titleAt >= 0 && tokens[titleAt + 1]?.kind === 'text'
      ? decodeEntities(tokens[titleAt + 1].text)
          .replace(/\s+/g, ' ')
          .trim()
      : undefined) ??
    (h1 ? visibleText(tokens, h1[0], h1[1]) : undefined);
  if (title) out.title = title;
  const canonical = tokens.find(
    (t) => t.kind === 'open' && t.name === 'link' && (attribute(t.attrs, 'rel') ?? '').toLowerCase() === 'canonical',
  );
  const url = (canonical && attribute(canonical.attrs, 'href')) || metaContent(tokens, 'og:url');
  if (url) out.url = url;
  const source = metaContent(tokens, 'og:site_name', 'application-name');
  if (source) out.source = source;
  const date = metaContent(tokens, 'article:published_time', 'date', 'pubdate', 'datepublished', 'dc.date');
  if (date) out.date = date;
  const htmlTag = tokens.find((t) => t.kind === 'open' && t.name === 'html');
  const language = htmlTag && attribute(htmlTag.attrs, 'lang');
  if (language) out.language = language;
  return out;
}
