// Rule "products by their head noun": a name right before a noun that says what it is — "the Doubao model", "its R1
// reasoning model", "Alibaba's Qwen models", "the XRING O1 chip" — is an AI model's or a chip's name, unless the text
// or the gazetteer already knows it as something else (a firm's, a country's or a person's: "Nvidia chips", "Chinese
// models", "U.S. chips"); a head after a list serves each of its names ("the Siyuan 590 and Kunlun P800 chips"). A
// model family's word alone ("Anthropic's Claude") is a model where the sentence speaks of models or a firm's
// possessive stands before it. One sense per document: the same name elsewhere takes the same type. The head nouns and
// the words allowed between name and head are data (seed/gazetteer/name-words.yaml).
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCommonWord, isDemonym } from '../text/lexicon.ts';
import { STOP_WORDS } from '../text/names.ts';
import type { Token } from '../text/tokens.ts';
import { type Found, isCap, type SentenceScan } from './found-mention.ts';

type Product = 'Model' | 'Chip';
const MODEL_TALK = /\b(?:models?|LLMs?|chatbots?|reasoning|open-source|open-weight|benchmarks?)\b/i;

/** Types a find's rules settled for good: a known firm, country, person or body, a product, a policy or a description. */
const settled = (f: Found) =>
  f.anaphor ||
  f.method.startsWith('description:') ||
  f.method.startsWith('phrase:') ||
  f.type === 'Chip' ||
  f.type === 'ChipFamily' ||
  f.type === 'Model' ||
  f.type === 'Policy' ||
  f.type === 'Event' ||
  f.type === 'Country' ||
  (f.method === 'gazetteer' && f.type !== 'Unknown') ||
  f.method.startsWith('lexicon:first-name') ||
  !!f.role;

const FIRST_WORDS = new WeakMap<Set<string>, Set<string>>();
/** The head noun (one or two words) starting at toks[k], or 0 (a two-word head is looked up only after its first word). */
function headAt(toks: Token[], k: number, heads: Set<string>): number {
  let firsts = FIRST_WORDS.get(heads);
  if (!firsts) FIRST_WORDS.set(heads, (firsts = new Set([...heads].map((h) => h.split(' ')[0]))));
  if (!firsts.has(toks[k].text)) return 0;
  if (k + 1 < toks.length && heads.has(`${toks[k].text} ${toks[k + 1].text}`)) return 2;
  return heads.has(toks[k].text) ? 1 : 0;
}

/** The capitalized run (up to three tokens, versions included) that ends just before toks[end], as [a, end). */
function nameBefore(toks: Token[], end: number, isCommon: (w: string) => boolean): number {
  let a = end;
  while (
    a > 0 &&
    end - a < 3 &&
    (isCap(toks[a - 1].text) || /^\d[\w.]*$/.test(toks[a - 1].text)) &&
    toks[a].start - toks[a - 1].end <= 1
  )
    a--;
  // A figure, "The", "Its", a sentence's capitalized common word or a nationality opens no product's name.
  while (
    a < end &&
    (/^\d/.test(toks[a].text) ||
      STOP_WORDS.has(toks[a].text) ||
      isDemonym(toks[a].text) ||
      ((a === 0 || /^["'(]$/.test(toks[a - 1].text)) && (isCommonWord(toks[a].text) || isCommon(toks[a].text))))
  )
    a++;
  return a;
}

export function settleProducts(
  found: Found[],
  scans: SentenceScan[],
  text: string,
  g: Gazetteer,
  isCommon: (w: string) => boolean,
): void {
  const products = new Map<string, Product>();
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const xs = bySentence.get(f.sentence);
    if (xs) xs.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  for (const sc of scans) {
    const { toks } = sc;
    if (sc.caps || sc.headline) continue;
    const here = bySentence.get(sc.index) ?? [];
    for (let k = 1; k < toks.length; k++) {
      const model = headAt(toks, k, g.modelHeads);
      const chip = model ? 0 : headAt(toks, k, g.chipHeads);
      // A model family's word alone: "Anthropic's Claude", "Claude, a chatbot", where the sentence speaks of models.
      const family =
        !model &&
        !chip &&
        g.modelFamilies.has(toks[k].text) &&
        !g.byAlias.has(toks[k].text) &&
        // "the Mistral-backed startup": a word in a compound modifier names the firm, not its model.
        text[toks[k].end] !== '-' &&
        !isCap(toks[k + 1]?.text ?? '') &&
        (MODEL_TALK.test(sc.text) ||
          (k >= 2 && toks[k - 1].text === "'s" && g.byAlias.get(toks[k - 2].text)?.type === 'Company'));
      if (!model && !chip && !family) continue;
      let end = k;
      if (!family) while (end > 0 && end > k - 2 && g.productModifiers.has(toks[end - 1].text)) end--;
      const type: Product = model || family ? 'Model' : 'Chip';
      const claim = (a: number, b: number): void => {
        const start = toks[a].start;
        const stop = toks[b - 1].end;
        const over = here.filter((f) => f.start < stop && start < f.end);
        // "the XRING O1 chip": the head says chip where the shape of a version said model.
        const shapeModel = (f: Found) => type === 'Chip' && f.type === 'Model' && f.method === 'pattern:model';
        if (over.some((f) => settled(f) && !shapeModel(f))) return;
        const words = toks.slice(a, b).map((t) => t.text);
        // A known name of any kind inside the span, or a firm's head word ending it, is not a product's name.
        if (words.some((w) => g.byAlias.has(w)) || g.companyHeads.has(words[words.length - 1])) return;
        for (const f of over) f.type = 'Unknown';
        const f: Found = { start, end: stop, type, method: 'context:product', strength: 3, sentence: sc.index };
        found.push(f);
        here.push(f);
        products.set(text.slice(start, stop), type);
      };
      if (family) {
        claim(k, k + 1);
        continue;
      }
      let a = nameBefore(toks, end, isCommon);
      if (a >= end) continue;
      claim(a, end);
      // "the Siyuan 590 and Kunlun P800 chips", "its V3 and R1 models": the head serves every name of the list.
      for (let n = 0; n < 3; n++) {
        let e = a;
        // The maker's possessive before this name ("Baidu's Kunlun P800") stays out of the list's separators.
        if (e >= 2 && toks[e - 1].text === "'s" && g.byAlias.get(toks[e - 2].text)?.type === 'Company') e -= 2;
        if (e < 2 || !/^(?:and|or|,)$/.test(toks[e - 1].text)) break;
        e--;
        if (e >= 2 && toks[e - 1].text === ',') e--;
        // "Huawei's Ascend 910C and Cambricon's Siyuan 590 chips": a maker's possessive before the next name.
        const b = e >= 3 && toks[e - 1].text === "'s" ? e - 2 : e;
        if (b !== e && g.byAlias.get(toks[b].text)?.type !== 'Company') break;
        a = nameBefore(toks, b, isCommon);
        if (a >= b) break;
        claim(a, b);
      }
    }
  }
  if (!products.size) return;
  // One sense per document: the same name found elsewhere with a guessed type is the same product.
  for (const f of found)
    if (f.method !== 'context:product' && !settled(f)) {
      const type = products.get(text.slice(f.start, f.end));
      if (type) [f.type, f.method, f.strength] = [type, 'context:product', 3];
    }
}
