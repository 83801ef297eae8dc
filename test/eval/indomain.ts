// Dev evaluation (not part of `npm test`): the loader on our own in-domain dev set (test/eval/indomain/), scored against
// hand-written gold with the issue-14 measures. Scoring rules: test/eval/indomain-score.ts.
// Usage: npx tsx test/eval/indomain.ts [dir] [--json] [--errors N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { readTextDocument } from '../../seed/io/read-text.ts';
import { score, type GoldDoc, type Summary } from './indomain-score.ts';

const DEFAULT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'indomain');

export function parseArgs(argv: string[]): { dir: string; json: boolean; errors: number } {
  let dir = DEFAULT_DIR;
  let json = false;
  let errors = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--errors') errors = Number(argv[++i]);
    else dir = argv[i];
  }
  if (!Number.isInteger(errors) || errors < 0)
    throw new Error('indomain: invalid `--errors`. Expecting a non-negative integer');
  return { dir, json, errors };
}

/** Every article (articles/NAME.md) with its gold (gold/NAME.yaml); an article without gold is an error. */
export function readDevSet(dir: string): GoldDoc[] {
  const articles = fs
    .readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  return articles.map((file) => {
    const id = file.replace(/\.md$/, '');
    const raw = fs.readFileSync(path.join(dir, 'articles', file), 'utf8');
    const goldFile = path.join(dir, 'gold', `${id}.yaml`);
    if (!fs.existsSync(goldFile)) throw new Error(`indomain: no gold for ${file} (expected gold/${id}.yaml)`);
    const g = YAML.parse(fs.readFileSync(goldFile, 'utf8')) ?? {};
    return { id, raw, entities: g.entities ?? [], statements: g.statements ?? [], relations: g.relations ?? [] };
  });
}

export function evaluate(dir: string, maxExamples: number): Summary {
  const context = { gazetteer: loadGazetteer() };
  const docs = readDevSet(dir).map((gold) => {
    const doc = readTextDocument(gold.raw, `${gold.id}.md`, gold.id, () => {});
    const a = analyzeDocument(doc, context);
    return {
      gold,
      pred: {
        entities: a.entities.map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type,
          aliases: e.aliases,
          mentions: e.mentions.length,
        })),
        statements: a.statements.map((s) => ({
          speaker: s.speaker,
          speakerName: s.speakerName,
          text: s.text,
          start: s.start,
          end: s.end,
        })),
        relations: a.relations.map((r) => ({ from: r.from, type: r.type, to: r.to })),
      },
    };
  });
  return score(docs, { maxExamples });
}

function main() {
  const { dir, json, errors } = parseArgs(process.argv.slice(2));
  const summary = evaluate(dir, Math.max(errors, 3));
  if (json) {
    console.log(JSON.stringify(summary));
    return;
  }
  const s = summary.size;
  console.log(
    `in-domain dev set: ${s.articles} articles, ${s.entities} entities, ${s.statements} statements, ${s.relations} relations`,
  );
  for (const m of summary.metrics) {
    console.log(
      `${m.measure.padEnd(72)} ${m.value.toFixed(3)} (${m.n})${m.goal ? `  goal ${m.goal} ${m.met ? 'met' : 'NOT met'}` : ''}`,
    );
  }
  if (errors) {
    for (const e of summary.errors) {
      console.log(`\n${e.kind}: ${e.count}`);
      for (const x of e.examples.slice(0, errors)) console.log(`  ${x}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
