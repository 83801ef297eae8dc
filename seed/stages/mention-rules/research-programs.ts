// Rule "programs of an institution": a name headed by "Program" that a think tank or a university runs ("director of the
// Technology and National Security Program at the Center for a New American Security", "the Strategic Technologies
// Program at CSIS") is a unit of that institution, an Organization, not a policy.
import type { Found } from './found-mention.ts';

const PROGRAM_HEAD = /\bProgram(?:me)?$/;
/** "… Program at the Center …", "… Program at CSIS": a program placed in an institution. */
const AT_INSTITUTION = /^\s+at\s+(?:the\s+)?\p{Lu}/u;
/** "director of the …", "a fellow in the …": a post in the program. */
const POST_BEFORE =
  /\b(?:director|head|chair|fellow|associate|member|manager|lead)\s+(?:of|in|with|for)\s+(?:the\s+)?$/i;

/**
 * "the Center for a New American Security's Technology and National Security program": title-case words before a
 * lower-case "program" that an institution runs (its possessive before them, or "at" one after) name that unit, "and"
 * and "of" inside included; the names guessed inside ("National Security") are its words, not names.
 */
const LOWER_PROGRAM =
  /(?<pre>(?<poss>['\u2019]s\s+)|\b(?:director|head|chair|fellow|associate|member|manager|lead)\s+(?:of|in|with|for)\s+(?:the|its|their)\s+)(?<name>\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?\p{Lu}[\p{L}-]*){0,6}\s+program)\b/gu;

/** Heads of a research institution's name. */
const INSTITUTION =
  /\b(?:Center|Centre|Institute|Institution|University|College|School|Foundation|Endowment|Academy)\b/;

function addLowerPrograms(found: Found[], text: string, ranges: { start: number; end: number }[]): void {
  if (!text.includes(' program')) return;
  for (const m of text.matchAll(LOWER_PROGRAM)) {
    const start = m.index + m.groups!.pre.length;
    const end = start + m.groups!.name.length;
    // A possessive must be a research institution's (a think tank, a university): a government's or a firm's program
    // is a policy or a product.
    if (
      m.groups!.poss &&
      !found.some((f) => f.end === m.index && f.type === 'Organization' && INSTITUTION.test(text.slice(f.start, f.end)))
    )
      continue;
    if (found.some((f) => f.start < end && start < f.end && (f.type === 'Policy' || f.method === 'gazetteer')))
      continue;
    const sentence = ranges.findIndex((r) => r.start <= start && end <= r.end);
    if (sentence < 0) continue;
    for (const f of found) if (f.start >= start && f.end <= end && !f.anaphor) f.type = 'Unknown';
    found.push({ start, end, type: 'Organization', method: 'head:program-unit', strength: 3, sentence });
  }
}

/** Applies the rule to a document's finds (in place). */
export function settleResearchPrograms(
  found: Found[],
  text: string,
  ranges: { start: number; end: number }[] = [],
): void {
  addLowerPrograms(found, text, ranges);
  for (const f of found) {
    if (f.type !== 'Policy' || f.anaphor) continue;
    if (!PROGRAM_HEAD.test(text.slice(f.start, f.end))) continue;
    if (
      !AT_INSTITUTION.test(text.slice(f.end, f.end + 12)) &&
      !POST_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))
    )
      continue;
    [f.type, f.method, f.strength] = ['Organization', 'head:program-unit', 3];
  }
}
