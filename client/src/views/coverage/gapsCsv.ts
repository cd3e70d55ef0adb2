/**
 * The measures one locality did not fully carry down, as CSV: every gap (no clause implements the measure), every
 * gap whose only local link is a candidate (a weak match below the alignment's threshold, for a person to decide)
 * and every merged measure (carried only by a clause that merges it with another), the header first. A merged row
 * names the local clause and the score of its alignment towards the measure (directly, or through the city's
 * clause); a candidate row the nearest candidate clause and the score of its path's weakest edge, as the API's
 * CoverageCell.candidate gives them. A plain gap has no local clause: the graph links none to the measure.
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

type ExportedCell = NonNullable<GapsExportData['coverage']>['cells'][number];

/** The row's status and local clause: a candidate for a gap that has one, else the first carrying clause. */
function localLink(cell: ExportedCell | undefined, measureId: string) {
  if (cell?.status === 'NOT_CARRIED' && cell.candidate) {
    return { status: 'candidate', clause: cell.candidate.clause, score: Number(cell.candidate.score.toFixed(3)) };
  }
  const status = STATUS_NAMES[cell?.status ?? 'NOT_CARRIED'];
  const clause = cell?.clauses[0];
  return status ? { status, clause, score: clause ? scoreTowards(clause, measureId) : '' } : null;
}

export function gapsCsvRows(data: GapsExportData, regionCode: string): CsvCell[][] {
  const coverage = data.coverage;
  const locality = coverage?.localities.find((l) => l.region?.code === regionCode);
  if (!coverage || !locality) return [[...GAP_CSV_HEADER]];
  const cells = new Map(
    coverage.cells.filter((c) => c.policyId === locality.policy.id).map((c) => [c.measureId, c] as const),
  );
  const superior = coverage.policy.docNumber ?? coverage.policy.title;
  const rows = coverage.measures.flatMap((measure) => {
    const link = localLink(cells.get(measure.id), measure.id);
    if (!link) return [];
    const local = link.clause;
    return [
      [
        superior,
        locality.region?.name ?? locality.policy.title,
        measure.section ? `${measure.section.label}${measure.section.title}` : '',
        measure.label || measure.ordinal,
        measure.id,
        measure.title,
        measure.inferred ? 'yes' : 'no',
        link.status,
        local?.id ?? '',
        local ? `${local.label} ${local.title}`.trim() : '',
        link.score,
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
