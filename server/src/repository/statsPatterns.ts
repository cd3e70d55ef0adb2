/**
 * Cypher fragments the aggregates share (issue 15 item 4): the measures of a superior document and the paths that
 * reach them, what counts as money offered, and the functions of a clause's lead departments.
 */
import { policyOfClause } from './clausePatterns';

/** `m` bound to each measure (clause) of the superior policy `$policyId`, `sup` to the policy. */
export const MEASURES_OF_SUPERIOR = `MATCH (sup:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m:Clause)`;

/**
 * From each measure `m`, every locality clause `c` reaching it by IMPLEMENTS*1..2 with its policy `p` (documents with
 * text only), and whether that path went through a merge — coverage.ts's rule, so the counts agree with coverage.
 * The pattern starts from the bound measure (see coverage.ts for why).
 */
export function reachOfMeasures(carry: readonly string[] = []): string {
  return `
    MATCH path = (m)<-[:IMPLEMENTS*1..2]-(c:Clause)
    WITH ${[...carry, 'm'].join(', ')}, c, any(e IN relationships(path) WHERE coalesce(e.merged, false)) AS merged
    ${policyOfClause([...carry, 'm', 'merged'])} AND coalesce(p.stub, false) = false`;
}

/** After reachOfMeasures: one row per measure and locality, `onlyMerged` 1 when every path to it is a merge. */
export const MEASURE_LOCALITY_STATUS = `WITH m, p, min(CASE WHEN merged THEN 1 ELSE 0 END) AS onlyMerged`;

/**
 * Money a recipient is offered, for a quantity `t`: an amount in 元 that is a cap or a fixed sum; before quantities
 * carried a role, a SUBSIDY in 元 (thresholds and project sizes were SUBSIDY too then).
 */
export const OFFERED_MONEY = `t.normalizedUnit = '元'
      AND (t.role IN ['CAP', 'FIXED'] OR (t.role IS NULL AND t.kind = 'SUBSIDY'))`;

/**
 * Binds `fn` to each function key of clause `c`'s lead departments: those its own list leads, else its area's
 * lead (clauseFilter.ts's rule); 'unassigned' without a lead, 'other' for a lead the alias table does not know.
 * `carry` are the variables to keep.
 */
export function leadFunctions(carry: readonly string[]): string {
  const kept = [...carry, 'c'].join(', ');
  return `
    OPTIONAL MATCH (c)-[lead:ASSIGNED_TO]->(own:Department) WHERE lead.role = 'LEAD'
    WITH ${kept}, collect(own.functions) AS ownFunctions
    OPTIONAL MATCH (c)<-[:HAS_CLAUSE]-(:Section)-[:LED_BY]->(area:Department)
    WITH ${kept}, ownFunctions, collect(area.functions) AS areaFunctions
    WITH ${kept}, CASE WHEN size(ownFunctions) > 0 THEN ownFunctions
                       WHEN size(areaFunctions) > 0 THEN areaFunctions
                       ELSE [['unassigned']] END AS functionLists
    UNWIND functionLists AS keys
    UNWIND CASE WHEN size(keys) = 0 THEN ['other'] ELSE keys END AS fn`;
}
