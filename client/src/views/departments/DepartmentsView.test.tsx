import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, parseRoute, useRoute } from '../../state/route';
import type { Route } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { DepartmentsView } from './DepartmentsView';
import {
  departmentsAnswer,
  departmentsDraftAnswer,
  developmentReformAnswer,
  functionsAnswer,
  regionPoliciesAnswer,
  regionsAnswer,
} from './departmentsFixtures';

/** The answers every departments test needs besides its own. */
const common = {
  Regions: () => ({ data: regionsAnswer }),
  RegionPolicies: () => ({ data: regionPoliciesAnswer }),
  DepartmentFunctions: () => ({ data: functionsAnswer }),
};

function Harness() {
  const [route] = useRoute();
  return route.view === 'departments' ? <DepartmentsView route={route} /> : <p data-testid="elsewhere">{route.view}</p>;
}

function renderAt(route: Route) {
  act(() => navigate(route, { replace: true }));
  return render(<Harness />);
}

describe('DepartmentsView', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => vi.unstubAllGlobals());

  it('defaults to the first county and sizes each department by its lead and support load', async () => {
    const { calls } = stubGraphQL({ ...common, Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments' });
    const list = await screen.findByRole('list', { name: /Departments by load/ });
    expect(calls.find((c) => c.operationName === 'Departments')?.variables).toEqual({ regionCode: '330411' });
    const heaviest = within(list).getByRole('button', { name: '区经商局: leads 2, supports 1 clauses' });
    const lighter = within(list).getByRole('button', { name: '区发改局: leads 1, supports 1 clauses' });
    const bar = (button: HTMLElement) => button.querySelector<HTMLElement>('.department-bar')!;
    expect(bar(heaviest).style.width).toBe('100%');
    expect(parseFloat(bar(lighter).style.width)).toBeCloseTo(66.67, 1);
    expect(bar(heaviest).querySelector<HTMLElement>('.department-lead')!.style.flexGrow).toBe('2');
    // Names in Simplified; the spellings of the text on hover.
    expect(heaviest.getAttribute('title')).toBe('As written 原文: 區經商局');
    expect(screen.getByLabelText<HTMLSelectElement>('Region').value).toBe('330411');
  });

  it('lists the chosen department clauses by role and document, newest first, linked to their cascade', async () => {
    stubGraphQL({ ...common, Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments', regionCode: '330411' });
    const side = await screen.findByRole('region', { name: '区经商局' });
    const links = within(side)
      .getAllByRole('link')
      .map((a) => a.textContent);
    // The functions it covers (each opening that function across localities), then its clauses.
    expect(links).toEqual([
      '经商局',
      '经信局',
      '(一) 推動高能級科創平臺提質增效',
      '(十) 支持企業技術改造',
      '(三) 支持科技型企業研發',
    ]);
    expect(within(side).getByText('Leads 2')).toBeTruthy();
    expect(within(side).getByText('Supports 1')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /^区发改局/ }));
    const other = screen.getByRole('region', { name: '区发改局' });
    expect(screen.getByRole('button', { name: /^区发改局/ }).getAttribute('aria-pressed')).toBe('true');
    expect(parseRoute(window.location.search)).toEqual({
      view: 'departments',
      regionCode: '330411',
      departmentId: '330411/发改局',
    });
    await userEvent.click(within(other).getByRole('link', { name: /強化重大項目要素保障/ }));
    expect(window.location.search).toBe('?view=cascade&clause=330411-2025%2Fc2');
  });

  it('opens the department named in the link, and back returns to the one chosen before', async () => {
    stubGraphQL({ ...common, Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments', regionCode: '330411', departmentId: '330411/发改局' });
    expect(await screen.findByRole('region', { name: '区发改局' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^区发改局/ }).getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: /^区经商局/ }));
    expect(screen.getByRole('region', { name: '区经商局' })).toBeTruthy();
    act(() => window.history.back());
    expect(await screen.findByRole('region', { name: '区发改局' })).toBeTruthy();
    expect(window.location.search).toBe(
      `?view=departments&region=330411&department=${encodeURIComponent('330411/发改局')}`,
    );
  });

  it('falls back to the heaviest department when the link names one the region does not have', async () => {
    stubGraphQL({ ...common, Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments', regionCode: '330411', departmentId: '330411/不存在局' });
    expect(await screen.findByRole('region', { name: '区经商局' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^区经商局/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('changes region through the URL and explains a region without departments', async () => {
    stubGraphQL({
      ...common,
      Departments: ({ regionCode }) => ({
        data: { departments: regionCode === '330400' ? [] : departmentsAnswer.departments },
      }),
    });
    renderAt({ view: 'departments', regionCode: '330411' });
    await screen.findByRole('list', { name: /Departments by load/ });
    await userEvent.click(screen.getByRole('button', { name: /^区发改局/ }));
    await userEvent.selectOptions(screen.getByLabelText('Region'), '330400');
    // The department belongs to the old region, so it is left out of the new link.
    expect(window.location.search).toBe('?view=departments&region=330400');
    expect(await screen.findByText(/No department of 嘉兴市 is named in a clause/)).toBeTruthy();
  });

  it('shows loading, then the error with a retry', async () => {
    stubGraphQL({
      ...common,
      Departments: () => ({
        errors: [{ message: 'Region code must be six digits.', extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    });
    renderAt({ view: 'departments', regionCode: 'x' });
    expect(screen.getByText('Loading departments…').getAttribute('role')).toBe('status');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Region code must be six digits.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('counts one document at a time and shows the merged units and the spellings', async () => {
    const { calls } = stubGraphQL({
      ...common,
      Departments: ({ policyId }) => ({ data: policyId ? departmentsDraftAnswer : departmentsAnswer }),
    });
    renderAt({ view: 'departments', regionCode: '330411', departmentId: '330411/组织部' });
    const side = await screen.findByRole('region', { name: '区委组织部(区委人才办)' });
    expect(within(side).getByText('人才办')).toBeTruthy();
    expect(within(side).getByText('區委組織部(區委人才辦)')).toBeTruthy();

    const picker = screen.getByLabelText<HTMLSelectElement>('Document');
    await within(picker).findByRole('option', { name: /^2024 征求意见稿 draft · / });
    await userEvent.selectOptions(picker, '330411-2024-draft');
    expect(parseRoute(window.location.search)).toEqual({
      view: 'departments',
      regionCode: '330411',
      policyId: '330411-2024-draft',
    });
    expect(await screen.findByRole('button', { name: '区经商局: leads 1, supports 0 clauses' })).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'Departments').map((c) => c.variables)).toEqual([
      { regionCode: '330411' },
      { policyId: '330411-2024-draft' },
    ]);
  });

  it('compares one function across localities, leads and supports on one scale', async () => {
    const { calls } = stubGraphQL({ ...common, DepartmentFunction: () => ({ data: developmentReformAnswer }) });
    renderAt({ view: 'departments', functionKey: 'development-reform' });
    const table = await screen.findByRole('table', { name: '发改局 in each locality' });
    expect(calls.find((c) => c.operationName === 'DepartmentFunction')?.variables).toEqual({
      key: 'development-reform',
      year: null,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      '秀洲区 2025',
      '海宁市 2025',
      '平湖市 2025',
      '湖州市 2025',
    ]);
    const huzhou = within(rows[3]!).getByRole('button', { name: '湖州市: leads 12, supports 0 clauses' });
    const xiuzhou = within(rows[0]!).getByRole('button', { name: '秀洲区: leads 10, supports 14 clauses' });
    expect(xiuzhou.querySelector<HTMLElement>('.department-bar')!.style.width).toBe('100%');
    expect(huzhou.querySelector<HTMLElement>('.department-bar')!.style.width).toBe('50%');
    expect(within(rows[3]!).getByRole('link', { name: '市发展改革委' }).getAttribute('title')).toBe(
      'As written 原文: 市發展改革委',
    );
    await userEvent.click(huzhou);
    expect(within(rows[3]!).getByRole('link', { name: '(二) 强化重大项目要素保障' })).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Year'), '2024');
    expect(parseRoute(window.location.search)).toEqual({
      view: 'departments',
      functionKey: 'development-reform',
      year: 2024,
    });
  });
});
