// Rule "a subsidiary's name": a firm's name, its place in brackets and a legal form ("Intel Semiconductor (Dalian)
// Ltd", "SK hynix Semiconductor (China) Ltd.") is the name of one firm, the local subsidiary — not its parent, a place
// and a stray "Ltd".
import type { Found } from './found-mention.ts';

/** After the firm's name: its place in brackets, then a legal form. */
const PLACE_THEN_FORM =
  /^\s+\(\s*\p{Lu}[\p{L} .'-]{1,30}\)\s*(?:Co\.,?\s*(?:Ltd\.?|Limited)|Ltd\.?|Limited|Inc\.?|Corp\.?|LLC|GmbH|Co\.)(?![\p{L}])/u;

/** Applies the rule to a document's finds (in place). */
export function settleSubsidiaryNames(found: Found[], text: string): void {
  for (const f of found) {
    if (f.type !== 'Company' || f.anaphor) continue;
    const m = PLACE_THEN_FORM.exec(text.slice(f.end, f.end + 60));
    if (!m) continue;
    const end = f.end + m[0].length;
    for (const o of found) if (o !== f && o.start >= f.start && o.end <= end) o.type = 'Unknown';
    f.end = end;
    f.canonical = undefined;
    f.method = 'head:legal-form';
    f.strength = 3;
  }
}
