// Browser-test harness: find Chromium, build the explorer once, start a real app on a real embedded store loaded with the seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { envFlag, loadConfig } from '../../server/config.ts';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { createApp } from '../../server/create-app.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';
import type { Catalog } from '../../server/queries/catalog.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

/**
 * Time limits for the browser tests on a loaded machine (CI runs every test file at once on 2 cores, with Neo4j
 * running). Each step — a playwright action, a navigation, a poll on the page's state — may take STATE_MS; a test may
 * take TEST_MS, several slow steps' worth. So a step that hangs fails on its own line, naming the locator or the state
 * it waited for, instead of the whole test hitting its limit with no word on where it stood.
 */
export const STATE_MS = 30_000;
export const TEST_MS = 90_000;
/** A user or saved query's first run: on the embedded store it takes a read-only snapshot and starts a query process. */
export const QUERY_MS = 60_000;

/** A new page whose actions and navigations wait STATE_MS (said here, not left to playwright's default). */
export async function newPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  page.setDefaultTimeout(STATE_MS);
  page.setDefaultNavigationTimeout(STATE_MS);
  return page;
}

/**
 * Opens the explorer at `url` in a new page and waits until it is up: the canvas's chunk (the graph library, which
 * loads after the start view) has arrived. Page errors are collected in `errors`.
 */
export async function openExplorerPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(browser, options);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { actorgraph?: unknown }).actorgraph !== undefined);
  return { page, errors };
}

/**
 * A page-side function `(n) => WireGraph`: n entities of the nine types, 2 edges per node (one to an earlier node keeps
 * it connected, one at random), the same graph every time. A string: tsx would wrap inner functions in a helper the
 * page does not have.
 */
export const GENERATED_GRAPH = `(n) => {
  const types = ['Person', 'Company', 'Organization', 'Country', 'Chip', 'ChipFamily', 'Model', 'Policy', 'Event'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodes = Array.from({ length: n }, (_, i) => ({ elementId: 'g' + i, id: 'gen:' + i, labels: ['Entity', types[i % types.length]], properties: { name: 'Node ' + i, type: types[i % types.length] } }));
  const edges = [];
  for (let i = 1; i < n; i++) {
    edges.push({ elementId: 'e' + i + 'a', type: 'LINKED_TO', start: 'g' + i, end: 'g' + Math.floor(rnd() * i), properties: { support: 1 + Math.floor(rnd() * 4) } });
    edges.push({ elementId: 'e' + i + 'b', type: 'MAKES', start: 'g' + i, end: 'g' + Math.floor(rnd() * n), properties: { support: 1 } });
  }
  return { nodes, edges };
}`;

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  const p = envFlag('CHROMIUM_PATH') || '/usr/bin/chromium';
  return fs.existsSync(p) ? p : null;
}

/**
 * The Chromium to test with, or null (the suite then skips with a console line). With CI set a missing browser is a
 * failure, not a skip: a CI run that tested no browser must not pass.
 */
export function requireChromium(suite: string): string | null {
  const exe = chromiumPath();
  if (exe) return exe;
  if (envFlag('CI'))
    throw new Error(
      `${suite}: no Chromium at ${envFlag('CHROMIUM_PATH') || '/usr/bin/chromium'}, and CI is set: install Debian’s chromium or set CHROMIUM_PATH`,
    );
  console.log(`${suite}: skipped — no Chromium (set CHROMIUM_PATH or install Debian’s chromium)`);
  return null;
}

/**
 * The on-screen position of a canvas node once the layout has stopped moving it: polled until two readings agree,
 * instead of sleeping for a guessed time.
 */
export async function settledNodePosition(
  page: Page,
  key: string,
  timeoutMs = STATE_MS,
): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const at = await page.evaluate((k) => {
      const c = (
        window as unknown as {
          actorgraph?: {
            canvas: {
              nodeByKey(k: string): { renderedPosition(): { x: number; y: number } } | null;
              cy: { container(): HTMLElement };
            };
          };
        }
      ).actorgraph?.canvas;
      const n = c?.nodeByKey(k);
      if (!c || !n) return null;
      const p = n.renderedPosition();
      const r = c.cy.container().getBoundingClientRect();
      return { x: Math.round(r.left + p.x), y: Math.round(r.top + p.y) };
    }, key);
    const now = JSON.stringify(at);
    if (at && now === last) return at;
    if (Date.now() > deadline) throw new Error(`settledNodePosition: ${key} did not settle within ${timeoutMs} ms`);
    last = now;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))); // the poll interval: two frames apart
  }
}

/** Where on the page the first canvas edge of a relationship type is drawn (its midpoint), for a mouse click on it. */
export async function edgeMidpoint(page: Page, type: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    const cy = (
      window as unknown as {
        actorgraph: {
          canvas: {
            cy: {
              edges(): {
                filter(f: (e: { data(k: string): unknown }) => boolean): {
                  first(): { renderedMidpoint(): { x: number; y: number } };
                };
              };
              container(): HTMLElement;
            };
          };
        };
      }
    ).actorgraph.canvas.cy;
    const p = cy
      .edges()
      .filter((e) => e.data('type') === t)
      .first()
      .renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, type);
}

/** Opens the Cypher editor of the Queries view (a lazy chunk, loaded on first use) and waits until it is there. */
export async function openCypherEditor(page: Page): Promise<void> {
  await page.locator('button', { hasText: 'Cypher editor' }).click();
  await page.locator('.cm-editor').waitFor({ timeout: STATE_MS });
}

/** Replaces the editor's text with `cypher`, typed key by key as a user would (the editor's completion sees it). */
export async function typeCypher(page: Page, cypher: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(cypher);
}

/** Saves the editor's query as a user query named `name` (the editor's Save menu), and waits for it in the catalog. */
export async function saveEditorQuery(page: Page, name: string): Promise<void> {
  await page.locator('.editor-box details.save summary').click();
  await page.getByRole('textbox', { name: 'Query name' }).fill(name);
  await page.locator('.editor-box details.save button', { hasText: 'Save' }).click();
  await page.locator('button.query-name', { hasText: name }).waitFor({ timeout: STATE_MS });
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Builds client/ into a fresh temp directory (never touching client/dist, which `npm start` may be serving): the bundle benchmark's build. */
export async function buildClient(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-client-'));
  const { build } = await import('vite');
  await build({
    configFile: path.join(PROJECT_ROOT, 'client', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export interface RunningExplorer {
  url: string;
  store: EmbeddedGraphStore;
  close(): Promise<void>;
}

/** A real app on an in-memory embedded store holding the seed corpus plus any extra documents (the catalog: loaded when omitted). */
export async function startExplorer(
  clientDir: string,
  extraInputs: string[] = [],
  catalog?: Catalog,
): Promise<RunningExplorer> {
  // The guard's parse budget (QUERY_CHECK_MS) is a server limit with its own tests; on a loaded shared machine the
  // first cold parse in its worker can exceed it, which would fail browser tests for a reason that is not theirs.
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', QUERY_CHECK_MS: '30000' });
  const store = EmbeddedGraphStore.open({});
  const report = await loadCorpus(store, [config.seed.dir, ...extraInputs], {
    maxDocumentBytes: config.seed.maxDocumentBytes,
  });
  if (report.failed.length)
    throw new Error(
      `startExplorer: ${report.failed.length} document(s) failed to load: ${report.failed.map((f) => `${f.file}: ${f.reason}`).join('; ')}`,
    );
  const app = createApp({
    store,
    config,
    clientDir,
    logger: createLogger('silent'),
    catalog,
    warmUp: true,
    loader: (s, inputs, o) => loadCorpus(s, inputs, o),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await app.close(); // the guard's worker and the user-query processes: without it a script never exits
      await store.close();
    },
  };
}
