/**
 * Browser end-to-end harness: the real explorer (`npm run serve`'s command over the embedded store and the real
 * corpus, serving the production build of client/) driven by Debian's Chromium through playwright-core.
 *
 * The client is built once per test run by `test/e2e/globalSetup.ts`; each test file starts its own server on a free
 * port (`startExplorer()` in beforeAll, `stop()` in afterAll; test/support/serverProcess.ts) and opens pages with
 * `openPage(url)`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot, spawnServer } from '../support/serverProcess';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';

// What the explorer exposes with ?testHook=1 (client/src/graph/testHook.ts), as seen from page.evaluate callbacks.
declare global {
  interface Window {
    __cascadeCy?: Core;
    __cascadeLayouts?: number;
  }
}

export { repoRoot };
export const artifactsDir = join(repoRoot, 'test-artifacts');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Explorer {
  /** Base URL, e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  /** Stops the server's whole process group and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the explorer on a free port and resolves once it printed its `listening` line (corpus loaded). `env`
 * configures the server as `npm start` would be (e.g. CASCADE_CORPUS_DIR, or NEO4J_URI for the Neo4j leg).
 */
export async function startExplorer(
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<Explorer> {
  if (!existsSync(join(repoRoot, 'client/dist/index.html'))) {
    throw new Error('[e2e] client/dist is missing: run `npm run build` (test/e2e/globalSetup.ts does it for vitest).');
  }
  // E2E_SERVER_ENTRY runs another entry (debugging a harness change); tests use the real main.ts.
  const server = await spawnServer({
    ...(process.env.E2E_SERVER_ENTRY ? { entry: process.env.E2E_SERVER_ENTRY } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  return { url: server.url, stop: async () => void (await server.stop()) };
}

let browser: Promise<Browser> | undefined;

/** One headless Chromium per test file, shared by its pages; closed when the last page of the file closes it. */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return browser;
}

export interface OpenedPage {
  page: Page;
  /** Closes the page and its browser context (the browser stays up for the file's other pages). */
  close(): Promise<void>;
  /** Console errors and warnings and uncaught page errors seen so far: a test can assert the app ran clean. */
  errors: string[];
}

/** Opens `url` in a fresh 1280×800 context (the size the explorer is designed for). */
export async function openPage(
  url: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Warnings count too: Cytoscape reports an edge it cannot draw ("invalid endpoints") as a warning.
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** Closes the shared browser; call it in afterAll after the pages are closed. */
export async function closeBrowser(): Promise<void> {
  const current = browser;
  browser = undefined;
  if (current) await (await current).close();
}

/**
 * Saves a screenshot to test-artifacts/<name>.png and returns its path: the full page, or with `fullPage: false`
 * the viewport as the user sees it (what a scrolled panel shows).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** The screen sizes every view is checked and photographed at (issue 14): desktop, laptop, narrow. */
export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 800, height: 1000 },
] as const;
