// An institution's name: one headed by an organization's head word that no firm's name ends in ("Center for Strategic
// and International Studies", "House Foreign Affairs Committee", "Peking University"). Such a body is never "the
// company" a later description speaks of, nor a firm because one was spoken of near it.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';

/** The head word: the word before the first "of", "for", "on" or "at" that follows it ("Center for …"), else the last. */
export function headWord(name: string): string {
  const words = name.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && /^(?:of|for|on|at)$/.test(w));
  return at > 0 ? words[at - 1] : words[words.length - 1];
}

export function isInstitutionName(name: string, g: Gazetteer): boolean {
  const head = headWord(name);
  return g.organizationHeads.has(head) && !g.companyHeads.has(head);
}
