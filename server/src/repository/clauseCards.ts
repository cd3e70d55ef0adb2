/**
 * Clause cards in batch: each clause with its policy and the policy's region, in one statement. Cascade and search
 * read their nodes this way, and the API primes its clause, policy and region loaders with the cards, so a cascade
 * whose nodes show their policy and region costs no further reads.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { policyAndSectionOfFoundClause } from './clausePatterns';
import { POLICY_PROJECTION, toPolicy, toRegion } from './policies';
import { reader } from './rows';
import { CLAUSE_PROJECTION, toClause } from './sections';
import type { ClauseCard } from './types';

// The region is matched from its label: written from `p`, which comes out of a WITH, grafeo 0.6 would scan every
// node of the graph to find the few policies (see policyAndSectionOfFoundClause). Its fields are returned one by one
// rather than as `r {.code, …}`, which grafeo answers with a map of nulls where Neo4j answers null.
const clauseCardsStatement = defineStatement({
  name: 'repository.clauseCards',
  cypher: `
    MATCH (c:Clause) WHERE c.id IN $ids
    ${policyAndSectionOfFoundClause()}
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    RETURN ${CLAUSE_PROJECTION} AS clause, ${POLICY_PROJECTION} AS policy,
           {code: r.code, name: r.name, level: r.level, parentCode: r.parentCode} AS region
    ORDER BY clause.id`,
  params: ['ids'],
});

const read = reader('clauseCards');

/** Cards of the given clauses, ordered by clause id; unknown ids and clauses without a policy are left out. */
export async function clauseCards(runner: CypherRunner, ids: readonly string[]): Promise<ClauseCard[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, clauseCardsStatement, { ids: [...new Set(ids)] });
  return rows.map((row): ClauseCard => {
    const region = read.map(row, 'region');
    return {
      clause: toClause(read.map(row, 'clause')),
      policy: toPolicy(read.map(row, 'policy')),
      region: region.code === null || region.code === undefined ? null : toRegion(region),
    };
  });
}
