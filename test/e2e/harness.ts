/**
 * Browser end-to-end harness: the real explorer (`npx tsx server/src/main.ts` over the embedded store and the real
 * corpus, serving the production build of client/) driven by Debian's Chromium through playwright-core.
 *
 * The client is built once per test run by `test/e2e/globalSetup.ts`; each test file starts its own server on a free
 * port (`startExplorer()` in beforeAll, `stop()` in afterAll) and opens pages with `openPage(url)`.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';

// What the explorer exposes with ?testHook=1 (client/src/graph/testHook.ts), as seen from page.evaluate callbacks.
declare global {
  interface Window {
    __cascadeCy?: Core;
    __cascadeLayouts?: number;
  }
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = join(repoRoot, 'test-artifacts');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Explorer {
  /** Base URL, e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  /** Stops the server's whole process group and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts the explorer on a free port and resolves once it printed its `listening` line (corpus loaded). */
export async function startExplorer(options: { timeoutMs?: number } = {}): Promise<Explorer> {
  if (!existsSync(join(repoRoot, 'client/dist/index.html'))) {
    throw new Error('[e2e] client/dist is missing: run `npm run build` (test/e2e/globalSetup.ts does it for vitest).');
  }
  // E2E_SERVER_ENTRY runs another entry (debugging a harness change); tests use the real main.ts.
  const entry = process.env.E2E_SERVER_ENTRY ?? 'server/src/main.ts';
  const child = spawn('npx', ['tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NEO4J_URI: '', CASCADE_DATA_DIR: '' },
    // Own process group: npx → tsx → node are all stopped together with kill(-pid).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForListening(child, options.timeoutMs ?? 90_000);
  return { url, stop: () => stopGroup(child) };
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (message: string) => {
      clearTimeout(timer);
      void stopGroup(child);
      reject(new Error(`[e2e] ${message}\nstdout:\n${stdout.slice(-2000)}\nstderr:\n${stderr.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`the server did not print "listening" within ${timeoutMs} ms`), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of stdout.split('\n')) {
        const url = listeningUrl(line);
        if (url) {
          clearTimeout(timer);
          resolvePromise(url.replace(/\/$/, ''));
          return;
        }
      }
    });
    child.on('exit', (code, signal) => fail(`the server exited early (code ${code}, signal ${signal})`));
  });
}

function listeningUrl(line: string): string | undefined {
  if (!line.trim().startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === 'listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const killer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
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
  /** Console errors and uncaught page errors seen so far: a test can assert the app ran clean. */
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
    if (message.type() === 'error') errors.push(message.text());
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

/** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
