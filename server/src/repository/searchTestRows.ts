/**
 * Test support for the search index's randomized tests (searchMatch.test.ts, searchTablesAdvance.test.ts): the
 * index's statements answered from rows in memory, and a write's note naming the documents it changed.
 */
import { seededRandom } from '@policy-cascade/graph-seed';
import type { CypherRow, CypherRunner } from '../store/CypherStore';
import type { GraphChange } from './graphChanges';

/** Whole numbers below n from graph-seed's seeded generator, so a failure names a seed that reproduces it. */
export function randomOf(seed: number): (n: number) => number {
  const next = seededRandom(seed);
  return (n) => Math.floor(next() * n);
}

/** Each document's rows, as the index's statement returns them, by policy id. */
export type Rows = Map<string, CypherRow[]>;

/** Answers the index's two statements from `rows`: every document's, or those of `$policyIds`. */
export function runnerOf(rows: Rows): CypherRunner {
  return {
    run: async (_, params) => {
      const ids = (params?.policyIds as string[] | undefined) ?? [...rows.keys()];
      return ids.flatMap((id) => rows.get(id) ?? []);
    },
  };
}

/** The note of a write that changed the texts of `policies`. */
export const changeOf = (policies: string[]): GraphChange => ({
  touched: new Set(),
  nodes: new Set(),
  edges: [],
  textPolicies: new Set(policies),
  policies: new Set(policies),
});
