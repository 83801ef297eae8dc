// Reads CoNLL-2003 files (token POS chunk NER, IOB1 or IOB2) into one text per document with character-offset gold spans.
import fs from 'node:fs';
import { InvalidArgumentError } from '../../core/errors.ts';

export interface ConllSpan {
  start: number;
  end: number;
  type: string;
}

export interface ConllDoc {
  /** Tokens joined by spaces, sentences separated by a blank line. */
  text: string;
  gold: ConllSpan[];
  /** Character ranges of the sentences in `text`. */
  sentences: { start: number; end: number }[];
}

/** The test split is never read: models are trained on train and tuned on dev (eng.testa). */
export function refuseTestSplit(file: string): void {
  if (/testb|test\.txt$/.test(file))
    throw new InvalidArgumentError('conll: refusing the test split; use eng.train to train and eng.testa to evaluate');
}

export function readConll(file: string): ConllDoc[] {
  refuseTestSplit(file);
  return parseConll(fs.readFileSync(file, 'utf8'));
}

export function parseConll(data: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let text = '';
  let gold: ConllSpan[] = [];
  let sentences: { start: number; end: number }[] = [];
  let sentenceStart = -1;
  let open: ConllSpan | null = null;
  const close = () => {
    if (open) gold.push(open);
    open = null;
  };
  const endSentence = () => {
    close();
    if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end: text.length });
    sentenceStart = -1;
  };
  const flushDoc = () => {
    endSentence();
    if (text.trim()) docs.push({ text, gold, sentences });
    text = '';
    gold = [];
    sentences = [];
  };
  for (const line of data.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (!line.trim()) {
      endSentence();
      if (text && !text.endsWith('\n\n')) text += '\n\n';
      continue;
    }
    const cols = line.split(' ');
    const tok = cols[0];
    const tag = cols[cols.length - 1];
    if (text && !text.endsWith('\n')) text += ' ';
    const start = text.length;
    if (sentenceStart < 0) sentenceStart = start;
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
