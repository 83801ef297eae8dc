// Builds seed/ner/common-words.txt: words news text writes in lower case, counted on CoNLL-2003 eng.train (never a test split).
// `npx tsx seed/ner/common-words.ts /tmp/conll/eng.train [--out seed/ner/common-words.txt]`
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { refuseTestSplit } from './conll.ts';

/**
 * A word is common when it is written in lower case at least `minLower` times and capitalized inside a name at most a
 * quarter as often: "sales", "revenue" are; "bank", "national", "united" (Bank of England, United Nations) are not.
 */
export function commonWords(conll: string, minLower = 3): string[] {
  const lower = new Map<string, number>();
  const inName = new Map<string, number>();
  for (const line of conll.split('\n')) {
    const [w, , , ne] = line.split(' ');
    if (!w || w === '-DOCSTART-') continue;
    if (/^[a-z][a-z-]+$/.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
    else if (/^[A-Z][a-z-]+$/.test(w) && ne && ne !== 'O')
      inName.set(w.toLowerCase(), (inName.get(w.toLowerCase()) ?? 0) + 1);
  }
  return [...lower]
    .filter(([w, n]) => n >= minLower && (inName.get(w) ?? 0) * 4 <= n)
    .map(([w]) => w)
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const program = new Command('common-words')
    .description('count the lower-case words of a CoNLL-2003 training file into the common-word list')
    .argument('<train>', 'CoNLL-2003 eng.train')
    .option('--out <file>', 'output file', fileURLToPath(new URL('./common-words.txt', import.meta.url)))
    .parse();
  const [train] = program.args;
  refuseTestSplit(train);
  const words = commonWords(fs.readFileSync(train, 'utf8'));
  fs.writeFileSync(program.opts<{ out: string }>().out, words.join('\n') + '\n');
  console.log(`${words.length} words → ${program.opts<{ out: string }>().out}`);
}
