/**
 * Reviewing in the clause panel in real Chromium against the real explorer started with CASCADE_REVIEW_TOKEN (issue
 * 16): without the token no control is shown; with it, a reviewer confirms one of 湖州 (三十)'s edges, rejects the
 * other with a note, and from the inferred provincial measure 加快绿色化转型 adds the link 海宁 left out by searching
 * for 海宁's clause. The panels show each decision and the coverage matrix moves by exactly what they change.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cellStatus, matrixCounts, openMatrix } from './coverageMatrix';
import { screenshot } from './harness';
import { explorerSuite } from './suite';
import { checkAtEveryViewport } from './viewports';

const TOKEN = 'e2e-review-token-0123456789';
// 湖州's (三十) carries provincial measures 28 and 29 as the only clause of 湖州 to do so (test/api/reviews.test.ts).
const HUZHOU = '330500-2025/c30';
const CONFIRMED = '330000-2025/c29';
const REJECTED = '330000-2025/c28';
// 海宁 leaves measure 10 (加快绿色化转型) out; its (十) 加快数实融合发展 is where a reviewer finds it.
const MEASURE = '330000-2025/c10';
const HAINING = '330481-2025/c10';

const cascadeOf = (clauseId: string) => `?view=cascade&clause=${clauseId}&selected=${clauseId}`;

/** The clause panel once it shows `clauseId`'s alignments. */
async function openPanel(page: Page, base: string, clauseId: string) {
  await page.goto(`${base}/${cascadeOf(clauseId)}`);
  const panel = page.locator('article.clause-panel');
  await panel.locator('section.alignments li').first().waitFor();
  return panel;
}

/** The alignment of the panel that leads to `otherId`, found by its review controls' name. */
const alignmentTo = (page: Page, otherId: string) =>
  page.locator('li.alignment', { has: page.getByRole('group', { name: new RegExp(`^Review \\w+ ${otherId}$`) }) });

describe('reviewing in the clause panel in Chromium', () => {
  const explorer = explorerSuite({ env: { CASCADE_REVIEW_TOKEN: TOKEN } });

  it('shows no review control and no add link to a tab without the review token', async () => {
    const opened = await explorer.open(cascadeOf(HUZHOU));
    const panel = await openPanel(opened.page, explorer.url(), HUZHOU);
    expect(await panel.locator('section.alignments li').count()).toBeGreaterThan(1);
    expect(await panel.locator('.review-controls').count()).toBe(0);
    expect(await panel.locator('.add-link').count()).toBe(0);
    expect(await panel.getByRole('button', { name: /Confirm|Reject/ }).count()).toBe(0);
    await checkAtEveryViewport(opened, 'clause-review-hidden', { graph: true });
  });

  it('confirms one edge, rejects another with a note, adds a link by search; panels and coverage follow', async () => {
    const opened = await explorer.open('?view=coverage&policy=330000-2025');
    const { page } = opened;
    const base = explorer.url();
    const before = await matrixCounts(page);
    expect(await cellStatus(page, REJECTED, '湖州市')).not.toBe('NOT_CARRIED');
    expect(await cellStatus(page, MEASURE, '海宁市')).toBe('NOT_CARRIED');
    // The token is typed once, in the Review view; the tab keeps it (sessionStorage) for the other views.
    await page.goto(`${base}/?view=review&policy=330000-2025`);
    await page.getByLabel('Review token').fill(TOKEN);
    await page.locator('.review-keys').waitFor();

    const panel = await openPanel(page, base, HUZHOU);
    const confirmed = alignmentTo(page, CONFIRMED);
    await confirmed.getByRole('button', { name: 'Confirm 确认' }).click();
    await confirmed.locator('.review-badge.review-reviewed').waitFor();
    const rejected = alignmentTo(page, REJECTED);
    await rejected.getByRole('textbox', { name: 'Note' }).fill('对外贸易稳量提质 is not what (三十) funds');
    await rejected.getByRole('button', { name: 'Reject 驳回' }).click();
    await rejected.waitFor({ state: 'detached' });
    expect(await panel.locator('.review-badge.review-reviewed').count()).toBe(1);
    // The controls sit below the text: photographed where a reviewer scrolls to them.
    await confirmed.scrollIntoViewIfNeeded();
    await screenshot(page, 'clause-review-controls', { fullPage: false });

    // From the provincial measure: "the other carries this one down", 海宁's clause found by its title.
    await openPanel(page, base, MEASURE);
    const addLink = page.locator('details.add-link');
    await addLink.locator('summary').click();
    await addLink.getByLabel('Link').selectOption('implementedBy');
    await addLink.getByLabel('Other clause').fill('加快数实融合发展');
    await addLink.getByLabel('Note', { exact: true }).fill('绿色化 is in 海宁 (十) too');
    const hit = addLink.locator('.add-link-results li', { hasText: '海宁' }).first();
    await hit.getByRole('button', { name: 'Add' }).click();
    await addLink
      .getByRole('status')
      .filter({ hasText: 'Added 海宁市 2025 · (十) 加快数实融合发展: the other carries this one down' })
      .waitFor();
    const added = alignmentTo(page, HAINING);
    await added.locator('.review-badge.review-added').waitFor();
    expect(await added.locator('.review-note').textContent()).toBe('绿色化 is in 海宁 (十) too');
    await addLink.scrollIntoViewIfNeeded();
    await screenshot(page, 'clause-review-add-link', { fullPage: false });

    const after = await matrixCounts(page);
    expect(after).toEqual({ ...before, 湖州市: before['湖州市']! - 1, 海宁市: before['海宁市']! + 1 });
    expect(await cellStatus(page, REJECTED, '湖州市')).toBe('NOT_CARRIED');
    expect(await cellStatus(page, MEASURE, '海宁市')).toBe('CARRIED');

    // The reviewed state at every size: 湖州's clause with its confirmed edge, the rejected one gone.
    await openPanel(page, base, HUZHOU);
    expect(await alignmentTo(page, REJECTED).count()).toBe(0);
    await checkAtEveryViewport(opened, 'clause-review', { graph: true, ready: '.review-badge.review-reviewed' });
    await openMatrix(page);
    await checkAtEveryViewport(opened, 'clause-review-coverage', { ready: '.coverage-share-count' });
  });
});
