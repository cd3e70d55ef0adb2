/**
 * Clause cards in batch: each clause with its policy and the policy's region. Search and the clause pages read their
 * nodes in one statement (`clauseCards`); the cascade's memo (cascadeMemo.ts) reads the clauses and their policies
 * apart (`cardClauses`, `policyCards`), so that it keeps each policy once for all its clauses. The API primes its
 * clause, policy and region loaders with the cards, so a list whose nodes show their policy and region costs no
 * further reads.
 */
import type { CypherRow, CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { mapInTurns } from '../store/turns';
import { policyAndSectionOfFoundClause } from './clausePatterns';
import { POLICY_PROJECTION, toPolicy, toRegion } from './policies';
import { appendTo, reader } from './rows';
import { CLAUSE_HEAD_PROJECTION, CLAUSE_PROJECTION, toClause, toClauseHead } from './sections';
import type { ClauseCard, ClauseHead, ClauseInfo, HeadCard } from './types';

// The region is matched from its label: written from `p`, which comes out of a WITH, grafeo 0.6 would scan every
// node of the graph to find the few policies (see policyAndSectionOfFoundClause). Its fields are returned one by one
// rather than as `r {.code, …}`, which grafeo answers with a map of nulls where Neo4j answers null.
const REGION_FIELDS = '{code: r.code, name: r.name, level: r.level, parentCode: r.parentCode}';

const clauseCardsStatement = defineStatement({
  name: 'repository.clauseCards',
  cypher: `
    MATCH (c:Clause) WHERE c.id IN $ids
    ${policyAndSectionOfFoundClause()}
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    RETURN ${CLAUSE_PROJECTION} AS clause, ${POLICY_PROJECTION} AS policy, ${REGION_FIELDS} AS region
    ORDER BY clause.id`,
  params: ['ids'],
});

/** The clauses of `$ids` (every clause when `ids` is false) with their policyId and sectionId, ordered by id. */
const clausesStatement = (name: string, projection: string, ids = true) =>
  defineStatement({
    name,
    cypher: `
    MATCH (c:Clause) ${ids ? 'WHERE c.id IN $ids' : ''}
    ${policyAndSectionOfFoundClause()}
    RETURN ${projection} AS clause
    ORDER BY clause.id`,
    params: ids ? ['ids'] : [],
  });

// The clauses without their policies' fields: projected on every clause's row with its region, the policy cost
// grafeo more than the clause itself (at 1,000 documents, a cascade's 200 clauses: 6-7 ms of CPU for the clauses,
// 4-5 ms for their 190 policies read by id, 16 ms for both in one statement).
const cardClausesStatement = clausesStatement('repository.cardClauses', CLAUSE_PROJECTION);
// The heads only (ClauseHead).
const cardHeadsStatement = clausesStatement('repository.cardHeads', CLAUSE_HEAD_PROJECTION);
// Every clause's head at once: the cascade memo's warm-up (cascadeWarm.ts).
const allHeadsStatement = clausesStatement('repository.allCardHeads', CLAUSE_HEAD_PROJECTION, false);

/** The policies of `$ids` (every policy when `ids` is false), each with its regions. */
const policiesStatement = (name: string, ids: boolean) =>
  defineStatement({
    name,
    cypher: `
    MATCH (p:Policy) ${ids ? 'WHERE p.id IN $ids' : ''}
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    RETURN ${POLICY_PROJECTION} AS policy, ${REGION_FIELDS} AS region
    ORDER BY policy.id, region.code`,
    params: ids ? ['ids'] : [],
  });
const policyCardsStatement = policiesStatement('repository.cardPolicies', true);
const allPolicyCardsStatement = policiesStatement('repository.allCardPolicies', false);

const read = reader('clauseCards');

/** A policy with its region, as a card shows them. */
export type PolicyCard = Omit<HeadCard, 'clause'>;

function policyCardOf(row: CypherRow): PolicyCard {
  const region = read.map(row, 'region');
  return {
    policy: toPolicy(read.map(row, 'policy')),
    region: region.code === null || region.code === undefined ? null : toRegion(region),
  };
}

/** Cards of the given clauses, ordered by clause id; unknown ids and clauses without a policy are left out. */
export async function clauseCards(runner: CypherRunner, ids: readonly string[]): Promise<ClauseCard[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, clauseCardsStatement, { ids: [...new Set(ids)] });
  return rows.map((row): ClauseCard => ({ clause: toClause(read.map(row, 'clause')), ...policyCardOf(row) }));
}

/** The clauses of `ids` the store holds with a policy (their policyId and sectionId read from the graph), by id. */
export async function cardClauses(runner: CypherRunner, ids: readonly string[]): Promise<ClauseInfo[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, cardClausesStatement, { ids: [...new Set(ids)] });
  return rows.map((row) => toClause(read.map(row, 'clause')));
}

/** As `cardClauses`, the heads only. */
export async function cardHeads(runner: CypherRunner, ids: readonly string[]): Promise<ClauseHead[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, cardHeadsStatement, { ids: [...new Set(ids)] });
  return rows.map((row) => toClauseHead(read.map(row, 'clause')));
}

/** As `cardHeads`, every clause's head. */
export async function allCardHeads(runner: CypherRunner): Promise<ClauseHead[]> {
  return mapInTurns(await runStatement(runner, allHeadsStatement), (row) => toClauseHead(read.map(row, 'clause')));
}

/** The cards of each policy of `ids` the store holds: one per region it is issued for, or one without a region. */
export async function policyCards(runner: CypherRunner, ids: readonly string[]): Promise<Map<string, PolicyCard[]>> {
  if (ids.length === 0) return new Map();
  return cardsByPolicy(await runStatement(runner, policyCardsStatement, { ids: [...new Set(ids)] }));
}

/** As `policyCards`, every policy's. */
export async function allPolicyCards(runner: CypherRunner): Promise<Map<string, PolicyCard[]>> {
  return cardsByPolicy(await runStatement(runner, allPolicyCardsStatement));
}

function cardsByPolicy(rows: readonly CypherRow[]): Map<string, PolicyCard[]> {
  const cards = new Map<string, PolicyCard[]>();
  for (const row of rows) {
    const card = policyCardOf(row);
    appendTo(cards, card.policy.id, card);
  }
  return cards;
}

/** Each clause with each card of its policy (a clause whose policy has none is left out), in the clauses' order. */
export function joinCards<C extends ClauseHead>(
  clauses: readonly C[],
  policies: ReadonlyMap<string, readonly PolicyCard[]>,
): (PolicyCard & { clause: C })[] {
  return clauses.flatMap((clause) => (policies.get(clause.policyId) ?? []).map((card) => ({ clause, ...card })));
}
