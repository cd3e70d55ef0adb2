/**
 * The same measure across localities and years (DESIGN.md §1 "Comparison"): the clauses that implement the same
 * superior clause (one or two levels up) or correspond to the compared clause, with their quantities, and the
 * clause's SUCCEEDS chain.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { quantitiesOfClauses } from './clauseDetails';
import { clauseSummaries } from './clauseSummaries';
import { comparableKeys } from './comparableKeys';
import { compareQuantity } from './compareOutliers';
import { checkId } from './errors';
import { reader } from './rows';
import type { ClauseSummary, ComparedClause, Comparison } from './types';

const measuresStatement = defineStatement({
  name: 'repository.compareMeasures',
  cypher: `
    MATCH (root:Clause {id: $id})-[:IMPLEMENTS*1..2]->(m:Clause)
    RETURN DISTINCT m.id AS id
    ORDER BY id`,
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
  const keys = comparableKeys([...quantities.values()].flat());
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
  return { root, measureIds: root.inferred ? [...searched].sort() : measureIds, entries, succession };
}
