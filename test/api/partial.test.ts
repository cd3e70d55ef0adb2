/**
 * Partial texts through the API (issue 14): Policy.partial is false for every document of the corpus and true for
 * a short text imported against 浙政发〔2025〕3号 (南湖's four clauses in two of the province's eight areas); the
 * coverage lists it with that flag so the explorer can count it apart, and ClauseFilter.partial keeps exactly its clauses.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');

describe('Policy.partial', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.store.close());

  it('is false for the corpus and for stubs, true for a two-area text and in the coverage', async () => {
    const list = await data(api.yoga, '{ policies(first: 50) { edges { node { id stub partial } } } }');
    const flags = list.policies.edges.map((e: { node: { id: string; stub: boolean; partial: boolean } }) => e.node);
    expect(flags.length).toBeGreaterThan(5);
    for (const policy of flags) expect(policy.partial).toBe(false);

    const imported = await data(
      api.yoga,
      `mutation($text: String!) { importPolicy(text: $text, sourceName: "330402-nanhu-2026.txt") {
        ... on ImportedPolicy { policy { id partial } } } }`,
      { text: NANHU },
    );
    expect(imported.importPolicy.policy).toEqual({ id: '330402-2026', partial: true });
    const coverage = await data(
      api.yoga,
      '{ coverage(policyId: "330000-2025") { localities { policy { id partial } share } } }',
    );
    const partial = coverage.coverage.localities.filter((l: { policy: { partial: boolean } }) => l.policy.partial);
    expect(partial.map((l: { policy: { id: string } }) => l.policy.id)).toEqual(['330402-2026']);

    const count = async (filter: object) =>
      (await data(api.yoga, 'query($f: ClauseFilter) { clauses(filter: $f) { totalCount } }', { f: filter })).clauses
        .totalCount as number;
    const nanhu = await count({ policyId: '330402-2026' });
    expect(nanhu).toBeGreaterThan(0);
    expect(await count({ partial: true })).toBe(nanhu);
    expect(await count({ partial: false })).toBe((await count({})) - nanhu);
    expect(await count({ partial: true, regionCode: '330411' })).toBe(0);
  });
});
