/**
 * The same measure across localities and years (DESIGN.md §1 "Comparison"): the clauses that implement the same
 * superior clause (one or two levels up) or correspond to the compared clause, with their quantities, the clause's
 * SUCCEEDS chain, and the SUCCEEDS pairs touching any compared clause (so comparing a measure shows 秀洲 2024 → 2025).
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { quantitiesOfClauses } from './clauseDetails';
import { clauseSummaries } from './clauseSummaries';
import { comparableKeys } from './comparableKeys';
import { compareQuantity } from './compareOutliers';
import { checkId } from './errors';
import { reader } from './rows';
import type { ClauseSummary } from './types';
import type { ComparedClause, Comparison } from './analysisTypes';

const measuresStatement = defineStatement({
  name: 'repository.compareMeasures',
  cypher: `
    MATCH (root:Clause {id: $id})-[:IMPLEMENTS*1..2]->(m:Clause)
    RETURN DISTINCT m.id AS id
    ORDER BY id`,
  params: ['id'],
});

// A clause others implement is a measure itself (an inferred clause of a stub, or a superior text's real clause).
const implementedStatement = defineStatement({
  name: 'repository.compareImplemented',
  cypher: `
    MATCH (:Clause {id: $id})<-[:IMPLEMENTS]-(implementer:Clause)
    RETURN implementer.id AS id
    LIMIT 1`,
  params: ['id'],
});

// Peers are clauses with text: inferred clauses of stubs sit on the way up and carry no amounts.
const peersStatement = defineStatement({
  name: 'repository.comparePeers',
  cypher: `
    MATCH (m:Clause)<-[:IMPLEMENTS*1..2]-(peer:Clause)
    WHERE m.id IN $measureIds AND coalesce(peer.inferred, false) = false
    RETURN DISTINCT peer.id AS id
    UNION
    MATCH (:Clause {id: $id})-[:CORRESPONDS_TO]-(peer:Clause)
    RETURN DISTINCT peer.id AS id`,
  params: ['measureIds', 'id'],
});

// SUCCEEDS links versions of one locality's clause; undirected so both older and newer versions are found.
const successionStatement = defineStatement({
  name: 'repository.compareSuccession',
  cypher: `
    MATCH (:Clause {id: $id})-[:SUCCEEDS*1..4]-(version:Clause)
    RETURN DISTINCT version.id AS id`,
  params: ['id'],
});

// Newer → older version pairs with either end among the compared clauses: a measure's rows hold 秀洲 2025, whose
// 2024 draft implements nothing and so is no row, yet its change is what the reader wants to see.
const successionPairsStatement = defineStatement({
  name: 'repository.compareSuccessionPairs',
  cypher: `
    MATCH (newer:Clause)-[:SUCCEEDS]->(older:Clause)
    WHERE newer.id IN $ids OR older.id IN $ids
    RETURN DISTINCT newer.id AS newerId, older.id AS olderId
    ORDER BY newerId, olderId`,
  params: ['ids'],
});

const read = reader('compare');

async function ids(runner: CypherRunner, statement: typeof measuresStatement, params: Record<string, unknown>) {
  const rows = await runStatement(runner, statement, params);
  return [...new Set(rows.map((row) => read.str(row, 'id')))].sort();
}

function byRegionThenPolicy(a: ClauseSummary, b: ClauseSummary): number {
  const key = (c: ClauseSummary) => `${c.regionCode ?? ''}|${c.policyId}|${String(c.ordinal).padStart(6, '0')}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function byYear(a: ClauseSummary, b: ClauseSummary): number {
  return (a.policyYear ?? 0) - (b.policyYear ?? 0) || (a.policyId < b.policyId ? -1 : 1);
}

/**
 * Compares `clauseId` with its peers and its versions, or returns null when there is no such clause. Outliers are
 * judged among the peers (compareOutliers.ts); a version's amounts are judged against the peers too.
 */
export async function compare(runner: CypherRunner, clauseId: string): Promise<Comparison | null> {
  checkId('compare', 'clauseId', clauseId);
  const measureIds = await ids(runner, measuresStatement, { id: clauseId });
  const versionIds = await ids(runner, successionStatement, { id: clauseId });
  const implemented = (await runStatement(runner, implementedStatement, { id: clauseId })).length > 0;
  // The clause itself is searched as a measure too, so comparing an inferred (superior) clause lists its implementers.
  const searched = [clauseId, ...measureIds];
  const peerIds = (await ids(runner, peersStatement, { measureIds: searched, id: clauseId })).filter(
    (id) => id !== clauseId && !versionIds.includes(id),
  );
  const summaries = await clauseSummaries(runner, [clauseId, ...peerIds, ...versionIds]);
  const root = summaries.find((summary) => summary.id === clauseId);
  if (!root) return null;
  const lists = await quantitiesOfClauses(
    runner,
    summaries.map((summary) => summary.id),
  );
  const quantities = new Map(summaries.map((summary, i) => [summary.id, lists[i] ?? []]));
  const entryIds = new Set([clauseId, ...peerIds]);
  const pool = [...entryIds].flatMap((id) => quantities.get(id) ?? []);
  // Keys line up what the rows show: a version's quantities would bridge groups no row shows (秀洲 2024's
  // 省重点实验室 linked 平湖's 共建单位 to the 牵头建设 rewards), so they are left out of the grouping.
  const keys = comparableKeys(pool);
  const compared = (clause: ClauseSummary, relation: ComparedClause['relation']): ComparedClause => ({
    clause,
    relation,
    quantities: (quantities.get(clause.id) ?? []).map((q) => compareQuantity(q, pool, keys.get(q.id) ?? null)),
  });
  const entries = summaries
    .filter((s) => entryIds.has(s.id))
    .sort(byRegionThenPolicy)
    .map((s) => compared(s, s.id === clauseId ? 'SELF' : 'PEER'));
  const succession =
    versionIds.length === 0
      ? []
      : summaries
          .filter((s) => s.id === clauseId || versionIds.includes(s.id))
          .sort(byYear)
          .map((s) => compared(s, s.id === clauseId ? 'SELF' : 'SUCCESSION'));
  const pairRows = await runStatement(runner, successionPairsStatement, { ids: [...entryIds, ...versionIds] });
  const successions = pairRows.map((row) => ({ newerId: read.str(row, 'newerId'), olderId: read.str(row, 'olderId') }));
  const isMeasure = root.inferred || implemented;
  return { root, measureIds: isMeasure ? [...searched].sort() : measureIds, entries, succession, successions };
}
