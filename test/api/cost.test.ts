/**
 * The cost of a query is what it returns (issue 15 item 1, server/src/api/cost.ts): exporting page by page is never
 * refused, a query that would really return 100,000 objects is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_NODES } from '../../server/src/api/cost';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

describe('cost', () => {
  it('accepts a page of 100 clauses with their quantities and departments, and every page of an export', async () => {
    const page = `query($after: String) { clauses(first: 100, after: $after) { totalCount
      edges { node { id title text amounts { text metric normalizedValue } targets { text metric }
        departments { role rank department { id name functions } } } }
      pageInfo { endCursor hasNextPage } } }`;
    interface Page {
      clauses: { edges: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    }
    let after: string | null = null;
    let seen = 0;
    for (;;) {
      const result: { errors?: unknown; data?: Page | null } = await gql<Page>(api.yoga, page, { after });
      expect(result.errors).toBeUndefined();
      const clauses: Page['clauses'] = (result.data as Page).clauses;
      seen += clauses.edges.length;
      if (!clauses.pageInfo.hasNextPage) break;
      after = clauses.pageInfo.endCursor;
    }
    expect(seen).toBeGreaterThan(300);
  });

  it('accepts the export the static estimate refused: policies(first: 50) with all their clauses', async () => {
    const result = await gql(api.yoga, '{ policies(first: 50) { edges { node { id clauses { id title text } } } } }');
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query that would really return more than 100,000 objects, without data', async () => {
    // What one alias would return: every clause, each assignment, and each assigned department's clauses.
    const { clauses } = await data(
      api.yoga,
      '{ clauses(first: 500) { totalCount edges { node { departments { department { leadCount supportCount } } } } } }',
    );
    const perAlias = clauses.edges.reduce(
      (sum: number, edge: { node: { departments: { department: { leadCount: number; supportCount: number } }[] } }) =>
        sum +
        edge.node.departments.length +
        edge.node.departments.reduce((n, a) => n + a.department.leadCount + a.department.supportCount, 0),
      clauses.totalCount,
    );
    const aliases = Math.ceil(100_000 / perAlias);
    expect(aliases).toBeLessThanOrEqual(30);
    const selection = 'clauses(first: 500) { edges { node { departments { department { clauses { id } } } } } }';
    const query = `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
    const result = await gql(api.yoga, query);
    expect(aliases * perAlias).toBeGreaterThan(100_000);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(result.data).toBeUndefined();
    expect(DEFAULT_MAX_NODES).toBeLessThan(100_000);
  });

  it('refuses the same query again: the lists cut short past the limit never reach the response cache', async () => {
    const small = await startApi({ maxNodes: 50, store: api.store });
    const query = '{ policies { edges { node { id sections { id clauses { id } } } } } }';
    for (let i = 0; i < 2; i++) {
      const result = await gql(small.yoga, query);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
      expect(result.data).toBeUndefined();
    }
  });
});
