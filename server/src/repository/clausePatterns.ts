/** Cypher fragments that find the policy (and section) a clause belongs to. */

/** From a policy `p` to its clauses `c`: through a section, or directly for a text without areas. */
export const CLAUSE_POLICY_PATTERN = '(p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c)';

/**
 * Binds `p` to the policy of the bound clause `c` (rows without one are dropped), keeping the `carry` variables.
 * The policy is reached through the clause's section, or directly for a text without areas; inferred clauses of a
 * stub carry no policyId property, so the path is the truth. Two fixed patterns rather than CLAUSE_POLICY_PATTERN
 * walked backwards: grafeo 0.6 expands a var-length pattern from its bound END node five times slower (measured
 * 4 ms against 0.8 ms for 20 clauses of the corpus).
 */
export function policyOfClause(carry: readonly string[] = []): string {
  return `
    OPTIONAL MATCH (viaSection:Policy)-[:HAS_SECTION]->(:Section)-[:HAS_CLAUSE]->(c)
    OPTIONAL MATCH (direct:Policy)-[:HAS_CLAUSE]->(c)
    WITH ${[...carry, 'c'].join(', ')}, coalesce(viaSection, direct) AS p
    WHERE p IS NOT NULL`;
}

/**
 * Binds `p` (as policyOfClause) and `s`, the clause's section or null, for a clause `c` just found by id
 * (`MATCH (c:Clause) WHERE c.id IN $ids`). Grafeo 0.6 plans an OPTIONAL MATCH from the first node written: written
 * from `c`, it repeats the id lookup and expands a few edges; written from the policies, as in policyOfClause, it
 * walks every section and clause of the graph and keeps the few that match (0.08 ms against 0.006 ms of operator
 * time for 8 clauses of the corpus, and growing with the graph).
 */
export function policyAndSectionOfFoundClause(): string {
  return `
    OPTIONAL MATCH (c)<-[:HAS_CLAUSE]-(s:Section)<-[:HAS_SECTION]-(viaSection:Policy)
    OPTIONAL MATCH (c)<-[:HAS_CLAUSE]-(direct:Policy)
    WITH c, s, coalesce(viaSection, direct) AS p
    WHERE p IS NOT NULL`;
}
