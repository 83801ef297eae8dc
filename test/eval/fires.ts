// Where rules fire on text nobody annotated for them (not part of `npm test`): a check of a rule's precision and reach
// before it is kept. A rule fitted to one dev example fires rarely elsewhere, or fires wrongly; reading a sample of its
// firings on other news shows which.
//
//   npx tsx test/eval/fires.ts --census                     firings per rule (relations by method, mentions by method)
//   npx tsx test/eval/fires.ts --rule pattern:demonym        a sample of one rule's relations or mentions, with sentences
//   options: --dir <folder of .txt/.md> (default: PolNeAR train texts without the set-aside fifth), --docs N (default
//   300), --sample N (default 30), --seed N
//
// The default text is PolNeAR train's four fifths (political news, 2016): the set-aside fifth (`polnear-holdout`) is
// left out, so no one reads held-out articles through this tool.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { rng } from '../_support/generate-articles.ts';
import { polnearTuneTexts } from './polnear-folds.ts';

interface Firing {
  kind: 'relation' | 'mention';
  method: string;
  line: string;
}

/** Every relation and mention of the documents, each with its rule and a readable line. */
export function firings(files: string[]): Firing[] {
  const context = { gazetteer: loadGazetteer() };
  const out: Firing[] = [];
  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8');
    const a = analyzeDocument({ id: path.basename(file), raw, bodyStart: 0, bodyEnd: raw.length }, context);
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    const sentence = (i: number) => {
      const s = a.sentences[i];
      return s ? a.doc.raw.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    };
    for (const r of a.relations) {
      const props = r.properties && Object.keys(r.properties).length ? ` ${JSON.stringify(r.properties)}` : '';
      out.push({
        kind: 'relation',
        method: r.provenance.method,
        line: `${name.get(r.from) ?? r.from} ${r.type} ${name.get(r.to) ?? r.to}${props}\n      «${sentence(r.provenance.sentence)}» (${path.basename(file)})`,
      });
    }
    for (const m of a.mentions)
      out.push({
        kind: 'mention',
        method: m.method,
        line: `${m.text} → ${m.type}\n      «${sentence(m.sentence)}» (${path.basename(file)})`,
      });
  }
  return out;
}

function main() {
  const o = new Command('fires')
    .option('--census', 'firings per rule')
    .option('--rule <method>', "a sample of one rule's firings (its method, e.g. pattern:demonym; a prefix matches)")
    .option('--dir <folder>', 'documents to run over (default: PolNeAR train without its set-aside fifth)')
    .option('--docs <n>', 'at most this many documents', '300')
    .option('--sample <n>', 'firings shown', '30')
    .option('--seed <n>', 'sampling seed', '1')
    .parse()
    .opts<{ census?: boolean; rule?: string; dir?: string; docs: string; sample: string; seed: string }>();
  const all = o.dir
    ? fs
        .readdirSync(o.dir)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
        .map((f) => path.join(o.dir!, f))
    : polnearTuneTexts(process.env.POLNEAR_TRAIN ?? '/tmp/polnear/train');
  const files = all.slice(0, Number(o.docs));
  const fs_ = firings(files);
  if (o.census || !o.rule) {
    const counts = new Map<string, number>();
    for (const f of fs_) counts.set(`${f.kind} ${f.method}`, (counts.get(`${f.kind} ${f.method}`) ?? 0) + 1);
    console.log(`${files.length} documents`);
    for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(7)}  ${k}`);
    return;
  }
  const hits = fs_.filter((f) => f.method === o.rule || f.method.startsWith(`${o.rule}`));
  const rnd = rng(Number(o.seed));
  const shown = [...hits]
    .map((h) => ({ h, k: rnd() }))
    .sort((x, y) => x.k - y.k)
    .slice(0, Number(o.sample));
  console.log(`${hits.length} firings of ${o.rule} in ${files.length} documents; ${shown.length} at random:`);
  for (const { h } of shown) console.log(`  ${h.kind}: ${h.line}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
