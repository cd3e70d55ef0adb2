/**
 * An inferred clause in real Chromium against the real explorer (issue 12): its clause panel lists the implementing
 * clauses it was inferred from and what they offer (least, median, most), and a locality's figure is worded from the
 * locality's side against the implementers' median — never 'raised' from a value no superior text states. A link
 * inherited through the locality's own older document (issue 16) names that older clause.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot, startExplorer } from './harness';
import type { Explorer, OpenedPage } from './harness';

describe('the clause panel of an inferred clause in Chromium', () => {
  let explorer: Explorer;
  let opened: OpenedPage;

  beforeAll(async () => {
    explorer = await startExplorer();
    const clause = encodeURIComponent('330000-2025/c1');
    opened = await openPage(`${explorer.url}/?view=cascade&clause=${clause}&selected=${clause}`);
  });
  afterAll(async () => {
    await opened?.close();
    await closeBrowser();
    await explorer?.stop();
  });

  it('shows its sources and the ranges they offer, and each locality against their median', async () => {
    const { page } = opened;
    const panel = page.getByRole('article');
    const sources = panel.getByRole('region', { name: 'Inferred from' });
    await sources.waitFor();
    expect(await panel.getByText('inferred from its implementers 推断').count()).toBe(1);
    // The localities whose clauses it was inferred from, each a link to that clause.
    const links = await sources.getByRole('link').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const locality of ['秀洲区', '海宁市', '湖州市']) expect(links.join(' ')).toContain(locality);
    // 国家级科技企业孵化器: 10万元 to 300万元 across four localities, median 50万元.
    const offers = await sources.getByRole('list', { name: 'What the implementers offer' }).allTextContents();
    expect(offers.join(' ')).toContain('国家级科技企业孵化器: 10万元–300万元, median 50万元 (4 localities)');
    // 海宁's link, worded from 海宁's side.
    const carried = panel.getByRole('region', { name: /Carried down by/ });
    const against = await carried.getByRole('list', { name: "Against the implementers' median" }).allTextContents();
    expect(against.join(' ')).toContain("国家级科技企业孵化器: 海宁市 300万元 vs implementers' median 50万元 (higher");
    expect(await carried.textContent()).not.toMatch(/raised|lowered/);
    await screenshot(page, 'inferred-clause-panel');
  });

  it('shows a link inherited through the locality’s older document with the older clause it came from', async () => {
    const clause = encodeURIComponent('330411-2025/c33');
    const own = await openPage(`${explorer.url}/?view=cascade&clause=${clause}&selected=${clause}`, {
      viewport: { width: 1440, height: 900 },
    });
    try {
      const implementsList = own.page.getByRole('article').getByRole('region', { name: /^Carries down/ });
      const inherited = implementsList.locator('.inherited-from');
      await inherited.waitFor();
      expect(await inherited.count()).toBe(1);
      expect(await inherited.textContent()).toContain("Inferred 推断 through the locality's older clause");
      // The older clause is the 2024 draft's (九), a link a reader can follow.
      const older = inherited.getByRole('link');
      expect(await older.textContent()).toMatch(/秀洲区 2024/);
      await screenshot(own.page, 'inherited-link-panel');
      await older.click();
      await own.page.waitForURL(/clause=330411-2024-draft%2Fc9/);
    } finally {
      await own.close();
    }
  });
});
