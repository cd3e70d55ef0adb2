/**
 * clauses(filter, first, after) and quantities(filter, first, after) through the real yoga app over the real corpus
 * (issue 15 item 1): paging through everything gives each clause and quantity exactly once, and every filter keeps
 * exactly what it says — checked against the fields the API itself gives for each clause.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

/** A page as the API gives it; E is the edge when it carries more than the node. */
interface Connection<N, E = { cursor: string; node: N }> {
  totalCount: number;
  edges: E[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

interface ClauseRow {
  id: string;
  inferred: boolean;
  localAddition: boolean;
  policy: { id: string; year: number | null; status: string | null; region: { code: string; level: string } | null };
  section: {
    id: string;
    leadDepartments: { department: { id: string; canonicalName: string; functions: string[] } }[];
  } | null;
  departments: { role: string; department: { id: string; canonicalName: string; functions: string[] } }[];
  programs: { id: string }[];
  implements: { clause: { id: string; implements: { clause: { id: string } }[] } }[];
}

const CLAUSE = `id inferred localAddition policy { id year status region { code level } }
  section { id leadDepartments { department { id canonicalName functions } } }
  departments { role department { id canonicalName functions } } programs { id }
  implements { clause { id implements { clause { id } } } }`;

async function allClauses(filter: Record<string, unknown> | null, size = 100): Promise<ClauseRow[]> {
  const query = `query($filter: ClauseFilter, $first: Int, $after: String) {
    clauses(filter: $filter, first: $first, after: $after) {
      totalCount edges { cursor node { ${CLAUSE} } } pageInfo { endCursor hasNextPage } } }`;
  const rows: ClauseRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { clauses }: { clauses: Connection<ClauseRow> } = await data(api.yoga, query, { filter, first: size, after });
    rows.push(...clauses.edges.map((edge) => edge.node));
    if (!clauses.pageInfo.hasNextPage) {
      expect(rows).toHaveLength(clauses.totalCount);
      return rows;
    }
    after = clauses.pageInfo.endCursor;
  }
}

let everything: ClauseRow[];
beforeAll(async () => {
  everything = await allClauses(null);
});

/** The clause's departments: its own list, or its area's lead when it names none (as the schema says). */
function departmentsOf(row: ClauseRow) {
  if (row.departments.length > 0) return row.departments;
  return (row.section?.leadDepartments ?? []).map((lead) => ({ role: 'LEAD', department: lead.department }));
}

describe('clauses', () => {
  it('pages through every clause exactly once, in document order, however big the pages', async () => {
    const ids = everything.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { policies } = await data(api.yoga, '{ policies(first: 50) { edges { node { clauseCount } } } }');
    const total = policies.edges.reduce(
      (sum: number, edge: { node: { clauseCount: number } }) => sum + edge.node.clauseCount,
      0,
    );
    expect(ids).toHaveLength(total);
    expect((await allClauses(null, 37)).map((row) => row.id)).toEqual(ids);
    const xiuzhou = ids.filter((id) => id.startsWith('330411-2025/'));
    expect(xiuzhou.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => `330411-2025/c${i + 1}`));
  });

  const cases: [string, Record<string, unknown>, (row: ClauseRow) => boolean][] = [
    ['policyId', { policyId: '330482-2025' }, (row) => row.policy.id === '330482-2025'],
    ['regionCode', { regionCode: '330411' }, (row) => row.policy.region?.code === '330411'],
    ['level', { level: 'CITY' }, (row) => row.policy.region?.level === 'CITY'],
    ['year', { year: 2024 }, (row) => row.policy.year === 2024],
    ['status', { status: 'DRAFT' }, (row) => row.policy.status === 'DRAFT'],
    ['sectionId', { sectionId: '330481-2025/s3' }, (row) => row.section?.id === '330481-2025/s3'],
    [
      'department by id',
      { department: '330411/发改局' },
      (row) => departmentsOf(row).some((d) => d.department.id === '330411/发改局'),
    ],
    [
      'department by full name, in any locality',
      { department: '發展和改革局' },
      (row) => departmentsOf(row).some((d) => d.department.canonicalName === '发改局'),
    ],
    [
      'department and role',
      { department: '科技局', departmentRole: 'SUPPORT' },
      (row) => departmentsOf(row).some((d) => d.department.canonicalName === '科技局' && d.role === 'SUPPORT'),
    ],
    [
      'departmentFunction and role',
      { departmentFunction: 'science', departmentRole: 'LEAD' },
      (row) => departmentsOf(row).some((d) => d.department.functions.includes('science') && d.role === 'LEAD'),
    ],
    ['programId', { programId: '丝路领航行动' }, (row) => row.programs.some((p) => p.id === '丝路领航行动')],
    [
      'measureId',
      { measureId: '330000-2025/c1' },
      (row) =>
        row.implements.some(
          (a) => a.clause.id === '330000-2025/c1' || a.clause.implements.some((b) => b.clause.id === '330000-2025/c1'),
        ),
    ],
    ['localAddition', { localAddition: true }, (row) => row.localAddition],
    ['inferred', { inferred: true }, (row) => row.inferred],
  ];

  it.each(cases)('filters by %s: exactly the clauses that satisfy it', async (_, filter, holds) => {
    const kept = await allClauses(filter);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(everything.length);
    expect(kept.map((row) => row.id)).toEqual(everything.filter(holds).map((row) => row.id));
  });

  it('leads 湖州’s clauses by their area’s lead, since the document names no department per clause', async () => {
    const led = await allClauses({ department: '330500/科技局', departmentRole: 'LEAD' });
    expect(led.length).toBe(9);
    expect(led.every((row) => row.departments.length === 0 && row.section?.id === '330500-2025/s1')).toBe(true);
    expect(await allClauses({ department: '330500/科技局', departmentRole: 'SUPPORT' })).toEqual([]);
  });

  it('combines filters and refuses bad arguments with BAD_USER_INPUT', async () => {
    const both = await allClauses({ regionCode: '330411', year: 2025, localAddition: false, inferred: false });
    expect(both.every((row) => row.policy.id === '330411-2025' && !row.localAddition)).toBe(true);
    for (const query of [
      '{ clauses(first: 501) { totalCount } }',
      '{ clauses(after: "not-a-cursor") { totalCount } }',
      '{ quantities(first: -1) { totalCount } }',
    ]) {
      expect((await gql(api.yoga, query)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

interface QuantityRow {
  node: {
    id: string;
    kind: string;
    role: string;
    unit: string;
    normalizedUnit: string;
    metric: string;
    normalizedValue: number;
  };
  clause: { id: string; policy: { id: string } };
}

async function allQuantities(filter: Record<string, unknown> | null, size = 200): Promise<QuantityRow[]> {
  const query = `query($filter: QuantityFilter, $first: Int, $after: String) {
    quantities(filter: $filter, first: $first, after: $after) { totalCount
      edges { node { id kind role unit normalizedUnit metric normalizedValue } clause { id policy { id } } }
      pageInfo { endCursor hasNextPage } } }`;
  const rows: QuantityRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { quantities }: { quantities: Connection<never, QuantityRow> } = await data(api.yoga, query, {
      filter,
      first: size,
      after,
    });
    rows.push(...quantities.edges);
    if (!quantities.pageInfo.hasNextPage) {
      expect(rows).toHaveLength(quantities.totalCount);
      return rows;
    }
    after = quantities.pageInfo.endCursor;
  }
}

describe('quantities', () => {
  it('pages through every quantity of every clause exactly once', async () => {
    const all = await allQuantities(null);
    expect(new Set(all.map((row) => row.node.id)).size).toBe(all.length);
    expect(all.every((row) => row.node.id.startsWith(`${row.clause.id}/t`))).toBe(true);
    expect((await allQuantities(null, 77)).map((row) => row.node.id)).toEqual(all.map((row) => row.node.id));
  });

  const cases: [string, Record<string, unknown>, (row: QuantityRow) => boolean][] = [
    ['kind', { kind: 'GOAL' }, (row) => row.node.kind === 'GOAL'],
    ['role', { role: 'CAP' }, (row) => row.node.role === 'CAP'],
    ['unit as written', { unit: '万元' }, (row) => row.node.unit === '万元'],
    ['normalized unit', { unit: '%' }, (row) => row.node.unit === '%' || row.node.normalizedUnit === '%'],
    ['metric, in either script', { metric: '孵化器' }, (row) => row.node.metric.includes('孵化器')],
    [
      'value range',
      { minValue: 1_000_000, maxValue: 5_000_000, unit: '元' },
      (row) => row.node.normalizedUnit === '元' && row.node.normalizedValue >= 1e6 && row.node.normalizedValue <= 5e6,
    ],
    ['clause filter', { clause: { policyId: '330481-2025' } }, (row) => row.clause.policy.id === '330481-2025'],
  ];

  it.each(cases)('filters by %s', async (_, filter, holds) => {
    const all = await allQuantities(null);
    const kept = await allQuantities(filter);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.map((row) => row.node.id)).toEqual(all.filter(holds).map((row) => row.node.id));
  });

  it('reads the metric in Traditional script too', async () => {
    const traditional = await allQuantities({ metric: '科技企業' });
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional).toEqual(await allQuantities({ metric: '科技企业' }));
  });
});
