import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, useRoute } from '../../state/route';
import type { Route } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { superiorsAnswer } from '../coverage/coverageFixtures';
import { CompareView } from './CompareView';
import { compareAnswer, compareXiuzhouAnswer, measuresAnswer } from './compareFixtures';

function Harness() {
  const [route] = useRoute();
  return route.view === 'compare' ? <CompareView route={route} /> : <p data-testid="elsewhere">{route.view}</p>;
}

function renderAt(route: Route) {
  act(() => navigate(route, { replace: true }));
  return render(<Harness />);
}

function stubAll() {
  return stubGraphQL({
    SuperiorPolicies: () => ({ data: superiorsAnswer }),
    Measures: () => ({ data: measuresAnswer }),
    Compare: ({ clauseId }) => ({ data: clauseId === '330411-2025/c1' ? compareXiuzhouAnswer : compareAnswer }),
  });
}

describe('CompareView', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => vi.unstubAllGlobals());

  it('offers the province measures by area and compares the one picked, through the URL', async () => {
    const { calls } = stubAll();
    renderAt({ view: 'compare' });
    expect(screen.getByText('Choose a measure to see what each locality gives for it.')).toBeTruthy();
    const picker = screen.getByLabelText<HTMLSelectElement>('Measure');
    await within(picker).findByRole('option', { name: '1. 推动高能级科创平台提质增效' });
    expect(calls.find((c) => c.operationName === 'Measures')?.variables).toEqual({ policyId: '330000-2025' });
    expect([...picker.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      '一、推进教育科技人才一体发展',
      '二、推动产业高质量发展',
    ]);
    await userEvent.selectOptions(picker, '330000-2025/c1');
    expect(window.location.search).toBe('?view=compare&clause=330000-2025%2Fc1');
    await screen.findByRole('table', { name: /Amounts and targets of each locality/ });
    expect(calls.find((c) => c.operationName === 'Compare')?.variables).toEqual({ clauseId: '330000-2025/c1' });
  });

  it('puts the four localities side by side, without the stub measure, comparable amounts on one line', async () => {
    stubAll();
    renderAt({ view: 'compare', clauseId: '330000-2025/c1' });
    const table = await screen.findByRole('table', { name: /Amounts and targets of each locality/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.querySelector('.side-locality')?.textContent);
    expect(headers.slice(1)).toEqual(['湖州市 2025', '秀洲区 2025', '海宁市 2025', '平湖市 2025']);
    expect(screen.getByText(/carried by 4 clauses/).textContent).toContain('推动高能级科创平台提质增效');
    const line = within(table).getByRole('row', { name: /^省级科技企业孵化器/ });
    const cells = within(line)
      .getAllByRole('cell')
      .map((c) => c.querySelector('.side-value')?.textContent);
    expect(cells).toEqual(['10萬元', '25萬元', '150万元', '100萬元']);
    // A metric that differs from the line's is spelled out.
    expect(within(line).getByText('省级科技企业孵化器的民营企业')).toBeTruthy();
    expect(within(line).getAllByText(/outlier/)).toHaveLength(3);
    expect(within(line).getByText(/×0.4 median/)).toBeTruthy();
    // National rewards have a line of their own: never compared with the provincial ones.
    const national = within(table).getByRole('row', { name: /^国家级科技企业孵化器/ });
    expect(
      within(national)
        .getAllByRole('cell')
        .map((c) => c.querySelector('.side-value')?.textContent),
    ).toEqual(['最高30萬元', '50萬元', '300万元', '最高150萬元']);
    // 海宁's 嘉兴市级 amount has no peer at its level: it stays in the locality's own list.
    const other = within(table).getByRole('row', { name: /^Other amounts and targets/ });
    expect(other.textContent).toContain('50万元 fixed 嘉兴市级科技企业孵化器');
  });

  it('draws comparable amounts as bars on one axis, outliers marked in words', async () => {
    stubAll();
    renderAt({ view: 'compare', clauseId: '330000-2025/c1' });
    const chart = await screen.findByRole('img', { name: /^省级科技企业孵化器:/ });
    const bars = [...chart.querySelectorAll('g.bar')];
    expect(bars.map((b) => b.querySelector('.bar-value')?.textContent)).toEqual([
      '10万元 ⚠ outlier ×0.2',
      '25万元 ⚠ outlier ×0.4',
      '150万元 ⚠ outlier ×2.4',
      '100万元',
    ]);
    expect(bars.map((b) => b.querySelector('.bar-label title')?.textContent)).toEqual([
      '湖州市',
      '秀洲区',
      '海宁市',
      '平湖市',
    ]);
    const widths = bars.map((b) => Number(b.querySelector('rect')?.getAttribute('width')));
    // Bars share an axis from zero: 150万元 is the longest, 10万元 a fifteenth of it.
    expect(widths[2]).toBe(Math.max(...widths));
    expect(widths[0]! / widths[2]!).toBeCloseTo(10 / 150, 5);
    expect(chart.querySelector('.bars-median-label')?.textContent).toBe('median 62.5万元');
    const national = screen.getByRole('img', { name: /^国家级科技企业孵化器:/ });
    expect(national.querySelector('.bars-median-label')?.textContent).toBe('median 100万元');
    expect(screen.getAllByRole('img', { name: /科技企业孵化器:/ })).toHaveLength(2);
  });

  it.each([
    ['the measure itself', '330000-2025/c1'],
    ['秀洲’s clause', '330411-2025/c1'],
  ])('shows 秀洲 2024 → 2025 changes for %s, with links into the cascade', async (_, clauseId) => {
    stubAll();
    renderAt({ view: 'compare', clauseId });
    const section = await screen.findByRole('region', { name: 'Changes across years' });
    expect(within(section).getAllByRole('article')).toHaveLength(1);
    const rows = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['全国重点实验室分中心(分室)150万元—removed', '省重点实验室100万元50万元lowered']);
    const older = within(section).getByRole('link', { name: /秀洲区 2024 draft 12\. 提升高能级科创平台建设质效/ });
    await userEvent.click(older);
    expect(window.location.search).toBe('?view=cascade&clause=330411-2024-draft%2Fc12');
  });

  it('reports an unknown clause and a failing server', async () => {
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Measures: () => ({ data: measuresAnswer }),
      Compare: (variables) =>
        variables.clauseId === 'nope'
          ? { data: { compare: null } }
          : { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    renderAt({ view: 'compare', clauseId: 'nope' });
    expect(await screen.findByText('There is no clause nope in the graph.')).toBeTruthy();
    act(() => navigate({ view: 'compare', clauseId: '330411-2025/c1' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Unexpected error.');
  });

  it('exports the table as CSV, one line per amount with where it comes from and how it compares', async () => {
    stubAll();
    renderAt({ view: 'compare', clauseId: '330000-2025/c1' });
    await screen.findByRole('table', { name: /Amounts and targets of each locality/ });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:compare'));
    URL.revokeObjectURL = vi.fn();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export table as CSV' }));
    expect(downloaded).toBe('compare-330000-2025_c1.csv');
    const lines = new TextDecoder()
      .decode(await blobs[0]!.arrayBuffer())
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Measure id,Measure,Locality,Year,Status,Document,Clause id,Clause,Compared line,Kind,Role,Approximate,Metric,As written,' +
        'Normalized value,Normalized unit,Qualifier,Peer median,Ratio to median,Outlier',
    );
    const amounts = compareAnswer.compare!.rows.filter((r) => !r.policy.stub).flatMap((r) => r.quantities);
    expect(lines).toHaveLength(amounts.length + 1);
    const incubator = lines.filter((l) => l.includes(',省级科技企业孵化器,'));
    expect(incubator.length).toBeGreaterThanOrEqual(4);
    for (const line of incubator) expect(line.startsWith('330000-2025/c1,')).toBe(true);
    expect(lines.some((l) => l.endsWith(',yes'))).toBe(true);
  });
});
