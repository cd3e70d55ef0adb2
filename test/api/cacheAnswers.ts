/**
 * What the per-version caches decide (the search index and coverage: repository/versionCache.ts), as the API answers
 * it, and the check that an app whose caches were brought forward after writes answers as a fresh app computing from
 * the same store. Used by cacheAdvance.test.ts (the corpus) and cacheAdvanceScale.test.ts (synthetic documents).
 */
import { expect } from 'vitest';
import { createApp } from '../../server/src/api/createApp';
import type { App } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { countingStore } from '../support/countingStore';
import { data } from './apiFixture';

const COVERAGE = `query($policyId: ID!) { coverage(policyId: $policyId) {
  measures { id title inferred } localities { policy { id title year status } region { code } carried total share }
  cells { measureId policyId status clauses { id } candidate { clause { id } score } }
  measureSummaries { measure { id } carriedBy { id } leftOutBy { id } } } }`;
const SEARCH = `query($text: String!) { searchResults(text: $text, first: 50) {
  totalCount edges { cursor node { kind rank snippet clause { id } policy { id } } }
  facets { localities { value count } levels { value count } years { value count } statuses { value count }
    departments { value count } programs { value count } } } }`;

/** The coverage of `superior` and the search results of each term. */
export async function cachedAnswers(yoga: App, superior: string, terms: readonly string[]) {
  const searches = [];
  for (const text of terms) searches.push((await data(yoga, SEARCH, { text })).searchResults);
  return { coverage: (await data(yoga, COVERAGE, { policyId: superior })).coverage, searches };
}

/** Expects `yoga`'s answers to equal those of a new app over `store` (another store object: nothing cached). */
export async function expectFreshAnswers(
  yoga: App,
  store: CypherStore,
  superior: string,
  terms: readonly string[],
): Promise<void> {
  const advanced = await cachedAnswers(yoga, superior, terms);
  const fresh = createApp({
    store: countingStore(store).store,
    cache: false,
    logger: createLogger({ write: () => {} }),
  });
  expect(advanced).toEqual(await cachedAnswers(fresh, superior, terms));
}
