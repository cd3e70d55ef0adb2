/**
 * The records a coverage answer names — the superior, every locality's policy and the measures' clauses — kept per
 * graph version beside the matrix (issue 11: warm coverage at 1,000 documents read ~1,000 policies and every measure
 * from the store on each request, for the API to resolve `policy` and `measures`). The resolver primes its loaders
 * with them. After a write they are brought forward as the matrix is (coverageAdvance.ts): a policy's record reads
 * the policy and its region, so only the policies the change names (graphChanges.ts) and new localities are read
 * again; the few measures are always read again.
 */
import type { CypherRunner } from '../store/CypherStore';
import { coverage } from './coverage';
import type { GraphChange } from './graphChanges';
import { getPolicies } from './policies';
import { getClauses } from './sections';
import type { ClauseInfo, PolicyInfo } from './types';
import type { VersionCache } from './versionCache';

export interface CoverageRecords {
  /** The superior and every locality, in the matrix's order. */
  policies: PolicyInfo[];
  /** The measures' clauses, in the matrix's order. */
  measures: ClauseInfo[];
}

const present = <T>(values: readonly (T | null)[]): T[] => values.filter((value): value is T => value !== null);

async function readRecords(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
  previous: CoverageRecords | null,
  change: GraphChange | null,
): Promise<CoverageRecords | null> {
  const matrix = await coverage(runner, cache, policyId);
  if (!matrix) return null;
  const ids = [policyId, ...matrix.localities.map((locality) => locality.policyId)];
  const known = new Map((previous?.policies ?? []).map((policy) => [policy.id, policy]));
  const stale = ids.filter((id) => !known.has(id) || (change?.policies.has(id) ?? true));
  for (const policy of present(await getPolicies(runner, stale))) known.set(policy.id, policy);
  const measures = present(
    await getClauses(
      runner,
      matrix.measures.map((measure) => measure.id),
    ),
  );
  return { policies: present(ids.map((id) => known.get(id) ?? null)), measures };
}

/** The records of the coverage of `policyId`, or null when there is no such policy. */
export function coverageRecords(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
): Promise<CoverageRecords | null> {
  return cache.get(
    `coverageRecords|${policyId}`,
    () => readRecords(runner, cache, policyId, null, null),
    (previous, change) => readRecords(runner, cache, policyId, previous, change),
  );
}
