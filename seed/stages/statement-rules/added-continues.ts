// Rule "he added": a statement whose speaker is a pronoun ("He added that …", "she continued") and whose cue continues
// speech is the previous sentence's speaker's, when that speaker is a person described, not named: "…, the president
// said on Tuesday. He added that …". Pronouns take only named antecedents (resolve.ts), so without this rule "he" would
// go to a man named further back. After a named speaker the pronoun's own resolution (which knows gender) stands.
import type { Statement } from '../../analysis.ts';

/** Cues that carry on what the sentence before said. */
const CONTINUING = /^(?:added|adds|continued|continues|went on)$/;

/**
 * Applies the rule to a document's statements (sorted by start), in place. `byPronoun` holds the statements whose
 * speaker stood as "he" or "she"; `isDescribedPerson` says whether a speaker key is a described person's.
 */
export function continueAfterAdded(
  out: Statement[],
  byPronoun: Set<Statement>,
  isDescribedPerson: (key: string) => boolean,
): void {
  for (let i = 1; i < out.length; i++) {
    const st = out[i];
    if (!byPronoun.has(st) || !CONTINUING.test(st.cue)) continue;
    const prev = out.slice(0, i).findLast((p) => p.provenance.sentence < st.provenance.sentence);
    if (!prev || prev.provenance.sentence !== st.provenance.sentence - 1 || prev.speaker === st.speaker) continue;
    if (!isDescribedPerson(prev.speaker)) continue;
    st.speaker = prev.speaker;
    st.speakerName = prev.speakerName;
    st.about = st.about.filter((k) => k !== prev.speaker);
  }
}
