// The three export formats over a real store: each parses back with every node and relationship, CSV headers are neo4j-admin's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../core/graph-store.ts';
import { InvalidArgumentError } from '../../../core/errors.ts';
import { exportGraph, type ExportFormat } from '../../../server/export/export-graph.ts';
import type { JsonExport } from '../../../server/export/to-json.ts';
import { writeDocument } from '../../../seed/write/write-document.ts';
import { document, handAnalysis } from '../../_support/hand-analysis.ts';
import { checkWellFormedXml } from '../../_support/xml-well-formed.ts';
import { forEachStore, openWithSchema } from '../../_support/stores.ts';

forEachStore('exportGraph', (s) => {
  let store: GraphStore;
  let counts: { nodes: number; relationships: number };
  const TEXT =
    'Nvidia makes the H20; it is "China-only" & <compliant>. Jensen Huang leads Nvidia.\n"We comply," Jensen Huang said.';

  beforeAll(async () => {
    store = await openWithSchema(s);
    await writeDocument(
      store,
      handAnalysis(document('doc-1', TEXT, { title: 'Title, with "quotes"' }), {
        entities: [
          { type: 'Company', name: 'Nvidia', aliases: ['NVDA; Nvidia Corp'] },
          { type: 'Chip', name: 'H20' },
          { type: 'Person', name: 'Jensen Huang', roles: ['CEO'] },
        ],
        statements: [{ speaker: 'Jensen Huang', text: 'We comply,', about: ['Nvidia'] }],
        relations: [
          {
            from: 'Nvidia',
            type: 'MAKES',
            to: 'H20',
            evidence: 'Nvidia makes the H20; it is "China-only" & <compliant>.',
          },
          { from: 'Jensen Huang', type: 'LEADS', to: 'Nvidia', properties: { title: 'CEO' } },
        ],
      }),
    );
    const h = await store.health();
    counts = h.counts;
  });
  afterAll(() => store.close());

  /** A small RFC 4180 reader: quoted fields with doubled quotes and newlines. */
  function parseCsv(text: string): (string | null)[][] {
    const rows: (string | null)[][] = [];
    let row: (string | null)[] = [];
    let i = 0;
    while (i < text.length) {
      if (text[i] === '"') {
        let v = '';
        i++;
        while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
          v += text[i] === '"' ? '"' : text[i];
          i += text[i] === '"' ? 2 : 1;
        }
        row.push(v);
        i++;
      } else {
        let j = i;
        while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++;
        row.push(j === i ? null : text.slice(i, j));
        i = j;
      }
      if (text[i] === ',') i++;
      else if (text[i] === '\n' || i >= text.length) {
        rows.push(row);
        row = [];
        i++;
      }
    }
    return rows;
  }

  describe('exportGraph', () => {
    it('json parses back with every node and relationship keyed by domain id', async () => {
      const r = await exportGraph(store, 'json');
      const g = JSON.parse(r.files[0].content) as JsonExport;
      expect(g.nodes).toHaveLength(counts.nodes);
      expect(g.relationships).toHaveLength(counts.relationships);
      expect(g.relationships).toContainEqual(
        expect.objectContaining({
          type: 'LEADS',
          start: 'person:jensen-huang',
          end: 'company:nvidia',
          properties: expect.objectContaining({ title: 'CEO' }),
        }),
      );
    });

    it('graphml is well-formed XML holding all nodes and edges, with typed keys', async () => {
      const r = await exportGraph(store, 'graphml');
      const xml = r.files[0].content;
      const names = checkWellFormedXml(xml);
      expect(names.filter((n) => n === 'node')).toHaveLength(counts.nodes);
      expect(names.filter((n) => n === 'edge')).toHaveLength(counts.relationships);
      expect(xml).toContain('attr.name="mentionCount" attr.type="long"');
      expect(xml).toContain('&quot;China-only&quot; &amp; &lt;compliant&gt;');
      expect(() => checkWellFormedXml('<a><b></a>')).toThrow(/mismatched/); // the checker itself can fail
    });

    it('csv files carry neo4j-admin headers, round-trip quotes and newlines, and come with the import command', async () => {
      const r = await exportGraph(store, 'csv');
      const nodes = r.files.filter((f) => f.name.startsWith('nodes_'));
      const rels = r.files.filter((f) => f.name.startsWith('relationships_'));
      let nodeRows = 0;
      for (const f of nodes) {
        const [head, ...rows] = parseCsv(f.content);
        expect(head.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
        nodeRows += rows.length;
      }
      let relRows = 0;
      for (const f of rels) {
        const [head, ...rows] = parseCsv(f.content);
        expect(head.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
        relRows += rows.length;
      }
      expect(nodeRows).toBe(counts.nodes);
      expect(relRows).toBe(counts.relationships);

      const company = parseCsv(nodes.find((f) => f.name === 'nodes_Company_Entity.csv')!.content);
      const col = (name: string) => company[0].indexOf(name);
      expect(company[0]).toContain('aliases:string[]');
      expect(company[0]).toContain('mentionCount:long');
      // An alias holds ";", so another array delimiter is chosen, and the command says which.
      expect(r.command).toContain(`--array-delimiter="|"`);
      expect(company[1][col('aliases:string[]')]!.split('|').sort()).toEqual(['NVDA; Nvidia Corp', 'Nvidia']);
      expect(company[1][col(':LABEL')]).toBe('Company|Entity');
      const doc = parseCsv(nodes.find((f) => f.name === 'nodes_Document.csv')!.content);
      expect(doc[1][doc[0].indexOf('text:string')]).toBe(TEXT);
      expect(doc[1][doc[0].indexOf('title:string')]).toBe('Title, with "quotes"');
      expect(r.command).toMatch(
        /^neo4j-admin database import full --overwrite-destination .*--multiline-fields=true .*--nodes=nodes_Document\.csv .*--relationships=relationships_MAKES\.csv .*neo4j$/,
      );
      expect(r.files.find((f) => f.name === 'README.txt')?.content).toContain(r.command!);
    });

    it('a scope exports only the named nodes and the relationships among them', async () => {
      const r = await exportGraph(store, 'json', { nodeIds: ['company:nvidia', 'chip:h20'] });
      const g = JSON.parse(r.files[0].content) as JsonExport;
      expect(g.nodes.map((n) => n.id)).toEqual(['chip:h20', 'company:nvidia']);
      expect(g.relationships.map((x) => x.type)).toEqual(['MAKES']);
    });

    it('refuses an unknown format by class', async () => {
      await expect(exportGraph(store, 'xml' as ExportFormat)).rejects.toBeInstanceOf(InvalidArgumentError);
    });
  });
});
