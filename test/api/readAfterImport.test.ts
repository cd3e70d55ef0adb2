/**
 * Reads that the repository answers from what it computed once per graph version (repository/versionCache.ts: the
 * search index, the coverage of a superior document and the aggregates built on it, the graph export's totals) see
 * every import: the response cache is off here, so the
 * repository's own cache is the only one, and the store calls are counted to show it is used and then brought
 * forward by what the import changed (test/api/cacheAdvance.test.ts compares that with a fresh computation).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { countingStore } from '../support/countingStore';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');
const IMPORT = `mutation($text: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: "330402-nanhu-2026.txt", replace: $replace) { __typename } }`;
const SEARCH = `{ searchResults(text: "数字游民", first: 10) { totalCount edges { node { clause { id } } } } }`;
const COVERAGE = `{ coverage(policyId: "330000-2025") { localities { policy { id } carried total } } }`;
const GAPS = `query($region: ID!) { gaps(policyId: "330000-2025", regionCode: $region) { share gaps { id } } }`;

describe('reads after an import', () => {
  let api: ApiFixture;
  let runs: (name: string) => number;
  beforeEach(async () => {
    const wrapped = countingStore(await createGrafeoStore());
    runs = wrapped.runs;
    api = await startApi({ store: wrapped.store, cache: false });
  });
  afterEach(() => api.store.close());

  it('coverage and gaps share one matrix per graph version, and see the locality an import added', async () => {
    const policies = async () =>
      (await data(api.yoga, COVERAGE)).coverage.localities.map((l: { policy: { id: string } }) => l.policy.id);
    expect(await policies()).not.toContain('330402-2026');
    const measures = (await data(api.yoga, COVERAGE)).coverage.localities[0].total;
    expect((await data(api.yoga, GAPS, { region: '330481' })).gaps.share).toBeGreaterThan(0);
    expect(runs('repository.coverageReach')).toBe(1);
    expect((await data(api.yoga, IMPORT, { text: NANHU })).importPolicy.__typename).toBe('ImportedPolicy');
    // The importer may read coverage for its summary; the reads after it count from here.
    const atImport = runs('repository.coverageReach');
    expect(await policies()).toContain('330402-2026');
    const nanhu = (await data(api.yoga, GAPS, { region: '330402' })).gaps;
    expect(nanhu.share).toBeGreaterThan(0);
    expect(nanhu.gaps.length).toBeLessThan(measures);
    // Brought forward from what the import changed: only the changed localities' reach is read (coverageAdvance.ts).
    expect(runs('repository.coverageReach') - atImport).toBe(0);
    expect(runs('repository.coverageLocalityReach')).toBe(1);
  });

  it('search reads its index once per graph version and finds what an import added', async () => {
    expect((await data(api.yoga, SEARCH)).searchResults.totalCount).toBe(0);
    await data(api.yoga, SEARCH);
    expect(runs('repository.searchTexts')).toBe(1);
    expect((await data(api.yoga, IMPORT, { text: NANHU })).importPolicy.__typename).toBe('ImportedPolicy');
    const after = (await data(api.yoga, SEARCH)).searchResults;
    expect(after.edges.map((edge: { node: { clause: { id: string } } }) => edge.node.clause.id)).toEqual([
      '330402-2026/c3',
    ]);
    // Brought forward: only the changed policies' texts are read again (searchIndex.ts advanceSearchIndex).
    expect(runs('repository.searchTexts')).toBe(1);
    expect(runs('repository.searchTextsOfPolicies')).toBe(1);
  });

  it('the aggregates and the graph export totals see an import', async () => {
    const STATS = `{ localityStats(policyId: "330000-2025") { policy { id } carried }
      measureStats(policyId: "330000-2025") { carriedBy { id } } graph(first: 1) { totalNodes totalEdges } }`;
    const before = await data(api.yoga, STATS);
    const carriers = (stats: Record<string, { carriedBy: { id: string }[] }[]>) =>
      (stats.measureStats ?? []).flatMap((m) => m.carriedBy.map((p) => p.id));
    expect(before.localityStats.map((l: { policy: { id: string } }) => l.policy.id)).not.toContain('330402-2026');
    expect(carriers(before)).not.toContain('330402-2026');
    expect((await data(api.yoga, IMPORT, { text: NANHU })).importPolicy.__typename).toBe('ImportedPolicy');
    const after = await data(api.yoga, STATS);
    expect(after.localityStats.map((l: { policy: { id: string } }) => l.policy.id)).toContain('330402-2026');
    expect(carriers(after)).toContain('330402-2026');
    expect(after.graph.totalNodes).toBeGreaterThan(before.graph.totalNodes);
    expect(after.graph.totalEdges).toBeGreaterThan(before.graph.totalEdges);
  });
});
