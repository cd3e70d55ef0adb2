/**
 * How a comparison is shown (DESIGN.md §1 "Comparison"): its rows province first, then cities, then counties, and the
 * measure it is named by — moved here from the resolver, which only maps fields.
 */
import type { ComparedClause, ComparedQuantity, Comparison } from './analysisTypes';
import type { ClauseSummary } from './types';

const LEVEL_ORDER = { PROVINCE: 0, CITY: 1, COUNTY: 2 } as const;

/** Level of a region from its GB/T 2260 code (province xx0000, city xxxx00), for ids whose region is not loaded. */
function levelOfCode(code: string): number {
  return code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Province first, then cities, then counties; by region code and policy id within a level. */
function byLevelThenRegion(a: ComparedClause, b: ComparedClause): number {
  const rank = (c: ClauseSummary) => (c.regionLevel ? LEVEL_ORDER[c.regionLevel] : 3);
  return (
    rank(a.clause) - rank(b.clause) ||
    compareText(a.clause.regionCode ?? '', b.clause.regionCode ?? '') ||
    compareText(a.clause.policyId, b.clause.policyId) ||
    a.clause.ordinal - b.clause.ordinal
  );
}

/**
 * The common superior clause: the highest-level measure the comparison is identified by (the provincial one over
 * the city's). A compared measure (330000-2025/c1) is among them, so comparing a measure names the measure itself.
 */
export function commonMeasure(comparison: Comparison): string | null {
  const level = (id: string) => levelOfCode(id.split('-')[0] ?? '');
  return [...comparison.measureIds].sort((a, b) => level(a) - level(b) || compareText(a, b))[0] ?? null;
}

/** One row per clause carrying the measure, province first. */
export function comparisonRows(comparison: Comparison) {
  return [...comparison.entries].sort(byLevelThenRegion).map((entry) => ({
    clauseId: entry.clause.id,
    policyId: entry.clause.policyId,
    regionCode: entry.clause.regionCode,
    year: entry.clause.policyYear,
    quantities: entry.quantities,
  }));
}

/** A quantity's value over its peers' median; null without a median (or a zero one). */
export function ratioToMedian(quantity: ComparedQuantity): number | null {
  return quantity.peerMedian === null || quantity.peerMedian === 0
    ? null
    : quantity.normalizedValue / quantity.peerMedian;
}
