/**
 * The review queue of a superior document (issue 16): the edges a person should look at first among the localities
 * carrying it down — candidates, low scores, and gaps that may sit inside a merged clause — ordered by how much a
 * decision changes a locality's coverage (coverage.ts's cells are the truth it is measured against).
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { coverage } from './coverage';
import type { VersionCache } from './versionCache';
import { reader } from './rows';
import type { Coverage, CoverageCell } from './analysisTypes';
import { edgeId } from './clauseEdges';

/** Below this score an unreviewed edge is queued (the alignment's own candidate floor is lower, 0.15). */
export const LOW_SCORE = 0.3;

export interface ReviewQueueItem {
  id: string;
  kind: 'CANDIDATE' | 'LOW_SCORE' | 'MERGED_GAP';
  type: 'IMPLEMENTS';
  fromId: string;
  toId: string;
  score: number;
  evidence: string[];
  localityId: string;
  acceptDecision: 'CONFIRM' | 'ADD';
  coverageChange: number;
}

// Clauses of city documents that carry a measure: a county's edge into one of them reaches the measure too.
const relaysStatement = defineStatement({
  name: 'repository.reviewQueueRelays',
  cypher: `
    MATCH (t:Clause)-[:IMPLEMENTS]->(m:Clause) WHERE m.id IN $measureIds
    RETURN t.id AS relayId, m.id AS measureId`,
  params: ['measureIds'],
});

const weakEdgesStatement = defineStatement({
  name: 'repository.reviewQueueWeakEdges',
  cypher: `
    MATCH (c:Clause)-[e:IMPLEMENTS]->(t:Clause) WHERE t.id IN $targetIds AND e.reviewDecision IS NULL
      AND (coalesce(e.candidate, false) OR e.score < $lowScore)
    RETURN c.id AS fromId, t.id AS toId, e.score AS score, e.evidence AS evidence,
           coalesce(e.candidate, false) AS candidate`,
  params: ['targetIds', 'lowScore'],
});

const peersStatement = defineStatement({
  name: 'repository.reviewQueuePeers',
  cypher: `
    MATCH (p:Clause)-[e:CORRESPONDS_TO]-(x:Clause) WHERE p.id IN $carrierIds AND x.id STARTS WITH $prefix
    RETURN p.id AS carrierId, x.id AS clauseId, e.score AS score, e.evidence AS evidence`,
  params: ['carrierIds', 'prefix'],
});

const read = reader('reviewQueue');

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function shareOf(matrix: Coverage): Map<string, number> {
  return new Map(matrix.localities.map((l) => [l.policyId, l.total === 0 ? 0 : 1 / l.total]));
}

/** The policy a clause id `{policyId}/c{n}` belongs to. */
const policyOfClause = (clauseId: string) => clauseId.slice(0, clauseId.lastIndexOf('/c'));

/**
 * How much a decision on the weak edge `fromId` → a measure can move its locality's coverage: rejecting the only
 * clause carrying it, or confirming a candidate (left out of coverage) that would carry a measure left out.
 */
function weakChange(cell: CoverageCell, fromId: string, candidate: boolean, share: number): number {
  if (candidate) return cell.status === 'NOT_CARRIED' ? share : 0;
  return cell.clauseIds.length === 1 && cell.clauseIds[0] === fromId ? share : 0;
}

/** Unreviewed weak edges into the measures (or the city clauses carrying them), each with the cell it can move. */
async function weakItems(runner: CypherRunner, matrix: Coverage): Promise<ReviewQueueItem[]> {
  const measureIds = matrix.measures.map((m) => m.id);
  const reaches = new Map<string, string[]>(measureIds.map((id) => [id, [id]]));
  for (const row of await runStatement(runner, relaysStatement, { measureIds })) {
    const relayId = read.str(row, 'relayId');
    const reached = reaches.get(relayId);
    if (reached) reached.push(read.str(row, 'measureId'));
    else reaches.set(relayId, [read.str(row, 'measureId')]);
  }
  const cells = new Map(matrix.cells.map((c) => [`${c.measureId}|${c.policyId}`, c]));
  const share = shareOf(matrix);
  const targetIds = [...reaches.keys()];
  const rows = await runStatement(runner, weakEdgesStatement, { targetIds, lowScore: LOW_SCORE });
  return rows.flatMap((row): ReviewQueueItem[] => {
    const [fromId, toId] = [read.str(row, 'fromId'), read.str(row, 'toId')];
    const localityId = policyOfClause(fromId);
    const candidate = read.flag(row, 'candidate');
    const cell = (reaches.get(toId) ?? []).map((m) => cells.get(`${m}|${localityId}`)).find((c) => c !== undefined);
    if (!cell) return [];
    const item = { id: edgeId('IMPLEMENTS', fromId, toId), type: 'IMPLEMENTS' as const, fromId, toId, localityId };
    return [
      {
        ...item,
        kind: candidate ? 'CANDIDATE' : 'LOW_SCORE',
        score: read.optNum(row, 'score') ?? 0,
        evidence: read.strList(row, 'evidence'),
        acceptDecision: 'CONFIRM',
        coverageChange: weakChange(cell, fromId, candidate, share.get(localityId) ?? 0),
      },
    ];
  });
}

/** Gaps of a locality whose clause corresponds to a peer's clause carrying the measure: the best such clause. */
async function mergedGapItems(
  runner: CypherRunner,
  matrix: Coverage,
  declined: ReadonlySet<string>,
): Promise<ReviewQueueItem[]> {
  const carriers = new Map<string, string[]>();
  // Appended in place: a province's measure has a thousand carrying cells, and copying per cell is quadratic.
  for (const cell of matrix.cells) {
    if (cell.status === 'NOT_CARRIED') continue;
    const known = carriers.get(cell.measureId);
    if (known) for (const id of cell.clauseIds) known.push(id);
    else carriers.set(cell.measureId, [...cell.clauseIds]);
  }
  const share = shareOf(matrix);
  const items: ReviewQueueItem[] = [];
  for (const gap of matrix.cells.filter((c) => c.status === 'NOT_CARRIED')) {
    const carrierIds = carriers.get(gap.measureId) ?? [];
    if (carrierIds.length === 0) continue;
    const rows = await runStatement(runner, peersStatement, { carrierIds, prefix: `${gap.policyId}/c` });
    // Ties broken by ids: stores return rows in different orders, and the evidence shown is the chosen pair's.
    const best = rows
      .map((row) => ({
        clauseId: read.str(row, 'clauseId'),
        carrierId: read.str(row, 'carrierId'),
        score: read.optNum(row, 'score') ?? 0,
        row,
      }))
      .filter((p) => !declined.has(edgeId('IMPLEMENTS', p.clauseId, gap.measureId)))
      .sort((a, b) => b.score - a.score || byId(a.clauseId, b.clauseId) || byId(a.carrierId, b.carrierId))[0];
    if (!best) continue;
    items.push({
      id: edgeId('IMPLEMENTS', best.clauseId, gap.measureId),
      kind: 'MERGED_GAP',
      type: 'IMPLEMENTS',
      fromId: best.clauseId,
      toId: gap.measureId,
      score: best.score,
      evidence: read.strList(best.row, 'evidence'),
      localityId: gap.policyId,
      acceptDecision: 'ADD',
      coverageChange: share.get(gap.policyId) ?? 0,
    });
  }
  return items;
}

const KIND_ORDER = { CANDIDATE: 0, MERGED_GAP: 1, LOW_SCORE: 2 } as const;

/**
 * The queue of `policyId`, at most `first` items; null when the policy is not in the graph. `declined`: ids of
 * edges a reviewer rejected, which the store no longer holds (a MERGED_GAP proposing one is left out).
 */
export async function reviewQueue(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
  first: number,
  declined: ReadonlySet<string>,
): Promise<ReviewQueueItem[] | null> {
  const matrix = await coverage(runner, cache, policyId);
  if (!matrix) return null;
  const items = [...(await weakItems(runner, matrix)), ...(await mergedGapItems(runner, matrix, declined))];
  items.sort(
    (a, b) =>
      b.coverageChange - a.coverageChange ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.score - b.score ||
      byId(a.id, b.id),
  );
  return items.slice(0, first);
}
