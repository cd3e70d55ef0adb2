/**
 * Analysis views benchmark (issues 7 and 14). Targets: navigation → view drawn < 1 s for every view, on the corpus
 * and with 100 and 1,000 synthetic texts (names ending `_100texts`, `_1000texts`; `views_documents_…` says how many
 * documents the server made of them): the coverage matrix, a comparison, the departments of a region, one function
 * across localities, the search results page and a document; and an import of a short document answered < 3 s
 * (timed on the corpus). Prints `name: value unit` lines; asserts nothing. `BENCH_SIZES=0,100` runs fewer sizes (0 is
 * the corpus alone); a size's first run prepares its store, kept for later runs (bench/_syntheticExplorer.ts).
 *
 * Production build, real explorer (embedded store), Debian's headless Chromium; each navigation in a fresh browser
 * context (no HTTP cache). The first run of each view warms the server's query path and is left out of the median.
 */
import { execFileSync } from 'node:child_process';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from '../client/src/views/import/exampleDocument';
import { closeBrowser, openPage, repoRoot } from '../test/e2e/harness';
import { EXPLORER_SIZES, median, startSizedExplorer } from './_syntheticExplorer';

const RUNS = 6;

/** What each view shows once its data is drawn. */
const VIEWS: { name: string; search: string; drawn: string }[] = [
  { name: 'coverage', search: '?view=coverage', drawn: 'button[data-status]' },
  { name: 'compare', search: '?view=compare&clause=330000-2025%2Fc1', drawn: '.quantity-bars g.bar' },
  { name: 'departments', search: '?view=departments&region=330411', drawn: '.department-clauses a' },
  { name: 'function', search: '?view=departments&function=development-reform', drawn: '.function-table tbody tr' },
  { name: 'search', search: `?view=search&q=${encodeURIComponent('发改局')}`, drawn: '.search-list li' },
  { name: 'document', search: '?view=document&policy=330482-2025', drawn: '.clause-list li' },
];

export async function run(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const size of EXPLORER_SIZES) {
    const explorer = await startSizedExplorer(size);
    try {
      console.log(`views_documents${explorer.suffix}: ${explorer.documents} documents`);
      for (const view of VIEWS) await viewTime(explorer.url, view, explorer.suffix);
      if (size === 0) await importTime(explorer.url);
    } finally {
      await closeBrowser();
      await explorer.stop();
    }
  }
}

async function viewTime(url: string, view: (typeof VIEWS)[number], suffix: string): Promise<void> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const opened = await openPage(`${url}/${view.search}`);
    await opened.page.locator(view.drawn).first().waitFor({ timeout: 60_000 });
    times.push(performance.now() - started);
    count = await opened.page.locator(view.drawn).count();
    await opened.close();
  }
  console.log(`${view.name}_drawn_first${suffix}: ${times[0]!.toFixed(0)} ms`);
  console.log(`${view.name}_drawn_median${suffix}: ${median(times.slice(1)).toFixed(0)} ms`);
  console.log(`${view.name}_drawn_items${suffix}: ${count} items`);
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
