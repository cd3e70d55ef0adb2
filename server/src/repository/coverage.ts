/**
 * Coverage and gaps of a superior document (DESIGN.md §5 and the alignment shape): the matrix of measures ×
 * localities (coverageMatrix.ts), kept per graph version and brought forward after an import or a review
 * (coverageAdvance.ts) rather than read whole again.
 */
import type { CypherRunner } from '../store/CypherStore';
import type { Coverage } from './analysisTypes';
import { advanceCoverage } from './coverageAdvance';
import { computeCoverage } from './coverageMatrix';
import { checkId } from './errors';
import type { VersionCache } from './versionCache';

export { reachRows } from './coverageMatrix';

/**
 * The measures × localities matrix of a superior policy, or null when there is no such policy. Computed once per
 * graph version and shared (the coverage view, and gaps of every region, read the same matrix): callers never change it.
 */
export function coverage(runner: CypherRunner, cache: VersionCache, policyId: string): Promise<Coverage | null> {
  checkId('coverage', 'policyId', policyId);
  return cache.get(
    `coverage|${policyId}`,
    () => computeCoverage(runner, policyId),
    (previous, change) => advanceCoverage(runner, policyId, previous, change),
  );
}
