import { describe, expect, it } from 'vitest';
import { navigate, parseRoute, routeToSearch } from './route';
import type { Route } from './route';

describe('route in the URL', () => {
  const routes: Route[] = [
    { view: 'cascade' },
    {
      view: 'cascade',
      clauseId: '330481-2025/c1',
      direction: 'DOWN',
      depth: 3,
      selected: '330411-2025/c1',
      expanded: ['330500-2025/c1', '330482-2025/c1'],
      layout: 'elk',
    },
    { view: 'coverage', policyId: '330000-2025', regionCode: '330411' },
    { view: 'coverage', policyId: '330000-2025', includePartial: true },
    { view: 'compare', clauseId: '330411-2025/c3' },
    { view: 'departments', regionCode: '330481' },
    { view: 'departments', regionCode: '330411', departmentId: '330411/科技局' },
    { view: 'departments', regionCode: '330411', policyId: '330411-2024-draft', departmentId: '330411/发改局' },
    { view: 'departments', functionKey: 'development-reform', year: 2025 },
    { view: 'import' },
    { view: 'document', policyId: '330482-2025', clauseId: '330482-2025/c7' },
    { view: 'document', policyId: '330482-2025', requestId: '330482-2025/r3' },
    { view: 'search', q: '發改局' },
    {
      view: 'search',
      q: '发展和改革局 人才',
      filter: {
        regionCode: '330411',
        level: 'COUNTY',
        year: 2024,
        status: 'DRAFT',
        department: '发改局',
        programId: 'p1',
      },
      page: 3,
    },
  ];

  it.each(routes.map((r) => [routeToSearch(r), r] as const))('%s round-trips', (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it('leaves the default layout and empty values out of the link', () => {
    expect(routeToSearch({ view: 'cascade', clauseId: 'a/c1', layout: 'lanes', expanded: [] })).toBe(
      '?view=cascade&clause=a%2Fc1',
    );
  });

  it('keeps the chosen department readable in the link', () => {
    expect(routeToSearch({ view: 'departments', regionCode: '330411', departmentId: '330411/科技局' })).toBe(
      `?view=departments&region=330411&department=${encodeURIComponent('330411/科技局')}`,
    );
    expect(parseRoute('?view=departments&department=330411%2F%E7%A7%91%E6%8A%80%E5%B1%80')).toEqual({
      view: 'departments',
      departmentId: '330411/科技局',
    });
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parseRoute('?view=cascade&dir=SIDEWAYS&depth=9&layout=circle')).toEqual({ view: 'cascade' });
    expect(parseRoute('?view=document')).toEqual({ view: 'cascade' });
    expect(parseRoute('?view=search&q=%20')).toEqual({ view: 'cascade' });
    expect(parseRoute('?view=search&q=x&level=TOWN&year=abc&page=0')).toEqual({ view: 'search', q: 'x' });
  });

  it('navigate pushes a history entry the back button returns from', () => {
    window.history.replaceState(null, '', '/?view=import');
    const before = window.history.length;
    navigate({ view: 'cascade', clauseId: 'x/c1' });
    expect(window.location.search).toBe('?view=cascade&clause=x%2Fc1');
    expect(window.history.length).toBe(before + 1);
    navigate({ view: 'cascade', clauseId: 'x/c2' }, { replace: true });
    expect(window.history.length).toBe(before + 1);
  });
});
