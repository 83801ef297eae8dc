// The name scan: each sentence's capitalized runs split into known names (the gazetteer), titles before a person,
// chips, models and spans the shape and list rules type (text/names.ts).
import type { EntityLabel } from '../../../core/graph-model.ts';
import type { Gazetteer, KnownEntity } from '../../gazetteer/gazetteer.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { guessSpan, isFamilyGiven, LEGAL_FORMS, STOP_WORDS, type SpanGuess } from '../text/names.ts';
import { isCommonWord, isDemonym, isFirstName, isPlaceWord } from '../text/lexicon.ts';
import { type Found, HONORIFIC, isCap, NAME_PREPOSITIONS, PLURAL_NOUN, type SentenceScan } from './found-mention.ts';
import { scanTableRow } from './conll-sports-tables.ts';
import { MONTH_ABBREVIATION_ALT, MONTH_ALT, WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';

/** Verbs a headline writes capitalized after its subject: "Committee Holds Hearing", "Agency Unveils Rule". */
const HEADLINE_ACT =
  /^(?:Holds|Hosts|Announces|Releases|Launches|Unveils|Issues|Introduces|Passes|Approves|Advances|Demands|Presses|Sends|Subpoenas|Investigates|Probes|Slams|Welcomes|Says|Warns|Urges|Calls|Seeks|Finds|Reveals|Opens|Marks|Votes)$/;

/** A chip's model number ("H100", "MI300X", "HGX-200"), or its plural ("the restricted H100s and A100s"). */
const CHIP_TOKEN = /^(?:[A-Z]{1,3}\d{2,4}[A-Z]{0,2}|[A-Z]{2,4}-\d{3,4}[A-Z]?|MI\d{3}[A-Z]?)s?$/;
/** A chip's plural ("H100s") names the chip ("H100"). */
const chipSingular = (w: string) => (/\ds$|[A-Z]s$/.test(w) ? w.slice(0, -1) : undefined);
const CHIP_CONTEXT =
  /\b(?:chips?|GPUs?|processors?|accelerators?|semiconductors?|graphics\s+cards?|silicon|superchips?|modules?)\b/i;
const MODEL_CONTEXT = /\b(?:models?|LLMs?|chatbots?|reasoning|open-source|open-weight|weights)\b/i;
/** A model's version: "4", "2.5", "V3", "4o", a tier glued on ("2.5-Max"), or a lower-case series letter ("k1.5"). */
const VERSION_TOKEN = /^(?:[A-Z]?\d+(?:\.\d+)*[a-z]?(?:-[A-Z][a-z]+)?|[A-Z]\d+(?:\.\d+)?[a-z]?|[a-z]\d+(?:\.\d+)+)$/;
const CHIP_NUMBER = /^\d{2,4}[A-Z]{0,2}$/;
const VARIANT = new Set(['Ultra', 'Pro', 'PRO', 'Max', 'Super', 'Plus', 'Ti', 'Mini', 'Nano', 'Lite']);
export const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'la', 'van', 'von', 'der', 'du', 'da', '&', 'and']);
const OPENERS = new Set(['"', "'", '(', '[', '-', ':', '*', '•']);

const FIRST_TOKENS = new WeakMap<Gazetteer, { exact: Set<string>; lower: Set<string> }>();
/** First tokens of the gazetteer's aliases: a capitalized word that starts none is passed over without building forms. */
function aliasFirstTokens(g: Gazetteer): { exact: Set<string>; lower: Set<string> } {
  let f = FIRST_TOKENS.get(g);
  if (!f) {
    const first = (form: string) => tokenize(form, 0, form.length)[0]?.text ?? '';
    f = { exact: new Set([...g.byAlias.keys()].map(first)), lower: new Set([...g.byLowerAlias.keys()].map(first)) };
    FIRST_TOKENS.set(g, f);
  }
  return f;
}

/** Days and months: "on Friday" after a name is a date, not more of the name. */
const CALENDAR = new RegExp(`^(?:${WEEKDAY_ALT}|${MONTH_ALT}|${MONTH_ABBREVIATION_ALT})\\.?$`);

const ALIAS_PREFIXES = new WeakMap<Gazetteer, Set<string>>();
/** Every proper prefix of a many-word alias, cut at a token's end ("People", "People's", "People's Republic", …). */
function aliasPrefixes(g: Gazetteer): Set<string> {
  let p = ALIAS_PREFIXES.get(g);
  if (!p) {
    p = new Set();
    for (const form of g.byAlias.keys()) {
      const toks = tokenize(form, 0, form.length);
      for (let n = 1; n < toks.length; n++) p.add(form.slice(0, toks[n - 1].end));
    }
    ALIAS_PREFIXES.set(g, p);
  }
  return p;
}

const TITLES_BY_FIRST = new WeakMap<Gazetteer, Map<string, Gazetteer['titles']>>();
/** Titles by their first word, built once per gazetteer rather than once per document. */
function titlesByFirstWord(g: Gazetteer): Map<string, Gazetteer['titles']> {
  let m = TITLES_BY_FIRST.get(g);
  if (!m) {
    m = new Map();
    for (const t of g.titles) {
      const first = t.title.split(' ')[0];
      m.set(first, [...(m.get(first) ?? []), t]);
    }
    TITLES_BY_FIRST.set(g, m);
  }
  return m;
}

const TITLE_FIRST_CHARS = new WeakMap<Map<string, Gazetteer['titles']>, Uint8Array>();
/**
 * The first characters of the titles' first words, as a table by code unit (1: some title's first word starts with it):
 * a word starting with another opens no title, and is not looked up by its text.
 */
function titleFirstChars(byFirst: Map<string, Gazetteer['titles']>): Uint8Array {
  let s = TITLE_FIRST_CHARS.get(byFirst);
  if (!s) {
    s = new Uint8Array(65536);
    for (const w of byFirst.keys()) if (w.length) s[w.charCodeAt(0)] = 1;
    TITLE_FIRST_CHARS.set(byFirst, s);
  }
  return s;
}

export class NameFinder {
  found: Found[] = [];
  chipNames = new Set<string>();
  constructor(
    private text: string,
    readonly g: Gazetteer,
    private lowerWords: Set<string>,
  ) {}

  isCommon = (w: string) => {
    const l = w.toLowerCase();
    if (w === l) return false;
    return (
      this.lowerWords.has(l) ||
      (/ies$/.test(l) && this.lowerWords.has(l.slice(0, -3) + 'y')) ||
      (/[^s]s$/.test(l) && this.lowerWords.has(l.slice(0, -1)))
    );
  };

  known(toks: Token[], k: number, end: number, caps: boolean): { n: number; e: KnownEntity } | null {
    const firsts = aliasFirstTokens(this.g);
    if (!(caps ? firsts.lower.has(toks[k].text.toLowerCase()) : firsts.exact.has(toks[k].text))) return null;
    for (let n = Math.min(this.g.maxAliasTokens + 2, end - k); n >= 1; n--) {
      const form = this.text.slice(toks[k].start, toks[k + n - 1].end).replace(/\s+/g, ' ');
      const e = caps ? this.g.byLowerAlias.get(form.toLowerCase()) : this.g.byAlias.get(form);
      if (e) return { n, e };
    }
    return null;
  }

  titlesByFirst?: Map<string, Gazetteer['titles']>;
  titleFirsts?: Uint8Array;

  title(toks: Token[], k: number, end: number): { n: number; title: string; org?: string; leads?: boolean } | null {
    let best: { n: number; title: string; org?: string; leads?: boolean } | null = null;
    this.titlesByFirst ??= titlesByFirstWord(this.g);
    this.titleFirsts ??= titleFirstChars(this.titlesByFirst);
    if (toks[k].text.length && !this.titleFirsts[toks[k].text.charCodeAt(0)]) return null;
    for (const t of this.titlesByFirst.get(toks[k].text) ?? []) {
      const words = t.title.split(' ');
      if (k + words.length > end || (best && best.n >= words.length)) continue;
      if (words.every((w, i) => toks[k + i].text === w))
        best = { n: words.length, title: t.title, org: t.org, leads: t.leads };
    }
    return best;
  }

  /** Titles read before a name ("Under Secretary for Industry and Security"): their words are no names for the tagger. */
  titleSpans: { sentence: number; first: number; last: number }[] = [];

  /** Last words of the people named so far: "Baker" after "Brian Baker" is him, though "baker" is a common word. */
  surnames = new Set<string>();

  add(f: Found) {
    this.found.push(f);
    if (f.type === 'Person' && !f.anaphor && f.strength >= 2) {
      const name = this.text.slice(f.start, f.end);
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (last !== name) this.surnames.add(last);
    }
  }

  /** One sentence: capitalized runs split into known names, titles, chips, models and unknown spans. */
  scan(sc: SentenceScan) {
    const { toks } = sc;
    if (scanTableRow(this, sc)) return;
    let i = 0;
    while (i < toks.length) {
      if (!isCap(toks[i].text)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && toks[j].start - toks[j - 1].end <= 1) {
        const w = toks[j].text;
        // "Select Committee on CCP Holds Hearing": a headline's capitalized verb ends an organization's name before it.
        if (HEADLINE_ACT.test(w) && toks.slice(i, j).some((t) => this.g.organizationHeads.has(t.text))) break;
        if (
          isCap(w) ||
          (VERSION_TOKEN.test(w) &&
            (this.g.modelFamilies.has(toks[j - 1].text) ||
              MODEL_CONTEXT.test(sc.text) ||
              // "Claude Opus 4", "Gemini 2.5 Pro": a family's word and a tier's name before the version.
              (j - i <= 3 && toks.slice(i, j).some((t) => this.g.modelFamilies.has(t.text))))) ||
          (CHIP_NUMBER.test(w) && this.knownBefore(toks, i, j, 'ChipFamily', 'Chip')) ||
          (VERSION_TOKEN.test(w) && this.knownBefore(toks, i, j, 'Model'))
        )
          j++;
        else if (CONNECTORS.has(w) && j + 1 < toks.length && isCap(toks[j + 1].text) && w !== 'and') j += 2;
        // "Bureau of Industry and Security", "Center for Strategic and International Studies": after an organization
        // head and its "of/for/on", "and" goes on into the name when the words after it end in a field's name.
        else if (w === 'and' && this.fieldAfterAnd(toks, i, j)) j += 2;
        // "Ministry of Economy, Trade and Industry": after a head and its "of/for", a comma list of fields that ends in
        // "and" and a field goes on into the name.
        else if (w === ',' && this.fieldListAfterComma(toks, i, j) > 0) j = this.fieldListAfterComma(toks, i, j);
        // "Committee on Foreign Affairs": after an organization head, "on" goes on into the name.
        else if (
          w === 'on' &&
          j + 1 < toks.length &&
          isCap(toks[j + 1].text) &&
          !CALENDAR.test(toks[j + 1].text) &&
          this.g.organizationHeads.has(toks[j - 1].text)
        )
          j += 2;
        // "Committee on the Strategic Competition Between the United States and the Chinese Communist Party": after an
        // organization head, "on/of/for the" goes on into the name; after "Between", so do "the" and "and the".
        // So does "for a" ("Center for a New American Security").
        else if (
          /^(?:on|of|for)$/.test(w) &&
          (toks[j + 1]?.text === 'the' || (w === 'for' && toks[j + 1]?.text === 'a')) &&
          j + 2 < toks.length &&
          isCap(toks[j + 2].text) &&
          this.g.organizationHeads.has(toks[j - 1].text)
        )
          j += 3;
        else if (w === 'the' && toks[j - 1].text === 'Between' && j + 1 < toks.length && isCap(toks[j + 1].text))
          j += 2;
        else if (
          w === 'and' &&
          toks[j + 1]?.text === 'the' &&
          j + 2 < toks.length &&
          isCap(toks[j + 2].text) &&
          toks.slice(i, j).some((t) => t.text === 'Between')
        )
          j += 3;
        // A known name with a lower-case word in it ("SK hynix"): the run goes on to the alias's end.
        // So does a known name with a possessive inside ("People's Republic of China") while the words read so far open one.
        else if (
          this.g.byAlias.has(this.text.slice(toks[i].start, toks[j].end)) ||
          aliasPrefixes(this.g).has(this.text.slice(toks[i].start, toks[j].end).replace(/\s+/g, ' '))
        )
          j++;
        else break;
      }
      this.run(sc, i, j);
      i = j;
    }
  }

  /**
   * "House Select Committee on China Chairman John Moolenaar": a title inside the run with a given name after it ends the
   * body's name there; the title and the person after it are read word by word.
   */
  titledPersonInside(toks: Token[], h: number, j: number): number {
    for (let p = h + 2; p < j - 1; p++) {
      const t = this.title(toks, p, j);
      if (!t || p + t.n >= j) continue;
      const next = toks[p + t.n].text;
      if (isFirstName(next) || this.g.byAlias.get(next)?.type === 'Person') return p;
    }
    return -1;
  }

  run(sc: SentenceScan, i: number, j: number) {
    const { toks } = sc;
    // A run that ends with an event or organization head is one name, even when it holds a known one ("China International … Exhibition").
    let h = i;
    // "Select Committee on CCP …" opening a line: a word before a body's head with "on/of/for" is the body's own.
    while (
      h < j &&
      (STOP_WORDS.has(toks[h].text) ||
        (this.startsSentence(toks, h) &&
          (isCommonWord(toks[h].text) || this.isCommon(toks[h].text)) &&
          !this.qualifiesBody(toks, h)))
    )
      h++;
    const cut = j - h >= 4 && !sc.headline ? this.titledPersonInside(toks, h, j) : -1;
    if (cut > 0) {
      this.run(sc, i, cut);
      this.run(sc, cut, j);
      return;
    }
    if (j - h >= 3 && !sc.headline && !this.title(toks, h, j)) {
      const whole = guessSpan(
        toks.slice(h, j).map((t) => t.text),
        this.g,
        this.isCommon,
        sc.caps,
      );
      if (whole && whole.strength === 3 && whole.method !== 'head:company') {
        // "the Israeli Foreign Ministry": the nationality stays outside an institution's own name (not a party's:
        // "Chinese Communist Party", the gazetteer's nationalHeads).
        if (
          whole.type === 'Organization' &&
          (isDemonym(toks[h].text) || this.g.demonyms.has(toks[h].text)) &&
          !this.g.nationalHeads.has(toks[j - 1].text) &&
          guessSpan(
            toks.slice(h + 1, j).map((t) => t.text),
            this.g,
            this.isCommon,
            sc.caps,
          )?.strength === 3
        )
          h++;
        this.add({
          start: toks[h].start,
          end: toks[j - 1].end,
          type: whole.type,
          method: whole.method,
          strength: 3,
          sentence: sc.index,
          whole: toks.slice(h, j).some((t) => t.text === 'and') || undefined,
        });
        return;
      }
    }
    let buf = i;
    let pendingTitle: { title: string; org?: string; leads?: boolean; at: number } | null = null;
    let lastOrg: Found | null = null;
    // "Nvidia's CEO Jensen Huang": the organization sits before the run, joined by a possessive.
    if (i >= 2 && toks[i - 1].text === "'s")
      lastOrg =
        this.found.find((f) => f.end === toks[i - 2].end && (f.type === 'Company' || f.type === 'Organization')) ??
        null;
    const emit = (f: Found) => {
      if (pendingTitle && f.type === 'Person') {
        f.role = pendingTitle.title;
        f.roleOrg = pendingTitle.org;
        f.leads = pendingTitle.leads;
      }
      pendingTitle = null;
      this.add(f);
      lastOrg = f.type === 'Company' || f.type === 'Organization' ? f : null;
    };
    const flush = (a: number, b: number) => {
      // "Jun Young-hyun said": a family name before a hyphenated given name stays, though it is also a month or opens the sentence.
      // So does "He" right after a title ("Spokesperson He Yadong", "Vice Premier He Lifeng"): no pronoun stands there.
      const familyGiven =
        b - a === 2 &&
        (isFamilyGiven(toks[a].text, toks[a + 1].text) ||
          (!!pendingTitle &&
            toks[a].text === 'He' &&
            /^\p{Lu}\p{Ll}+$/u.test(toks[a + 1].text) &&
            !isCommonWord(toks[a + 1].text)));
      while (!familyGiven && a < b && (CONNECTORS.has(toks[a].text) || STOP_WORDS.has(toks[a].text))) a++;
      // Before a sentence-initial common word or a nationality is cut off, the whole span may be one name:
      // "United Nations", "General Motors", "Palestinian Authority", "Indian Oil Corp".
      // So may a headline's, when its second word heads a body with "on/of/for" after it ("Select Committee on CCP …").
      const headlineBody = b - a >= 4 && this.qualifiesBody(toks, a);
      if (b - a >= 2 && !pendingTitle && (!sc.headline || sc.caps || headlineBody)) {
        const whole = this.wholeName(toks, a, b, sc.caps);
        if (whole) {
          emit({
            start: toks[a].start,
            end: toks[b - 1].end,
            type: whole.type,
            method: whole.method,
            strength: whole.strength,
            sentence: sc.index,
          });
          return;
        }
      }
      while (
        !familyGiven &&
        a < b &&
        (CONNECTORS.has(toks[a].text) ||
          STOP_WORDS.has(toks[a].text) ||
          (this.startsSentence(toks, a) &&
            !this.surnames.has(toks[a].text) &&
            (isCommonWord(toks[a].text) || this.isCommon(toks[a].text))))
      )
        a++;
      while (b > a && CONNECTORS.has(toks[b - 1].text)) b--;
      // "Mexican Ariel Cruz": a nationality in front of a name is not part of it.
      while (a < b - 1 && (isDemonym(toks[a].text) || this.g.demonyms.has(toks[a].text))) a++;
      // "Keith O'Neill of Norwich City": a person "of" a place or club is two names.
      const of = toks.slice(a, b).findIndex((t) => t.text === 'of');
      if (of > 1 && isFirstName(toks[a].text)) {
        flush(a, a + of);
        flush(a + of + 1, b);
        return;
      }
      if (a >= b) return;
      const words = toks.slice(a, b).map((t) => t.text);
      let guess = guessSpan(words, this.g, this.isCommon, sc.caps || (sc.headline && !pendingTitle));
      if (!guess && words.length === 1 && this.surnames.has(words[0]))
        guess = { type: 'Person', strength: 2, method: 'pattern:surname' };
      // "Mr. King", "Dr. Hope": after an honorific a capitalized word is a surname even when it is also a common word.
      if (
        !guess &&
        pendingTitle &&
        HONORIFIC.test(pendingTitle.title) &&
        b - a <= 3 &&
        words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))
      )
        guess = { type: 'Person', strength: 3, method: 'pattern:honorific' };
      if (!guess || (sc.headline && !pendingTitle && !guess.method.startsWith('lexicon:'))) {
        // In a capitals or title-case headline the shape says nothing; the same words typed elsewhere in the text may.
        if ((sc.caps || sc.headline) && !pendingTitle)
          this.add({
            start: toks[a].start,
            end: toks[b - 1].end,
            type: 'Unknown',
            method: 'shape:caps',
            strength: 0,
            sentence: sc.index,
          });
        return;
      }
      let type = guess.type;
      if (pendingTitle && (type === 'Unknown' || type === 'Organization' || type === 'Place') && b - a <= 3)
        type = 'Person';
      emit({
        start: toks[a].start,
        end: toks[b - 1].end,
        type,
        method: guess.method,
        strength: pendingTitle && type === 'Person' ? 3 : guess.strength,
        sentence: sc.index,
      });
    };
    let k = i;
    while (k < j) {
      const t = toks[k].text;
      const title = this.title(toks, k, j);
      // "General Motors", "President Lines": a title that begins an organization's name is no title.
      if (title && k + title.n < j && !this.known(toks, k, j, sc.caps)?.n && !this.wholeName(toks, k, j, sc.caps)) {
        flush(buf, k);
        // "NYPD Commissioner James O'Neill": an acronym right before a title is a body's, evidenced by the title.
        if (
          lastOrg &&
          k > 0 &&
          (lastOrg as Found).end === toks[k - 1].end &&
          (lastOrg as Found).method === 'shape:acronym' &&
          /^[A-Z]{2,6}$/.test(toks[k - 1].text)
        )
          (lastOrg as Found).cued = true;
        const body = this.titleBody(toks, k, title.n, j);
        pendingTitle = {
          title: body ? this.text.slice(toks[k].start, toks[k + body.n - 1].end) : title.title,
          org: lastOrg ? this.text.slice(lastOrg.start, lastOrg.end) : (body?.org ?? title.org),
          leads: lastOrg ? title.leads : false,
          at: k,
        };
        const n = body?.n ?? title.n;
        this.titleSpans.push({ sentence: sc.index, first: k, last: k + n - 1 });
        k += n;
        buf = k;
        continue;
      }
      const known = this.known(toks, k, j, sc.caps);
      if (known) {
        // "Air France", "Air New Zealand": a firm's first word right before a country's name makes the pair a firm's name.
        const lead =
          known.e.type === 'Country' &&
          k - buf === 1 &&
          k + known.n === j &&
          this.g.countryFirmLeads.has(toks[k - 1].text);
        if (lead) {
          emit({
            start: toks[k - 1].start,
            end: toks[j - 1].end,
            type: 'Company',
            method: 'pattern:firm-lead-country',
            strength: 3,
            sentence: sc.index,
          });
          k = j;
          buf = k;
          continue;
        }
        flush(buf, k);
        let n = known.n;
        let type: EntityLabel = known.e.type;
        let canonical: string | undefined = known.e.name;
        let method = 'gazetteer';
        // "RTX Pro 6000D": a known chip line with a model number after it is that chip.
        if (type === 'Chip' && k + n < j && CHIP_NUMBER.test(toks[k + n].text)) {
          canonical = undefined;
          n++;
        } else if (
          type === 'ChipFamily' &&
          k + n < j &&
          (VARIANT.has(toks[k + n].text) || CHIP_NUMBER.test(toks[k + n].text))
        ) {
          this.add({
            start: toks[k].start,
            end: toks[k + n - 1].end,
            type,
            canonical,
            method: 'gazetteer',
            strength: 3,
            sentence: sc.index,
          });
          type = 'Chip';
          canonical = undefined;
          n++;
        }
        // "Nvidia Corp.": a legal form after a known company is part of its mention.
        // So is a firm's head word ending the run ("Cambricon Technologies", "Hygon Information Technology" aside).
        while (type === 'Company' && k + n < j && LEGAL_FORMS.has(toks[k + n].text)) n++;
        if (type === 'Company' && k + n === j - 1 && this.g.companyHeads.has(toks[k + n].text)) n++;
        // "China Mobile", "China Daily": a country's name before a firm's or a paper's head word, ending the run, is the
        // firm's or the paper's name.
        if (type === 'Country' && j - (k + n) === 1 && !this.known(toks, k + n, j, sc.caps)) {
          const last = toks[j - 1].text;
          if (/^\p{Lu}\p{Ll}+$/u.test(last) && (this.g.companyHeads.has(last) || this.g.mediaHeads.has(last))) {
            type = this.g.companyHeads.has(last) ? 'Company' : 'Organization';
            canonical = undefined;
            n = j - k;
            method = 'pattern:country-head';
          }
        }
        if ((this.g.modelFamilies.has(t) || type === 'Model') && k + n < j && VERSION_TOKEN.test(toks[k + n].text)) {
          type = 'Model';
          canonical = undefined;
          n++;
          if (k + n < j && VARIANT.has(toks[k + n].text)) n++;
        }
        const f: Found = {
          start: toks[k].start,
          end: toks[k + n - 1].end,
          type,
          method,
          strength: 3,
          sentence: sc.index,
        };
        if (canonical) f.canonical = canonical;
        if (known.e.kind) f.kind = known.e.kind;
        emit(f);
        k += n;
        buf = k;
        continue;
      }
      if (this.chipNames.has(t)) {
        flush(buf, k);
        const singular = chipSingular(t);
        emit({
          start: toks[k].start,
          end: toks[k].end,
          type: 'Chip',
          method: 'pattern:chip',
          strength: 3,
          sentence: sc.index,
          ...(singular ? { canonical: singular } : {}),
        });
        k++;
        buf = k;
        continue;
      }
      // "Claude Opus 4", "Claude Sonnet 4.5": a family's word, one or two tier names, then the version (and a variant).
      let tiered = 0;
      if (this.g.modelFamilies.has(t) && /^\p{Lu}/u.test(t)) {
        let v = k + 1;
        while (v < j && v <= k + 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[v].text) && !VARIANT.has(toks[v].text)) v++;
        if (v > k + 1 && v < j && VERSION_TOKEN.test(toks[v].text))
          tiered = v + 1 - k + (v + 1 < j && VARIANT.has(toks[v + 1].text) ? 1 : 0);
      }
      // The sentence-wide context test last: it reads the whole sentence, the others one token.
      const modelish =
        tiered > 0 ||
        (k + 1 < j &&
          VERSION_TOKEN.test(toks[k + 1].text) &&
          /^\p{Lu}/u.test(t) &&
          (this.g.modelFamilies.has(t) || MODEL_CONTEXT.test(sc.text)));
      const hyphenModel =
        /^[\p{Lu}][\p{L}]+-(?:\d[\w.]*|[A-Z]\d[\w.]*)$/u.test(t) &&
        (this.g.modelFamilies.has(t.split('-')[0]) || MODEL_CONTEXT.test(sc.text));
      if (modelish || hyphenModel || (this.g.modelFamilies.has(t.replace(/\d[\w.]*$/, '')) && /\d/.test(t))) {
        flush(buf, k);
        const n = tiered || (modelish ? (k + 2 < j && VARIANT.has(toks[k + 2].text) ? 3 : 2) : 1);
        emit({
          start: toks[k].start,
          end: toks[k + n - 1].end,
          type: 'Model',
          method: 'pattern:model',
          strength: 3,
          sentence: sc.index,
        });
        k += n;
        buf = k;
        continue;
      }
      if (/^[A-Z]{2,5}$/.test(t) && k + 1 < j && VARIANT.has(toks[k + 1].text) && CHIP_CONTEXT.test(sc.text)) {
        flush(buf, k);
        emit({
          start: toks[k].start,
          end: toks[k + 1].end,
          type: 'Chip',
          method: 'pattern:chip-line',
          strength: 3,
          sentence: sc.index,
        });
        k += 2;
        buf = k;
        continue;
      }
      k++;
    }
    flush(buf, j);
    if (
      pendingTitle &&
      (pendingTitle as { at: number }).at >= 1 &&
      toks[(pendingTitle as { at: number }).at - 1].text.toLowerCase() === 'the'
    ) {
      // "the Commerce Secretary": a description of someone named elsewhere.
      const p = pendingTitle as { title: string; at: number };
      this.add({
        start: toks[p.at - 1].start,
        end: toks[p.at].end + (p.title.length - toks[p.at].text.length),
        type: 'Person',
        method: 'anaphor:title',
        strength: 3,
        sentence: sc.index,
        anaphor: true,
        role: p.title,
      });
    }
  }

  /**
   * "Secretary of Energy Jane Doe", "Minister of Foreign Affairs Wang Yi", "Director of National Intelligence Tulsi
   * Gabbard": a title's "of" or "for" and the capitalized words of the body after it belong to the title, up to the
   * person's name that ends the run — from its first given name, else its last two words (one after a field's or a
   * body's head word: "Homeland Security Noem"). With no name after the body the whole run is the title ("the
   * Secretary of Energy said"). A country or a firm the gazetteer knows is a name of its own ("President of Taiwan Lai
   * Ching-te"); a known organization there is the title's ("Secretary of Commerce" → the department).
   * Returns the title's length in tokens and its organization, or null when no body follows.
   */
  titleBody(toks: Token[], k: number, n: number, j: number): { n: number; org?: string } | null {
    const e = k + n;
    if (e + 1 >= j || !/^(?:of|for)$/.test(toks[e].text) || HONORIFIC.test(toks[k].text)) return null;
    // "Director of The Remembrance Project", "Governor of Arkansas": a body named with its article or ending in a
    // body's head, or a place, is a name of its own after the title.
    const lastWord = toks[j - 1].text;
    if (
      /^(?:The|A|An)$/.test(toks[e + 1].text) ||
      this.g.organizationHeads.has(lastWord) ||
      this.g.companyHeads.has(lastWord) ||
      toks.slice(e + 1, j).some((t) => isPlaceWord(t.text))
    )
      return null;
    let org: string | undefined;
    for (let m = e + 1; m < j; m++) {
      const kn = this.known(toks, m, j, false);
      if (!kn) continue;
      if (kn.e.type !== 'Organization') return null;
      org ??= kn.e.name;
      m += kn.n - 1;
    }
    let p = -1;
    for (let m = e + 2; m < j; m++)
      if (isFirstName(toks[m].text) && !CONNECTORS.has(toks[m - 1].text)) {
        p = m;
        break;
      }
    if (p < 0) {
      const rest = j - (e + 1);
      // "Minister for Consular Affairs": a field's name ends the body, and no name follows.
      if (rest <= 1 || this.g.fieldWords.has(lastWord)) p = j;
      else if (rest === 2) p = j - 1;
      else
        p = this.g.fieldWords.has(toks[j - 2].text) || this.g.organizationHeads.has(toks[j - 2].text) ? j - 1 : j - 2;
    }
    if (CONNECTORS.has(toks[p - 1].text)) return null;
    return { n: p - k, org };
  }

  /** Whether the last one or two words before toks[j] (within the run from i) are a known name of one of these types. */
  knownBefore(toks: Token[], i: number, j: number, ...types: EntityLabel[]): boolean {
    const one = this.g.byAlias.get(toks[j - 1].text);
    if (one && types.includes(one.type)) return true;
    if (j - 2 < i) return false;
    const two = this.g.byAlias.get(`${toks[j - 2].text} ${toks[j - 1].text}`);
    return !!two && types.includes(two.type);
  }

  /** Where a comma list of fields after an organization's head and its "of/for" ends (toks[j] is the comma), or 0:
   * ", Trade and Industry" — one capitalized word after each comma, then "and" and a field word ending the run. */
  fieldListAfterComma(toks: Token[], i: number, j: number): number {
    let head = false;
    for (let k = i; k < j - 1; k++)
      if (this.g.organizationHeads.has(toks[k].text) && /^(?:of|for|on)$/.test(toks[k + 1].text)) head = true;
    if (!head) return 0;
    // The last field after "and": one field word, or one capitalized word and a field word ("Urban Affairs").
    const last = (k: number): number => {
      if (k >= toks.length || !isCap(toks[k].text)) return 0;
      if (this.g.fieldWords.has(toks[k].text)) return k + 1;
      return k + 1 < toks.length && this.g.fieldWords.has(toks[k + 1].text) ? k + 2 : 0;
    };
    let e = j;
    while (e + 1 < toks.length && toks[e].text === ',' && isCap(toks[e + 1].text)) {
      if (!this.g.fieldWords.has(toks[e + 1].text)) return 0;
      // "…, Housing and Urban Affairs", "…, Housing, and Urban Affairs" (the serial comma).
      if (toks[e + 2]?.text === 'and') return last(e + 3);
      if (toks[e + 2]?.text === ',' && toks[e + 3]?.text === 'and') return last(e + 4);
      e += 2;
    }
    return 0;
  }

  /** Whether the "and" at toks[j] goes on inside an organization's name (see the scan): a head with "of/for/on" before
   * it, and one to three capitalized words after it that end in a field's name (the gazetteer's fieldWords). */
  fieldAfterAnd(toks: Token[], i: number, j: number): boolean {
    if (j + 1 >= toks.length || !isCap(toks[j + 1].text)) return false;
    let e = j + 1;
    while (e + 1 < toks.length && e < j + 3 && isCap(toks[e + 1].text) && toks[e + 1].start - toks[e].end <= 1) e++;
    if (!this.g.fieldWords.has(toks[e].text) && !this.g.fieldWords.has(toks[j + 1].text)) return false;
    // "the Department of Commerce and Micron Technology": a name the gazetteer knows after "and" is a second name.
    if (this.g.byAlias.get(toks[j + 1].text) || this.g.byAlias.get(this.text.slice(toks[j + 1].start, toks[e].end)))
      return false;
    for (let k = i; k < j - 1; k++)
      if (this.g.organizationHeads.has(toks[k].text) && /^(?:of|for|on)$/.test(toks[k + 1].text)) return true;
    return false;
  }

  /**
   * A span read as one organization or place before any word is cut from it: a head word ends it or the lexicon knows it
   * whole. A nationality before an institution's two-word name stays out ("Israeli Foreign Ministry"), as the press writes.
   */
  wholeName(toks: Token[], a: number, b: number, caps: boolean): SpanGuess | null {
    const first = toks[a].text;
    const cut = isDemonym(first) || this.g.demonyms.has(first) || isCommonWord(first) || this.isCommon(first);
    if (!cut) return null;
    // "Representatives of Arvella Bank", "Customers of Zentrix Systems": a plural noun before a preposition governs the
    // name after it and is no part of it (CoNLL eng.train: 6 organization names open so, all fixed phrases).
    if (b - a >= 3 && PLURAL_NOUN.test(first) && NAME_PREPOSITIONS.has(toks[a + 1].text)) return null;
    const words = toks.slice(a, b).map((t) => t.text);
    const whole = guessSpan(words, this.g, this.isCommon, caps);
    if (
      !whole ||
      !(whole.strength === 3 || whole.method === 'lexicon:organization' || whole.method === 'lexicon:country')
    )
      return null;
    if (
      whole.type === 'Organization' &&
      b - a >= 3 &&
      (isDemonym(first) || this.g.demonyms.has(first)) &&
      !this.g.nationalHeads.has(toks[b - 1].text)
    ) {
      const rest = guessSpan(words.slice(1), this.g, this.isCommon, caps);
      if (rest && rest.strength === 3) return null;
    }
    return whole;
  }

  /** Whether toks[k] qualifies a body's head that has "on/of/for" after it ("Select" of "Select Committee on …"). */
  qualifiesBody(toks: Token[], k: number): boolean {
    return (
      this.g.organizationHeads.has(toks[k + 1]?.text ?? '') &&
      /^(?:on|of|for)$/.test(toks[k + 2]?.text ?? '') &&
      isCap(toks[k + 3]?.text ?? '')
    );
  }

  startsSentence(toks: Token[], a: number): boolean {
    return a === 0 || OPENERS.has(toks[a - 1].text) || /^\d+[.)]?$/.test(toks[a - 1].text);
  }

  /** Chip names are learnt where a sentence speaks of chips, then recognized anywhere in the document. */
  learnChips(sc: SentenceScan) {
    let chipContext = CHIP_CONTEXT.test(sc.text);
    const candidates = sc.toks.filter((t, k) => {
      if (!CHIP_TOKEN.test(t.text) || this.g.byAlias.has(t.text)) return false;
      const back = sc.toks[k - 1]?.text === "'s" ? 2 : 1;
      const prev = this.g.byAlias.get(sc.toks[k - back]?.text ?? '');
      if (prev?.type === 'ChipFamily' || prev?.type === 'Company') chipContext = true;
      return true;
    });
    // "Blackwell B100 and B200": one chip in a sentence vouches for the others listed with it.
    if (chipContext) for (const t of candidates) this.chipNames.add(t.text);
  }
}
