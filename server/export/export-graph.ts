// Exports the graph as JSON, GraphML or neo4j-admin CSV files: the one entry point the export CLI and the API share.
import { InvalidArgumentError } from '../../core/errors.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import { readGraph, type ExportScope } from './read-graph.ts';
import { toCsv } from './to-csv.ts';
import { toGraphml } from './to-graphml.ts';
import { toJson } from './to-json.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  content: string;
  mediaType: string;
}

export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  nodes: number;
  relationships: number;
  /** For CSV: the neo4j-admin command that imports the files (run where they are). */
  command?: string;
}

export async function exportGraph(
  store: GraphStore,
  format: ExportFormat,
  scope: ExportScope = {},
): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new InvalidArgumentError(
      `exportGraph: unknown format ${JSON.stringify(format)}. Expecting one of ${EXPORT_FORMATS.join(', ')}.`,
    );
  const g = await readGraph(store, scope);
  const base = { format, nodes: g.nodes.length, relationships: g.relationships.length };
  if (format === 'json')
    return { ...base, files: [{ name: 'graph.json', content: toJson(g), mediaType: 'application/json' }] };
  if (format === 'graphml')
    return { ...base, files: [{ name: 'graph.graphml', content: toGraphml(g), mediaType: 'application/graphml+xml' }] };
  const csv = toCsv(g);
  const readme = `Import into Neo4j (5.x) from this directory, with the database stopped:\n\n${csv.command}\n`;
  return {
    ...base,
    command: csv.command,
    files: [
      ...csv.files.map((f) => ({ name: f.name, content: f.content, mediaType: 'text/csv' })),
      { name: 'README.txt', content: readme, mediaType: 'text/plain' },
    ],
  };
}
