/**
 * The ids of the inferred clauses and sections a store holds, and what each stands for (graph-seed's InferredIds):
 * a rebuild given them keeps every measure's id (issue 10, item 5). An inferred clause stands for the implementing
 * clauses that reach it by IMPLEMENTS*1..2 (a 嘉兴 county's clause reaches the provincial measure through the city's);
 * an inferred section for its inferred clauses.
 */
import type { InferredIds } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';

const inferredClauses = defineStatement({
  name: 'load.inferredClauses',
  cypher: `
    MATCH (c:Clause {inferred: true})<-[:IMPLEMENTS*1..2]-(s:Clause)
    WHERE coalesce(s.inferred, false) = false
    RETURN c.id AS id, collect(DISTINCT s.id) AS members`,
  params: [],
});

const inferredSections = defineStatement({
  name: 'load.inferredSections',
  cypher: `
    MATCH (s:Section {inferred: true})-[:HAS_CLAUSE]->(c:Clause)
    RETURN s.id AS id, collect(c.id) AS members`,
  params: [],
});

async function membersOf(runner: CypherRunner, statement: typeof inferredClauses) {
  const rows = await runStatement(runner, statement, {});
  return new Map(
    rows.map((row) => [String(row.id), Array.isArray(row.members) ? row.members.map(String).sort() : []] as const),
  );
}

export async function storedInferredIds(runner: CypherRunner): Promise<InferredIds> {
  return { clauses: await membersOf(runner, inferredClauses), sections: await membersOf(runner, inferredSections) };
}

const policyCount = defineStatement({
  name: 'load.policyCount',
  cypher: 'MATCH (p:Policy) RETURN count(p) AS count',
  params: [],
});

/** How many Policy nodes the store holds (0: an empty store). */
export async function storedPolicyCount(runner: CypherRunner): Promise<number> {
  const [row] = await runStatement(runner, policyCount, {});
  return Number(row?.count ?? 0);
}
