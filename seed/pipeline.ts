// The text-analysis pipeline: the ordered stages that turn one document into entities, statements and relations (pure, no I/O).
import { InvalidArgumentError } from '../core/errors.ts';
import type { Analysis, PipelineContext, SourceDocument, Stage } from './analysis.ts';
import { loadGazetteer as readGazetteer, type Gazetteer } from './gazetteer/gazetteer.ts';
import { normalize } from './stages/normalize.ts';
import { segment } from './stages/segment.ts';
import { mentions } from './stages/mentions.ts';
import { resolve } from './stages/resolve.ts';
import { statements } from './stages/statements.ts';
import { relations } from './stages/relations.ts';

/** A stage name that is not in STAGES. */
export class UnknownStageError extends InvalidArgumentError {}

/** The stages, in the order they run; each reads what the ones before it wrote. */
export const STAGES: Stage[] = [normalize, segment, mentions, resolve, statements, relations];

export function stageByName(name: string): Stage {
  const s = STAGES.find((x) => x.name === name);
  if (!s)
    throw new UnknownStageError(
      `Pipeline: unknown stage \`${name}\`. Expecting one of ${STAGES.map((x) => x.name).join(', ')}`,
    );
  return s;
}

let defaultGazetteer: Gazetteer | undefined;

/** Loads the gazetteer from `dir` (the shipped seed/gazetteer by default; the default one is read once and cached). */
export function loadGazetteer(dir?: string): Gazetteer {
  if (dir) return readGazetteer(dir);
  defaultGazetteer ??= readGazetteer();
  return defaultGazetteer;
}

export function emptyAnalysis(doc: SourceDocument): Analysis {
  return {
    doc,
    text: doc.raw,
    toRaw: (o) => o,
    fromRaw: (o) => o,
    sentences: [],
    mentions: [],
    entities: [],
    statements: [],
    relations: [],
    warnings: [],
  };
}

/** Runs the stages (all, or the named ones in order) over one document. */
export function analyzeDocument(doc: SourceDocument, context?: PipelineContext, only?: string[]): Analysis {
  const ctx = context ?? { gazetteer: loadGazetteer() };
  const stages = only ? only.map(stageByName) : STAGES;
  return stages.reduce((a, stage) => stage.run(a, ctx), emptyAnalysis(doc));
}
