// Rule "acronyms" of the resolve stage: a short form and the name it abbreviates are one entity inside a document —
// "the Bureau of Industry and Security (BIS)", "the Validated End-User (VEU) Program", and an unbracketed "CCP" after
// "the Chinese Communist Party" — while a short form defined by a common-noun phrase ("interim final rule (IFR)")
// names no entity.
import type { Analysis, Mention } from '../../analysis.ts';
import { LEGAL_FORMS } from '../text/names.ts';

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le']);

/** Whether a short form spells the initials of a name's words ("BIS" of Bureau of Industry and Security, "RoK", "PRC"),
 * function words or a company's legal form left out or not ("CATL" of Contemporary Amperex Technology Co., Limited). */
export function isAcronymOf(short: string, full: string): boolean {
  const letters = short.replace(/[^A-Z]/g, '');
  return letters.length >= 2 && acronymsOf(full).has(letters);
}

/** Every short form isAcronymOf accepts for a name (its initials with and without function words and legal forms). */
function acronymsOf(full: string): Set<string> {
  const words = full.split(/[\s-]+/).filter(Boolean);
  const initials = (ws: string[]) => ws.map((w) => w[0].toUpperCase()).join('');
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const legal = (w: string) => LEGAL_FORMS.has(w.replace(/,$/, ''));
  const lastLegal = (ws: string[]) => ws.filter((w, i) => !legal(w) || i === ws.length - 1);
  // "Export Control Reform Act of 2018" (ECRA), "National Defense Authorization Act for Fiscal Year 1999" (NDAA): a
  // dated qualifier after the last "of" or "for" is no part of the short form.
  const cut = Math.max(words.lastIndexOf('of'), words.lastIndexOf('for'));
  const undated =
    cut > 1 && /\d/.test(words.slice(cut + 1).join(' '))
      ? words.slice(0, cut).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
      : [];
  return new Set(
    [words, content, words.filter((w) => !legal(w)), content.filter((w) => !legal(w)), lastLegal(content), undated]
      .filter((ws) => ws.length)
      .map(initials),
  );
}

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^(?:the|The)\s+/, '')
    .trim();

/** A bracketed short form after a name, a company's legal form between them allowed ("Co., Limited (CATL)"). */
const ACRONYM_AFTER =
  /^(?:,?\s+(?:Limited|Ltd\.?|Inc\.?|Corp\.?|Co\.?|LLC|PLC|plc|AG|SA|S\.A\.|N\.V\.))?\s*\(\s*([A-Z][A-Za-z&]{1,9}|[A-Z](?:\.[A-Z])+\.?)\s*\)/;
/** A bracketed short form with a fiscal year before it: "(FY99 NDAA)", "(FY2024 NDAA)". */
const DATED_ACRONYM_AFTER = /^\s*\(\s*(FY\s?\d{2,4})\s+([A-Z][A-Za-z&]{1,9})\s*\)/;
/** A short name in brackets right after a quoted title: “Export Controls on Semiconductor Manufacturing Items” (SME IFR). */
const QUOTED_SHORT_AFTER = /^\s*["\u201d]\s*\(\s*([A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,2})\s*\)/;
/** A short form given after a comma: "Japan's trade ministry, known as METI", "Hua Hong Semiconductor, or HHGrace,". */
const NAMED_AFTER =
  /^,\s+(?:((?:also\s+)?known\s+as|called)|or)\s+(?:the\s+)?([A-Z][A-Za-z&]{1,9})\b(?![\w'’-]|\s+\p{Lu})/u;
/** A bracketed short name of capitalized words after a name: "the U.S. Department of the Treasury (Treasury Department)". */
const SHORT_NAME_AFTER = /^\s*\(\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s*\)/u;

/** Whether every word of a short name is a word of the full name ("Treasury Department" of "Department of the Treasury"). */
export function isShortNameOf(short: string, full: string): boolean {
  const words = new Set(full.split(/\s+/));
  return short.split(/\s+/).every((w) => words.has(w));
}
/** A short form in brackets inside a name, after the words it abbreviates: "Validated End-User (VEU) Program". */
const ACRONYM_INSIDE = /^(.+?)\s*\(\s*([A-Z][A-Za-z&]{1,9})\s*\)\s+\S/;
/** A short form defined by a lower-case phrase: "an interim final rule (IFR)", "military-civil fusion (MCF)". */
const COMMON_DEFINITION = /\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5})\s*\(\s*([A-Z]{2,6})\s*\)/g;
/** The bracketed short form COMMON_DEFINITION ends in: a text without one is not searched word by word. */
const BRACKETED_SHORT_FORM = /\(\s*[A-Z]{2,6}\s*\)/;
/** A short form as a name is written: two to six capitals (a lower-case letter inside allowed: "RoK"). */
const SHORT_FORM = /^[A-Z][A-Za-z&]{1,5}$/;

/** Whether a mention may stand for a longer name: not a person, not an anaphor, a name of more than one word. */
const isFull = (m: Mention) => !m.anaphor && m.type !== 'Person' && !!m.canonical?.includes(' ');

/**
 * Applies the rule to a document's mentions (in place; a mention may be added for a bracketed short form no rule found,
 * and mentions of a short form defined by a common-noun phrase are removed).
 */
export function resolveAcronyms(a: Analysis, ms: Mention[]): void {
  const raw = a.doc.raw;
  const defined = new Map<string, Mention>();
  const define = (short: string, m: Mention, start: number) => {
    if (defined.has(short)) return;
    defined.set(short, m);
    if (!ms.some((o) => o.start === start))
      ms.push({
        start,
        end: start + short.length,
        text: short,
        type: m.type,
        canonical: m.canonical,
        sentence: m.sentence,
        method: 'pattern:acronym',
      });
  };
  for (const m of ms) {
    if (!isFull(m)) continue;
    const x = ACRONYM_AFTER.exec(raw.slice(m.end, m.end + 30));
    if (x && isAcronymOf(x[1], clean(m.text + x[0].slice(0, x[0].indexOf('(')))))
      define(x[1], m, m.end + x[0].indexOf(x[1], x[0].indexOf('(')));
    // “Export Controls on Semiconductor Manufacturing Items” (SME IFR): a title in quotation marks and a bracket right
    // after it is a definition, whatever the short name's letters.
    const quoted =
      m.type === 'Policy' || m.type === 'Event' ? QUOTED_SHORT_AFTER.exec(raw.slice(m.end, m.end + 30)) : null;
    if (quoted) define(quoted[1], m, m.end + quoted[0].lastIndexOf(quoted[1]));
    // "(FY99 NDAA)": the dated short form is the name's, and so is the bare one ("the NDAA") later on.
    const dated = DATED_ACRONYM_AFTER.exec(raw.slice(m.end, m.end + 30));
    if (dated && isAcronymOf(dated[2], clean(m.text))) {
      const short = dated[0].slice(dated[0].indexOf(dated[1])).replace(/\s*\)$/, '');
      define(short, m, m.end + dated[0].indexOf(dated[1]));
      if (!defined.has(dated[2])) defined.set(dated[2], m);
    }
    // "…, known as METI" names the short form whatever its letters; "…, or SMIC" only when it spells the initials
    // (otherwise it is a list: "Nvidia, or AMD"). A short form the gazetteer knows gives the description its name.
    const z = NAMED_AFTER.exec(raw.slice(m.end, m.end + 40));
    if (z && (m.type === 'Organization' || m.type === 'Company') && (z[1] || isAcronymOf(z[2], clean(m.text)))) {
      const at = m.end + z[0].lastIndexOf(z[2]);
      const known = ms.find((o) => o.start === at && o.method === 'gazetteer');
      if (known) [m.canonical, m.type] = [known.canonical, known.type];
      else define(z[2], m, at);
    }
    const y = SHORT_NAME_AFTER.exec(raw.slice(m.end, m.end + 40));
    if (y && (m.type === 'Organization' || m.type === 'Company') && isShortNameOf(y[1], clean(m.text)))
      define(y[1], m, m.end + y[0].indexOf(y[1]));
    const inside = ACRONYM_INSIDE.exec(m.text);
    if (inside && isAcronymOf(inside[2], clean(inside[1])))
      define(inside[2], m, m.start + inside[0].lastIndexOf(inside[2]));
  }
  // "CCP" after "the Chinese Communist Party", with no brackets: the one longer name in the document it abbreviates.
  // Each longer name's short forms are computed once (a document may hold many short forms and many names).
  const shortForms = new Map<Mention, Set<string>>();
  const shortFormsOf = (f: Mention) => {
    let set = shortForms.get(f);
    if (!set) shortForms.set(f, (set = acronymsOf(clean(f.text))));
    return set;
  };
  for (const m of ms) {
    if (m.anaphor || defined.has(m.text) || !SHORT_FORM.test(m.text) || m.method === 'gazetteer') continue;
    const letters = m.text.replace(/[^A-Z]/g, '');
    if (letters.length < 2) continue;
    const fulls = new Map<string, Mention>();
    for (const f of ms) if (isFull(f) && f.start < m.start && shortFormsOf(f).has(letters)) fulls.set(f.canonical!, f);
    if (fulls.size === 1) defined.set(m.text, [...fulls.values()][0]);
  }
  const generic = new Set<string>();
  for (const d of BRACKETED_SHORT_FORM.test(raw) ? raw.matchAll(COMMON_DEFINITION) : []) {
    const words = d[1].split(/\s+/);
    if (!defined.has(d[2]) && words.some((_, k) => isAcronymOf(d[2], words.slice(k).join(' ')))) generic.add(d[2]);
  }
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    if (m.anaphor) continue;
    const full = defined.get(m.text) ?? (m.canonical ? defined.get(m.canonical) : undefined);
    if (full) {
      m.canonical = full.canonical;
      m.type = full.type;
    } else if (generic.has(m.text) && m.method !== 'gazetteer') ms.splice(i, 1);
  }
  ms.sort((x, y) => x.start - y.start);
}
