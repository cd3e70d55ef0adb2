/**
 * Per measure (clause) of a superior document (issue 15 item 4): the localities carrying it (coverage's rule), the
 * range and median of each comparable amount its implementers offer, and the functions of their lead departments.
 * Localities and lead functions are counted in Cypher; the amounts are read per measure and grouped with
 * comparableKeys.ts — the one rule that says which amounts of different clauses are the same reward, which is no
 * Cypher — and their medians taken here.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { QUANTITY_PROJECTION, toQuantity } from './clauseDetails';
import { comparableKeys } from './comparableKeys';
import { median } from './compareOutliers';
import { LEAD_FUNCTION_NAMES } from './departmentFunctions';
import { checkId } from './errors';
import { coverage, reachRows } from './coverage';
import { reader } from './rows';
import { MEASURES_OF_SUPERIOR, OFFERED_MONEY, leadFunctions } from './statsPatterns';
import type { AmountRange, MeasureStats } from './statsTypes';
import type { Coverage } from './analysisTypes';
import type { QuantityInfo } from './types';
import type { VersionCache } from './versionCache';

const measuresStatement = defineStatement({
  name: 'repository.measureList',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    OPTIONAL MATCH (m)<-[:HAS_CLAUSE]-(sec:Section)
    RETURN m.id AS measureId, coalesce(sec.ordinal, 0) AS area, m.ordinal AS ordinal`,
  params: ['policyId'],
});

// Both start from coverage's reach (`$reach`: one row per measure, locality and clause reaching it), so the
// IMPLEMENTS paths are walked once per graph version, by coverage, and each clause is found by id.
const REACHING_CLAUSES = `
    UNWIND $reach AS row
    MATCH (c:Clause {id: row.clauseId})`;

const leadFunctionsStatement = defineStatement({
  name: 'repository.measureLeadFunctions',
  cypher: `${REACHING_CLAUSES}
    WITH row.measureId AS m, row.policyId AS p, c
    ${leadFunctions(['m', 'p'])}
    WITH m, fn, count(DISTINCT p) AS localities
    RETURN m AS measureId, fn AS key, localities
    ORDER BY measureId, localities DESC, key`,
  params: ['reach'],
});

const amountsStatement = defineStatement({
  name: 'repository.measureAmounts',
  cypher: `${REACHING_CLAUSES}
    MATCH (c)-[:SETS]->(t:Target) WHERE ${OFFERED_MONEY}
    WITH DISTINCT row.measureId AS measureId, row.policyId AS policyId, c AS o, t
    RETURN measureId, policyId, ${QUANTITY_PROJECTION} AS quantity`,
  params: ['reach'],
});

/** Per measure, the localities carrying it (merged included) and those carrying it only merged, by policy id. */
function reachOf(matrix: Coverage): Map<string, { carriedBy: string[]; mergedBy: string[] }> {
  const reach = new Map<string, { carriedBy: string[]; mergedBy: string[] }>();
  for (const cell of matrix.cells) {
    if (cell.status === 'NOT_CARRIED') continue;
    const entry = reach.get(cell.measureId) ?? { carriedBy: [], mergedBy: [] };
    entry.carriedBy.push(cell.policyId);
    if (cell.status === 'MERGED') entry.mergedBy.push(cell.policyId);
    reach.set(cell.measureId, entry);
  }
  for (const entry of reach.values()) [entry.carriedBy, entry.mergedBy].forEach((ids) => ids.sort());
  return reach;
}

const read = reader('measureStats');

/** Code-point order, the same whatever the locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Min, median and max of each group of comparable amounts, largest group first (then by key). The amounts are
 * grouped in a fixed order (policy, quantity id): comparableKeys links each amount to the first of its equally
 * similar peers, so rows in the engine's order gave other groups on grafeo than on Neo4j.
 */
function ranges(unordered: { policyId: string; quantity: QuantityInfo }[]): AmountRange[] {
  const entries = [...unordered].sort((a, b) => byText(a.policyId, b.policyId) || byText(a.quantity.id, b.quantity.id));
  const keys = comparableKeys(entries.map((entry) => entry.quantity));
  const groups = new Map<string, typeof entries>();
  for (const entry of entries) {
    const key = keys.get(entry.quantity.id);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups]
    .map(([key, group]) => {
      const values = group.map((entry) => entry.quantity.normalizedValue);
      const [, unit = '', , metric = ''] = key.split('|');
      return {
        comparableKey: key,
        metric,
        unit,
        count: values.length,
        localityCount: new Set(group.map((entry) => entry.policyId)).size,
        min: Math.min(...values),
        median: median(values),
        max: Math.max(...values),
      };
    })
    .sort((a, b) => b.count - a.count || byText(a.comparableKey, b.comparableKey));
}

type Rows = Awaited<ReturnType<typeof runStatement>>;

/** The measure ids in document order (area, then position), only those asked for when `measureIds` is given. */
function inDocumentOrder(measures: Rows, measureIds: readonly string[] | null): string[] {
  const position = new Map<string, [number, number]>();
  for (const row of measures) {
    const id = read.str(row, 'measureId');
    if (measureIds === null || measureIds.includes(id)) {
      position.set(id, [read.num(row, 'area'), read.optNum(row, 'ordinal') ?? 0]);
    }
  }
  return [...position].sort(([, [areaA, ordA]], [, [areaB, ordB]]) => areaA - areaB || ordA - ordB).map(([id]) => id);
}

/**
 * One row per measure of `policyId` in document order (only those of `measureIds` when given); null when the policy
 * is unknown.
 */
export async function measureStats(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
  measureIds: readonly string[] | null = null,
): Promise<MeasureStats[] | null> {
  checkId('measureStats', 'policyId', policyId);
  const matrix = await coverage(runner, cache, policyId);
  if (!matrix) return null;
  const ordered = inDocumentOrder(await runStatement(runner, measuresStatement, { policyId }), measureIds);
  const reach = reachRows(matrix, new Set(ordered));
  const [functions, amounts] = await Promise.all([
    runStatement(runner, leadFunctionsStatement, { reach }),
    runStatement(runner, amountsStatement, { reach }),
  ]);
  const reached = reachOf(matrix);
  const of = (rows: Rows, id: string) => rows.filter((row) => read.str(row, 'measureId') === id);
  return ordered.map((id) => ({
    measureId: id,
    // Carried as coverage counts it (merged included), and apart those that carry it only merged.
    carriedBy: reached.get(id)?.carriedBy ?? [],
    mergedBy: reached.get(id)?.mergedBy ?? [],
    amounts: ranges(
      of(amounts, id).map((entry) => ({
        policyId: read.str(entry, 'policyId'),
        quantity: toQuantity(read.map(entry, 'quantity')),
      })),
    ),
    leadFunctions: of(functions, id).map((entry) => {
      const key = read.str(entry, 'key');
      return { key, name: LEAD_FUNCTION_NAMES.get(key) ?? key, localityCount: read.num(entry, 'localities') };
    }),
  }));
}
