/**
 * GraphiQL in real headless Chromium under the server's Content-Security-Policy (issue 17): the page loads its
 * script, style and icon as compressed assets from the server, renders the editor (Monaco, whose workers start from
 * blob: URLs), runs a query, and the browser reports no violation or error on the way.
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';

let server: ServerProcess;
let browser: Browser;
beforeAll(async () => {
  server = await spawnServer({ env: { LOG_LEVEL: 'warn' } });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

describe('GraphiQL under the Content-Security-Policy', () => {
  it('loads compressed assets, runs a query, and the browser reports nothing', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const encodings: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/graphiql/')) encodings.push(response.headers()['content-encoding'] ?? 'none');
    });
    await page.goto(`${server.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor textarea').first();
    await editor.waitFor({ state: 'attached', timeout: 30_000 });
    await editor.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ regions(level: PROVINCE) { code name ');
    await page.keyboard.press('Escape'); // closes the suggestions
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('330000');
    // The script, the style and the icon (browsers may ask for the icon twice), all brotli.
    expect(encodings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(encodings)).toEqual(new Set(['br']));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
