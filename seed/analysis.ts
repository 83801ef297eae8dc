// The loader's data model: a document, what the pipeline finds in it, and the shape every pipeline stage shares.
import type { EntityLabel, RelationType } from '../core/graph-model.ts';

/** Where a fact comes from: offsets are JS string indices into the document's original text, end exclusive. */
export interface Provenance {
  docId: string;
  /** Index of the sentence in the document (0-based). */
  sentence: number;
  start: number;
  end: number;
  /** The exact text of the supporting sentence or span. */
  evidence: string;
  confidence: number; // 0..1
  method: string; // which rule or model found it, e.g. "pattern:made-by"
}

/** A document as read from a file or record, before any analysis. */
export interface SourceDocument {
  /** Stable id: from the record, else derived from the file path relative to the load root. */
  id: string;
  /** The text exactly as given (front matter included); all offsets refer to it. */
  raw: string;
  /** Where the article body starts and ends in `raw` (front matter and boilerplate excluded). */
  bodyStart: number;
  bodyEnd: number;
  title?: string;
  source?: string;
  url?: string;
  date?: string; // ISO 8601 date when known
  language?: string;
  /** File the document came from, for error reports. */
  file?: string;
}

export interface Sentence {
  index: number;
  start: number; // offsets into SourceDocument.raw
  end: number;
  paragraph: number;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityLabel;
  /** Canonical name once resolved (full name for a surname, antecedent for a pronoun). */
  canonical?: string;
  /** The entity key this mention resolves to (set by resolve stages). */
  entityKey?: string;
  sentence: number;
  method: string;
  /** True for pronouns and definite descriptions ("he", "the company") resolved to an antecedent. */
  anaphor?: boolean;
  /** Title written with the name ("Commerce Secretary" in "Commerce Secretary Howard Lutnick"). */
  role?: string;
  /** Canonical name of the organization the title belongs to ("Nvidia" in "Nvidia CEO Jensen Huang"). */
  roleOrg?: string;
  /** True when the title means the person leads roleOrg (CEO, founder). */
  leads?: boolean;
  /** Organization subtype when the mention says it (administration, media). */
  kind?: string;
  /** For a policy about a thing ("restrictions on H20"): that thing's surface form. */
  subject?: string;
}

export interface Entity {
  /** Stable id: slug of type + canonical name, e.g. "person:howard-lutnick". */
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  description?: string;
  /** Roles such as "Commerce Secretary", "CEO of Nvidia". */
  roles: string[];
  /** Organization subtype: government | agency | administration | media | other. */
  kind?: string;
  mentions: { start: number; end: number; text: string }[];
}

export interface Statement {
  /** Stable id: hash of docId + offsets. */
  id: string;
  /** The speaker's entity id; for a described speaker (`describedSpeaker`) a key local to the document that no entity has. */
  speaker: string;
  speakerName: string;
  /**
   * Set when the text describes the speaker but never names it ("U.S. officials", "a senior official", "the report"):
   * `speakerName` is the description and no entity stands for it (`speaker` is a key the statements of that one source
   * share within the document). 'people' for persons, 'body' for an organization or a writing spoken of as a whole.
   */
  describedSpeaker?: 'people' | 'body';
  text: string; // the exact words (quote content, or the reported clause)
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  cue: string; // "said", "told CNBC", "according to"
  about: string[]; // entity ids
  /** Organization the statement was given to ("in an interview with CNBC"). */
  via?: string; // entity id
  date?: string;
  provenance: Provenance;
}

export interface Relation {
  from: string; // entity id
  type: RelationType;
  to: string; // entity id
  properties?: Record<string, string | number | boolean>;
  provenance: Provenance;
}

export interface Warning {
  docId: string;
  message: string;
}

/** Everything known about one document as it moves through the pipeline. */
export interface Analysis {
  doc: SourceDocument;
  /** Normalized text (same length as raw where possible) and a map back to raw offsets. */
  text: string;
  toRaw: (offset: number) => number;
  /** Inverse of toRaw: a raw offset to the normalized text (set by the normalize stage). */
  fromRaw?: (offset: number) => number;
  /** Raw ranges left out of the analysis as boilerplate (newsletter promotions, share lines), set by segment. */
  boilerplate?: { start: number; end: number }[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  statements: Statement[];
  relations: Relation[];
  warnings: Warning[];
}

/** Every pipeline stage has this shape: a name, and a function from analysis to analysis. */
export interface Stage {
  name: string;
  run(a: Analysis, context: PipelineContext): Analysis;
}

/** Shared, read-only inputs of the stages (gazetteer, options). */
export interface PipelineContext {
  gazetteer: unknown;
  /** The name tagger's model (`seed/ner`); the committed model when absent. Evaluations pass one trained on a split. */
  nerModel?: unknown;
}

/** The `npm run extract` output contract (evaluators read it). */
export interface ExtractionOutput {
  id: string;
  entities: { id: string; name: string; type: EntityLabel; mentions: { start: number; end: number; text: string }[] }[];
  statements: {
    speaker: string;
    speakerName: string;
    /** Added field: the speaker is described, not named (no entity has the `speaker` key); see Statement. */
    describedSpeaker?: 'people' | 'body';
    text: string;
    start: number;
    end: number;
    kind: 'direct' | 'indirect';
    cue: string;
    about: string[];
  }[];
  relations: {
    from: string;
    type: RelationType;
    to: string;
    evidence: { start: number; end: number; text: string };
    confidence: number;
    properties?: Relation['properties'];
  }[];
}
