// Loads the gazetteer (known entities and the word lists the extractor reads) from YAML/JSON files users can extend.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../io/yaml-cache.ts';
import { ConfigError } from '../../core/errors.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../core/graph-model.ts';

/** A gazetteer file is missing, malformed, or names an unknown entity type. */
export class GazetteerError extends ConfigError {}

export interface KnownEntity {
  type: EntityLabel;
  name: string;
  aliases: string[];
  kind?: string;
  /**
   * For a person: the countries whose head of state or government the person is or was, so that a head's title written
   * without its country ("President Joe Biden") names the country led (seed/stages/relations/known-heads.ts).
   */
  heads?: string[];
}

export interface Title {
  title: string;
  /** Organization the title implies ("Commerce Secretary" → the Commerce Department). */
  org?: string;
  /** True when the holder leads the organization named with the title (CEO, founder). */
  leads?: boolean;
}

export interface Gazetteer {
  entities: KnownEntity[];
  /** Surface form → entity, for exact whole-word matches. */
  byAlias: Map<string, KnownEntity>;
  /** Lower-cased surface form → entity, for matching all-caps headlines and case slips. */
  byLowerAlias: Map<string, KnownEntity>;
  /** Longest alias length in tokens, bounding the lookup window. */
  maxAliasTokens: number;
  titles: Title[];
  personNouns: Set<string>;
  companyNouns: Set<string>;
  /** Company nouns that also name other bodies ("group"): they make no organization a company. */
  companyNounsAlsoOther: Set<string>;
  organizationNouns: Set<string>;
  modelFamilies: Set<string>;
  /** Nouns that make the name before them an AI model's ("the Qwen models", "its R1 reasoning model"): name-words.yaml. */
  modelHeads: Set<string>;
  /** Nouns that make the name before them a chip's ("the XRING O1 chip"): name-words.yaml. */
  chipHeads: Set<string>;
  /** Lower-case words that may stand between a product's name and its head ("reasoning", "open-source"): name-words.yaml. */
  productModifiers: Set<string>;
  /** Words that open a reference to a part of a text before its number ("Section 301", "SEC. 2"): name-words.yaml. */
  referenceWords: Set<string>;
  demonyms: Map<string, string>;
  companyHeads: Set<string>;
  /** Nouns that name a body other than a firm ("think tank", "lower house"). */
  bodyNouns: Set<string>;
  /** Technologies, standards and product classes written as names ("EUV", "Wi-Fi"): no entity on their own. */
  technologyTerms: Set<string>;
  /** Last words of a technology's or a field's name in title case ("Artificial Intelligence", "High Bandwidth Memory"). */
  termHeads: Set<string>;
  organizationHeads: Set<string>;
  eventHeads: Set<string>;
  policyHeads: Set<string>;
  /** First words of a policy's title-case name ("Restrictions on …", "Revocation of …"): see text/policy-names.ts. */
  policyLeads: Set<string>;
  /** Last words of a place's name ("Island", "Shrine"), never a person's: name-words.yaml. */
  placeHeads: Set<string>;
  /** Last words of a region's name ("Autonomous Region", "Province"). */
  regionHeads: Set<string>;
  /** First words of a place's name ("Mount", "Lake"): name-words.yaml. */
  placeLeads: Set<string>;
  /** Last words of a building's or a venue's name ("Building", "Visitor Center"): name-words.yaml. */
  buildingTails: Set<string>;
  /** Heads of names that keep the nationality before them ("Chinese Communist Party"): name-words.yaml. */
  nationalHeads: Set<string>;
  /** Names of fields that end an organization's name after "and" ("… of Industry and Security"): name-words.yaml. */
  fieldWords: Set<string>;
  /** A country's institutions named by the country and one head word ("U.S. House", "U.S. Senate"): name-words.yaml. */
  countryInstitutions: Set<string>;
  /** Nouns that name a firm ("company", "chipmaker", "bank"): name-words.yaml. */
  firmNouns: Set<string>;
  /** Head words of a paper's or a broadcaster's name ("Daily", "Times"): name-words.yaml. */
  mediaHeads: Set<string>;
  /** First words of a firm's name that take a country's name after them ("Air France"): name-words.yaml. */
  countryFirmLeads: Set<string>;
  /** Peoples and faiths named in the plural ("Kurds", "Moslems"): a group, not a name: name-words.yaml. */
  peoples: Set<string>;
  /** A capital that stands for its country's government ("Beijing has been planning", "Washington's strategy"): capital → country, name-words.yaml. */
  capitals: Map<string, string>;
}

export const DEFAULT_GAZETTEER_DIR = path.dirname(fileURLToPath(import.meta.url));

function readData(file: string): unknown {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return file.endsWith('.json') ? JSON.parse(text) : parseYamlData(text);
  } catch (e) {
    throw new GazetteerError(`Gazetteer: cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

const strings = (v: unknown, where: string): string[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new GazetteerError(`Gazetteer: ${where} must be a list of strings`);
  return v as string[];
};

function toEntity(v: unknown, where: string): KnownEntity {
  const r = v as Record<string, unknown>;
  if (!r || typeof r !== 'object' || typeof r.name !== 'string' || !r.name.trim())
    throw new GazetteerError(`Gazetteer: ${where}: each entity needs a \`name\``);
  if (!(ENTITY_LABELS as readonly unknown[]).includes(r.type))
    throw new GazetteerError(
      `Gazetteer: ${where}: invalid \`type\` ${String(r.type)}. Expecting one of ${ENTITY_LABELS.join(', ')}`,
    );
  const e: KnownEntity = { type: r.type as EntityLabel, name: r.name, aliases: strings(r.aliases, `${where} aliases`) };
  if (typeof r.kind === 'string') e.kind = r.kind;
  if (r.heads !== undefined) e.heads = strings(r.heads, `${where} heads`);
  return e;
}

/** Builds a gazetteer from plain data (entities list plus the lexicon object); used by loadGazetteer and tests. */
export function buildGazetteer(entities: KnownEntity[], lexicon: Record<string, unknown>): Gazetteer {
  const byAlias = new Map<string, KnownEntity>();
  const byLowerAlias = new Map<string, KnownEntity>();
  let maxAliasTokens = 1;
  for (const e of entities) {
    // "Taiwan Semiconductor Manufacturing Co" is also written "… Co.": an abbreviated legal form matches with its full stop.
    const forms = [e.name, ...e.aliases];
    for (const form of [...forms]) if (/\b(?:Co|Corp|Inc|Ltd)$/.test(form)) forms.push(`${form}.`);
    for (const form of forms) {
      if (!byAlias.has(form)) byAlias.set(form, e);
      const lower = form.toLowerCase();
      if (!byLowerAlias.has(lower)) byLowerAlias.set(lower, e);
      maxAliasTokens = Math.max(maxAliasTokens, form.split(/\s+/).length);
    }
  }
  const titles = ((lexicon.titles as unknown[]) ?? []).map((t, i) => {
    const r = t as Record<string, unknown>;
    if (!r || typeof r.title !== 'string') throw new GazetteerError(`Gazetteer: titles[${i}] needs a \`title\``);
    const out: Title = { title: r.title };
    if (typeof r.org === 'string') out.org = r.org;
    if (r.leads === true) out.leads = true;
    return out;
  });
  const demonyms = new Map<string, string>(Object.entries((lexicon.demonyms as Record<string, string>) ?? {}));
  const set = (k: string) => new Set(strings(lexicon[k], k));
  return {
    entities,
    byAlias,
    byLowerAlias,
    maxAliasTokens,
    titles,
    demonyms,
    personNouns: set('personNouns'),
    companyNouns: set('companyNouns'),
    companyNounsAlsoOther: set('companyNounsAlsoOther'),
    organizationNouns: set('organizationNouns'),
    modelFamilies: set('modelFamilies'),
    modelHeads: set('modelHeads'),
    chipHeads: set('chipHeads'),
    productModifiers: set('productModifiers'),
    referenceWords: set('referenceWords'),
    companyHeads: set('companyHeads'),
    bodyNouns: set('bodyNouns'),
    technologyTerms: set('technologyTerms'),
    termHeads: set('termHeads'),
    organizationHeads: set('organizationHeads'),
    eventHeads: set('eventHeads'),
    policyHeads: set('policyHeads'),
    policyLeads: set('policyLeads'),
    placeHeads: set('placeHeads'),
    regionHeads: set('regionHeads'),
    placeLeads: set('placeLeads'),
    buildingTails: set('buildingTails'),
    nationalHeads: set('nationalHeads'),
    fieldWords: set('fieldWords'),
    countryInstitutions: set('countryInstitutions'),
    firmNouns: set('firmNouns'),
    mediaHeads: set('mediaHeads'),
    countryFirmLeads: set('countryFirmLeads'),
    peoples: set('peoples'),
    capitals: new Map<string, string>(Object.entries((lexicon.capitals as Record<string, string>) ?? {})),
  };
}

/**
 * Reads every *.yaml / *.yml / *.json file of `dir`: a file holding a list adds known entities; a file holding an
 * object adds to the word lists (lists are concatenated, so a user file can extend the shipped one).
 */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new GazetteerError(`Gazetteer: ${dir} is not a directory`);
  const entities: KnownEntity[] = [];
  const lexicon: Record<string, unknown> = {};
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()) {
    const file = path.join(dir, name);
    const data = readData(file);
    if (Array.isArray(data)) data.forEach((v, i) => entities.push(toEntity(v, `${name}[${i}]`)));
    else if (data && typeof data === 'object') {
      for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
        const prev = lexicon[k];
        if (Array.isArray(prev) && Array.isArray(v)) lexicon[k] = [...prev, ...v];
        else if (prev && typeof prev === 'object' && v && typeof v === 'object' && !Array.isArray(v))
          lexicon[k] = { ...(prev as object), ...(v as object) };
        else lexicon[k] = v;
      }
    } else if (data !== null && data !== undefined)
      throw new GazetteerError(`Gazetteer: ${file}: expecting a list of entities or an object of word lists`);
  }
  return buildGazetteer(entities, lexicon);
}
