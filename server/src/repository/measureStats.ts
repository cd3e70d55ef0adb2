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
import { getPolicies } from './policies';
import { reader } from './rows';
import {
  MEASURES_OF_SUPERIOR,
  MEASURE_LOCALITY_STATUS,
  OFFERED_MONEY,
  leadFunctions,
  reachOfMeasures,
} from './statsPatterns';
import type { AmountRange, MeasureStats } from './statsTypes';
import type { QuantityInfo } from './types';

const reachStatement = defineStatement({
  name: 'repository.measureReach',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    ${reachOfMeasures()}
    ${MEASURE_LOCALITY_STATUS}
    ORDER BY p.id
    RETURN m.id AS measureId, collect(CASE WHEN onlyMerged = 0 THEN p.id END) AS carriedBy,
           collect(CASE WHEN onlyMerged = 1 THEN p.id END) AS mergedBy`,
  params: ['policyId'],
});

const measuresStatement = defineStatement({
  name: 'repository.measureList',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    OPTIONAL MATCH (m)<-[:HAS_CLAUSE]-(sec:Section)
    RETURN m.id AS measureId, coalesce(sec.ordinal, 0) AS area, m.ordinal AS ordinal`,
  params: ['policyId'],
});

const leadFunctionsStatement = defineStatement({
  name: 'repository.measureLeadFunctions',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    ${reachOfMeasures()}
    ${leadFunctions(['m', 'p'])}
    WITH m, fn, count(DISTINCT p) AS localities
    RETURN m.id AS measureId, fn AS key, localities
    ORDER BY measureId, localities DESC, key`,
  params: ['policyId'],
});

const amountsStatement = defineStatement({
  name: 'repository.measureAmounts',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    ${reachOfMeasures()}
    MATCH (c)-[:SETS]->(t:Target) WHERE ${OFFERED_MONEY}
    WITH DISTINCT m, p, c AS o, t
    RETURN m.id AS measureId, p.id AS policyId, ${QUANTITY_PROJECTION} AS quantity`,
  params: ['policyId'],
});

const read = reader('measureStats');

/** Min, median and max of each group of comparable amounts, largest group first. */
function ranges(entries: { policyId: string; quantity: QuantityInfo }[]): AmountRange[] {
  const keys = comparableKeys(entries.map((entry) => entry.quantity));
  const groups = new Map<string, typeof entries>();
  for (const entry of entries) {
    const key = keys.get(entry.quantity.id);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([key, group]) => {
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
  });
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
  policyId: string,
  measureIds: readonly string[] | null = null,
): Promise<MeasureStats[] | null> {
  checkId('measureStats', 'policyId', policyId);
  const [policy] = await getPolicies(runner, [policyId]);
  if (!policy) return null;
  const [measures, reach, functions, amounts] = await Promise.all([
    runStatement(runner, measuresStatement, { policyId }),
    runStatement(runner, reachStatement, { policyId }),
    runStatement(runner, leadFunctionsStatement, { policyId }),
    runStatement(runner, amountsStatement, { policyId }),
  ]);
  const reachOf = new Map(reach.map((row) => [read.str(row, 'measureId'), row]));
  const of = (rows: Rows, id: string) => rows.filter((row) => read.str(row, 'measureId') === id);
  return inDocumentOrder(measures, measureIds).map((id) => {
    const found = reachOf.get(id);
    return {
      measureId: id,
      // Carried as coverage counts it (merged included), and apart those that carry it only merged.
      carriedBy: found ? [...read.strList(found, 'carriedBy'), ...read.strList(found, 'mergedBy')].sort() : [],
      mergedBy: found ? read.strList(found, 'mergedBy') : [],
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
    };
  });
}
