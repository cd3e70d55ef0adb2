import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, useRoute } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { CoverageView } from './CoverageView';
import {
  coverageAnswer,
  coverageWithPartialAnswer,
  gapsAnswer,
  gapsExportAnswer,
  superiorsAnswer,
} from './coverageFixtures';

/** The view as App mounts it: re-rendered from the URL on every navigation. */
function Harness() {
  const [route] = useRoute();
  if (route.view === 'coverage') return <CoverageView route={route} />;
  return <p data-testid="elsewhere">{`${route.view} ${'clauseId' in route ? route.clauseId : ''}`}</p>;
}

function renderAt(search: string) {
  act(() => navigate(parseSearch(search), { replace: true }));
  return render(<Harness />);
}

function parseSearch(search: string) {
  const q = new URLSearchParams(search);
  const policyId = q.get('policy') ?? undefined;
  const regionCode = q.get('region') ?? undefined;
  return { view: 'coverage' as const, ...(policyId ? { policyId } : {}), ...(regionCode ? { regionCode } : {}) };
}

describe('CoverageView', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the province policy by default with each locality share and coloured cells', async () => {
    const { calls } = stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: coverageAnswer }),
    });
    renderAt('');
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading superior documents…');
    expect(await screen.findByTestId('share-330411')).toHaveProperty('textContent', '67%');
    expect(screen.getByTestId('share-330481').textContent).toBe('100%');
    expect(calls.find((c) => c.operationName === 'Coverage')?.variables).toEqual({ policyId: '330000-2025' });
    // The picker offers only documents others implement, the province first, and shows the default as chosen.
    const picker = screen.getByLabelText<HTMLSelectElement>('Superior document');
    expect(picker.value).toBe('330000-2025');
    expect([...picker.options].map((o) => o.value)).toEqual(['330000-2025', '330400-2025']);
    const gap = screen.getByRole('button', { name: /秀洲区 — 促进高等教育高质量发展: not carried/ });
    expect(gap.dataset.status).toBe('NOT_CARRIED');
    expect(gap.closest('td')?.className).toContain('coverage-not_carried');
    expect(screen.getByRole('button', { name: /海宁市 — 促进高等教育高质量发展: merged by \(七\)/ })).toBeTruthy();
    expect(screen.getByRole('rowgroup', { name: '二、推动产业高质量发展' })).toBeTruthy();
  });

  it('opens the cascade of a measure when its gap cell is clicked', async () => {
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: coverageAnswer }),
    });
    renderAt('?view=coverage&policy=330000-2025');
    await userEvent.click(await screen.findByRole('button', { name: /秀洲区 — 促进高等教育高质量发展/ }));
    expect(window.location.search).toBe('?view=cascade&clause=330000-2025%2Fc8');
    expect(screen.getByTestId('elsewhere').textContent).toBe('cascade 330000-2025/c8');
  });

  it('moves between cells with the arrow keys, one tab stop for the whole matrix', async () => {
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: coverageAnswer }),
    });
    renderAt('?view=coverage&policy=330000-2025');
    const first = await screen.findByRole('button', { name: /秀洲区 — 推动高能级科创平台提质增效/ });
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const right = screen.getByRole('button', { name: /海宁市 — 推动高能级科创平台提质增效/ });
    expect(document.activeElement).toBe(right);
    fireEvent.keyDown(right, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /海宁市 — 促进高等教育/ }));
    expect(first.tabIndex).toBe(-1);
    // Moving past the last row stays on it.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /海宁市 — 支持企业技术改造/ }));
  });

  it('lists the gaps of the locality picked in the header, in the URL, and exports them as CSV', async () => {
    const { calls } = stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: coverageAnswer }),
      Gaps: ({ regionCode }) => ({
        data: regionCode === '330411' ? gapsAnswer : { gaps: { ...gapsAnswer.gaps!, region: { code: '330481', name: '海宁市' }, gaps: [] } },
      }),
      GapsExport: () => ({ data: gapsExportAnswer }),
    });
    renderAt('?view=coverage&policy=330000-2025');
    await userEvent.click(await screen.findByRole('button', { name: /^秀洲区: 67% carried/ }));
    expect(window.location.search).toBe('?view=coverage&policy=330000-2025&region=330411');
    const list = await screen.findByRole('region', { name: /Gaps of 秀洲区/ });
    expect(calls.find((c) => c.operationName === 'Gaps')?.variables).toEqual({
      policyId: '330000-2025',
      regionCode: '330411',
    });
    const link = within(list).getByRole('link', { name: /促进高等教育高质量发展/ });
    expect(link.getAttribute('href')).toBe('?view=cascade&clause=330000-2025%2Fc8');

    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:gaps'));
    URL.revokeObjectURL = vi.fn();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    await userEvent.click(within(list).getByRole('button', { name: 'Export gaps as CSV' }));
    await vi.waitFor(() => expect(downloaded).toBe('gaps-330000-2025-330411.csv'));
    const header = 'Superior document,Locality,Area,No.,Measure id,Measure,Inferred measure,Status,Local clause id,Local clause,Score\r\n';
    const text = new TextDecoder().decode(await blobs[0]!.arrayBuffer());
    expect(text).toBe(
      header +
        '浙政发〔2025〕3号,秀洲区,一、推进教育科技人才一体发展,8,330000-2025/c8,促进高等教育高质量发展,yes,gap,,,\r\n',
    );

    // 海宁 carried c8 only merged into its c7: listed apart, and in the CSV as merged with the clause and its score.
    await userEvent.click(screen.getByRole('button', { name: /^海宁市: 100% carried/ }));
    const haining = await screen.findByRole('region', { name: /Gaps of 海宁市/ });
    expect(within(haining).getByRole('heading', { name: /Merged 合并/ })).toBeTruthy();
    await userEvent.click(within(haining).getByRole('button', { name: 'Export gaps as CSV' }));
    await vi.waitFor(() => expect(downloaded).toBe('gaps-330000-2025-330481.csv'));
    expect(new TextDecoder().decode(await blobs[1]!.arrayBuffer())).toBe(
      header +
        '浙政发〔2025〕3号,海宁市,一、推进教育科技人才一体发展,8,330000-2025/c8,促进高等教育高质量发展,yes,merged,330481-2025/c7,(七) 支持高校和科研院所发展,0.612\r\n',
    );
  });

  it('hatches a partial text’s column and leaves it out of “Left out by” unless it is counted', async () => {
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: coverageWithPartialAnswer }),
    });
    renderAt('?view=coverage&policy=330000-2025');
    const head = await screen.findByRole('button', { name: /^南湖区: 33% carried \(1 of 3\), a partial text/ });
    expect(head.closest('th')?.className).toContain('coverage-partial');
    expect(screen.getByRole('button', { name: /^南湖区 — 支持企业技术改造/ }).closest('td')?.className).toContain(
      'coverage-partial',
    );
    const leftOut = () =>
      [...document.querySelectorAll('tbody tr')]
        .filter((r) => r.querySelector('.coverage-measure'))
        .map((r) => r.querySelector('.coverage-gapcount')?.textContent);
    // 秀洲 left out measure 8; 南湖's text stops before 8 and 9 and is not counted.
    expect(leftOut()).toEqual(['', '1', '']);
    expect(screen.getByText('(partial texts not counted)')).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /Count the partial text in “Left out by”/ }));
    expect(new URLSearchParams(window.location.search).get('partial')).toBe('1');
    expect(leftOut()).toEqual(['', '2', '1']);
  });

  it('shows the server error with a retry that asks again', async () => {
    let attempts = 0;
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => {
        attempts += 1;
        return attempts === 1
          ? { errors: [{ message: 'The store is unavailable.', extensions: { code: 'UNAVAILABLE' } }] }
          : { data: coverageAnswer };
      },
    });
    renderAt('?view=coverage&policy=330000-2025');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The store is unavailable.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('share-330411')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('says so when the policy is unknown', async () => {
    stubGraphQL({
      SuperiorPolicies: () => ({ data: superiorsAnswer }),
      Coverage: () => ({ data: { coverage: null } }),
    });
    renderAt('?view=coverage&policy=330999-2030');
    expect(await screen.findByText('There is no policy 330999-2030 in the graph.')).toBeTruthy();
  });
});
