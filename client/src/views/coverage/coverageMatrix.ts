/**
 * Turns the flat `cells` list of a Coverage answer into rows a table can draw: measures grouped under their areas,
 * one status per locality column, so the component only renders and never searches.
 */
import type { CoverageCell, CoverageData, CoverageMeasure } from './coverageOperations';

export type Coverage = NonNullable<CoverageData['coverage']>;

export interface MatrixRow {
  /** Position among all measures, for keyboard navigation across areas. */
  index: number;
  measure: CoverageMeasure;
  /** One cell per locality, in the order of `coverage.localities`; undefined when the server sent none. */
  cells: (CoverageCell | undefined)[];
  /** Localities that left this measure out (partial texts only when included). */
  gapCount: number;
}

export interface MatrixSection {
  key: string;
  heading: string;
  rows: MatrixRow[];
}

/**
 * `includePartial`: count partial texts in gapCount too. By default they are left out: a text cut off after two
 * areas would otherwise add one "left out" to nearly every measure.
 */
export function buildMatrix(coverage: Coverage, options: { includePartial?: boolean } = {}): MatrixSection[] {
  const byKey = new Map(coverage.cells.map((cell) => [`${cell.measureId}|${cell.policyId}`, cell]));
  const counted = coverage.localities.map((l) => options.includePartial === true || !l.policy.partial);
  const sections: MatrixSection[] = [];
  for (const [index, measure] of coverage.measures.entries()) {
    const cells = coverage.localities.map((l) => byKey.get(`${measure.id}|${l.policy.id}`));
    const gapCount = cells.filter((c, i) => counted[i] && c?.status === 'NOT_CARRIED').length;
    const row = { index, measure, cells, gapCount };
    const key = measure.section?.id ?? '';
    const last = sections[sections.length - 1];
    // Measures come in document order, so an area's measures are consecutive.
    if (last && last.key === key) last.rows.push(row);
    else sections.push({ key, heading: sectionHeading(measure), rows: [row] });
  }
  return sections;
}

function sectionHeading(measure: CoverageMeasure): string {
  if (!measure.section) return 'Outside any area';
  return `${measure.section.label}${measure.section.title}`;
}

export const STATUS_TEXT = { CARRIED: 'carried', MERGED: 'merged', NOT_CARRIED: 'not carried (gap)' } as const;
/** A shape per status, so the matrix does not rely on colour alone. */
export const STATUS_MARK = { CARRIED: '●', MERGED: '◐', NOT_CARRIED: '○' } as const;

/** Names a locality column: its region, else its document. */
export function localityName(locality: Coverage['localities'][number]): string {
  return locality.region?.name ?? locality.policy.title;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
