/**
 * After an import or a review the repository brings its search index and coverage forward from what the write
 * changed (repository/graphChanges.ts, searchIndex.ts `advanceSearchIndex`, coverageAdvance.ts) instead of reading
 * the whole graph again (issue 11). Each step compares the advanced answers with those of a fresh app over the same
 * store (nothing cached: computed from scratch), on this run's store (grafeo, or Neo4j in the Neo4j leg), so the
 * shortcut cannot drift; the store calls are counted to show that the whole-graph reads did not run again.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/src/api/createApp';
import type { ApiFixture } from './apiFixture';
import { data, startCountedApi } from './apiFixture';
import { cachedAnswers, expectFreshAnswers } from './cacheAnswers';

const TOKEN = 'review-token-for-tests-4567';
const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');
const IMPORT = `mutation($text: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: "330402-nanhu-2026.txt", replace: $replace) { __typename } }`;
const REVIEW = `mutation($from: ID!, $to: ID!, $decision: ReviewDecision!) {
  reviewAlignment(from: $from, to: $to, type: IMPLEMENTS, decision: $decision) { id } }`;
const SUPERIOR = '330000-2025';
// Broad terms, so that the totals and facets count nearly every text of the index; and the imported text's own.
const TERMS = ['局', '的', '企业', '数字游民', '发改局', '人才'];
const answers = (yoga: App) => cachedAnswers(yoga, SUPERIOR, TERMS);

describe('search index and coverage brought forward after a write equal a fresh computation', () => {
  let api: ApiFixture;
  let runs: (name: string) => number;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ api, runs, stop } = await startCountedApi({ reviewToken: TOKEN, prefix: 'cascade-cache-advance-' }));
  });
  afterAll(() => stop());

  /** Runs `write` with the caches warm, then checks that no whole-graph read ran again and the answers agree. */
  async function afterWrite(write: () => Promise<void>): Promise<void> {
    await answers(api.yoga);
    const [searches, reaches] = [runs('repository.searchTexts'), runs('repository.coverageReach')];
    await write();
    const [advancedSearch, advancedReach] = [
      runs('repository.searchTextsOfPolicies'),
      runs('repository.coverageLocalityReach'),
    ];
    await answers(api.yoga);
    expect(runs('repository.searchTexts')).toBe(searches);
    expect(runs('repository.coverageReach')).toBe(reaches);
    expect(runs('repository.searchTextsOfPolicies')).toBe(advancedSearch + 1);
    expect(runs('repository.coverageLocalityReach')).toBe(advancedReach + 1);
    await expectFreshAnswers(api.yoga, api.store, SUPERIOR, TERMS);
  }

  it('after an import of a new document', async () => {
    await afterWrite(async () => {
      expect((await data(api.yoga, IMPORT, { text: NANHU })).importPolicy.__typename).toBe('ImportedPolicy');
    });
    expect(JSON.stringify((await answers(api.yoga)).coverage)).toContain('330402-2026');
  });

  it('after the same document imported again with changed text (replace)', async () => {
    const changed = NANHU.replace(/数字游民/g, '数字工作者');
    expect(changed).not.toBe(NANHU);
    await afterWrite(async () => {
      const result = await data(api.yoga, IMPORT, { text: changed, replace: true });
      expect(result.importPolicy.__typename).toBe('ImportedPolicy');
    });
  });

  it('after reviews that reject and then confirm an edge', async () => {
    // 湖州's (三十) carries provincial measure 29 with a weak score (test/api/reviews.test.ts).
    const edge = { from: '330500-2025/c30', to: '330000-2025/c29' };
    await afterWrite(async () => {
      await data(api.yoga, REVIEW, { ...edge, decision: 'REJECT' }, TOKEN);
    });
    await afterWrite(async () => {
      await data(api.yoga, REVIEW, { ...edge, decision: 'CONFIRM' }, TOKEN);
    });
  });
});
