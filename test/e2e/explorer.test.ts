// The explorer in real Chromium against a real server and store loaded with the seed: the user journeys end to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadCorpus } from '../../seed/load-corpus.ts';
import { CLIENT_DIST } from '../../core/project-paths.ts';
import { testCatalog } from '../_support/catalog.ts';
import {
  ARTIFACTS,
  GENERATED_GRAPH,
  launchChromium,
  newPage,
  QUERY_MS,
  STATE_MS,
  TEST_MS,
  requireChromium,
  settledNodePosition,
  startExplorer,
  type RunningExplorer,
  edgeMidpoint,
  openCypherEditor,
  openExplorerPage,
  saveEditorQuery,
  typeCypher,
} from './harness.ts';

const exe = requireChromium('e2e explorer');

// A document whose quote carries markup: the explorer must show it as text and run none of it.
const HOSTILE_TITLE = 'Hostile <b>markup</b> in a quote';
const HOSTILE_DOC = `---
title: "${HOSTILE_TITLE}"
source: Test Wire
date: 2025-08-01
---

Hostile markup in a quote
Commerce Secretary Howard Lutnick said on Friday: “<script>window.__pwned = 1</script> We will never sell them <img src=x onerror="window.__pwned = 2"> the best chips.”
Nvidia said it would comply with the rules.
`;

type Win = {
  actorgraph: {
    canvas: {
      size: number;
      keys(): string[];
      selectedKey(): string | undefined;
      nodeByKey(k: string): { renderedPosition(): { x: number; y: number } } | null;
      cy: { container(): HTMLElement };
    };
  };
  __pwned?: number;
};

describe.skipIf(!exe)('explorer in Chromium', { timeout: TEST_MS }, () => {
  let browser: Browser;
  let explorer: RunningExplorer;
  let clientDir: string;
  let docDir: string;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    docDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-hostile-'));
    fs.writeFileSync(path.join(docDir, 'hostile-quote.md'), HOSTILE_DOC);
    clientDir = CLIENT_DIST; // built (when stale) once per run by the global setup, as npm start would
    explorer = await startExplorer(clientDir, [], testCatalog());
    browser = await launchChromium(exe!);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
    await explorer?.close(); // closing twice is safe
    // clientDir is CLIENT_DIST, the build `npm start` serves: left in place
    if (docDir) fs.rmSync(docDir, { recursive: true, force: true });
  });

  const open = (query = '') => openExplorerPage(browser, `${explorer.url}/${query}`, { acceptDownloads: true });
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `e2e-${name}.png`) });
  const canvasSize = (page: Page) => page.evaluate(() => (window as unknown as Win).actorgraph.canvas.size);

  it('starts with an overview of the most connected actors and the latest statements', async () => {
    const { page, errors } = await open();
    await expect.poll(() => page.locator('button.actor').count(), { timeout: STATE_MS }).toBeGreaterThan(3);
    await expect
      .poll(() => page.locator('#panel-explore .statement').count(), { timeout: STATE_MS })
      .toBeGreaterThan(0);
    await shot(page, 'overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds Lutnick by typing, with the keyboard, and shows his quotes in the details', async () => {
    const { page, errors } = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('Lutnick');
    const option = page.locator('.search [role=option]').first();
    await expect.poll(() => option.textContent(), { timeout: STATE_MS }).toContain('Howard Lutnick');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: STATE_MS }).toBe('Howard Lutnick');
    const said = page.locator('section.sub', { hasText: 'What Howard Lutnick said' }).locator('.statement');
    await expect.poll(() => said.count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    expect(await said.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('fourth')]));
    expect(await canvasSize(page)).toBeGreaterThan(1);
    await shot(page, 'details-lutnick');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands Nvidia by double-click, with a per-type breakdown', async () => {
    const { page } = await open('?e=company:nvidia');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(1);
    const at = await settledNodePosition(page, 'company:nvidia'); // aim once the layout has stopped moving it
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.expansion').isVisible(), { timeout: STATE_MS }).toBe(true);
    expect(await page.locator('.expansion').textContent()).toContain('Nvidia');
    expect(await page.locator('.expansion .by-type li').count()).toBeGreaterThan(0);
    await shot(page, 'expand-nvidia');
    const expanded = await canvasSize(page);
    // undo takes the expansion back, redo puts it again
    await page.locator('.toolbar button', { hasText: 'Undo' }).click();
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(1);
    await expect
      .poll(() => page.locator('.toolbar button', { hasText: 'Redo' }).isEnabled(), { timeout: STATE_MS })
      .toBe(true);
    await page.locator('.toolbar button', { hasText: 'Redo' }).click();
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(expanded);
    await page.keyboard.press('Control+z');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(expanded);
    await page.close();
  });

  it('runs "Who said what about an entity" from the catalog for H20', async () => {
    const { page, errors } = await open();
    await page.getByRole('tab', { name: 'Queries' }).click();
    await page.locator('button.query-name', { hasText: 'Who said what about' }).click();
    await page.locator('#param-about').fill('H20');
    await expect
      .poll(() => page.locator('.picker-list [role=option]', { hasText: 'H20' }).count(), {
        timeout: STATE_MS,
        message: 'the parameter picker offers H20',
      })
      .toBeGreaterThan(0);
    await page.locator('.picker-list [role=option]', { hasText: 'H20' }).first().click();
    await page.locator('.param-form button[type=submit]').click();
    await expect
      .poll(() => page.locator('table.results tbody tr').count(), {
        timeout: QUERY_MS,
        message: 'the saved query’s rows are shown (the first run on the embedded store starts its query process)',
      })
      .toBeGreaterThan(0);
    await expect.poll(() => page.url(), { timeout: STATE_MS }).toContain('q=who-said-what-about');
    await shot(page, 'query-who-said-what');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lazy-loads the Cypher editor, runs a read-only query and shows the server’s error inline', async () => {
    const { page, errors } = await open('?view=queries');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await expect.poll(() => page.locator('button.query-name').count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    expect(scripts.some((u) => u.includes('cypher-editor'))).toBe(false);
    await openCypherEditor(page);
    expect(scripts.some((u) => u.includes('cypher-editor'))).toBe(true);
    await page.locator('button.run-cypher').click();
    await expect
      .poll(() => page.locator('.editor-box table.results tbody tr').count(), {
        timeout: QUERY_MS,
        message: 'the editor’s query returns rows',
      })
      .toBeGreaterThan(0);
    // a write is refused by the server, and its message is shown under the editor
    await typeCypher(page, "CREATE (n:Entity {id: 'x:y'}) RETURN n");
    await page.locator('button.run-cypher').click();
    await expect.poll(() => page.locator('.editor-error .state.error').count(), { timeout: STATE_MS }).toBe(1);
    expect((await page.locator('.editor-error').textContent())!.length).toBeGreaterThan(5);
    await shot(page, 'cypher-editor');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers a typed input for each $parameter, saves them with the query, and edits a saved query', async () => {
    const { page, errors } = await open('?view=queries');
    await expect.poll(() => page.locator('button.query-name').count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    await openCypherEditor(page);
    await typeCypher(page, 'MATCH (c:Entity {id: $chip})<-[:MAKES]-(m) RETURN m.name AS maker, $note AS note LIMIT $n');
    const row = (name: string) => page.locator(`.editor-params .param-row[data-param="${name}"]`);
    await expect.poll(() => page.locator('.editor-params .param-row').count(), { timeout: STATE_MS }).toBe(3);
    await row('n').locator('select').selectOption('integer');
    await row('n').locator('input').fill('5');
    await row('chip').locator('input').fill('chip:h20');
    await row('note').locator('input').fill('from the editor');
    await page.locator('button.run-cypher').click();
    const cells = page.locator('.editor-box table.results tbody td');
    await expect.poll(() => cells.allTextContents(), { timeout: STATE_MS }).toEqual(['Nvidia', 'from the editor']);
    // save: the parameters, with their types and values as defaults, go with the query
    await saveEditorQuery(page, 'Makers of a chip (e2e)');
    expect(await page.locator('button.query-name', { hasText: 'Makers of a chip (e2e)' }).count()).toBe(1);
    const saved = (await (await page.request.get(`${explorer.url}/api/queries`)).json()) as {
      queries: { name: string; params: { name: string; type: string; default?: unknown }[] }[];
    };
    const q = saved.queries.find((x) => x.name === 'Makers of a chip (e2e)')!;
    expect(q.params).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'n', type: 'int', default: 5 }),
        expect.objectContaining({ name: 'chip', type: 'string', default: 'chip:h20' }),
      ]),
    );
    // edit it: rename, and the catalog shows the new name in place of the old
    await page.locator('button.query-name', { hasText: 'Makers of a chip (e2e)' }).click();
    await page.locator('.query-detail button.edit-query').click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Query name' }).inputValue(), { timeout: STATE_MS })
      .toBe('Makers of a chip (e2e)');
    await page.getByRole('textbox', { name: 'Query name' }).fill('Chip makers (e2e)');
    await page.locator('.editor-box button', { hasText: 'Save changes' }).click();
    await expect
      .poll(() => page.locator('button.query-name', { hasText: 'Chip makers (e2e)' }).count(), { timeout: STATE_MS })
      .toBe(1);
    expect(await page.locator('button.query-name', { hasText: 'Makers of a chip (e2e)' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('groups what was said about H20 by speaker', async () => {
    const { page } = await open('?view=said&topic=chip:h20');
    await expect
      .poll(() => page.locator('#panel-said section.group').count(), { timeout: STATE_MS })
      .toBeGreaterThan(0);
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBeGreaterThan(1);
    await shot(page, 'who-said-what-h20');
    await page.close();
  });

  it('traces the Biden-era restrictions to H20 and opens a hop’s evidence', async () => {
    const r = await explorer.store.run(
      "MATCH (p:Policy) WHERE p.id = 'policy:biden-export-restrictions' OR toLower(p.name) CONTAINS 'biden' RETURN p.name AS name",
    );
    expect(r.rows.length, 'the seed should hold the Biden-era export restrictions as a Policy').toBeGreaterThan(0);
    const policyName = String(r.rows[0].name);
    const { page, errors } = await open();
    await page.getByRole('tab', { name: 'Trace' }).click();
    const from = page.getByRole('combobox', { name: 'From entity' });
    await from.fill(policyName);
    await page.locator('#panel-trace .picker-list [role=option]', { hasText: policyName }).first().click();
    const to = page.getByRole('combobox', { name: 'To entity' });
    await to.fill('H20');
    await page.locator('#panel-trace .picker-list [role=option]', { hasText: 'H20' }).first().click();
    await page.locator('.trace-form button[type=submit]').click();
    await expect.poll(() => page.locator('.hop').count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('.path').length)).toBeGreaterThan(0);
    await shot(page, 'trace');
    await page.locator('.hop .evidence-open').first().click();
    await expect
      .poll(() => page.locator('dialog.doc-dialog mark.focus').count(), { timeout: STATE_MS })
      .toBeGreaterThan(0);
    await shot(page, 'trace-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the source of a statement with the statement highlighted', async () => {
    const { page } = await open('?view=said&speaker=person:howard-lutnick');
    const first = page.locator('#panel-said .statement-open').first();
    await expect.poll(() => first.count(), { timeout: STATE_MS }).toBe(1);
    const quote = ((await first.textContent()) ?? '').replace(/[“”]/g, '').trim();
    await first.click();
    const focus = page.locator('dialog.doc-dialog mark.focus');
    await expect.poll(() => focus.count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    expect((await focus.allTextContents()).join('')).toContain(quote.slice(0, 20));
    await shot(page, 'provenance');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('exports the canvas as a non-empty PNG, an SVG and the subgraph as JSON', async () => {
    const { page } = await open('?e=company:nvidia&e=chip:h20');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(2);
    const save = async (kind: string) => {
      await page.locator('.menu summary', { hasText: 'Export' }).click();
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-export=${kind}]`).click(),
      ]);
      const file = path.join(ARTIFACTS, `e2e-export.${kind}`);
      await dl.saveAs(file);
      return fs.readFileSync(file);
    };
    const png = await save('png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(2000);
    expect((await save('svg')).toString('utf8')).toMatch(/^<svg[\s\S]*Nvidia[\s\S]*<\/svg>$/);
    const json = JSON.parse((await save('json')).toString('utf8'));
    expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['chip:h20', 'company:nvidia']);
    await page.close();
  });

  it('restores the view from its URL: canvas, selection and panel', async () => {
    const { page } = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('Nvidia');
    await expect.poll(() => page.locator('.search [role=option]').count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: STATE_MS }).toBe('Nvidia');
    await expect.poll(() => page.url(), { timeout: STATE_MS }).toContain('sel=company%3Anvidia'); // written after a short pause
    const url = page.url();
    const before = (await page.evaluate(() => (window as unknown as Win).actorgraph.canvas.keys())).sort();
    expect(url).toContain('sel=company%3Anvidia');
    const again = await newPage(browser);
    await again.goto(url);
    await expect
      .poll(() => again.evaluate(() => (window as unknown as Win).actorgraph?.canvas.size ?? 0), { timeout: STATE_MS })
      .toBe(before.length);
    expect((await again.evaluate(() => (window as unknown as Win).actorgraph.canvas.keys())).sort()).toEqual(before);
    expect(await again.evaluate(() => (window as unknown as Win).actorgraph.canvas.selectedKey())).toBe(
      'company:nvidia',
    );
    await expect.poll(() => again.locator('#details-title').textContent(), { timeout: STATE_MS }).toBe('Nvidia');
    await again.close();
    await page.close();
  });

  it('shows a document whose quote holds <script> and <img onerror> as text, running nothing', async () => {
    const report = await loadCorpus(explorer.store, [docDir], { maxDocumentBytes: 1_000_000 });
    expect(report.loaded).toBe(1);
    const r = await explorer.store.run('MATCH (d:Document) WHERE d.title = $t RETURN d.id AS id', { t: HOSTILE_TITLE });
    const docId = String(r.rows[0]?.id);
    expect(docId).not.toBe('undefined');
    const { page, errors } = await open(`?doc=${encodeURIComponent(docId)}`);
    const text = page.locator('dialog.doc-dialog .doc-text');
    await expect.poll(() => text.textContent(), { timeout: STATE_MS }).toContain('<script>window.__pwned = 1</script>');
    expect(await text.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('dialog.doc-dialog h2').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('dialog.doc-dialog img, dialog.doc-dialog script, dialog.doc-dialog b').count()).toBe(0);
    // and wherever the quote is listed as a statement
    await page.keyboard.press('Escape');
    await page.goto(`${explorer.url}/?view=said&speaker=person:howard-lutnick`);
    await expect.poll(() => page.locator('#panel-said .statement').count(), { timeout: STATE_MS }).toBeGreaterThan(0);
    // the hostile quote is listed (as text) before we look for what it might have run
    await expect
      .poll(() => page.locator('#panel-said .statement', { hasText: 'window.__pwned = 1' }).count(), {
        timeout: STATE_MS,
      })
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as Win).__pwned)).toBeUndefined();
    expect(await page.locator('#app img').count()).toBe(0);
    await shot(page, 'hostile-document');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pages through more statements than one page holds, and narrows them by words', async () => {
    // 230 reported statements by one speaker: more than the panel's first page (200).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-paging-'));
    const lines = Array.from(
      { length: 230 },
      (_, i) =>
        `Trade Minister Orla Venn said the quota for item ${i + 1} would rise in ${i % 2 ? 'spring' : 'autumn'}.`,
    );
    fs.writeFileSync(
      path.join(dir, 'briefing.md'),
      `---\ntitle: Quota briefing\nsource: Test Wire\ndate: 2025-09-01\n---\n\n${lines.join('\n\n')}\n`,
    );
    try {
      const report = await loadCorpus(explorer.store, [dir], { maxDocumentBytes: 1_000_000 });
      expect(report.failed).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const { page, errors } = await open('?view=said&speaker=person:orla-venn');
    const listed = page.locator('#panel-said .statement');
    await expect.poll(() => listed.count(), { timeout: STATE_MS }).toBe(200);
    await page.locator('#panel-said button.more').click();
    await expect.poll(() => listed.count(), { timeout: STATE_MS }).toBe(230);
    expect(await page.locator('#panel-said button.more').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Words in the statement' }).fill('spring');
    await expect.poll(() => listed.count(), { timeout: STATE_MS }).toBe(115);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows more neighbours of a hub than one expansion holds ("Show more")', async () => {
    // Orla Venn (loaded by the paging test above) said 230 things: more than one expansion (25) adds
    const { page, errors } = await open('?e=person:orla-venn&sel=person:orla-venn');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(1);
    const at = await settledNodePosition(page, 'person:orla-venn');
    await page.mouse.dblclick(at.x, at.y);
    const more = page.locator('.expansion button.show-more');
    await expect.poll(() => more.count(), { timeout: STATE_MS }).toBe(1);
    const first = await canvasSize(page);
    expect(first).toBe(26);
    await more.click();
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(51);
    await shot(page, 'show-more');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows statements by a date range, and says when the range leaves nothing', async () => {
    const { page, errors } = await open('?view=said&speaker=person:orla-venn');
    const listed = page.locator('#panel-said .statement');
    await expect.poll(() => listed.count(), { timeout: STATE_MS }).toBe(200);
    await page.getByLabel('Said on or after').fill('2025-10-01');
    await expect.poll(() => page.locator('#panel-said .state.empty').count(), { timeout: STATE_MS }).toBe(1);
    expect(await page.locator('#panel-said .state.empty').textContent()).toContain('with these filters');
    await page.getByLabel('Said on or after').fill('2025-08-01');
    await page.getByLabel('Said on or before').fill('2025-09-01');
    await expect.poll(() => listed.count(), { timeout: STATE_MS }).toBe(200);
    await page.getByLabel('Said on or before').fill('2025-08-31');
    await expect.poll(() => page.locator('#panel-said .state.empty').count(), { timeout: STATE_MS }).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a typed relationship’s source sentence from an edge click', async () => {
    const r = await explorer.store.run(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE size(coalesce(r.sourceDocIds, [])) > 0 AND type(r) <> 'MENTIONED_IN' RETURN a.id AS a, b.id AS b, type(r) AS t LIMIT 1",
    );
    const { a, b, t } = r.rows[0] as { a: string; b: string; t: string };
    const { page, errors } = await open(`?e=${encodeURIComponent(a)}&e=${encodeURIComponent(b)}`);
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(2);
    await settledNodePosition(page, a);
    const mid = await edgeMidpoint(page, t);
    await page.mouse.click(mid.x, mid.y);
    // the click opens the source at the sentence, and the panel lists the relationship's evidence
    await expect
      .poll(() => page.locator('dialog.doc-dialog mark.focus').count(), { timeout: STATE_MS })
      .toBeGreaterThan(0);
    await shot(page, 'edge-document');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('#panel-explore h2').first().textContent(), { timeout: STATE_MS })
      .toContain(t);
    await page.locator('#panel-explore .evidence-open').first().click();
    await expect
      .poll(() => page.locator('dialog.doc-dialog mark.focus').count(), { timeout: STATE_MS })
      .toBeGreaterThan(0);
    await shot(page, 'edge-evidence');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers date and number inputs for a saved query’s parameters, runs it, and deletes a user query', async () => {
    const cypher = 'UNWIND range(1, $n) AS i RETURN i, $since AS since';
    const res = await fetch(`${explorer.url}/api/queries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Dated statements (e2e)',
        cypher,
        params: [
          { name: 'since', type: 'date', default: '2025-01-01' },
          { name: 'n', type: 'int', default: 3 },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const { page, errors } = await open('?view=queries');
    await page.locator('button.query-name', { hasText: 'Dated statements (e2e)' }).click();
    const since = page.locator('#param-since');
    const n = page.locator('#param-n');
    expect(await since.getAttribute('type')).toBe('date');
    expect(await n.getAttribute('type')).toBe('number');
    expect(await since.inputValue()).toBe('2025-01-01');
    await since.fill('2025-08-15');
    await n.fill('7');
    await page.locator('.param-form button[type=submit]').click();
    await expect
      .poll(() => page.locator('.query-detail table.results tbody tr').count(), {
        timeout: QUERY_MS,
        message: 'the user query’s rows are shown',
      })
      .toBe(7);
    expect(await page.locator('.query-detail table.results tbody tr').last().textContent()).toContain('2025-08-15');
    await expect.poll(() => page.url(), { timeout: STATE_MS }).toContain('q=');
    expect(decodeURIComponent(page.url())).toContain('"since":"2025-08-15"');
    // delete it: gone from the catalog and from the API
    await page.locator('.query-detail button.danger', { hasText: 'Delete' }).click();
    await expect
      .poll(() => page.locator('button.query-name', { hasText: 'Dated statements (e2e)' }).count(), {
        timeout: STATE_MS,
      })
      .toBe(0);
    const all = (await (await fetch(`${explorer.url}/api/queries`)).json()) as { queries: { name: string }[] };
    expect(all.queries.some((q) => q.name === 'Dated statements (e2e)')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the trace and query views from their URLs', async () => {
    const trace = await open('?view=trace&from=organization:biden-administration&to=chip:h20&hops=3&mode=all');
    await expect
      .poll(() => trace.page.locator('#panel-trace li.path').count(), { timeout: STATE_MS })
      .toBeGreaterThan(1);
    expect(await trace.page.getByRole('combobox', { name: 'Which paths' }).inputValue()).toBe('all');
    expect(await trace.page.getByRole('combobox', { name: 'Maximum hops' }).inputValue()).toBe('3');
    await expect
      .poll(() => trace.page.getByRole('combobox', { name: 'To entity' }).inputValue(), { timeout: STATE_MS })
      .toBe('H20');
    expect(await canvasSize(trace.page)).toBeGreaterThan(1);
    expect(trace.errors).toEqual([]);
    await trace.page.close();

    const query = await open(
      `?view=queries&q=who-said-what-about&p=${encodeURIComponent(JSON.stringify({ about: 'chip:h20' }))}`,
    );
    await expect
      .poll(() => query.page.locator('.query-detail table.results tbody tr').count(), {
        timeout: QUERY_MS,
        message: 'the query view restored from its URL runs and shows rows',
      })
      .toBeGreaterThan(0);
    expect(await query.page.locator('.query-detail h3').textContent()).toContain('Who said what');
    expect(query.errors).toEqual([]);
    await query.page.close();
  });

  it('is usable by keyboard: the canvas takes focus and arrow keys move the selection', async () => {
    const { page } = await open('?e=company:nvidia&e=chip:h20');
    await expect.poll(() => canvasSize(page), { timeout: STATE_MS }).toBe(2);
    await page.locator('#cy').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Win).actorgraph.canvas.selectedKey()), {
        timeout: STATE_MS,
      })
      .toBeTruthy();
    await expect.poll(() => page.locator('#details-title').count(), { timeout: STATE_MS }).toBe(1);
    await page.close();
  });

  it('lays out 2,000 nodes with none on another, labels the hubs readably, and re-lays out only what the filters leave', async () => {
    const { page, errors } = await open();
    await page.locator('button.actor').first().waitFor({ timeout: STATE_MS });
    const r = (await page.evaluate(`(() => {
      const canvas = window.actorgraph.canvas;
      const cy = canvas.cy;
      canvas.show((${GENERATED_GRAPH})(2000), { record: false });
      const ps = cy.nodes().map((n) => ({ ...n.position(), r: n.width() / 2 }));
      let overlapping = 0;
      ps.forEach((p, i) => {
        for (let j = i + 1; j < ps.length; j++) if (Math.hypot(p.x - ps[j].x, p.y - ps[j].y) < p.r + ps[j].r) { overlapping++; break; }
      });
      const labelled = cy.nodes().filter((n) => !n.hasClass('minor'));
      return { overlapping, labelled: labelled.length, font: labelled[0].numericStyle('font-size'), zoom: cy.zoom(), degrees: cy.nodes().every((n) => n.data('deg') === n.degree(false)) };
    })()`)) as { overlapping: number; labelled: number; font: number; zoom: number; degrees: boolean };
    expect(r.overlapping).toBeLessThan(2000 * 0.02); // the bare spectral draft left ~80% of the nodes on another
    expect(r.labelled).toBe(40);
    expect(r.font).toBe(Math.round(Math.min(33, Math.max(11, 11 / r.zoom)))); // labels grow as the view zooms out
    expect(r.degrees).toBe(true);
    await shot(page, 'generated-2000');

    const where = `(type) => window.actorgraph.canvas.cy.nodes().filter((n) => n.data('type') === type).map((n) => [n.position().x, n.position().y])`;
    const before = (await page.evaluate(`({ person: (${where})('Person'), company: (${where})('Company') })`)) as {
      person: number[][];
      company: number[][];
    };
    await page.locator('input[aria-label="Show Person"]').uncheck();
    await page.getByRole('button', { name: 'Re-layout' }).click();
    const read = async () =>
      (await page.evaluate(`({ person: (${where})('Person'), company: (${where})('Company') })`)) as typeof before;
    await expect
      .poll(async () => JSON.stringify((await read()).company) !== JSON.stringify(before.company), {
        timeout: STATE_MS,
      })
      .toBe(true);
    expect((await read()).person).toEqual(before.person); // hidden: left where they were
    expect(errors).toEqual([]);
    await page.close();
  });
});
