/**
 * The coverage, compare, departments and import views in real Chromium against the real explorer (embedded store,
 * real corpus): open the coverage matrix and check each locality's share against its counts, open a gap's cascade
 * by mouse and by keyboard, download the gaps CSV, compare a measure across the four localities, read 秀洲's
 * departments, and import a small document and find it in the cascade and the matrix. Screenshots go to
 * test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOURCE_NAME, EXAMPLE_TEXT } from '../../client/src/views/import/exampleDocument';
import { csvRows } from './csvRows';
import { screenshot } from './harness';
import { explorerSuite } from './suite';
import { checkAtEveryViewport } from './viewports';

const LOCALITIES = ['秀洲区', '海宁市', '平湖市', '湖州市'];

describe('coverage, compare, departments and import views in Chromium', () => {
  const explorer = explorerSuite();
  const open = (search: string) => explorer.open(search);

  it('shows the coverage matrix with each locality share, and a gap cell opens that measure’s cascade', async () => {
    const { page, errors } = await open('?view=coverage&testHook=1');
    await page.locator('.coverage-share').first().waitFor();
    const heads = page.locator('.coverage-locality');
    expect(await heads.locator('.coverage-locality-name').allTextContents()).toEqual(LOCALITIES);
    // Each share is what its own counts say, and some locality did not carry everything down.
    const shares: number[] = [];
    for (const head of await heads.all()) {
      const share = Number((await head.locator('.coverage-share').textContent())!.replace('%', ''));
      const [carried, total] = (await head.locator('.coverage-share-count').textContent())!.split('/').map(Number);
      expect(total).toBeGreaterThan(0);
      expect(share).toBe(Math.round((carried! / total!) * 100));
      shares.push(share);
    }
    expect(Math.min(...shares)).toBeLessThan(100);
    const picker = page.getByLabel('Superior document');
    expect(await picker.locator('option:checked').textContent()).toContain('浙政发〔2025〕3号');
    await screenshot(page, 'coverage-matrix');

    const gap = page.locator('button[data-status="NOT_CARRIED"]').first();
    const measureId = (await gap.getAttribute('data-measure'))!;
    const title = (await gap.getAttribute('aria-label'))!.split(' — ')[1]!.split(':')[0]!;
    await gap.click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'cascade');
    expect(new URL(page.url()).searchParams.get('clause')).toBe(measureId);
    await page.getByRole('heading', { name: `Cascade of ${title}` }).waitFor({ state: 'attached' });
    await page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0);
    await screenshot(page, 'coverage-gap-cascade');

    // Back returns to the matrix; the keyboard alone opens a cell too (one tab stop, arrows, Enter).
    await page.goBack();
    const first = page.locator('button[data-cell="0-0"]');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const moved = page.locator('button[data-cell="1-1"]');
    expect(await moved.evaluate((el) => el === document.activeElement)).toBe(true);
    const movedMeasure = await moved.getAttribute('data-measure');
    await screenshot(page, 'coverage-keyboard-focus');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('clause') === movedMeasure);
    expect(errors).toEqual([]);
  });

  it('lists a locality’s gaps and downloads them as a UTF-8 CSV Excel can read', async () => {
    const opened = await open('?view=coverage&policy=330000-2025');
    const { page } = opened;
    await page.getByRole('button', { name: /^海宁市: \d+% carried/ }).click();
    await page.waitForURL(/region=330481/);
    const list = page.getByRole('region', { name: /Gaps of 海宁市/ });
    await list.getByRole('link').first().waitFor();
    const titles = await list.locator('.gap-items:not(.gap-merged) a').allTextContents();
    const gapCells = await page.locator('td:nth-child(3) button[data-status="NOT_CARRIED"]').count();
    expect(titles.length).toBe(gapCells);

    const merged = await page.locator('td:nth-child(3) button[data-status="MERGED"]').count();
    expect(await list.locator('.gap-merged a').count()).toBe(merged);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Export gaps as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gaps-330000-2025-330481.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'Superior document',
      'Locality',
      'Area',
      'No.',
      'Measure id',
      'Measure',
      'Inferred measure',
      'Status',
      'Local clause id',
      'Local clause',
      'Score',
    ]);
    // Every gap and every merged (half-carried) measure, each with its status; the province's measures are inferred.
    expect(rows).toHaveLength(titles.length + merged);
    expect(rows.filter((r) => r[7] === 'gap').map((r) => r[5])).toEqual(titles);
    for (const row of rows.filter((r) => r[7] === 'merged')) {
      expect(row[8]).toMatch(/^330481-2025\/c\d+$/);
      expect(Number(row[10])).toBeGreaterThan(0);
    }
    for (const row of rows) expect([row[0], row[1], row[6]]).toEqual(['浙政发〔2025〕3号', '海宁市', 'yes']);
    await checkAtEveryViewport(opened, 'coverage-gaps', { ready: '.gap-items li' });
  });

  it('compares one measure’s amounts across the four localities, outliers marked, with 秀洲 2024 → 2025', async () => {
    const { page, errors } = await open('?view=compare&clause=330000-2025%2Fc1');
    const table = page.getByRole('table', { name: /Amounts and targets of each locality/ });
    await table.waitFor();
    const columns = await table.locator('thead .side-locality').allTextContents();
    for (const locality of LOCALITIES) expect(columns.some((c) => c.startsWith(locality))).toBe(true);
    // The 省级科技企业孵化器 reward differs across localities: drawn as bars, the far ones flagged.
    const chart = page.getByRole('img', { name: /^省级科技企业孵化器/ }).first();
    expect(await chart.locator('g.bar').count()).toBeGreaterThanOrEqual(4);
    expect(await chart.locator('g.bar-outlier').count()).toBeGreaterThan(0);
    // National rewards (海宁 300万) have their own chart: no chart puts 国家级 and 省级 amounts on one axis.
    const national = page.getByRole('img', { name: /^国家级科技企业孵化器/ }).first();
    expect(await national.locator('g.bar').count()).toBeGreaterThanOrEqual(3);
    for (const name of await page
      .locator('.compare-charts [role="img"]')
      .evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label') ?? ''))) {
      expect(name.split(':')[0]!.includes('国家') && name.split(':')[0]!.includes('省')).toBe(false);
    }
    const changes = page.getByRole('region', { name: 'Changes across years' });
    expect(await changes.getByRole('link').first().textContent()).toContain('秀洲区 2024');
    expect(await changes.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'compare-measure');

    // The table as CSV: one row per amount or target of each locality column, with its source and comparison.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export table as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('compare-330000-2025_c1.csv');
    const [header, ...rows] = csvRows(
      readFileSync((await download.path())!)
        .subarray(3)
        .toString('utf8'),
    );
    expect(header?.slice(0, 4)).toEqual(['Measure id', 'Measure', 'Locality', 'Year']);
    const cellsInTable = await table.locator('tbody .side-quantities li').count();
    expect(rows).toHaveLength(cellsInTable);
    for (const locality of LOCALITIES) expect(rows.some((r) => r[2]?.startsWith(locality))).toBe(true);
    expect(rows.some((r) => r[19] === 'yes')).toBe(true);
    expect(new Set(rows.map((r) => r[10]))).not.toContain(undefined);

    // Picking another measure is a new history entry.
    await page.getByLabel('Measure', { exact: true }).selectOption('330000-2025/c10');
    await page.waitForURL(/clause=330000-2025%2Fc10/);
    await table.waitFor();
    await page.goBack();
    await page.waitForURL(/clause=330000-2025%2Fc1$/);
    expect(errors).toEqual([]);
  });

  it('sizes 秀洲’s departments by lead and support load, linked to their clauses', async () => {
    const { page, errors } = await open('?view=departments&region=330411');
    const list = page.getByRole('list', { name: /Departments by load/ });
    await list.getByRole('button').first().waitFor();
    const buttons = await list.getByRole('button').all();
    expect(buttons.length).toBeGreaterThan(10);
    const widths = await Promise.all(
      buttons.map((b) => b.locator('.department-bar').evaluate((el) => el.getBoundingClientRect().width)),
    );
    const loads = await Promise.all(
      buttons.map(async (b) => {
        const [lead, support] = /leads (\d+), supports (\d+)/.exec((await b.getAttribute('aria-label'))!)!.slice(1);
        return Number(lead) + Number(support);
      }),
    );
    // Bar length follows the load: the heaviest department has the longest bar.
    expect(widths[loads.indexOf(Math.max(...loads))]).toBeCloseTo(Math.max(...widths), 0);

    const second = buttons[1]!;
    const [, lead, support] = /leads (\d+), supports (\d+)/.exec((await second.getAttribute('aria-label'))!)!;
    const name = (await second.locator('.department-name').textContent())!;
    await second.click();
    // The chosen department is in the link, so it can be shared and back returns to it.
    await page.waitForURL((url) => url.searchParams.get('department') !== null);
    const chosen = page.url();
    const side = page.getByRole('region', { name });
    await side.waitFor();
    expect(await side.locator('.department-policy a').count()).toBe(Number(lead) + Number(support));
    await screenshot(page, 'departments-330411');
    const link = side.locator('.department-policy a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.search === href);
    await page.goBack();
    await page.waitForURL(chosen);
    await side.waitFor();
    expect(await page.getByRole('button', { name: new RegExp(`^${name}:`) }).getAttribute('aria-pressed')).toBe('true');
    const shared = await open(chosen.replace(explorer.url() + '/', ''));
    await shared.page.getByRole('region', { name }).waitFor();
    expect(errors).toEqual([]);
  });

  it('counts 秀洲’s departments in one document at a time, in Simplified, with 区委人才办 merged', async () => {
    const opened = await open('?view=departments&region=330411');
    const { page } = opened;
    const list = page.getByRole('list', { name: /Departments by load/ });
    await list.getByRole('button').first().waitFor();
    const names = await list.locator('.department-name').allTextContents();
    // Simplified names only (the text's 區發改局 is the hover title), and the talent office inside the organisation dept.
    for (const name of names) expect(name).not.toMatch(/[區發辦財經農衛資規]/);
    expect(names.filter((n) => n.includes('人才办'))).toEqual(['区委组织部(区委人才办)']);
    const fagai = list.getByRole('button', { name: /^区发改局:/ });
    expect(await fagai.getAttribute('title')).toBe('As written 原文: 區發改局');
    const latest = await fagai.getAttribute('aria-label');

    // The 2024 draft is counted on its own, never added to the 2025 text.
    await page.getByLabel('Document').selectOption('330411-2024-draft');
    await page.waitForURL(/policy=330411-2024-draft/);
    await expect
      .poll(() => list.getByRole('button', { name: /^区发改局:/ }).getAttribute('aria-label'))
      .not.toBe(latest);
    await list.getByRole('button', { name: /^区发改局:/ }).click();
    const years = await page.locator('.department-policy-title').allTextContents();
    for (const year of years) expect(year).toMatch(/^2024 draft/);
    await checkAtEveryViewport(opened, 'departments-draft', { ready: '.department-loads li' });
  });

  it('compares 发改 across the localities, leads and supports side by side', async () => {
    const opened = await open('?view=departments&region=330411&department=330411%2F%E5%8F%91%E6%94%B9%E5%B1%80');
    const { page } = opened;
    await page.locator('.department-functions').getByRole('link', { name: '发改局' }).click();
    await page.waitForURL(/function=development-reform/);
    const table = page.getByRole('table', { name: '发改局 in each locality' });
    await table.waitFor();
    const localities = await table.locator('tbody th').allTextContents();
    for (const locality of LOCALITIES) expect(localities.some((l) => l.startsWith(locality))).toBe(true);
    const bars = await table.locator('.function-load').all();
    const loads = await Promise.all(
      bars.map(async (b) => {
        const [lead, support] = /leads (\d+), supports (\d+)/.exec((await b.getAttribute('aria-label'))!)!.slice(1);
        return Number(lead) + Number(support);
      }),
    );
    expect(Math.max(...loads)).toBeGreaterThan(10);
    await bars[0]!.click();
    expect(await table.locator('.function-clauses a').count()).toBe(loads[0]);
    await checkAtEveryViewport(opened, 'departments-function', { ready: '.function-table tbody tr' });
  });

  it.each([
    ['coverage', '?view=coverage&policy=330000-2025&region=330482'],
    ['compare', '?view=compare&clause=330000-2025%2Fc1'],
    ['departments', '?view=departments&region=330411'],
    ['import', '?view=import'],
  ])('fits %s on a 1366×768 laptop screen without sideways scrolling', async (name, search) => {
    const opened = await explorer.open(search, { width: 1366, height: 768 });
    const { page, errors } = opened;
    await page.locator('main h2').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="status"].status-loading'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-laptop`);
    expect(errors).toEqual([]);
    await checkAtEveryViewport(opened, `${name}-view`, { ready: 'main h2' });
  });

  it('imports an uploaded document, shows where its clauses landed, and the matrix gains its column', async () => {
    // A cascade seen before the import: the client keeps it in memory, and the import must not leave it stale.
    const opened = await open('?testHook=1&view=cascade&clause=330000-2025%2Fc1');
    const { page, errors } = opened;
    const nanhuNodes = () =>
      page.evaluate(
        () => window.__cascadeCy?.nodes('.clause').filter((n) => n.id().startsWith('330402-')).length ?? -1,
      );
    await page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0);
    expect(await nanhuNodes()).toBe(0);
    await page.getByRole('link', { name: /^Import/ }).click();
    await page.getByLabel('Upload a text file').setInputFiles({
      name: EXAMPLE_SOURCE_NAME,
      mimeType: 'text/plain',
      buffer: Buffer.from(EXAMPLE_TEXT, 'utf8'),
    });
    // The file is read in the browser (File.text()), so the fields fill in a moment later.
    await expect.poll(() => page.getByLabel('Source name').inputValue()).toBe(EXAMPLE_SOURCE_NAME);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('region', { name: /Imported: 南湖区推动经济高质量发展若干政策/ });
    await result.waitFor({ timeout: 30_000 });
    const rows = result.getByRole('table', { name: 'Where its clauses landed' }).locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const additions = await rows.filter({ hasText: 'local addition' }).count();
    expect(additions).toBeGreaterThan(0);
    // The summary counts what the table marks.
    const summary = (await result.locator('.import-summary').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toContain(`${additions} local addition${additions === 1 ? '' : 's'}`);
    const carried = rows.filter({ hasText: '浙政发〔2025〕3号' });
    expect(summary).toContain(`${await carried.count()} of 4 clauses carry a superior measure`);
    expect(await carried.count()).toBeGreaterThan(0);
    await screenshot(page, 'import-result');

    const measures = await carried
      .locator('a[href*="330000-2025"]')
      .evaluateAll((links) => links.map((a) => new URLSearchParams(a.getAttribute('href') ?? '').get('clause')));
    expect(measures).toContain('330000-2025/c1');

    await carried.first().getByRole('link').first().click();
    await page.waitForURL(/view=cascade&clause=330402-2025%2Fc/);
    // Back through the import to the cascade seen before it: 南湖's clause is there without a reload.
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/view=cascade&clause=330000-2025%2Fc1$/);
    await expect.poll(nanhuNodes).toBeGreaterThan(0);
    await page.goto(`${explorer.url()}/?view=coverage&policy=330000-2025`);
    await page.locator('.coverage-share').first().waitFor();
    const names = await page.locator('.coverage-locality-name').allTextContents();
    expect(names).toContain('南湖区');
    expect(errors).toEqual([]);

    // 南湖's two areas against the province's eight: a partial text, hatched, its gaps not counted as "left out".
    const nanhu = names.indexOf('南湖区');
    const head = page.locator('th.coverage-locality-head').nth(nanhu);
    expect(await head.getAttribute('class')).toContain('coverage-partial');
    expect(await head.textContent()).toContain('partial text');
    const leftOut = async () => {
      const rows = await page.locator('.coverage-matrix tbody tr:has(.coverage-measure)').all();
      return Promise.all(
        rows.map(async (row) => ({
          shown: Number((await row.locator('.coverage-gapcount').textContent()) || 0),
          gaps: await row.locator('td button[data-status="NOT_CARRIED"]').count(),
          nanhuGap:
            (await row.locator('td.coverage-cell').nth(nanhu).locator('[data-status="NOT_CARRIED"]').count()) > 0,
        })),
      );
    };
    for (const row of await leftOut()) expect(row.shown).toBe(row.gaps - (row.nanhuGap ? 1 : 0));
    await page.getByRole('checkbox', { name: /Count the partial text/ }).check();
    await page.waitForURL(/partial=1/);
    for (const row of await leftOut()) expect(row.shown).toBe(row.gaps);
    await checkAtEveryViewport(opened, 'coverage-partial', { ready: '.coverage-share' });
  });

  it('shows a rejected import with the line to fix', async () => {
    const { page } = await open('?view=import');
    await page.getByLabel('Source name').fill('notes.txt');
    await page.getByLabel('Document text').fill('平湖市人民政府\n2026年1月1日\n会议纪要\n今天讨论了很多事情。');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: /Not imported \(PARSE_ERROR\)/ }).waitFor();
    await alert
      .getByRole('button', { name: /^notes\.txt:\d+$/ })
      .first()
      .click();
    expect(await page.getByLabel('Document text').evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'import-rejected');
  });
});
