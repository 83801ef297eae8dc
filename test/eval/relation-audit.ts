// Dev audit on unannotated text (not part of `npm test`): what the relation rules make on plain news text, to read for
// precision, and which neighbouring pairs of mentions in one sentence they leave unjoined, by the shape of the words
// between (the same shapes as relation-gaps.ts), to read for recall.
// Usage: npx tsx test/eval/relation-audit.ts [dir] [--docs N] [--method REGEX] [--sample N] [--gaps SHAPE-REGEX]
// Default dir: /tmp/polnear/train/text (PolNeAR train texts without the set-aside fifth; no gold is read).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { readTextDocument } from '../../seed/io/read-text.ts';
import { sentenceViews } from '../../seed/stages/relations/relation-context.ts';
import { polnearTuneTexts } from './polnear-folds.ts';
import { shapeOf } from './relation-gaps.ts';

const DEFAULT_DIR = '/tmp/polnear/train/text';

function main() {
  const args = process.argv.slice(2);
  let dir = DEFAULT_DIR;
  let docs = 150;
  let method: RegExp | undefined;
  let gaps: RegExp | undefined;
  let sample = 30;
  let dump: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--docs') docs = Number(args[++i]);
    else if (args[i] === '--method') method = new RegExp(args[++i]);
    else if (args[i] === '--gaps') gaps = new RegExp(args[++i]);
    else if (args[i] === '--sample') sample = Number(args[++i]);
    else if (args[i] === '--dump') dump = args[++i];
    else dir = args[i];
  }
  if (/heldout/.test(dir)) throw new Error('relation-audit: never on a held-out set');
  // PolNeAR train's set-aside fifth (`polnear-holdout`) is never read here
  const tune = dir === DEFAULT_DIR ? new Set(polnearTuneTexts(path.dirname(dir)).map((f) => path.basename(f))) : null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f) && (!tune || tune.has(f)))
    .sort()
    .slice(0, docs);
  const context = { gazetteer: loadGazetteer() };
  const byMethod = new Map<string, string[]>();
  const byShape = new Map<string, string[]>();
  let sentences = 0;
  for (const f of files) {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8');
    const a = analyzeDocument(
      readTextDocument(raw, f, f.replace(/\.\w+$/, ''), () => {}),
      context,
    );
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    for (const r of a.relations) {
      const k = r.provenance.method;
      const line = `${f.slice(0, 40)}: ${name.get(r.from)} ${r.type} ${name.get(r.to)}${r.properties ? ` ${JSON.stringify(r.properties)}` : ''} «${r.provenance.evidence.replace(/\s+/g, ' ').slice(0, 200)}»`;
      byMethod.set(k, [...(byMethod.get(k) ?? []), line]);
    }
    const joined = new Set(a.relations.flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]));
    for (const v of sentenceViews(a)) {
      sentences++;
      for (let k = 0; k + 1 < v.ms.length; k++) {
        const x = v.ms[k];
        const y = v.ms[k + 1];
        if (y.start < x.end || x.key === y.key || joined.has(`${x.key}|${y.key}`)) continue;
        const shape = shapeOf(a.text.slice(x.end, y.start), 0);
        const line = `${x.type}:${a.text.slice(x.start, x.end)} ⟨${a.text.slice(x.end, y.start).replace(/\s+/g, ' ').slice(0, 90)}⟩ ${y.type}:${a.text.slice(y.start, y.end)}`;
        byShape.set(shape, [...(byShape.get(shape) ?? []), line]);
      }
    }
  }
  console.log(`${files.length} documents, ${sentences} sentences`);
  // Every relationship, one a line with its rule, sorted: two runs diff into what a change added and removed.
  if (dump)
    fs.writeFileSync(
      dump,
      `${[...byMethod.entries()]
        .flatMap(([k, v]) => v.map((l) => `${k} ${l}`))
        .sort()
        .join('\n')}\n`,
    );
  console.log('\n== relationships by rule');
  for (const [k, v] of [...byMethod.entries()].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${String(v.length).padStart(5)}  ${k}`);
    if (method?.test(k)) {
      const step = Math.max(1, Math.floor(v.length / sample));
      for (let i = 0; i < v.length && i / step < sample; i += step) console.log(`         ${v[i]}`);
    }
  }
  console.log('\n== unjoined neighbouring pairs by shape');
  for (const [k, v] of [...byShape.entries()].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${String(v.length).padStart(5)}  ${k}`);
    if (gaps?.test(k)) {
      const step = Math.max(1, Math.floor(v.length / sample));
      for (let i = 0; i < v.length && i / step < sample; i += step) console.log(`         ${v[i]}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
