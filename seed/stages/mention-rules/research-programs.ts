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

/** Applies the rule to a document's finds (in place). */
export function settleResearchPrograms(found: Found[], text: string): void {
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
