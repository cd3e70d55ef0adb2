import { useState } from 'react';
import { request } from '../../api/request';
import { useQuery } from '../../api/useQuery';
import { downloadCsv } from '../../csv/csv';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { percent } from './coverageMatrix';
import { GAPS_EXPORT_QUERY, GAPS_QUERY } from './coverageOperations';
import type { CoverageMeasure } from './coverageOperations';
import { gapsCsvRows, gapsFileName } from './gapsCsv';

/**
 * The measures one locality left out, each a link to its cascade, and those it only carried merged into another
 * clause; both exportable as CSV with their status.
 */
export function GapList({
  policyId,
  regionCode,
  merged,
}: {
  policyId: string;
  regionCode: string | undefined;
  /** The locality's MERGED measures (half carried), from the coverage matrix. */
  merged: CoverageMeasure[];
}) {
  const gaps = useQuery(GAPS_QUERY, { policyId, regionCode: regionCode ?? '' }, { skip: !regionCode });
  const [exporting, setExporting] = useState<'idle' | 'busy' | Error>('idle');

  if (!regionCode) return <EmptyState>Choose a locality above the matrix to list the measures it left out.</EmptyState>;
  if (gaps.status === 'error') return <ErrorMessage error={gaps.error} onRetry={gaps.reload} />;
  if (!gaps.data) return <Loading label="Loading gaps…" />;
  const report = gaps.data.gaps;
  if (!report) return <EmptyState>No implementing document of region {regionCode} was found for this policy.</EmptyState>;

  const exportCsv = () => {
    setExporting('busy');
    request(GAPS_EXPORT_QUERY, { policyId }).then(
      (data) => {
        downloadCsv(gapsFileName(policyId, regionCode), gapsCsvRows(data, regionCode));
        setExporting('idle');
      },
      (error: unknown) => setExporting(error instanceof Error ? error : new Error(String(error))),
    );
  };
  return (
    <section className="gap-list" aria-labelledby="gap-list-heading">
      <h3 id="gap-list-heading">
        Gaps of {report.region.name} <span className="gap-share">({percent(report.share)} carried)</span>
      </h3>
      <p className="gap-summary">
        {report.gaps.length === 0
          ? `${report.region.name} carried down every measure.`
          : `${report.gaps.length} measure${report.gaps.length === 1 ? '' : 's'} of ${report.superior.docNumber ?? report.superior.title} not carried down${report.locality ? ` by ${report.locality.title}` : ''}.`}
        {merged.length ? ` ${merged.length} more only merged into another clause.` : ''}
      </p>
      <button
        type="button"
        className="gap-export"
        disabled={report.gaps.length + merged.length === 0 || exporting === 'busy'}
        onClick={exportCsv}
      >
        {exporting === 'busy' ? 'Exporting…' : 'Export gaps as CSV'}
      </button>
      {exporting instanceof Error ? <ErrorMessage error={exporting} onRetry={exportCsv} /> : null}
      <ul className="gap-items">
        {report.gaps.map((gap) => (
          <li key={gap.id}>
            <span className="gap-ordinal">{gap.label || gap.ordinal}</span>{' '}
            <RouteLink route={{ view: 'cascade', clauseId: gap.id }}>{gap.title}</RouteLink>
            {gap.section ? <span className="gap-area">{gap.section.title}</span> : null}
          </li>
        ))}
      </ul>
      {merged.length ? (
        <>
          <h4>Merged 合并 (half carried)</h4>
          <ul className="gap-items gap-merged">
            {merged.map((measure) => (
              <li key={measure.id}>
                <span className="gap-ordinal">{measure.label || measure.ordinal}</span>{' '}
                <RouteLink route={{ view: 'cascade', clauseId: measure.id }}>{measure.title}</RouteLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
