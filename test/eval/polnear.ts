// Dev evaluation (not part of `npm test`): statement recall and speaker accuracy on PolNeAR dev attributions.
// Usage: npx tsx test/eval/polnear.ts [dir with attributions/*.ann and text/*.txt] [--json] [--errors N] [--fold tune|held]  — the data is not in the repository.
// Two scorings: the older lenient one (overlap ≥ half of the shorter span) and the judged one (issue 14): a gold content is its
// whole extent (first to last character); found when ONE statement covers ≥ 50% of it; recall by quote kind (direct, indirect,
// mixed); precision = share of statements with ≥ 50% of their characters inside gold content; speaker right by surname.
// `--errors N` prints the first N wrong speakers with their context.
// `--json` prints, as the last line, {name, size, metrics:[{measure, value, goal}], errors:[{kind, count, examples}]}.
import fs from 'node:fs';
import path from 'node:path';
import { polnearFolds } from './polnear-folds.ts';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { SPEECH_VERBS } from '../../seed/stages/text/lexicon.ts';

/** Lower case without accents: "PENCE", "Pence" and "Pénce" compare equal. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  source?: Span;
  cue?: Span;
  content: Span;
}

/** brat standoff: T lines are spans (discontinuous ones are taken whole), E lines tie Source, Cue and Content together. */
function readAnn(file: string): Gold[] {
  const spans = new Map<string, Span>();
  const events: Record<string, string>[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [id, body, text] = line.split('\t');
    // a span's text may run over lines: a continuation line ("The number …") is not a T or E line
    if (/^T\d+$/.test(id) && body) {
      const nums = body.split(/[ ;]/).slice(1).map(Number);
      spans.set(id, { start: Math.min(...nums), end: Math.max(...nums), text });
    } else if (/^E\d+$/.test(id) && body) {
      events.push(Object.fromEntries(body.split(' ').map((kv) => kv.split(':') as [string, string])));
    }
  }
  return events
    .filter((e) => e.Content && spans.has(e.Content))
    .map((e) => ({
      content: spans.get(e.Content)!,
      source: e.Source ? spans.get(e.Source) : undefined,
      cue: e.Cue ? spans.get(e.Cue) : undefined,
    }));
}

type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Quoted stretches of a text: curly pairs, and straight double quotes paired in order within a paragraph. */
function quotedRanges(raw: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\u201c') open = i;
    else if (c === '\u201d' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    } else if (c === '\n' && raw[i + 1] === '\n') straight = open = -1; // a paragraph closes what it opened
  }
  return out;
}

/** Direct when (nearly) all of the content's letters are quoted, indirect when none are, mixed otherwise. */
function quoteKind(content: Span, quoted: { start: number; end: number }[], raw: string): QuoteKind {
  let letters = 0;
  let inside = 0;
  for (let i = content.start; i < content.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(raw[i])) continue;
    letters++;
    if (quoted.some((q) => i > q.start && i < q.end)) inside++;
  }
  if (!letters || inside === 0) return 'indirect';
  return inside / letters >= 0.9 ? 'direct' : 'mixed';
}

/** Characters of [start, end) inside the union of the ranges. */
function coveredBy(x: { start: number; end: number }, ranges: { start: number; end: number }[]): number {
  let n = 0;
  for (let i = x.start; i < x.end; i++) if (ranges.some((r) => i >= r.start && i < r.end)) n++;
  return n;
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) || 50 : 0;
  // `--fold tune|held`: the articles (in name order) at positions 5k+4 are "held", the others "tune" (all by default)
  const foldAt = args.indexOf('--fold');
  const part = foldAt >= 0 ? args[foldAt + 1] : undefined;
  if (part !== undefined && part !== 'tune' && part !== 'held')
    throw new Error('polnear: invalid `--fold`. Expecting `tune` or `held`');
  const valueAt = new Set([errorsAt + 1, foldAt + 1].filter((i) => i > 0));
  const dir = args.find((x, i) => !x.startsWith('--') && !valueAt.has(i)) ?? '/tmp/polnear/dev';
  const judged = {
    gold: { direct: 0, indirect: 0, mixed: 0 } as Record<QuoteKind, number>,
    found: { direct: 0, indirect: 0, mixed: 0 } as Record<QuoteKind, number>,
    predicted: 0,
    precise: 0,
    speakerJudged: 0,
    speakerOk: 0,
    missed: { direct: [] as string[], indirect: [] as string[], mixed: [] as string[] } as Record<QuoteKind, string[]>,
    imprecise: [] as string[],
    wrongSpeaker: [] as string[],
  };
  const anns = fs
    .readdirSync(path.join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const seen = new Set<string>();
  const held = new Set(part ? polnearFolds(dir).flatMap((f) => (f.held ? [f.base] : [])) : []);
  let articles = 0;
  const context = { gazetteer: loadGazetteer() };
  let speechGold = 0,
    speechFound = 0,
    speechOk = 0,
    speechJudged = 0;
  let speakerStrict = 0;
  let gold = 0,
    found = 0,
    speakerOk = 0,
    speakerJudged = 0,
    predicted = 0,
    predictedMatched = 0,
    bytes = 0,
    ms = 0;
  const misses: string[] = [];
  /** Recall by cue (the gold cue's first three words, lower-cased): which cues the rules miss. */
  const byCue = new Map<string, { gold: number; found: number }>();
  for (const ann of anns) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(base)) continue; // one annotator per article
    seen.add(base);
    if (part && (part === 'held') !== held.has(base)) continue;
    const textFile = path.join(dir, 'text', `${base}.txt`);
    if (!fs.existsSync(textFile)) continue;
    articles++;
    const raw = fs.readFileSync(textFile, 'utf8');
    bytes += Buffer.byteLength(raw);
    const t0 = performance.now();
    const a = analyzeDocument({ id: base, raw, bodyStart: 0, bodyEnd: raw.length }, context);
    ms += performance.now() - t0;
    const golds = readAnn(path.join(dir, 'attributions', ann));
    predicted += a.statements.length;
    const overlap = (x: { start: number; end: number }, y: { start: number; end: number }) =>
      Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    for (const s of a.statements) if (golds.some((g) => overlap(s, g.content) > 0)) predictedMatched++;
    // The judged scoring.
    const quoted = quotedRanges(raw);
    const contents = golds.map((g) => g.content);
    for (const s of a.statements) {
      judged.predicted++;
      if (coveredBy(s, contents) >= (s.end - s.start) * 0.5) judged.precise++;
      else judged.imprecise.push(`${s.speakerName} | ${s.cue} | ${s.text.slice(0, 80)}`);
    }
    for (const g of golds) {
      const kind = quoteKind(g.content, quoted, raw);
      judged.gold[kind]++;
      const hit = a.statements.find((s) => overlap(s, g.content) >= (g.content.end - g.content.start) * 0.5);
      if (!hit) {
        judged.missed[kind].push(`${g.source?.text ?? '?'} | ${g.cue?.text ?? '?'} | ${g.content.text.slice(0, 80)}`);
        continue;
      }
      judged.found[kind]++;
      if (!g.source) continue;
      judged.speakerJudged++;
      // By surname; a pronoun or description in the gold source counts when the loader resolved that very phrase to the speaker.
      const src = g.source;
      const resolved = a.mentions.some((m) => m.entityKey === hit.speaker && overlap(m, src) > 0);
      if (resolved || fold(src.text).includes(fold(hit.speakerName.split(' ').pop()!))) judged.speakerOk++;
      else {
        judged.wrongSpeaker.push(`${hit.speakerName} <- gold ${g.source.text} | ${hit.cue}`);
        if (showErrors && judged.wrongSpeaker.length <= showErrors) {
          const from = Math.max(0, Math.min(src.start, g.content.start) - 150);
          const to = Math.max(src.end, g.content.end, g.cue?.end ?? 0) + 20;
          console.log(
            `WRONG ${base}: ${hit.speakerName} <- gold «${src.text}» cue ${hit.cue}\n  ${raw.slice(from, to).replace(/\n/g, ' ⏎ ')}\n`,
          );
        }
      }
    }
    for (const g of golds) {
      gold++;
      // The subset this extractor targets: speech cues ("said", "told", "according to") rather than beliefs or plans.
      const cueWords = (g.cue?.text ?? '').toLowerCase().split(/\s+/);
      const speech = cueWords.some((w) => SPEECH_VERBS.has(w)) || /according to/i.test(g.cue?.text ?? '');
      if (speech) speechGold++;
      const cueKey = /according to/i.test(g.cue?.text ?? '')
        ? 'according to'
        : cueWords
            .filter((w) => /\p{L}|:/u.test(w))
            .slice(0, 3)
            .join(' ') || '?';
      const cueRow = byCue.get(cueKey) ?? { gold: 0, found: 0 };
      cueRow.gold++;
      byCue.set(cueKey, cueRow);
      const hit = a.statements.find(
        (s) => overlap(s, g.content) >= Math.min(s.end - s.start, g.content.end - g.content.start) * 0.5,
      );
      if (!hit) {
        if (misses.length < 5000)
          misses.push(
            `${speech ? 'S ' : '- '}${g.source?.text ?? '?'} | ${g.cue?.text ?? '?'} | ${g.content.text.slice(0, 90)}\t«${raw
              .slice(
                Math.max(0, Math.min(g.content.start, g.source?.start ?? 1e9, g.cue?.start ?? 1e9) - 40),
                Math.max(g.content.end, g.source?.end ?? 0, g.cue?.end ?? 0) + 10,
              )
              .replace(/\n/g, ' ⏎ ')
              .slice(0, 400)}»`,
          );
        continue;
      }
      found++;
      cueRow.found++;
      if (speech) speechFound++;
      if (!g.source) continue;
      speakerJudged++;
      if (speech) speechJudged++;
      const src = g.source;
      const viaMention = a.mentions.some((m) => m.entityKey === hit.speaker && overlap(m, src) > 0);
      // The surname is compared without case or accents: a transcript's "PENCE:" given to Mike Pence is right.
      const last = fold(hit.speakerName.split(' ').pop()!);
      const named = fold(src.text).includes(last);
      if (!(viaMention || named) && process.env.POLNEAR_MISSES)
        misses.push(`WRONG ${hit.speakerName} <- gold ${src.text} | ${hit.cue} | ${hit.text.slice(0, 70)}`);
      if (viaMention || named) {
        speakerOk++;
        if (speech) speechOk++;
      }
      // Strict: the speaker is the head of the source phrase — its last word before a comma or preposition
      // ("Nvidia CEO Jensen Huang" → Huang; "a spokesman for the ministry" → spokesman), not a name that only qualifies it.
      const headText = src.text.split(/,|\s*\(|\s(?:of|at|for|from|with|who|in|on)\s/)[0].trim(); // a party in brackets follows the head
      const headWord = fold(headText.split(/\s+/).pop() ?? '').replace(/[^\p{L}\p{N}]/gu, '');
      const headEnd = src.start + src.text.indexOf(headText) + headText.length;
      const strict =
        a.mentions.some((m) => m.entityKey === hit.speaker && m.start < headEnd && m.end >= headEnd - 1) ||
        (headWord !== '' && fold(hit.speakerName).split(/\s+/).includes(headWord));
      if (strict) speakerStrict++;
    }
  }
  if (process.env.POLNEAR_MISSES) fs.writeFileSync(process.env.POLNEAR_MISSES, misses.join('\n'));
  console.log(`${articles} articles, ${gold} gold attributions`);
  console.log(
    `statement recall ${(found / gold).toFixed(3)} (${found}/${gold}); precision (overlaps a gold content) ${(predictedMatched / (predicted || 1)).toFixed(3)} (${predictedMatched}/${predicted})`,
  );
  console.log(
    `speaker accuracy on found ${(speakerOk / (speakerJudged || 1)).toFixed(3)} (${speakerOk}/${speakerJudged})`,
  );
  console.log(
    `speaker accuracy, strict (the head of the source phrase, not a name qualifying it) ${(speakerStrict / (speakerJudged || 1)).toFixed(3)} (${speakerStrict}/${speakerJudged})`,
  );
  console.log(
    `speech-cue subset: recall ${(speechFound / (speechGold || 1)).toFixed(3)} (${speechFound}/${speechGold}); speaker accuracy ${(speechOk / (speechJudged || 1)).toFixed(3)} (${speechOk}/${speechJudged})`,
  );
  const top = [...byCue.entries()].sort((x, y) => y[1].gold - x[1].gold).slice(0, 25);
  console.log(`recall by cue (top ${top.length}): ${top.map(([k, v]) => `${k} ${v.found}/${v.gold}`).join(', ')}`);
  console.log(`${(bytes / 1e3).toFixed(0)} KB in ${(ms / 1000).toFixed(2)} s`);
  const ratio = (x: number, y: number) => Number((x / (y || 1)).toFixed(3));
  const kinds: QuoteKind[] = ['direct', 'indirect', 'mixed'];
  const allGold = kinds.reduce((n, k) => n + judged.gold[k], 0);
  const allFound = kinds.reduce((n, k) => n + judged.found[k], 0);
  console.log('judged (issue 14):');
  for (const k of kinds)
    console.log(
      `  ${k} quotes found ${ratio(judged.found[k], judged.gold[k]).toFixed(3)} (${judged.found[k]}/${judged.gold[k]})`,
    );
  console.log(
    `  all found ${ratio(allFound, allGold).toFixed(3)} (${allFound}/${allGold}); precision ${ratio(judged.precise, judged.predicted).toFixed(3)} (${judged.precise}/${judged.predicted}); speaker by surname ${ratio(judged.speakerOk, judged.speakerJudged).toFixed(3)} (${judged.speakerOk}/${judged.speakerJudged})`,
  );
  if (json) {
    const sample = (xs: string[]) => xs.slice(0, 5);
    const report = {
      name: `PolNeAR ${path.basename(path.resolve(dir))}${part ? ` (${part === 'held' ? 'set-aside fifth' : 'four fifths'})` : ''} (attribution)`,
      size: { articles, 'gold attributions': allGold, KB: Math.round(bytes / 1e3) },
      metrics: [
        { measure: 'direct quotes found', value: ratio(judged.found.direct, judged.gold.direct), goal: '≥ 0.92' },
        { measure: 'indirect quotes found', value: ratio(judged.found.indirect, judged.gold.indirect) },
        { measure: 'mixed quotes found', value: ratio(judged.found.mixed, judged.gold.mixed) },
        { measure: 'statement precision', value: ratio(judged.precise, judged.predicted), goal: '≥ 0.94' },
        { measure: 'speaker right (surname)', value: ratio(judged.speakerOk, judged.speakerJudged), goal: '≥ 0.95' },
      ],
      errors: [
        ...kinds.map((k) => ({
          kind: `${k} quote missed`,
          count: judged.missed[k].length,
          examples: sample(judged.missed[k]),
        })),
        { kind: 'statement outside gold content', count: judged.imprecise.length, examples: sample(judged.imprecise) },
        { kind: 'wrong speaker', count: judged.wrongSpeaker.length, examples: sample(judged.wrongSpeaker) },
      ].sort((x, y) => y.count - x.count),
    };
    console.log(JSON.stringify(report));
  }
}

main();
