/**
 * The search filter decided in the index where it can (repository/searchFilter.ts): for each filter, the clauses a
 * filtered search finds must be exactly the clauses the unfiltered search finds that `clauses(filter)` — the filter
 * written whole in Cypher (clauseFilter.ts) — lists. Filters the index decides alone (policy, region, level, year,
 * status, inferred), filters only the store decides (departments, sections, local additions), and mixes of both; on
 * this run's store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

const SEARCH = `query($text: String!, $filter: ClauseFilter, $after: String) {
  searchResults(text: $text, filter: $filter, first: 100, after: $after) {
    edges { node { kind clause { id } } } pageInfo { endCursor hasNextPage } } }`;
const CLAUSES = `query($filter: ClauseFilter, $after: String) { clauses(filter: $filter, first: 500, after: $after) {
  edges { node { id } } pageInfo { endCursor hasNextPage } } }`;

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Every node of a paged connection. */
async function all<T>(query: string, field: string, variables: Record<string, unknown>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = (await data(api.yoga, query, { ...variables, after }))[field];
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

type Hit = { kind: string; clause: { id: string } | null };
const clauseIds = (hits: Hit[]) => hits.flatMap((hit) => (hit.clause ? [hit.clause.id] : [])).sort();

const FILTERS: Record<string, unknown>[] = [
  { year: 2025 },
  { status: 'DRAFT' },
  { level: 'COUNTY' },
  { regionCode: '330481' },
  { regionCode: '330000' },
  { policyId: '330482-2025' },
  { level: 'CITY', year: 2025, status: 'ISSUED' },
  { inferred: false },
  { department: '科技局' },
  { regionCode: '330481', department: '发改局' },
  { year: 2025, localAddition: true },
  { level: 'COUNTY', departmentFunction: 'science' },
];

describe('a filtered search finds the unfiltered hits that the filter lists', () => {
  for (const text of ['发改局', '企业']) {
    it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(`${text} %s`, async (_, filter) => {
      const unfiltered = new Set(clauseIds(await all<Hit>(SEARCH, 'searchResults', { text })));
      const listed = await all<{ id: string }>(CLAUSES, 'clauses', { filter });
      const expected = listed.map((clause) => clause.id).filter((id) => unfiltered.has(id));
      const found = clauseIds(await all<Hit>(SEARCH, 'searchResults', { text, filter }));
      expect(found).toEqual(expected.sort());
    });
  }
});
