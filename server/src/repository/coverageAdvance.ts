/**
 * Coverage brought forward after a write (issue 11: no cold reads after an import or a review). Only the localities
 * the write may have changed are read again: their reach, whether they are declared at policy level, and their
 * cells; the other localities keep their cells. The locality list itself is read again by id (one indexed read), so
 * that its order and facts are the store's, as in a fresh computation.
 *
 * Why this equals computeCoverage: a cell of locality L reads L's clauses, the IMPLEMENTS paths of up to two hops from
 * them (edges' merged/candidate/score, the clause in between) and L's stub flag; L is declared through its own
 * policy-level IMPLEMENTS paths; its row reads L and its region. A write that changes any of these touches L's policy
 * or one of its clauses, or a node one IMPLEMENTS hop above them, or L's region, and graphChanges.ts names L in
 * `change.policies` for each (read before and after the write). The measures are the superior's own clauses, and a
 * write naming the superior is usually only a new edge to one of them: the superior and its measures are read again
 * (a few rows) and the whole matrix computed again only when the measures are others (an inferred measure added or
 * gone). test/api/cacheAdvance.test.ts compares the
 * advanced matrix with a fresh one on each store, after imports and reviews.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CypherRunner } from '../store/CypherStore';
import type { Coverage, CoverageCell, Measure } from './analysisTypes';
import {
  cellOf,
  computeCoverage,
  declaredLocalities,
  localitiesOf,
  matrixOf,
  measuresOf,
  reachOf,
} from './coverageMatrix';
import { getPolicies } from './policies';
import type { GraphChange } from './graphChanges';

export async function advanceCoverage(
  runner: CypherRunner,
  policyId: string,
  previous: Coverage | null,
  change: GraphChange,
): Promise<Coverage | null> {
  const changed = [...change.policies];
  if (!previous || changed.length === 0) return previous;
  const [[policy], measures] = await Promise.all([getPolicies(runner, [policyId]), measuresOf(runner, policyId)]);
  // A cell reads its measure's id only: an inferred measure's title may follow its implementers, the cells do not.
  const ids = (list: readonly Measure[]) => list.map((measure) => measure.id);
  if (!policy || !isDeepStrictEqual(ids(measures), ids(previous.measures))) return computeCoverage(runner, policyId);
  const [declared, { carried: reach, candidates }] = await Promise.all([
    declaredLocalities(runner, policyId, changed),
    reachOf(runner, policyId, changed),
  ]);
  const changedSet = change.policies;
  const kept = previous.localities.map((l) => l.policyId).filter((id) => !changedSet.has(id));
  const localities = await localitiesOf(runner, [
    ...new Set([...kept, ...declared, ...[...reach.values()].map((entry) => entry.policyId)]),
  ]);
  const previousCells = new Map<string, CoverageCell>(
    previous.cells.map((cell) => [`${cell.measureId}|${cell.policyId}`, cell]),
  );
  return matrixOf(policy, measures, localities, (measureId, localityId) => {
    const key = `${measureId}|${localityId}`;
    const known = changedSet.has(localityId) ? undefined : previousCells.get(key);
    return known ?? cellOf(measureId, localityId, reach.get(key), candidates.get(key));
  });
}
