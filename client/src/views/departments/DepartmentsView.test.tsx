import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, parseRoute, useRoute } from '../../state/route';
import type { Route } from '../../state/route';
import { stubGraphQL } from '../../test/graphqlStub';
import { DepartmentsView } from './DepartmentsView';
import { departmentsAnswer, regionsAnswer } from './departmentsFixtures';

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
    const { calls } = stubGraphQL({
      Regions: () => ({ data: regionsAnswer }),
      Departments: () => ({ data: departmentsAnswer }),
    });
    renderAt({ view: 'departments' });
    const list = await screen.findByRole('list', { name: /Departments by load/ });
    expect(calls.find((c) => c.operationName === 'Departments')?.variables).toEqual({ regionCode: '330411' });
    const heaviest = within(list).getByRole('button', { name: '区经商局: leads 3, supports 1 clauses' });
    const lighter = within(list).getByRole('button', { name: '区发改局: leads 1, supports 1 clauses' });
    const bar = (button: HTMLElement) => button.querySelector<HTMLElement>('.department-bar')!;
    expect(bar(heaviest).style.width).toBe('100%');
    expect(bar(lighter).style.width).toBe('50%');
    expect(bar(heaviest).querySelector<HTMLElement>('.department-lead')!.style.flexGrow).toBe('3');
    expect(screen.getByLabelText<HTMLSelectElement>('Region').value).toBe('330411');
  });

  it('lists the chosen department clauses by role and document, newest first, linked to their cascade', async () => {
    stubGraphQL({ Regions: () => ({ data: regionsAnswer }), Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments', regionCode: '330411' });
    const side = await screen.findByRole('region', { name: '区经商局' });
    const links = within(side)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      '(一) 推動高能級科創平臺提質增效',
      '(十) 支持企業技術改造',
      '12. 提升高能级科创平台建设质效',
      '(三) 支持科技型企業研發',
    ]);
    expect(within(side).getByText('Leads 3')).toBeTruthy();
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
    stubGraphQL({ Regions: () => ({ data: regionsAnswer }), Departments: () => ({ data: departmentsAnswer }) });
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
    stubGraphQL({ Regions: () => ({ data: regionsAnswer }), Departments: () => ({ data: departmentsAnswer }) });
    renderAt({ view: 'departments', regionCode: '330411', departmentId: '330411/不存在局' });
    expect(await screen.findByRole('region', { name: '区经商局' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^区经商局/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('changes region through the URL and explains a region without departments', async () => {
    stubGraphQL({
      Regions: () => ({ data: regionsAnswer }),
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
      Regions: () => ({ data: regionsAnswer }),
      Departments: () => ({
        errors: [{ message: 'Region code must be six digits.', extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    });
    renderAt({ view: 'departments', regionCode: 'x' });
    expect(screen.getByRole('status').textContent).toBe('Loading departments…');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Region code must be six digits.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
