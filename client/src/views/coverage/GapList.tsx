import { useQuery } from '../../api/useQuery';
import { downloadCsv } from '../../csv/csv';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { percent } from './coverageMatrix';
import { GAPS_QUERY } from './coverageOperations';
import { gapsCsvRows, gapsFileName } from './gapsCsv';

/** The measures one locality left out, each a link to its cascade, exportable as CSV. */
export function GapList({ policyId, regionCode }: { policyId: string; regionCode: string | undefined }) {
  const gaps = useQuery(
    GAPS_QUERY,
    { policyId, regionCode: regionCode ?? '' },
    { skip: !regionCode },
  );

  if (!regionCode) return <EmptyState>Choose a locality above the matrix to list the measures it left out.</EmptyState>;
  if (gaps.status === 'error') return <ErrorMessage error={gaps.error} onRetry={gaps.reload} />;
  if (!gaps.data) return <Loading label="Loading gaps…" />;
  const report = gaps.data.gaps;
  if (!report) return <EmptyState>No implementing document of region {regionCode} was found for this policy.</EmptyState>;

  return (
    <section className="gap-list" aria-labelledby="gap-list-heading">
      <h3 id="gap-list-heading">
        Gaps of {report.region.name} <span className="gap-share">({percent(report.share)} carried)</span>
      </h3>
      <p className="gap-summary">
        {report.gaps.length === 0
          ? `${report.region.name} carried down every measure.`
          : `${report.gaps.length} measure${report.gaps.length === 1 ? '' : 's'} of ${report.superior.docNumber ?? report.superior.title} not carried down${report.locality ? ` by ${report.locality.title}` : ''}.`}
      </p>
      <button
        type="button"
        className="gap-export"
        disabled={report.gaps.length === 0}
        onClick={() => downloadCsv(gapsFileName(report), gapsCsvRows(report))}
      >
        Export gaps as CSV
      </button>
      <ul className="gap-items">
        {report.gaps.map((gap) => (
          <li key={gap.id}>
            <span className="gap-ordinal">{gap.label || gap.ordinal}</span>{' '}
            <RouteLink route={{ view: 'cascade', clauseId: gap.id }}>{gap.title}</RouteLink>
            {gap.section ? <span className="gap-area">{gap.section.title}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
