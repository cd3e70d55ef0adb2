/**
 * Analysis views benchmark (issue 7). Targets: navigation → coverage matrix drawn (54 measures × 4 localities)
 * < 1 s, compare and departments drawn < 1 s, an import of a short document answered < 3 s. Prints
 * `name: value unit` lines; asserts nothing.
 *
 * Production build, real explorer (embedded store, real corpus), Debian's headless Chromium; each navigation in a
 * fresh browser context (no HTTP cache). The first run of each view warms the server's query path and is left out
 * of the median.
 */
import { execFileSync } from 'node:child_process';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from '../client/src/views/import/exampleDocument';
import { closeBrowser, openPage, repoRoot, startExplorer } from '../test/e2e/harness';

const RUNS = 6;

/** What each view shows once its data is drawn. */
const VIEWS: { name: string; search: string; drawn: string }[] = [
  { name: 'coverage', search: '?view=coverage', drawn: 'button[data-status]' },
  { name: 'compare', search: '?view=compare&clause=330000-2025%2Fc1', drawn: '.quantity-bars g.bar' },
  { name: 'departments', search: '?view=departments&region=330411', drawn: '.department-clauses a' },
];

export async function run(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const explorer = await startExplorer();
  try {
    for (const view of VIEWS) await viewTime(explorer.url, view);
    await importTime(explorer.url);
  } finally {
    await closeBrowser();
    await explorer.stop();
  }
}

async function viewTime(url: string, view: (typeof VIEWS)[number]): Promise<void> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const opened = await openPage(`${url}/${view.search}`);
    await opened.page.locator(view.drawn).first().waitFor();
    times.push(performance.now() - started);
    count = await opened.page.locator(view.drawn).count();
    await opened.close();
  }
  console.log(`${view.name}_drawn_first: ${times[0]!.toFixed(0)} ms`);
  console.log(`${view.name}_drawn_median: ${median(times.slice(1)).toFixed(0)} ms`);
  console.log(`${view.name}_drawn_items: ${count} items`);
}

/** From clicking Import to the result table; every run imports the same document again (it replaces itself). */
async function importTime(url: string): Promise<void> {
  const times: number[] = [];
  const opened = await openPage(`${url}/?view=import`);
  const { page } = opened;
  try {
    await page.getByLabel('Source name').fill(EXAMPLE_SOURCE_NAME);
    await page.getByLabel('Document text').fill(EXAMPLE_TEXT);
    for (let i = 0; i < RUNS; i++) {
      // After the first import the document is in the graph: the view asks before replacing it, and the time is
      // from the user's yes to the answer.
      if (i > 0) await page.getByRole('button', { name: 'Import', exact: true }).click();
      const confirm = page.getByRole('button', { name: i > 0 ? 'Replace it' : 'Import', exact: true });
      await confirm.waitFor();
      const started = performance.now();
      await confirm.click();
      await page.getByRole('button', { name: 'Importing…' }).waitFor({ state: 'detached' });
      await page.locator('.import-clauses tbody tr').first().waitFor();
      times.push(performance.now() - started);
    }
  } finally {
    await opened.close();
  }
  console.log(`import_answered_first: ${times[0]!.toFixed(0)} ms`);
  console.log(`import_answered_median: ${median(times.slice(1)).toFixed(0)} ms`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
