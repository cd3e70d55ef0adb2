/**
 * searchResults through the real yoga app over the real corpus (issue 15 item 5, issue 14 item 2): forgiving
 * matching, department aliases, annex rows, filters, facets, the documented ranking and paging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface Hit {
  kind: 'CLAUSE' | 'REQUEST';
  rank: number;
  titleMatch: boolean;
  snippet: string;
  highlights: { start: number; length: number }[];
  clause: { id: string; ordinal: number; section: { ordinal: number } | null } | null;
  request: { id: string; ordinal: number } | null;
  policy: { id: string; status: string; year: number; region: { code: string; level: string } };
}

const HIT = `kind rank titleMatch snippet highlights { start length } clause { id ordinal section { ordinal } }
  request { id ordinal } policy { id status year region { code level } }`;

const PAGE = `query($text: String!, $filter: ClauseFilter, $first: Int, $after: String) {
  searchResults(text: $text, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { ${HIT} } } pageInfo { endCursor hasNextPage }
    facets { localities { value label count } levels { value count } years { value count } statuses { value count }
      departments { value count } programs { value label count } } } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: Hit }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

async function page(text: string, variables: Record<string, unknown> = {}): Promise<Page> {
  return (await data<{ searchResults: Page }>(api.yoga, PAGE, { text, first: 100, ...variables })).searchResults;
}

const idOf = (hit: Hit) => hit.clause?.id ?? hit.request?.id ?? '';
const marked = (hit: Hit) => hit.highlights.map((h) => [...hit.snippet].slice(h.start, h.start + h.length).join(''));

/** Every hit of a search, page by page. */
async function allPages(text: string, size: number, filter?: Record<string, unknown>): Promise<Hit[]> {
  const hits: Hit[] = [];
  let after: string | null = null;
  for (;;) {
    const result: Page = await page(text, { first: size, after, filter });
    hits.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return hits;
    after = result.pageInfo.endCursor;
  }
}

describe('searchResults: matching', () => {
  it('ignores punctuation and brackets: 首台套 finds 首臺(套) and 首台〔套〕', async () => {
    const result = await page('首台套');
    const ids = result.edges.map((edge) => idOf(edge.node));
    expect(ids).toEqual(expect.arrayContaining(['330411-2025/c13', '330482-2025/c15', '330481-2025/c8']));
    const pinghu = result.edges.find((edge) => idOf(edge.node) === '330482-2025/c15')?.node;
    expect(pinghu && marked(pinghu)).toEqual(['首臺(套']);
    expect((await page('首臺(套)')).totalCount).toBe(result.totalCount);
  });

  it('reads a full department name as every name of the department: 发展和改革局 finds 发改局 and 发改委', async () => {
    const full = await page('发展和改革局');
    const short = await page('發改局');
    expect(full.totalCount).toBe(short.totalCount);
    expect(full.totalCount).toBeGreaterThan(92);
    const draft = await page('发展和改革局', { filter: { policyId: '330411-2024-draft' } });
    expect(draft.edges.map((edge) => edge.node).flatMap(marked)).toEqual(expect.arrayContaining(['发改局', '发改委']));
    const labour = await page('人力资源和社会保障局');
    expect(labour.edges.map((edge) => edge.node).flatMap(marked)).toEqual(expect.arrayContaining(['人社局']));
  });

  it('finds annex request rows, with their document and departments in the snippet', async () => {
    const result = await page('发改局', { filter: { policyId: '330482-2025' } });
    const requests = result.edges.map((edge) => edge.node).filter((hit) => hit.kind === 'REQUEST');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((hit) => hit.request?.id.startsWith('330482-2025/r') && hit.clause === null)).toBe(true);
    expect(requests.every((hit) => marked(hit).length > 0)).toBe(true);
    // A filter only a clause can answer leaves annex rows out.
    const inSection = await page('发改局', { filter: { policyId: '330482-2025', sectionId: '330482-2025/s3' } });
    expect(inSection.edges.every((edge) => edge.node.kind === 'CLAUSE')).toBe(true);
  });

  it('refuses an empty text and a cursor it did not give', async () => {
    const empty = await gql(api.yoga, '{ searchResults(text: " 、 ") { totalCount } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await gql(api.yoga, '{ searchResults(text: "发改局", after: "nonsense") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('searchResults: ranking, facets and paging', () => {
  it('ranks issued above draft, newer above older, title above text, clauses in numeric order', async () => {
    const hits = await allPages('发改局', 100);
    const key = (hit: Hit) => [hit.policy.status === 'DRAFT' ? 1 : 0, -hit.policy.year, hit.titleMatch ? 0 : 1];
    const compare = (x: number[], y: number[]) => x.map((v, i) => v - (y[i] ?? 0)).find((d) => d !== 0) ?? 0;
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1] as Hit, hits[i] as Hit];
      expect(compare(key(a), key(b)), `${idOf(a)} before ${idOf(b)}`).toBeLessThanOrEqual(0);
      const sameGroup = compare(key(a), key(b)) === 0 && a.policy.id === b.policy.id && a.kind === b.kind;
      if (sameGroup && a.clause && b.clause) {
        const order = (hit: Hit) => (hit.clause?.section?.ordinal ?? 0) * 1000 + (hit.clause?.ordinal ?? 0);
        expect(order(a)).toBeLessThan(order(b));
      }
    }
    expect(hits[0]?.policy.status).toBe('ISSUED');
    expect(hits[hits.length - 1]?.policy.id).toBe('330411-2024-draft');
    expect(hits.map((hit) => hit.rank)).toEqual(hits.map((_, i) => i + 1));
  });

  it('pages through every hit exactly once, in rank order', async () => {
    const whole = await allPages('科技', 100);
    const paged = await allPages('科技', 7);
    expect(paged.map(idOf)).toEqual(whole.map(idOf));
    expect(new Set(paged.map(idOf)).size).toBe(paged.length);
    expect(paged.length).toBe((await page('科技', { first: 1 })).totalCount);
  });

  it('counts facets over all hits, and a facet value used as a filter gives its count', async () => {
    const result = await page('发改局', { first: 5 });
    const sum = (facet: string) => (result.facets[facet] ?? []).reduce((total, entry) => total + entry.count, 0);
    expect(sum('localities')).toBe(result.totalCount);
    expect(sum('years')).toBe(result.totalCount);
    expect(sum('statuses')).toBe(result.totalCount);
    expect(result.facets.localities?.find((entry) => entry.value === '330411')?.label).toBe('秀洲区');
    const drafts = result.facets.statuses?.find((entry) => entry.value === 'DRAFT')?.count;
    expect((await page('发改局', { filter: { status: 'DRAFT' } })).totalCount).toBe(drafts);
    const science = result.facets.departments?.find((entry) => entry.value === '科技局')?.count;
    expect((await page('发改局', { filter: { department: '科技局' } })).totalCount).toBe(science);
  });

  it('applies the clause filters to hits: locality, level, year and status', async () => {
    const haining = await page('发改局', { filter: { regionCode: '330481' } });
    expect(haining.totalCount).toBeGreaterThan(0);
    expect(haining.edges.every((edge) => edge.node.policy.region.code === '330481')).toBe(true);
    const counties = await page('发改局', { filter: { level: 'COUNTY', year: 2025, status: 'ISSUED' } });
    expect(counties.edges.every(({ node }) => node.policy.region.level === 'COUNTY' && node.policy.year === 2025)).toBe(
      true,
    );
    expect(counties.totalCount).toBeLessThan((await page('发改局')).totalCount);
  });
});
