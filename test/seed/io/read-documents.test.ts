// Every reader and every kind of bad input: what loads, what is refused, and that a refusal names the file, the line and the reason.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readInputFile } from '../../../seed/io/read-documents.ts';
import { listInputFiles } from '../../../seed/io/walk.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const MAX = 10 * 1024 * 1024;

function put(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
const read = (name: string, content: string | Buffer, max = MAX) =>
  readInputFile({ file: put(name, content), root: dir }, max);

describe('text and Markdown documents', () => {
  it('reads front matter metadata and starts the body after it, with raw kept exactly', () => {
    const text =
      '---\ntitle: Nvidia resumes H20 sales\nsource: Reuters\nurl: https://example.com/a\ndate: 2025-07-15\nlanguage: en\n---\n\nNvidia said on Tuesday it would resume sales.\n';
    const r = read('news/2025/H20 Sales.md', text);
    expect(r.failures).toEqual([]);
    const [doc] = r.documents;
    expect(doc).toMatchObject({
      id: 'news-2025-h20-sales',
      title: 'Nvidia resumes H20 sales',
      source: 'Reuters',
      url: 'https://example.com/a',
      date: '2025-07-15',
      language: 'en',
    });
    expect(doc.raw).toBe(text);
    expect(doc.raw.slice(doc.bodyStart, doc.bodyEnd)).toBe('Nvidia said on Tuesday it would resume sales.');
  });

  it('takes the title from the first heading when there is no front matter', () => {
    const [doc] = read('plain.md', '# Export rules tighten\n\nThe Commerce Department said…').documents;
    expect(doc.title).toBe('Export rules tighten');
    expect(doc.bodyStart).toBe(0);
  });

  it('reads a .txt file as its text, title from its first line', () => {
    const [doc] = read('a.txt', 'Huawei unveils Ascend 910C\nMore text here.').documents;
    expect(doc).toMatchObject({ id: 'a', title: 'Huawei unveils Ascend 910C', bodyStart: 0 });
  });

  it('refuses malformed front matter: invalid YAML, an unclosed block, a list instead of fields', () => {
    for (const [name, text] of [
      ['bad-yaml.md', '---\ntitle: [unclosed\n---\nbody'],
      ['unclosed.md', '---\ntitle: x\nbody without a fence'],
      ['list.md', '---\n- a\n- b\n---\nbody'],
    ]) {
      const r = read(name, text);
      expect(r.documents).toEqual([]);
      expect(r.failures[0].file).toBe(path.join(dir, name));
      expect(r.failures[0].reason).toMatch(/malformed front matter/);
    }
  });

  it('keeps a document whose date is unreadable, with a warning', () => {
    const r = read('baddate.md', '---\ndate: sometime soon\n---\nText.');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].date).toBeUndefined();
    expect(r.warnings[0]).toMatch(/not a date/);
  });
});

describe('HTML pages', () => {
  it('keeps only the visible article text and decodes entities', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ignored &amp; replaced</title>
      <meta property="og:title" content="AMD &amp; Nvidia deal"><link rel="canonical" href="https://news.example/amd">
      <meta property="article:published_time" content="2025-08-11T10:00:00Z"><meta property="og:site_name" content="Example News">
      <style>.x{color:red}</style><script>var quote = "not text";</script></head>
      <body><header><nav><a href="/">Home</a> | <a>World</a></nav></header>
      <aside>Related: something else</aside>
      <article><h1>AMD &amp; Nvidia agree to pay 15%</h1><p>The chipmakers will pay the U.S.&nbsp;government a share, &ldquo;a first,&rdquo; officials said.</p>
      <script>track()</script><form><input name="q"><button>Subscribe</button></form>
      <p>Jensen Huang met  Donald Trump&#x2019;s team.<br>New line&#8212;here.</p></article>
      <footer>© Example</footer></body></html>`;
    const r = read('page.html', html);
    expect(r.failures).toEqual([]);
    const [doc] = r.documents;
    expect(doc.raw).toBe(
      'AMD & Nvidia agree to pay 15%\n\nThe chipmakers will pay the U.S. government a share, “a first,” officials said.\n\nJensen Huang met Donald Trump’s team.\nNew line—here.',
    );
    expect(doc).toMatchObject({
      title: 'AMD & Nvidia deal',
      url: 'https://news.example/amd',
      date: '2025-08-11',
      source: 'Example News',
      language: 'en',
      bodyStart: 0,
      bodyEnd: doc.raw.length,
    });
  });

  it('uses <main> when there is no <article>, and the body when there is neither', () => {
    expect(
      read('m.htm', '<body><nav>menu</nav><main><p>Main text.</p></main><p>outside</p></body>').documents[0].raw,
    ).toBe('Main text.');
    expect(read('b.html', '<body><p>One.</p><p>Two.</p></body>').documents[0].raw).toBe('One.\n\nTwo.');
  });

  it('refuses a page that is all scripts and styles', () => {
    const r = read(
      'scripts.html',
      '<html><head><script>a()</script></head><body><script>b()</script><style>p{}</style><nav>x</nav></body></html>',
    );
    expect(r.documents).toEqual([]);
    expect(r.failures[0].reason).toMatch(/no visible text/);
  });
});

describe('JSON and JSON Lines records', () => {
  it('reads an array of records, ids from the record or from the path and position', () => {
    const r = read(
      'batch.json',
      JSON.stringify([
        { id: 'r-1', title: 'One', text: 'First text.', source: 'AP', date: '2025-01-02' },
        { title: 'Two', text: 'Second.' },
      ]),
    );
    expect(r.failures).toEqual([]);
    expect(r.documents.map((d) => d.id)).toEqual(['r-1', 'batch-2']);
    expect(r.documents[0]).toMatchObject({ raw: 'First text.', source: 'AP', date: '2025-01-02', title: 'One' });
  });

  it('reads a single record object', () => {
    expect(read('one.json', JSON.stringify({ title: 'T', text: 'Body.' })).documents[0].id).toBe('one');
  });

  it('reports each malformed line of a .jsonl file with its line number; good lines load', () => {
    const lines = [
      JSON.stringify({ id: 'a', title: 'A', text: 'Alpha.' }),
      '{not json',
      '',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ id: 'b', title: 'B', text: 'Beta.' }),
    ];
    const r = read('feed.jsonl', lines.join('\n'));
    expect(r.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(r.failures).toEqual([
      { file: path.join(dir, 'feed.jsonl'), line: 2, reason: expect.stringMatching(/malformed JSON line/) },
      { file: path.join(dir, 'feed.jsonl'), line: 4, reason: expect.stringMatching(/no `text`/) },
    ]);
  });

  it('refuses a .json file that is not JSON', () => {
    expect(read('broken.json', '{"title": ').failures[0].reason).toMatch(/malformed JSON/);
  });
});

describe('bad input of any type', () => {
  it.each([
    ['empty.txt', '', /empty file/],
    ['blank.md', '  \n\t\n', /empty/],
    ['only-front.md', '---\ntitle: x\n---\n\n', /no text after the front matter/],
    ['binary.txt', Buffer.from([0x48, 0x00, 0x01, 0x02]), /binary/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]), /invalid UTF-8/],
    ['photo.png', 'not really', /unsupported file type \.png/],
    ['noext', 'text', /unsupported file type \(no extension\)/],
  ])('%s is refused with its reason', (name, content, reason) => {
    const r = read(name, content);
    expect(r.documents).toEqual([]);
    expect(r.failures).toEqual([{ file: path.join(dir, name), reason: expect.stringMatching(reason) }]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const r = read('big.txt', 'x'.repeat(2048), 1024);
    expect(r.failures[0].reason).toMatch(/too large: 2048 bytes \(the limit is 1024/);
  });
});

describe('walking inputs', () => {
  it('walks directories recursively in a stable order, skipping dot-files and READMEs, and reports missing inputs', () => {
    const root = path.join(dir, 'corpus');
    for (const f of ['b.md', 'a/z.txt', 'a/y.html', '.hidden.md', 'README.md']) put(path.join('corpus', f), 'x');
    const { files, skipped } = listInputFiles([root, path.join(dir, 'nope')]);
    expect(files.map((f) => path.relative(root, f.file))).toEqual(['a/y.html', 'a/z.txt', 'b.md']);
    expect(files.every((f) => f.root === root)).toBe(true);
    expect(skipped[0].reason).toMatch(/no such file/);
  });

  it('reports every entry it skips with its reason — pipes, sockets, links, loops, dangling links — and never blocks on a pipe', async () => {
    const root = path.join(dir, 'odd');
    put('odd/real.md', 'Nvidia makes chips.');
    put('elsewhere/target.md', 'AMD makes chips.');
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    execFileSync('mkfifo', [path.join(dir, 'lone-pipe.txt')]);
    fs.symlinkSync(path.join(dir, 'elsewhere', 'target.md'), path.join(root, 'link.md'));
    fs.symlinkSync(root, path.join(root, 'parent-loop'));
    const self = path.join(dir, 'self.md');
    fs.symlinkSync(self, self);
    const dangling = path.join(dir, 'dangling.md');
    fs.symlinkSync(path.join(dir, 'gone.md'), dangling);
    const outside = path.join(dir, 'outside-link.md');
    fs.symlinkSync(path.join(dir, 'elsewhere', 'target.md'), outside);
    const socketPath = path.join(root, 'sock.md');
    const sockServer = net.createServer().listen(socketPath);
    await new Promise((r) => sockServer.once('listening', r));
    try {
      const { files, skipped } = listInputFiles([root, path.join(dir, 'lone-pipe.txt'), self, dangling, outside]);
      expect(files.map((f) => path.relative(dir, f.file))).toEqual(['odd/real.md', 'outside-link.md']); // a link named on the command line is followed
      const why = Object.fromEntries(skipped.map((s) => [path.relative(dir, s.file), s.reason]));
      expect(why['odd/pipe.md']).toMatch(/named pipe/);
      expect(why['lone-pipe.txt']).toMatch(/named pipe/);
      expect(why['odd/sock.md']).toMatch(/socket/);
      expect(why['odd/link.md']).toMatch(/symbolic link .*not followed/);
      expect(why['odd/parent-loop']).toMatch(/symbolic link .*not followed/);
      expect(why['self.md']).toMatch(/points to itself or loops/);
      expect(why['dangling.md']).toMatch(/symbolic link to .*gone\.md, which does not exist/);
      expect(skipped).toHaveLength(7);
    } finally {
      sockServer.close();
    }
  });

  it('reading a pipe that stands where a file was listed fails at once instead of waiting for a writer', () => {
    const fifo = path.join(dir, 'swapped.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = readInputFile({ file: fifo, root: dir }, MAX);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.documents).toEqual([]);
    expect(r.failures[0].reason).toMatch(/not a regular file/);
  });
});
