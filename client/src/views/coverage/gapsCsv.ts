/** The gaps of one locality as CSV rows: one row per measure it did not carry down, the header first. */
import type { CsvCell } from '../../csv/csv';
import type { GapReport } from './coverageOperations';

export const GAP_CSV_HEADER = ['Superior document', 'Locality', 'Area', 'No.', 'Measure id', 'Measure'] as const;

export function gapsCsvRows(report: GapReport): CsvCell[][] {
  const superior = report.superior.docNumber ?? report.superior.title;
  return [
    [...GAP_CSV_HEADER],
    ...report.gaps.map((gap) => [
      superior,
      report.region.name,
      gap.section ? `${gap.section.label}${gap.section.title}` : '',
      gap.label || gap.ordinal,
      gap.id,
      gap.title,
    ]),
  ];
}

/** gaps-330000-2025-330411.csv: ids only, so the name is safe on every file system. */
export function gapsFileName(report: GapReport): string {
  return `gaps-${report.superior.id}-${report.region.code}.csv`.replace(/[^\w.-]+/g, '_');
}
