// Rule "unnamed sources" of the statements stage: a speaker the text describes but never names ("U.S. officials",
// "a senior official", "experts", "police", "the report") is no entity. The statement keeps the description as its
// `speakerName`, and `describedSpeaker` says what kind of source it is ('people' or 'body'); its `speaker` stays the key
// the description's mentions share within the document ("they" resolved to "officials" has it too), which no entity
// has. The description's entity is dropped, and so are links to it from other statements. A described group is
// not a person, two documents' "officials" are not the same people, and an entity list of "experts" and "sources"
// would bury the people and bodies the text names. A description the resolve stage tied to a named person ("the
// president" for the president named) is that person's and stays.
import type { Analysis, Statement } from '../../analysis.ts';

const DESCRIBED = 'description:source';

/** The entity ids that only descriptions refer to (every mention of them, anaphors aside, a described source). */
export function describedOnly(a: Analysis): Set<string> {
  const named = new Set<string>();
  const described = new Set<string>();
  for (const m of a.mentions) {
    if (!m.entityKey || m.anaphor) continue;
    if (m.method === DESCRIBED) described.add(m.entityKey);
    else named.add(m.entityKey);
  }
  for (const k of named) described.delete(k);
  return described;
}

/** Applies the rule to an analysis whose statements are found: described speakers become text. */
export function keepUnnamedSourcesAsText(a: Analysis): Analysis {
  const described = describedOnly(a);
  if (!described.size) return a;
  const types = new Map(a.entities.filter((e) => described.has(e.id)).map((e) => [e.id, e.type]));
  const statements = a.statements.map((s): Statement => {
    const about = s.about.filter((k) => !described.has(k));
    const via = s.via && described.has(s.via) ? undefined : s.via;
    if (!described.has(s.speaker)) {
      if (about.length === s.about.length && via === s.via) return s;
      const kept = { ...s, about };
      if (via === undefined) delete kept.via;
      return kept;
    }
    const st: Statement = {
      ...s,
      describedSpeaker: types.get(s.speaker) === 'Person' ? 'people' : 'body',
      about,
    };
    if (via === undefined) delete st.via;
    return st;
  });
  return {
    ...a,
    statements,
    entities: a.entities.filter((e) => !described.has(e.id)),
  };
}
