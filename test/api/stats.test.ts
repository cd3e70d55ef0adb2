/**
 * localityStats and measureStats through the real yoga app over the real corpus (issue 15 item 4): the figures agree
 * with coverage, with compare and with the clauses and quantities the API lists one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalityStats } from '../../server/src/api/generated/resolvers';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

/** The wire type generated from schema/ (the query below selects a part of it). */
type LocalityRow = LocalityStats;

const LOCALITY = `policy { id } region { name } total carried merged gaps localAdditions medianReproduction
  reproductionCount moneyByFunction { key label amount quantityCount } moneyByArea { key label amount quantityCount }`;

async function localityStats(policyId: string): Promise<LocalityRow[]> {
  const query = `query($id: ID!) { localityStats(policyId: $id) { ${LOCALITY} } }`;
  return (await data<{ localityStats: LocalityRow[] }>(api.yoga, query, { id: policyId })).localityStats;
}

describe('localityStats', () => {
  it('counts carried, merged and gaps as coverage does', async () => {
    const stats = await localityStats('330000-2025');
    const { coverage } = await data(
      api.yoga,
      `{ coverage(policyId: "330000-2025") { localities { policy { id } carried total }
         cells { policyId status } } }`,
    );
    expect(stats.map((row) => row.policy.id)).toEqual(
      coverage.localities.map((l: { policy: { id: string } }) => l.policy.id).sort(),
    );
    for (const row of stats) {
      const cells = coverage.cells.filter((cell: { policyId: string }) => cell.policyId === row.policy.id);
      const count = (status: string) => cells.filter((cell: { status: string }) => cell.status === status).length;
      expect([row.carried, row.merged, row.gaps]).toEqual([count('CARRIED'), count('MERGED'), count('NOT_CARRIED')]);
      expect(row.total).toBe(52);
    }
  });

  it('counts local additions and offered money as the clauses and quantities lists do', async () => {
    const stats = await localityStats('330000-2025');
    for (const row of stats) {
      const { clauses } = await data(
        api.yoga,
        `query($id: ID!) { clauses(filter: { policyId: $id, localAddition: true }, first: 500) { totalCount } }`,
        { id: row.policy.id },
      );
      expect(row.localAdditions).toBe(clauses.totalCount);
    }
    // 科技 in 海宁: the subsidies in 元 of the clauses 海宁's 科技局 leads, summed.
    const haining = stats.find((row) => row.policy.id === '330481-2025');
    const science = haining?.moneyByFunction.find((group) => group.key === 'science');
    const { quantities } = await data(
      api.yoga,
      `{ quantities(first: 500, filter: { kind: SUBSIDY, unit: "元",
          clause: { policyId: "330481-2025", departmentFunction: "science", departmentRole: LEAD } }) {
          totalCount edges { node { normalizedUnit normalizedValue } } } }`,
    );
    const money = quantities.edges.filter(
      (edge: { node: { normalizedUnit: string } }) => edge.node.normalizedUnit === '元',
    );
    expect(science).toMatchObject({
      label: '科技局',
      quantityCount: money.length,
      amount: money.reduce(
        (sum: number, edge: { node: { normalizedValue: number } }) => sum + edge.node.normalizedValue,
        0,
      ),
    });
    expect(haining?.moneyByArea.every((group) => group.key.startsWith('330000-2025/s'))).toBe(true);
    expect(haining?.medianReproduction).toBeGreaterThan(0);
    expect(haining?.reproductionCount).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for an unknown policy, and nothing for a document nobody implements', async () => {
    const result = await gql(api.yoga, '{ localityStats(policyId: "339999-2025") { total } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await localityStats('330411-2024-draft')).toEqual([]);
  });
});

describe('measureStats', () => {
  const QUERY = `query($id: ID!) { measureStats(policyId: $id) { measure { id } carriedBy { id } mergedBy { id }
    localityCount amounts { comparableKey metric unit count localityCount min median max }
    leadFunctions { key name localityCount } } }`;

  it('lists every measure in document order with who carries it, as coverage does', async () => {
    const { measureStats } = await data(api.yoga, QUERY, { id: '330000-2025' });
    const { coverage } = await data(
      api.yoga,
      '{ coverage(policyId: "330000-2025") { measureSummaries { measure { id } carriedBy { id } } } }',
    );
    expect(measureStats.map((row: { measure: { id: string } }) => row.measure.id)).toEqual(
      coverage.measureSummaries.map((row: { measure: { id: string } }) => row.measure.id),
    );
    measureStats.forEach((row: { carriedBy: { id: string }[]; localityCount: number }, i: number) => {
      const expected = coverage.measureSummaries[i].carriedBy.map((p: { id: string }) => p.id).sort();
      expect(row.carriedBy.map((p) => p.id)).toEqual(expected);
      expect(row.localityCount).toBe(expected.length);
    });
  });

  it('gives the range of the incubator rewards DESIGN.md compares: 25, 150, 100 and 10 万元, median 62.5 万元', async () => {
    const { measureStats } = await data(api.yoga, QUERY, { id: '330000-2025' });
    const first = measureStats[0];
    const provincial = first.amounts.find((range: { metric: string }) => range.metric === '省级科技企业孵化器');
    expect(provincial).toMatchObject({ unit: '元', count: 4, localityCount: 4, min: 100_000, max: 1_500_000 });
    expect(provincial.median).toBe(625_000);
    expect(first.leadFunctions).toEqual([{ key: 'science', name: '科技局', localityCount: 4 }]);
  });

  it('agrees with compare on the comparable amounts of a measure', async () => {
    const { measureStats } = await data(api.yoga, QUERY, { id: '330000-2025' });
    const { compare } = await data(
      api.yoga,
      `{ compare(clauseId: "330000-2025/c1") { rows { policy { id } quantities { comparableKey
          quantity { normalizedValue normalizedUnit kind } } } } }`,
    );
    const national = measureStats[0].amounts.find((r: { metric: string }) => r.metric === '国家级科技企业孵化器');
    const values = compare.rows
      .flatMap((row: { quantities: { comparableKey: string | null; quantity: { normalizedValue: number } }[] }) =>
        row.quantities.filter((q) => q.comparableKey === national.comparableKey),
      )
      .map((q: { quantity: { normalizedValue: number } }) => q.quantity.normalizedValue);
    expect(Math.min(...values)).toBe(national.min);
    expect(Math.max(...values)).toBe(national.max);
  });

  it('gives only the measures asked for, in document order', async () => {
    const { measureStats } = await data(
      api.yoga,
      '{ measureStats(policyId: "330000-2025", measureIds: ["330000-2025/c3", "330000-2025/c1"]) { measure { id } } }',
    );
    expect(measureStats).toEqual([{ measure: { id: '330000-2025/c1' } }, { measure: { id: '330000-2025/c3' } }]);
  });

  it('answers NOT_FOUND for an unknown policy', async () => {
    const result = await gql(api.yoga, '{ measureStats(policyId: "339999-2025") { localityCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
