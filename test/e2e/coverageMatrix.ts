/** Reading the coverage matrix as a user sees it (the review e2e tests check it after each decision). */
import type { Page } from 'playwright-core';

/** Opens the provincial coverage matrix in `page` and waits for its counts. */
export async function openMatrix(page: Page): Promise<void> {
  await page.goto(page.url().replace(/\?.*$/, '?view=coverage&policy=330000-2025'));
  await page.locator('.coverage-share-count').first().waitFor();
}

/** Carried counts per locality name, as the coverage matrix's column heads show them. */
export async function matrixCounts(page: Page): Promise<Record<string, number>> {
  await openMatrix(page);
  const counts: Record<string, number> = {};
  for (const head of await page.locator('.coverage-locality').all()) {
    const name = (await head.locator('.coverage-locality-name').textContent())!;
    counts[name] = Number((await head.locator('.coverage-share-count').textContent())!.split('/')[0]);
  }
  return counts;
}

/** The status a cell of the open matrix shows (CARRIED, MERGED, NOT_CARRIED): one measure, one locality by name. */
export async function cellStatus(page: Page, measureId: string, locality: string): Promise<string | null> {
  const names = await page.locator('.coverage-locality .coverage-locality-name').allTextContents();
  const column = names.indexOf(locality);
  if (column < 0) throw new Error(`[e2e] no locality ${locality} in the matrix (${names.join(', ')})`);
  return page.locator(`button[data-measure="${measureId}"]`).nth(column).getAttribute('data-status');
}
