/**
 * The measures one locality did not fully carry down, as CSV: every gap (no clause implements the measure) and
 * every merged measure (carried only by a clause that merges it with another), the header first. A merged row names
 * the local clause and the score of its alignment towards the measure (directly, or through the city's clause).
 *
 * Not in the API today, so not in the file: weak "candidate" alignments (the graph has none yet) and the nearest
 * local clause of a gap with its score.
 */
import type { CsvCell } from '../../csv/csv';
import type { CoverageStatus, ExportedCellClause, GapsExportData } from './coverageOperations';

export const GAP_CSV_HEADER = [
  'Superior document',
  'Locality',
  'Area',
  'No.',
  'Measure id',
  'Measure',
  'Inferred measure',
  'Status',
  'Local clause id',
  'Local clause',
  'Score',
] as const;

const STATUS_NAMES: Partial<Record<CoverageStatus, string>> = { NOT_CARRIED: 'gap', MERGED: 'merged' };

export function gapsCsvRows(data: GapsExportData, regionCode: string): CsvCell[][] {
  const coverage = data.coverage;
  const locality = coverage?.localities.find((l) => l.region?.code === regionCode);
  if (!coverage || !locality) return [[...GAP_CSV_HEADER]];
  const cells = new Map(
    coverage.cells.filter((c) => c.policyId === locality.policy.id).map((c) => [c.measureId, c] as const),
  );
  const superior = coverage.policy.docNumber ?? coverage.policy.title;
  const rows = coverage.measures.flatMap((measure) => {
    const cell = cells.get(measure.id);
    const status = STATUS_NAMES[cell?.status ?? 'NOT_CARRIED'];
    if (!status) return [];
    const local = cell?.clauses[0];
    return [
      [
        superior,
        locality.region?.name ?? locality.policy.title,
        measure.section ? `${measure.section.label}${measure.section.title}` : '',
        measure.label || measure.ordinal,
        measure.id,
        measure.title,
        measure.inferred ? 'yes' : 'no',
        status,
        local?.id ?? '',
        local ? `${local.label} ${local.title}`.trim() : '',
        local ? scoreTowards(local, measure.id) : '',
      ],
    ];
  });
  return [[...GAP_CSV_HEADER], ...rows];
}

/** The score of the clause's edge that leads to the measure, directly or through the clause it implements. */
function scoreTowards(clause: ExportedCellClause, measureId: string): number | '' {
  const edge =
    clause.implements.find((e) => e.clause.id === measureId) ??
    clause.implements.find((e) => e.clause.implements.some((next) => next.clause.id === measureId));
  return edge ? Number(edge.score.toFixed(3)) : '';
}

/** gaps-330000-2025-330411.csv: ids only, so the name is safe on every file system. */
export function gapsFileName(policyId: string, regionCode: string): string {
  return `gaps-${policyId}-${regionCode}.csv`.replace(/[^\w.-]+/g, '_');
}
