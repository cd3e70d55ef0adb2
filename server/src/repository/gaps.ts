/** Gaps of one region against a superior document, read from the shared coverage matrix (coverage.ts). */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { policyOfClause } from './clausePatterns';
import { coverage } from './coverage';
import { checkId } from './errors';
import { reader } from './rows';
import type { Gaps } from './analysisTypes';
import type { VersionCache } from './versionCache';

// The measures a region's stub documents carry through their own (inferred) clauses: a city known only by
// reference still implements the province clause by clause (330400-2025's 53 inferred clauses), and its gaps are
// counted from those, not reported as 'every measure' (issue 12).
const stubReachStatement = defineStatement({
  name: 'repository.gapsStubReach',
  cypher: `
    MATCH (s:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m:Clause)
    MATCH (m)<-[e:IMPLEMENTS]-(c:Clause)
    WHERE coalesce(e.candidate, false) = false
    ${policyOfClause(['m'])} AND coalesce(p.stub, false) = true
    MATCH (p)-[:ISSUED_FOR]->(:Region {code: $regionCode})
    RETURN DISTINCT m.id AS measureId, p.id AS policyId`,
  params: ['policyId', 'regionCode'],
});

const read = reader('gaps');

/**
 * The measures of `policyId` that the region did not carry down, each with every locality that left it out. A
 * region with several implementing policies counts its issued ones (a draft does not fill a gap of the issued
 * text); a region with only drafts counts those, a region with no text its stub documents' inferred clauses, and a
 * region with none of these has every measure as a gap. Null when the policy does not exist.
 */
export async function gaps(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
  regionCode: string,
): Promise<Gaps | null> {
  checkId('gaps', 'regionCode', regionCode);
  const matrix = await coverage(runner, cache, policyId);
  if (!matrix) return null;
  const ofRegion = matrix.localities.filter((l) => l.regionCode === regionCode);
  const issued = ofRegion.filter((l) => l.status !== 'DRAFT');
  let considered = (issued.length > 0 ? issued : ofRegion).map((l) => l.policyId);
  // A set, not a scan of the cells per question: a hundred localities make the matrix thousands of cells.
  const carriedCells = new Set(
    matrix.cells.filter((c) => c.status !== 'NOT_CARRIED').map((c) => `${c.measureId}|${c.policyId}`),
  );
  if (considered.length === 0) {
    // No text of the region: its stubs' inferred clauses are what it carries.
    const rows = await runStatement(runner, stubReachStatement, { policyId, regionCode });
    for (const row of rows) carriedCells.add(`${read.str(row, 'measureId')}|${read.str(row, 'policyId')}`);
    considered = [...new Set(rows.map((row) => read.str(row, 'policyId')))].sort();
  }
  const carried = (measureId: string, id: string) => carriedCells.has(`${measureId}|${id}`);
  // A region without an implementing document left every measure out.
  const result = matrix.measures
    .filter((m) => considered.every((id) => !carried(m.id, id)))
    .map((measure) => ({ measure, missingIn: matrix.localities.filter((l) => !carried(measure.id, l.policyId)) }));
  const total = matrix.measures.length;
  const share = considered.length === 0 || total === 0 ? 0 : (total - result.length) / total;
  return { policyId, regionCode, localityPolicyIds: considered, gaps: result, share };
}
