// Rule "name variants" of the resolve stage: one organization written with and without its country ("U.S. Department
// of the Treasury", "Department of the Treasury") or with and without the dots of an abbreviation ("US Department of
// Commerce", "U.S. Department of Commerce") is one entity inside a document. The name kept is the document's
// publisher's when the publisher is that organization, else the gazetteer's, else the longest written.
import type { Analysis, Mention } from '../../analysis.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';

/** A country named before an institution's name ("U.S.", "US", "United States"). */
const COUNTRY_PREFIX = /^(?:U\.?S\.?|United\s+States|U\.?K\.?|United\s+Kingdom)\s+/;

/** The words that tell variants apart removed: a leading "the", a leading country, the dots of abbreviations, case, and
 * the order of a ministry's or a department's field ("Commerce Ministry" = "Ministry of Commerce"). */
export function variantKey(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(COUNTRY_PREFIX, '')
    .replace(/\./g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(ministry|department) of the /, '$1 of ')
    .replace(/^([a-z]+) (ministry|department)$/, '$2 of $1');
}

/** Applies the rule to a document's mentions (in place: their canonical names). */
export function resolveNameVariants(a: Analysis, ms: Mention[], g: Gazetteer): void {
  mergeDescribedBodies(ms);
  mergePlaceVariants(ms);
  const groups = new Map<string, Set<string>>();
  const orgs = ms.filter(
    (m) =>
      !m.anaphor &&
      !!m.canonical &&
      (m.type === 'Organization' || m.type === 'Company') &&
      !m.method.startsWith('description:'),
  );
  for (const m of orgs) {
    const key = variantKey(m.canonical!);
    if (!key.includes(' ')) continue;
    let s = groups.get(key);
    if (!s) groups.set(key, (s = new Set()));
    s.add(m.canonical!);
  }
  const source = a.doc.source;
  const sourceKey = source ? variantKey(source) : undefined;
  const chosen = new Map<string, string>();
  for (const [key, names] of groups) {
    const publisher = key === sourceKey && source && !names.has(source) ? source : undefined;
    if (names.size < 2 && !publisher) continue;
    const all = [...names];
    const pick =
      publisher ??
      all.find((n) => n === source) ??
      all.find((n) => g.byAlias.get(n)?.name === n) ??
      all.sort((x, y) => y.length - x.length)[0];
    chosen.set(key, pick);
  }
  for (const [short, long] of fullTitles(orgs.map((m) => m.canonical!))) chosen.set(variantKey(short), long);
  for (const [field, dept] of departmentFields(orgs.map((m) => m.canonical!))) chosen.set(variantKey(field), dept);
  const merged = orgs.map((m) => chosen.get(variantKey(m.canonical!)) ?? m.canonical!);
  for (const [short, long] of shortNames(merged)) chosen.set(variantKey(short), chosen.get(variantKey(long)) ?? long);
  if (!chosen.size) return;
  for (const m of orgs) {
    const pick = chosen.get(variantKey(m.canonical!));
    if (pick) m.canonical = pick;
  }
  // Mentions that refer back to one of them follow it.
  for (const m of ms) {
    if (!m.anaphor || !m.canonical) continue;
    const pick = chosen.get(variantKey(m.canonical));
    if (pick) m.canonical = pick;
  }
}

/**
 * Places written with and without their dots and commas ("Washington, D.C.", "Washington DC") are one place, under
 * the longer name; a place that has a country's name in the document ("the US-South Korea partnership" beside "the
 * Republic of Korea") is that country.
 */
function mergePlaceVariants(ms: Mention[]): void {
  const key = (n: string) =>
    n
      .replace(/^the\s+/i, '')
      .replace(/[.,]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const countries = new Map<string, string>();
  for (const m of ms)
    if (m.type === 'Country' && !m.anaphor && m.canonical) countries.set(key(m.canonical), m.canonical);
  const best = new Map<string, string>();
  for (const m of ms) {
    if (m.type !== 'Place' || m.anaphor || !m.canonical) continue;
    const k = key(m.canonical);
    const prev = best.get(k);
    if (!prev || m.canonical.length > prev.length) best.set(k, m.canonical);
  }
  for (const m of ms) {
    if (m.type !== 'Place' || m.anaphor || !m.canonical) continue;
    const k = key(m.canonical);
    const country = countries.get(k);
    if (country) {
      m.type = 'Country';
      m.canonical = country;
    } else m.canonical = best.get(k) ?? m.canonical;
  }
}

/**
 * A body named by description written with and without the dots of its country ("US House", "the U.S. House"): one
 * entity, under the dotted name (the longer). Only the dots and case tell them apart: "House" alone is left alone.
 */
function mergeDescribedBodies(ms: Mention[]): void {
  const bodies = ms.filter((m) => !m.anaphor && !!m.canonical && m.method === 'description:government');
  const key = (n: string) =>
    n
      .replace(/^the\s+/i, '')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  const best = new Map<string, string>();
  for (const m of bodies) {
    const k = key(m.canonical!);
    const prev = best.get(k);
    if (!prev || m.canonical!.length > prev.length) best.set(k, m.canonical!);
  }
  for (const m of bodies) m.canonical = best.get(key(m.canonical!)) ?? m.canonical;
}

/** The head of an organization's name: its last word before "on/of/for/to" ("Committee" of "Select Committee on …"). */
function headIndex(words: string[]): number {
  const cut = words.findIndex((w, i) => i > 0 && /^(?:on|of|for|to)$/.test(w));
  return (cut < 0 ? words.length : cut) - 1;
}

/**
 * "the Select Committee" after "the House Select Committee on the Chinese Communist Party": a name of two or more
 * words that is a run of exactly one longer organization's name in the document, its head word included, is that
 * organization's short name. ("Federal Reserve" is no short name of "Federal Reserve Bank of New York": no head.)
 */
export function shortNames(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const distinct = [...new Set(names)];
  for (const short of distinct) {
    const sw = short.replace(/^the\s+/i, '').split(/\s+/);
    if (sw.length < 2 || !sw.every((w) => /^\p{Lu}/u.test(w))) continue;
    const longer = distinct.filter((long) => {
      if (long === short) return false;
      const lw = long.replace(/^the\s+/i, '').split(/\s+/);
      if (lw.length <= sw.length) return false;
      const h = headIndex(lw);
      for (let i = 0; i + sw.length <= lw.length; i++)
        if (sw.every((w, k) => lw[i + k] === w)) return i <= h && h < i + sw.length;
      return false;
    });
    if (longer.length === 1) out.set(short, longer[0]);
  }
  return out;
}

/** A name split at its head's "on/for/of [the]": the words up to it ("House Select Committee on") and the rest. */
function subjectSplit(name: string): { body: string; subject: string[] } | undefined {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const h = headIndex(words);
  if (h < 0 || h + 1 >= words.length - 1 || !/^(?:on|for)$/.test(words[h + 1])) return undefined;
  let k = h + 2;
  if (/^the$/i.test(words[k] ?? '')) k++;
  return {
    body: words
      .slice(0, h + 2)
      .join(' ')
      .toLowerCase(),
    subject: words.slice(k),
  };
}

/**
 * "the House Select Committee on the Chinese Communist Party" in a document that also writes "the House Select
 * Committee on the Strategic Competition Between the United States and the Chinese Communist Party": one body under
 * its full title and its working title, when both read the same up to "on/for" and the shorter's subject (two words or
 * more, or the initials of the longer's last words: "… on the CCP") ends the longer's. The words before "on/for" may
 * lose a leading qualifier ("Select Committee on CCP" of the "Congressional Select Committee on the Chinese Communist
 * Party"). The full title is kept. ("Committee on Foreign Affairs" and "Committee on Armed Services"
 * stay two.)
 */
export function fullTitles(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const split = [...new Set(names)].flatMap((n) => {
    const s = subjectSplit(n);
    return s ? [{ name: n, ...s }] : [];
  });
  for (const short of split) {
    const longer = split.filter(
      (long) =>
        long !== short &&
        (long.body === short.body || long.body.endsWith(` ${short.body}`)) &&
        (long.subject.length > short.subject.length ||
          (long.subject.length === short.subject.length && long.body.length > short.body.length)) &&
        subjectEnds(short.subject, long.subject),
    );
    if (longer.length === 1) out.set(short.name, longer[0].name);
  }
  return out;
}

/** The shorter subject ends the longer: its words (two or more), or one acronym of the longer's last capitalized words. */
function subjectEnds(short: string[], long: string[]): boolean {
  if (short.length >= 2 || (short.length === long.length && short[0] === long[0]))
    return short.every((w, i) => long[long.length - short.length + i] === w);
  const acronym = short[0] ?? '';
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || long.length < acronym.length) return false;
  const tail = long.slice(-acronym.length);
  return tail.every((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && w[0] === acronym[i]);
}

/**
 * "Commerce" ("Secretary of Commerce Jane Doe") in a document that names the "Department of Commerce": a one-word
 * organization that is the field of exactly one department or ministry in the document is that department.
 */
export function departmentFields(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const distinct = [...new Set(names)];
  // Only a name with one of the two head words can be a field's department: the others are not tried per field.
  const bodies = distinct.filter((n) => n.includes('Department') || n.includes('Ministry'));
  for (const field of distinct) {
    if (!bodies.length) break;
    if (!/^\p{Lu}\p{Ll}+$/u.test(field)) continue;
    const of = new RegExp(`(?:^|\\s)(?:Department|Ministry)\\s+of\\s+(?:the\\s+)?${field}$`);
    const depts = bodies.filter((n) => of.test(n));
    if (depts.length === 1) out.set(field, depts[0]);
  }
  return out;
}
