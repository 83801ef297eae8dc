// Where things are: "Phoenix, Arizona", "the U.S. state of Arizona" (a place within a place or a country, PART_OF);
// "the U.S. Commerce Department", "China chip giant SMIC" (an organization named after or behind its country, BASED_IN).
import { isCountryWord, lexTags } from '../text/lexicon.ts';
import {
  sameName,
  demonymCountry,
  finiteVerb,
  ORG,
  outerMentions,
  type RelationContext,
  type SentenceView,
} from './relation-context.ts';

/** The country one or two words name: by the gazetteer, a nationality, or the lexicon's country words. */
function countryOf(g: RelationContext['g'], two: string, first: string): { name: string } | undefined {
  const named = [two, first].map((w) => g.byAlias.get(w)).find((e) => e?.type === 'Country');
  if (named) return named;
  const byDemonym = demonymCountry(g, two) ?? demonymCountry(g, first);
  if (byDemonym) return g.byAlias.get(byDemonym) ?? { name: byDemonym };
  return isCountryWord(first) ? { name: first } : undefined;
}

/** "China's government", "German government", "U.S. House …": a country, possessive or nationality opening a name. */
function countryInLead(g: RelationContext['g'], name: string): { name: string } | undefined {
  const lead = /^(\S+(?:\s\S+)?)\s/.exec(name);
  return lead ? countryOf(g, lead[1], lead[1].split(' ')[0].replace(/['\u2019]s$/, '')) : undefined;
}

/** The country a government body's or a firm's name opens with ("U.S. Commerce Department", "China's government"). */
export function countryInName(ctx: RelationContext, s: SentenceView): void {
  const { text, g } = ctx;
  for (const o of s.ms) {
    if (!ORG.includes(o.type) || o.m.anaphor) continue;
    // "the US-China Business Council" read from "China": a name joined by a hyphen to the word before is a compound's
    // tail; "the American Chamber of Commerce in China": a name the text places elsewhere is not in its lead country.
    if (text[o.start - 1] === '-') continue;
    if (
      s.ms.some(
        (z) => (z.type === 'Country' || z.type === 'Place') && /^\s+in\s+(?:the\s+)?$/.test(text.slice(o.end, z.start)),
      )
    )
      continue;
    // "The U.S. House Foreign Affairs Committee" read as the committee alone: the country word left just before it.
    const prev = /(?:^|\s)(U\.S\.|\p{Lu}[\p{L}.]+)\s+$/u.exec(text.slice(Math.max(s.start, o.start - 16), o.start));
    const inMention = s.ms.some((z) => z !== o && z.start < o.start && z.end > o.start - 3);
    // Only a country's own name there: a nationality left outside may be the name's first word ("American Enterprise …").
    const left = prev && !inMention ? g.byAlias.get(prev[1]) : undefined;
    const c = (left?.type === 'Country' ? left : undefined) ?? countryInLead(g, text.slice(o.start, o.end));
    // "the European Union's deal": a name the gazetteer files as a country too is no country it lies in.
    if (c && !sameName(c.name, ctx.byId.get(o.key)?.name ?? text.slice(o.start, o.end)))
      ctx.add(o.key, 'BASED_IN', ctx.ensure('Country', c.name), s.si, 0.7, 'pattern:country-in-name');
  }
}

/** Places joined by commas whose run of names ends in "and"/"or" are a list ("Phoenix, Austin and Boise"). */
function inList(ctx: RelationContext, ms: SentenceView['ms'], k: number): boolean {
  const isPlace = (m: SentenceView['ms'][number]) => m.type === 'Place' || m.type === 'Country';
  const join = (a: number) => ctx.text.slice(ms[a].end, ms[a + 1].start);
  let first = k;
  while (first > 0 && isPlace(ms[first - 1]) && /^(?:\s+\w+)?,\s*$/.test(join(first - 1))) first--;
  let last = k + 1;
  while (
    last + 1 < ms.length &&
    isPlace(ms[last + 1]) &&
    /^(?:\s+\w+)?,?\s*(?:(?:and|or)\s+)?$/.test(join(last)) &&
    join(last).trim() !== ''
  )
    last++;
  for (let a = first; a < last; a++) if (/\b(?:and|or)\s*$/.test(join(a))) return true;
  // "Beijing, Shanghai": two cities, neither a known region of the other, with a country or place list after.
  return /^\s*,?\s*(?:and|or)\s/.test(ctx.text.slice(ms[last].end, ms[last].end + 8));
}

/** "in northern", "on the northern side of", "in the south of": a place within the next place or country. */
const PLACE_IN =
  /^\s+(?:in|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|coastal)\s+)?(?:(?:side|part|coast|tip|edge|shore|outskirts|north|south|east|west)\s+of\s+(?:the\s+)?)?$/i;

/** One to three lower-case words ending in a noun for an organization (relations.yaml `organizationNouns`), then an
 * optional "the": "think tank the", "chipmaker". */
function organizationNoun(ctx: RelationContext, between: string): boolean {
  const m = /^\s+((?:[a-z][\w-]*\s+){1,3}?)(?:the\s+)?$/.exec(between);
  if (!m) return false;
  const ws = m[1].trim().split(/\s+/);
  const nouns = ctx.words('organizationNouns');
  const head = nouns.has(ws.slice(-2).join(' ')) ? 2 : nouns.has(ws[ws.length - 1]) ? 1 : 0;
  if (!head) return false;
  return !ws
    .slice(0, ws.length - head)
    .some(
      (w) =>
        finiteVerb(w) || ctx.words('prepositions').has(w) || ctx.words('breaks').has(w) || /^(?:the|a|an)$/.test(w),
    );
}

/** Neighbouring mentions: a place, a comma and a place or country; "state of"; a country before a firm's name. */
export function placesWithin(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  const placeNouns = ctx.words('placeNouns');
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (y.start < x.end) continue;
    const between = text.slice(x.end, y.start);
    const comma = /^(?:\s+(\w+))?,\s+$/.exec(between);
    if (
      x.type === 'Place' &&
      (y.type === 'Place' || y.type === 'Country') &&
      comma &&
      (!comma[1] || placeNouns.has(comma[1].toLowerCase()))
    ) {
      // "Beijing, Shanghai and Shenzhen" is a list, not a city in a city; "Huaian, Jiangsu province, China" is a chain.
      if (inList(ctx, ms, k)) continue;
      ctx.add(x.key, 'PART_OF', y.key, s.si, 0.7, 'pattern:place-in-place');
    } else if (x.type === 'Place' && (y.type === 'Place' || y.type === 'Country') && PLACE_IN.test(between)) {
      // "Hsinchu in northern Taiwan", "Mount Ruang on the northern side of Sulawesi Island".
      ctx.add(x.key, 'PART_OF', y.key, s.si, 0.65, 'pattern:place-in-place');
    } else if (
      x.type === 'Organization' &&
      y.type === 'Place' &&
      // The acronym in brackets may be a mention of its own: then the words start after its closing bracket.
      /^\s*(?:\([^()]{1,12}\)\s*)?\s+in\s+$/.test(text[x.start - 1] === '(' ? between.replace(/^\)/, '') : between) &&
      // "the Center for Strategic and International Studies in Washington": an institution where it sits; a place
      // that goes on ("in Washington on Monday" is fine, "in Beijing's …" is another noun's).
      !/^['\u2019]s\b/.test(text.slice(y.end, y.end + 2))
    ) {
      ctx.add(x.key, 'BASED_IN', y.key, s.si, 0.65, 'pattern:organization-in-place');
    } else if (x.type === 'Country' || x.type === 'Place') {
      const of = /^\s+(?:[\w-]+\s+)?(\w+)\s+of\s+$/i.exec(between);
      if (y.type === 'Place' && of && placeNouns.has(of[1].toLowerCase()))
        ctx.add(y.key, 'PART_OF', x.key, s.si, 0.75, 'pattern:place-in-place');
      else if (
        x.type === 'Country' &&
        ORG.includes(y.type) &&
        /^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(between) &&
        // "a breakthrough in China that a committee said": a clause or a new noun phrase starts between them.
        !/\b(?:and|or|to|in|of|for|with|from|by|on|at|the|a|an|that|which|who|whose|where|when|while|as)\b/.test(
          between,
        ) &&
        // "China praised Nvidia": a verb between them makes the firm an object, not a name the country qualifies; so
        // does a noun for other people ("U.S. officials blacklisted Huawei": relations.yaml demonymNotHome).
        !between
          .trim()
          .split(/\s+/)
          .some(
            (w) =>
              finiteVerb(w) ||
              // "exports to China hurt Nvidia", "entities of the PRC include X": a bare verb (the lexicon's
              // infinitive) after a plural or a past subject is a verb too.
              lexTags(w) === 'Infinitive' ||
              // "China would sue Nvidia": a modal or an auxiliary opens a verb group.
              ctx.words('modals').has(w) ||
              ctx.words('auxiliaries').has(w) ||
              /[a-z]ed$/.test(w) ||
              ctx.words('demonymNotHome').has(w),
          )
      )
        // "the U.S. Commerce Department", "China chip giant SMIC".
        ctx.add(y.key, 'BASED_IN', x.key, s.si, 0.7, 'pattern:country-before-name');
      else if (ORG.includes(y.type) && organizationNoun(ctx, between))
        // "the Washington think tank the Center for Strategic and International Studies", "Shenzhen chipmaker SMIC".
        ctx.add(y.key, 'BASED_IN', x.key, s.si, 0.7, 'pattern:place-before-name');
    }
  }
}

/** "-based", "-headquartered": the compound a place or a country makes with an organization it is home to. */
const BASED = /^-(?:based|headquartered)\b/;

/**
 * "California-based Nvidia", "a Shenzhen-based chipmaker, SMIC" (the place before the organization) and "Micron, the
 * only U.S.-based memory maker" (an apposition after it): the organization is BASED_IN the place or country.
 */
export function hyphenBased(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = s.ms;
  ms.forEach((p, k) => {
    if ((p.type !== 'Place' && p.type !== 'Country') || !BASED.test(text.slice(p.end, p.end + 14))) return;
    const after = ms[k + 1];
    const gap = after ? text.slice(p.end, after.start) : '';
    // "California-based Nvidia Corp.", "a Beijing-based start-up called Zhipu": up to four words between.
    // A comma before the name only for an apposition the comma closes ("a Shenzhen-based start-up, Zhipu, …").
    const appositive = /,\s*$/.test(gap) ? /^\s*[,.;)]/.test(text.slice(after!.end, after!.end + 2)) : true;
    if (
      after &&
      ORG.includes(after.type) &&
      appositive &&
      /^-\w+\s+(?:[\w-]+,?\s+){0,4}$/.test(gap) &&
      !/[,;]/.test(gap.trimEnd().replace(/,$/, ''))
    )
      ctx.add(after.key, 'BASED_IN', p.key, s.si, 0.8, 'pattern:x-based');
    const before = k > 0 ? ms[k - 1] : undefined;
    if (
      before &&
      ORG.includes(before.type) &&
      /^\s*(?:\([^)]{1,12}\)\s*)?,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$/.test(text.slice(before.end, p.start))
    )
      ctx.add(before.key, 'BASED_IN', p.key, s.si, 0.75, 'pattern:x-based');
  });
}

/** Copulas may stand between a country and "the state of X" ("the United States' top producer is the state of X"). */
const COPULA = new Set(['is', 'are', 'was', 'were']);

/**
 * "a U.S. facility in the southwest state of Arizona", "One of the United States' top producers … is the state of
 * Illinois": a place named by "the … state of" (relations.yaml placeNouns) with a country earlier in the same clause
 * and no other place between is PART_OF that country. The clause ends at a verb other than a copula.
 */
export function placeNounOf(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  const placeNouns = ctx.words('placeNouns');
  ms.forEach((y, k) => {
    if (y.type !== 'Place' || k === 0) return;
    const of = /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(\w+)\s+of\s+$/i.exec(
      text.slice(Math.max(s.start, y.start - 60), y.start),
    );
    if (!of || !placeNouns.has(of[1].toLowerCase())) return;
    for (let j = k - 1; j >= 0; j--) {
      const z = ms[j];
      if (z.end > y.start) continue;
      if (z.type === 'Place') return;
      const between = text.slice(z.end, y.start);
      if (/[;:()"\u201c\u201d]/.test(between)) return;
      if (between.split(/[^\w'-]+/).some((w) => w && !COPULA.has(w.toLowerCase()) && finiteVerb(w))) return;
      if (z.type === 'Country') {
        ctx.add(y.key, 'PART_OF', z.key, s.si, 0.7, 'pattern:place-noun-of');
        return;
      }
    }
  });
}
