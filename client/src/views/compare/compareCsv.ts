/**
 * The compare table as CSV, one row per amount or target of each locality's clause: where it comes from (measure,
 * locality, year, document, clause), what it is (the comparable line it sits on, kind, role — cap, fixed sum,
 * threshold … —, whether the text says it is approximate, metric, the text as written) and how it compares (normalized value, the peers' median, the ratio, the outlier flag).
 */
import { ROLE_NAMES } from '../../api/fragments';
import type { CsvCell } from '../../csv/csv';
import type { QuantityGroup } from './compareGroups';
import { rowName } from './compareGroups';
import type { Comparison, ComparisonRow } from './compareOperations';
import { KIND_NAMES } from './formatQuantity';

export const COMPARE_CSV_HEADER = [
  'Measure id',
  'Measure',
  'Locality',
  'Year',
  'Status',
  'Document',
  'Clause id',
  'Clause',
  'Compared line',
  'Kind',
  'Role',
  'Approximate',
  'Metric',
  'As written',
  'Normalized value',
  'Normalized unit',
  'Qualifier',
  'Peer median',
  'Ratio to median',
  'Outlier',
] as const;

export function compareCsvRows(
  comparison: Comparison,
  rows: readonly ComparisonRow[],
  groups: readonly QuantityGroup[],
): CsvCell[][] {
  const measure = comparison.measure ?? comparison.clause;
  const lineOf = new Map(groups.flatMap((g) => g.entries.map((e) => [e.compared.quantity.id, g.metric] as const)));
  const lines = rows.flatMap((row) =>
    row.quantities.map(({ quantity, peerMedian, ratioToMedian, outlier }) => [
      measure.id,
      `${measure.label} ${measure.title}`.trim(),
      rowName(row, rows),
      row.year,
      row.policy.status === 'DRAFT' ? 'draft' : 'issued',
      row.policy.title,
      row.clause.id,
      `${row.clause.label} ${row.clause.title}`.trim(),
      lineOf.get(quantity.id) ?? '',
      KIND_NAMES[quantity.kind],
      ROLE_NAMES[quantity.role],
      quantity.approximate ? 'yes' : 'no',
      quantity.metric,
      quantity.text,
      quantity.normalizedValue,
      quantity.normalizedUnit,
      quantity.qualifier ?? '',
      peerMedian ?? '',
      ratioToMedian === null ? '' : Number(ratioToMedian.toFixed(3)),
      outlier ? 'yes' : 'no',
    ]),
  );
  return [[...COMPARE_CSV_HEADER], ...lines];
}

/** compare-330000-2025_c1.csv */
export function compareFileName(comparison: Comparison): string {
  return `compare-${(comparison.measure ?? comparison.clause).id}.csv`.replace(/[^\w.-]+/g, '_');
}
