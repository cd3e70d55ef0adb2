/**
 * Coverage and gaps of a superior document (DESIGN.md §5 and the alignment shape): a locality — a policy with text
 * that implements the superior directly or through a city stub — carries a measure (a clause of the superior) when
 * one of its clauses reaches it by IMPLEMENTS*1..2. MERGED when every path that reaches it is a merge. A gap reached
 * only through a candidate edge names its nearest candidate clause (the cell's `candidate`).
 */
import { isNearerCandidate, pathScore } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { policyOfClause } from './clausePatterns';
import { getPolicies } from './policies';
import { reader } from './rows';
import type {
  Coverage,
  CoverageCandidate,
  CoverageCell,
  CoverageStatus,
  Locality,
  Measure,
  MeasureSummary,
} from './analysisTypes';
import type { RegionLevel } from './types';

const measuresStatement = defineStatement({
  name: 'repository.coverageMeasures',
  cypher: `
    MATCH (s:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m:Clause)
    OPTIONAL MATCH (sec:Section)-[:HAS_CLAUSE]->(m)
    RETURN m {.id, .label, .title, .ordinal, .inferred, sectionOrdinal: sec.ordinal, sectionTitle: sec.title} AS measure
    ORDER BY coalesce(measure.sectionOrdinal, 0), measure.ordinal, measure.id`,
  params: ['policyId'],
});

// Each row is one path from a locality's clause to a measure; `merged` tells whether the path went through a merge.
// A candidate edge (a weak match, for a person to decide) carries nothing: a path through one is returned apart
// (`candidate`, with its edges' scores) and only names a gap's candidate clause, as the alignment's own coverage
// does (graph-seed coverage.ts and coverageCandidates.ts).
// The var-length pattern starts from the bound measure: grafeo 0.6 expands patterns in the order written, and
// starting from every Clause instead took 45 ms on the corpus against 1.3 ms.
const PATH_FLAGS = `any(e IN relationships(path) WHERE coalesce(e.merged, false)) AS merged,
      any(e IN relationships(path) WHERE coalesce(e.candidate, false)) AS candidate,
      [e IN relationships(path) | coalesce(e.score, 0.0)] AS scores`;

const reachStatement = defineStatement({
  name: 'repository.coverageReach',
  cypher: `
    MATCH (s:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m:Clause)
    MATCH path = (m)<-[:IMPLEMENTS*1..2]-(c:Clause)
    WITH m, c, ${PATH_FLAGS}
    ${policyOfClause(['m', 'merged', 'candidate', 'scores'])} AND coalesce(p.stub, false) = false
    RETURN m.id AS measureId, p.id AS policyId, c.id AS clauseId, merged, candidate, scores`,
  params: ['policyId'],
});

// The reach of some localities only (coverage brought forward after a write: coverageAdvance.ts), walked up from
// their clauses: the same paths and rows as the statement above keeps for them (the scores listed in the other
// order, which pathScore's minimum ignores), without walking every locality's paths first.
const localityReachStatement = defineStatement({
  name: 'repository.coverageLocalityReach',
  cypher: `
    MATCH (p:Policy) WHERE p.id IN $localities AND coalesce(p.stub, false) = false
    MATCH (p)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)
    MATCH path = (c)-[:IMPLEMENTS*1..2]->(m:Clause)
    MATCH (:Policy {id: $policyId})-[:HAS_SECTION|HAS_CLAUSE*1..2]->(m)
    WITH p, m, c, ${PATH_FLAGS}
    RETURN m.id AS measureId, p.id AS policyId, c.id AS clauseId, merged, candidate, scores`,
  params: ['policyId', 'localities'],
});

// Localities declared at policy level count even when none of their clauses reaches a measure (share 0); those
// whose clauses reach a measure come from the reach rows, so the clause paths are walked once, not twice.
const declaredLocalitiesStatement = defineStatement({
  name: 'repository.coverageDeclaredLocalities',
  cypher: `
    MATCH (l:Policy)-[:IMPLEMENTS*1..2]->(s:Policy {id: $policyId})
    WHERE coalesce(l.stub, false) = false
    RETURN DISTINCT l.id AS policyId`,
  params: ['policyId'],
});

// Walked from the localities given, as localityReachStatement.
const declaredOfLocalitiesStatement = defineStatement({
  name: 'repository.coverageDeclaredOfLocalities',
  cypher: `
    MATCH (l:Policy) WHERE l.id IN $localities AND coalesce(l.stub, false) = false
    MATCH (l)-[:IMPLEMENTS*1..2]->(s:Policy {id: $policyId})
    RETURN DISTINCT l.id AS policyId`,
  params: ['policyId', 'localities'],
});

const localityInfoStatement = defineStatement({
  name: 'repository.coverageLocalityInfo',
  cypher: `
    MATCH (l:Policy) WHERE l.id IN $ids
    OPTIONAL MATCH (l)-[:ISSUED_FOR]->(r:Region)
    RETURN {policyId: l.id, policyTitle: l.title, year: l.year, status: l.status, regionCode: r.code,
            regionName: r.name, regionLevel: r.level} AS locality
    ORDER BY locality.regionCode, locality.policyId`,
  params: ['ids'],
});

const read = reader('coverage');

export async function measuresOf(runner: CypherRunner, policyId: string): Promise<Measure[]> {
  const rows = await runStatement(runner, measuresStatement, { policyId });
  return rows.map((row) => {
    const m = read.map(row, 'measure');
    return {
      id: read.str(m, 'id'),
      label: read.optStr(m, 'label') ?? '',
      title: read.optStr(m, 'title') ?? '',
      ordinal: read.optNum(m, 'ordinal') ?? 0,
      sectionOrdinal: read.optNum(m, 'sectionOrdinal'),
      sectionTitle: read.optStr(m, 'sectionTitle'),
      inferred: read.flag(m, 'inferred'),
    };
  });
}

/** The localities declared at policy level (of `localities` only, when given). */
export async function declaredLocalities(
  runner: CypherRunner,
  policyId: string,
  localities?: readonly string[],
): Promise<string[]> {
  const rows = await (localities
    ? runStatement(runner, declaredOfLocalitiesStatement, { policyId, localities: [...localities] })
    : runStatement(runner, declaredLocalitiesStatement, { policyId }));
  return rows.map((row) => read.str(row, 'policyId'));
}

export async function localitiesOf(runner: CypherRunner, ids: string[]): Promise<Omit<Locality, 'share'>[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, localityInfoStatement, { ids });
  return rows.map((row) => {
    const l = read.map(row, 'locality');
    return {
      policyId: read.str(l, 'policyId'),
      policyTitle: read.optStr(l, 'policyTitle') ?? read.str(l, 'policyId'),
      year: read.optNum(l, 'year'),
      status: read.optStr(l, 'status'),
      regionCode: read.optStr(l, 'regionCode'),
      regionName: read.optStr(l, 'regionName'),
      regionLevel: read.optStr(l, 'regionLevel') as RegionLevel | null,
    };
  });
}

export interface Reach {
  policyId: string;
  clauseIds: Set<string>;
  /** True while every path seen so far went through a merge. */
  allMerged: boolean;
}

/** Per `measureId|policyId`: the carrying paths' clauses, and the nearest clause reaching it through a candidate. */
export interface Reaches {
  carried: Map<string, Reach>;
  candidates: Map<string, CoverageCandidate>;
}

/** The paths reaching the superior's measures (from the clauses of `localities` only, when given). */
export async function reachOf(
  runner: CypherRunner,
  policyId: string,
  localities?: readonly string[],
): Promise<Reaches> {
  const rows = await (localities
    ? runStatement(runner, localityReachStatement, { policyId, localities: [...localities] })
    : runStatement(runner, reachStatement, { policyId }));
  const carried = new Map<string, Reach>();
  const candidates = new Map<string, CoverageCandidate>();
  for (const row of rows) {
    const policyId = read.str(row, 'policyId');
    const key = `${read.str(row, 'measureId')}|${policyId}`;
    const clauseId = read.str(row, 'clauseId');
    if (read.flag(row, 'candidate')) {
      const found = { clauseId, score: pathScore(read.list(row, 'scores').map(Number)) };
      if (isNearerCandidate(found, candidates.get(key))) candidates.set(key, found);
      continue;
    }
    const entry = carried.get(key) ?? { policyId, clauseIds: new Set<string>(), allMerged: true };
    entry.clauseIds.add(clauseId);
    entry.allMerged &&= read.flag(row, 'merged');
    carried.set(key, entry);
  }
  return { carried, candidates };
}

/** The coverage of `policyId` read whole from the store. */
export async function computeCoverage(runner: CypherRunner, policyId: string): Promise<Coverage | null> {
  const [policy] = await getPolicies(runner, [policyId]);
  if (!policy) return null;
  const [measures, declared, { carried: reach, candidates }] = await Promise.all([
    measuresOf(runner, policyId),
    declaredLocalities(runner, policyId),
    reachOf(runner, policyId),
  ]);
  const localities = await localitiesOf(runner, [
    ...new Set([...declared, ...[...reach.values()].map((entry) => entry.policyId)]),
  ]);
  return matrixOf(policy, measures, localities, (measureId, localityId) => {
    const key = `${measureId}|${localityId}`;
    return cellOf(measureId, localityId, reach.get(key), candidates.get(key));
  });
}

/** A cell from the carrying paths (reach) and the nearest candidate path of a measure and a locality. */
export function cellOf(
  measureId: string,
  policyId: string,
  entry: Reach | undefined,
  candidate: CoverageCandidate | undefined,
): CoverageCell {
  const status: CoverageStatus = !entry ? 'NOT_CARRIED' : entry.allMerged ? 'MERGED' : 'CARRIED';
  const clauseIds = entry ? [...entry.clauseIds].sort() : [];
  return { measureId, policyId, status, clauseIds, candidate: entry ? null : (candidate ?? null) };
}

/** The matrix in measure then locality order, with each locality's share and each measure's summary. */
export function matrixOf(
  policy: Coverage['policy'],
  measures: Measure[],
  localities: Omit<Locality, 'share'>[],
  cellAt: (measureId: string, localityId: string) => CoverageCell,
): Coverage {
  const cells: CoverageCell[] = [];
  for (const measure of measures) {
    for (const locality of localities) cells.push(cellAt(measure.id, locality.policyId));
  }
  const carriedBy = new Map<string, number>();
  for (const cell of cells) {
    if (cell.status !== 'NOT_CARRIED') carriedBy.set(cell.policyId, (carriedBy.get(cell.policyId) ?? 0) + 1);
  }
  const total = measures.length;
  const counted = localities.map((l) => {
    const carried = carriedBy.get(l.policyId) ?? 0;
    return { ...l, carried, total, share: total === 0 ? 0 : carried / total };
  });
  return { policy, measures, localities: counted, cells, measureSummaries: measureSummaries(measures, cells) };
}

/**
 * The matrix's reach as rows for a statement to unwind: one per measure, locality and clause reaching it (only the
 * measures of `measureIds` when given). Aggregates start from these instead of walking IMPLEMENTS*1..2 again.
 */
export function reachRows(matrix: Coverage, measureIds: ReadonlySet<string> | null = null) {
  return matrix.cells.flatMap((cell) =>
    measureIds === null || measureIds.has(cell.measureId)
      ? cell.clauseIds.map((clauseId) => ({ measureId: cell.measureId, policyId: cell.policyId, clauseId }))
      : [],
  );
}

/** Per measure, the localities that carried it (CARRIED or MERGED) and those that left it out, in cell order. */
function measureSummaries(measures: Measure[], cells: CoverageCell[]): MeasureSummary[] {
  const byMeasure = new Map<string, MeasureSummary>(
    measures.map((m) => [m.id, { measureId: m.id, carriedBy: [], leftOutBy: [] }]),
  );
  for (const cell of cells) {
    const summary = byMeasure.get(cell.measureId);
    if (summary) (cell.status === 'NOT_CARRIED' ? summary.leftOutBy : summary.carriedBy).push(cell.policyId);
  }
  return [...byMeasure.values()];
}
