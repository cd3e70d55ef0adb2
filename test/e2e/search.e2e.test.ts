/**
 * Search as a page and the document view (issue 14, items 2 and 5) in real Chromium against the real explorer: the
 * dropdown's top hits, drafts labelled and "all N results"; the results page with its total, facets, pages and
 * marked matches; full department names; annex rows found and opened in their document, rendered as a table; the
 * document's own clause numbers and one line per superior document. Screenshots at three sizes in test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSuite } from './suite';
import { checkAtEveryViewport } from './viewports';

/** The clause hits of the list as [policy id, clause number], in the order shown. */
async function clauseOrder(page: Page): Promise<[string, number][]> {
  const hrefs = await page.locator('.search-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.flatMap((href) => {
    const clause = new URLSearchParams(href ?? '').get('clause');
    const match = clause ? /^(.+)\/c(\d+)$/.exec(clause) : null;
    return match ? [[match[1]!, Number(match[2])] as [string, number]] : [];
  });
}

describe('search and documents in Chromium', () => {
  const { open } = explorerSuite();

  it('shows the top hits of 發改局 with drafts labelled, and “all N results” opens the page with that total', async () => {
    const opened = await open('?view=import');
    const { page } = opened;
    await page.getByRole('combobox', { name: 'Search clauses' }).fill('發改局');
    const all = page.getByRole('option', { name: /^All \d+ results →$/ });
    await all.waitFor();
    const total = Number(/All (\d+)/.exec((await all.textContent())!)![1]);
    expect(total).toBeGreaterThan(12);
    expect(await page.locator('.search-hit').count()).toBe(8);
    // Ranked issued first: any draft among the top hits comes after every issued one, and says it is a draft.
    const wheres = await page.locator('.search-hit .search-hit-where').allTextContents();
    const firstDraft = wheres.findIndex((w) => w.includes('draft'));
    if (firstDraft >= 0) expect(wheres.slice(firstDraft).every((w) => w.includes('征求意见稿 draft'))).toBe(true);
    // "All N results" stays in sight under the hits, even where the list scrolls (a 720 px screen shows five hits).
    await page.setViewportSize({ width: 1280, height: 720 });
    const popup = (await page.locator('.search-popup').boundingBox())!;
    const allBox = (await all.boundingBox())!;
    expect(allBox.y + allBox.height).toBeLessThanOrEqual(popup.y + popup.height + 1);
    await checkAtEveryViewport(opened, 'search-dropdown', { reload: false });

    await page.getByRole('combobox', { name: 'Search clauses' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=search&q=/);
    await page.getByRole('heading', { level: 2, name: `${total} results for “發改局”` }).waitFor();
  });

  it('scrolls a hit reached with the arrow keys fully into view above the pinned “all N results” line', async () => {
    const opened = await open('?view=import', { width: 1280, height: 720 });
    const { page } = opened;
    const box = page.getByRole('combobox', { name: 'Search clauses' });
    await box.fill('發改局');
    await page.getByRole('option', { name: /^All \d+ results →$/ }).waitFor();
    const hits = await page.locator('.search-hit').count();
    // Down through every hit, then wrap round from the pinned line back to the first hit.
    for (let step = 0; step < hits + 2; step++) {
      await box.press('ArrowDown');
      const index = step % (hits + 1);
      if (index === hits) continue;
      const geometry = await page.evaluate((i) => {
        const rect = (el: Element | null) => el!.getBoundingClientRect();
        const option = document.querySelectorAll('.search-hit')[i]!;
        return {
          selected: option.getAttribute('aria-selected'),
          option: rect(option),
          popup: rect(document.querySelector('.search-popup')),
          pinned: rect(document.querySelector('.search-all')),
        };
      }, index);
      expect(geometry.selected, `hit ${index}`).toBe('true');
      expect(geometry.option.top, `hit ${index}`).toBeGreaterThanOrEqual(geometry.popup.top - 1);
      expect(geometry.option.bottom, `hit ${index}`).toBeLessThanOrEqual(geometry.pinned.top + 1);
    }
    await box.press('ArrowUp');
    await box.press('ArrowUp');
    await checkAtEveryViewport(opened, 'search-dropdown-keyboard', { reload: false });
  });

  it('pages through the results in numeric clause order, narrows by the draft facet, marks the matches', async () => {
    const opened = await open(`?view=search&q=${encodeURIComponent('發改局')}`);
    const { page } = opened;
    const heading = page.getByRole('heading', { level: 2, name: /results for “發改局”/ });
    await heading.waitFor();
    const total = Number(/^(\d+)/.exec((await heading.textContent())!)![1]);
    expect(await page.locator('.search-list li').count()).toBe(Math.min(20, total));
    expect(await page.locator('.search-list mark').count()).toBeGreaterThan(10);
    const order = await clauseOrder(page);
    for (let i = 1; i < order.length; i++) {
      const [[policyA, a], [policyB, b]] = [order[i - 1]!, order[i]!];
      if (policyA === policyB) expect(b).toBeGreaterThan(a);
    }
    const pages = Math.ceil(total / 20);
    await page.getByText(`Page 1 of ${pages}`).waitFor();
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText(`Page 2 of ${pages}`).waitFor();
    // Ranks continue from the first page.
    await page.locator('.search-list[start="21"]').waitFor();
    expect((await clauseOrder(page))[0]).not.toEqual(order[0]);

    const draft = page.getByRole('button', { name: /^征求意见稿 draft \d+$/ });
    const drafts = Number(/(\d+)$/.exec((await draft.textContent())!)![1]);
    await draft.click();
    await page.waitForURL(/status=DRAFT/);
    await page
      .getByRole('heading', { level: 2, name: `${drafts} result${drafts === 1 ? '' : 's'} for “發改局”` })
      .waitFor();
    const wheres = await page.locator('.search-list .search-hit-where').allTextContents();
    for (const where of wheres) expect(where).toContain('征求意见稿 draft');
    await checkAtEveryViewport(opened, 'search-page', { ready: '.search-list li' });
  });

  it('finds the full department name 发展和改革局 as well', async () => {
    const opened = await open(`?view=search&q=${encodeURIComponent('发展和改革局')}`);
    const heading = opened.page.getByRole('heading', { level: 2, name: /results for “发展和改革局”/ });
    await heading.waitFor();
    expect(Number(/^(\d+)/.exec((await heading.textContent())!)![1])).toBeGreaterThan(10);
    expect(opened.errors).toEqual([]);
  });

  it('finds annex rows and opens them in their document’s annex table', async () => {
    const opened = await open(`?view=search&q=${encodeURIComponent('尖兵')}`);
    const { page } = opened;
    const row = page.locator('.search-list li', { hasText: 'annex row 附件事项' }).first();
    await row.waitFor();
    await row.getByRole('link').click();
    await page.waitForURL(/view=document&policy=.*&request=/);
    const table = page.locator('.annex-table');
    await table.waitFor();
    const highlighted = table.locator('tr.highlighted');
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.locator('.chip-lead').count()).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    await checkAtEveryViewport(opened, 'document-annex', { ready: '.annex-table' });
  });

  it('numbers a document’s clauses once and lists each superior document on its own line', async () => {
    const opened = await open('?view=document&policy=330482-2025');
    const { page } = opened;
    await page.locator('.clause-list').first().waitFor();
    expect(await page.locator('.document ol').count()).toBe(0);
    const first = (await page.locator('.clause-list li').first().textContent())!;
    expect(first).toMatch(/^\(一\)/);
    const superiors = page.getByRole('region', { name: 'Implements 落实' }).getByRole('listitem');
    expect(await superiors.count()).toBeGreaterThanOrEqual(1);
    for (const item of await superiors.all()) expect(await item.getByRole('link').count()).toBe(1);
    await checkAtEveryViewport(opened, 'document-view', { ready: '.clause-list' });
  });
});
