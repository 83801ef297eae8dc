// Dev evaluation (not part of `npm test`): PER/ORG span F1 of the mention finder on CoNLL-2003 dev (eng.testa), plus throughput.
// Usage: npx tsx test/eval/conll.ts [path/to/eng.testa]  — the data is not in the repository; never point this at eng.testb.
import fs from 'node:fs';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import type { SourceDocument } from '../../seed/model.ts';

interface Span { start: number; end: number; type: string }
interface ConllDoc { text: string; gold: Span[] }

/** CoNLL columns (token POS chunk NER, IOB1 or IOB2) → one text per -DOCSTART- document, sentences on blank-line-separated lines. */
export function readConll(file: string): ConllDoc[] {
  if (/testb|test\.txt$/.test(file)) throw new Error('conll: refusing the test split; evaluate on dev (eng.testa)');
  const docs: ConllDoc[] = [];
  let text = '';
  let gold: Span[] = [];
  let open: Span | null = null;
  const close = () => {
    if (open) gold.push(open);
    open = null;
  };
  const flushDoc = () => {
    close();
    if (text.trim()) docs.push({ text, gold });
    text = '';
    gold = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (!line.trim()) {
      close();
      if (text && !text.endsWith('\n\n')) text += '\n\n';
      continue;
    }
    const cols = line.split(' ');
    const tok = cols[0];
    const tag = cols[cols.length - 1];
    if (text && !text.endsWith('\n')) text += ' ';
    const start = text.length;
    text += tok;
    const [bio, type] = tag === 'O' ? ['O', ''] : tag.split('-');
    if (bio === 'O' || bio === 'B' || !open || open.type !== type) close();
    if (bio !== 'O') {
      if (!open) open = { start, end: text.length, type };
      else open.end = text.length;
    }
  }
  flushDoc();
  return docs;
}

/** With CONLL_CONTEXT set, each error line also shows the words around it (for reading errors, not for scoring). */
const around = (text: string, x: string): string => {
  if (!process.env.CONLL_CONTEXT) return '';
  const [s, e] = x.split(':').map(Number);
  return `\t…${text.slice(Math.max(0, s - 60), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 60)}…`.replace(/\n/g, ' ⏎ ');
};

// Described sources ("officials said") are speaker entities, not names: CoNLL scores names only.
const MAP: Record<string, string> = { Person: 'PER', Company: 'ORG', Organization: 'ORG' };

function main() {
  const file = process.argv[2] ?? '/tmp/conll/eng.testa';
  const docs = readConll(file);
  const context = { gazetteer: loadGazetteer() };
  const counts: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
  let bytes = 0;
  const t0 = performance.now();
  const predictedAll: Span[][] = [];
  docs.forEach((d, i) => {
    const doc: SourceDocument = { id: `conll-${i}`, raw: d.text, bodyStart: 0, bodyEnd: d.text.length };
    bytes += Buffer.byteLength(d.text);
    const a = analyzeDocument(doc, context);
    predictedAll.push(a.mentions.filter((m) => !m.anaphor && MAP[m.type] && !m.method.startsWith('description:')).map((m) => ({ start: m.start, end: m.end, type: MAP[m.type] })));
  });
  const secs = (performance.now() - t0) / 1000;
  const errors: string[] = [];
  docs.forEach((d, i) => {
    const pred = predictedAll[i];
    for (const type of ['PER', 'ORG']) {
      const g = d.gold.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`);
      const p = pred.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`);
      const gs = new Set(g);
      const ps = new Set(p);
      for (const x of ps) {
        if (gs.has(x)) counts[type].tp++;
        else {
          counts[type].fp++;
          if (errors.length < 4000) errors.push(`FP ${type} ${d.text.slice(+x.split(':')[0], +x.split(':')[1])} [gold: ${d.gold.find((s) => `${s.start}:${s.end}` === x)?.type ?? '-'}]${around(d.text, x)}`);
        }
      }
      for (const x of gs) if (!ps.has(x)) {
        counts[type].fn++;
        if (errors.length < 4000) errors.push(`FN ${type} ${d.text.slice(+x.split(':')[0], +x.split(':')[1])} [pred: ${pred.find((s) => `${s.start}:${s.end}` === x)?.type ?? '-'}]${around(d.text, x)}`);
      }
    }
  });
  if (process.env.CONLL_ERRORS) fs.writeFileSync(process.env.CONLL_ERRORS, errors.join('\n'));
  for (const [type, c] of Object.entries(counts)) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    console.log(`${type}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s: ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
}

main();
