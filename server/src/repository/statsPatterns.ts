/**
 * Cypher fragments the aggregates share (issue 15 item 4): the measures of a superior document, what counts as money
 * offered, and the functions of a clause's lead departments. The clauses reaching each measure are coverage's
 * (coverage.ts's reachRows), so the aggregates and coverage agree by construction.
 */
/** `m` bound to each measure (clause) of the superior policy `$policyId`, `sup` to the policy. */
export const MEASURES_OF_SUPERIOR = `MATCH (sup:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m:Clause)`;

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
  // Pattern comprehensions expand from the bound clause; an OPTIONAL MATCH after a WITH made grafeo 0.6 scan every
  // node of the graph and join (twice per statement, growing with the graph, not with the clauses asked about).
  return `
    WITH ${kept},
         [(c)-[lead:ASSIGNED_TO]->(own:Department) WHERE lead.role = 'LEAD' AND own.functions IS NOT NULL
           | own.functions] AS ownFunctions,
         [(c)<-[:HAS_CLAUSE]-(:Section)-[:LED_BY]->(area:Department) WHERE area.functions IS NOT NULL
           | area.functions] AS areaFunctions
    WITH ${kept}, CASE WHEN size(ownFunctions) > 0 THEN ownFunctions
                       WHEN size(areaFunctions) > 0 THEN areaFunctions
                       ELSE [['unassigned']] END AS functionLists
    UNWIND functionLists AS keys
    UNWIND CASE WHEN size(keys) = 0 THEN ['other'] ELSE keys END AS fn`;
}
