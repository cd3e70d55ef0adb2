import { useQuery } from '../../api/useQuery';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { downloadCsv } from '../../csv/csv';
import { compareCsvRows, compareFileName } from './compareCsv';
import { COMPARE_QUERY } from './compareOperations';
import type { Comparison } from './compareOperations';
import { localityRows, quantityGroups } from './compareGroups';
import { MeasurePicker } from './MeasurePicker';
import { QuantityBars } from './QuantityBars';
import { SideBySide } from './SideBySide';
import { Successions } from './Successions';
import './CompareView.css';

/**
 * Compare: one measure's amounts and targets in every locality side by side, comparable ones also as bars, and the
 * same locality's changes across years. The measure (or any clause carrying it) is in the URL: ?view=compare&clause=…
 */
export function CompareView({ route }: { route: Extract<Route, { view: 'compare' }> }) {
  const clauseId = route.clauseId;
  const compare = useQuery(COMPARE_QUERY, { clauseId: clauseId ?? '' }, { skip: !clauseId });

  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <header className="view-header">
        <h2 id="compare-heading">Compare</h2>
        <MeasurePicker clauseId={clauseId} />
      </header>
      {!clauseId ? (
        <EmptyState>Choose a measure to see what each locality gives for it.</EmptyState>
      ) : compare.status === 'error' ? (
        <ErrorMessage error={compare.error} onRetry={compare.reload} />
      ) : compare.status !== 'success' ? (
        <Loading label="Loading comparison…" />
      ) : !compare.data.compare ? (
        <EmptyState>There is no clause {clauseId} in the graph.</EmptyState>
      ) : (
        <ComparisonBody comparison={compare.data.compare} />
      )}
    </section>
  );
}

function ComparisonBody({ comparison }: { comparison: Comparison }) {
  const rows = localityRows(comparison);
  const groups = quantityGroups(rows);
  // The server names the measure, the compared clause itself when it is one (a stub's inferred clause).
  const measure = comparison.measure;
  return (
    <>
      <p className="compare-measure">
        {measure ? (
          <>
            Measure{' '}
            <RouteLink route={{ view: 'cascade', clauseId: measure.id }}>
              {measure.label} {measure.title}
            </RouteLink>{' '}
            of {measure.policy.title}, carried by {rows.length} clause{rows.length === 1 ? '' : 's'}.
          </>
        ) : (
          <>
            {comparison.clause.title}: no common superior measure, compared with its peers ({rows.length} clause
            {rows.length === 1 ? '' : 's'}).
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <EmptyState>No locality carries this measure down yet.</EmptyState>
      ) : (
        <>
          <button
            type="button"
            className="compare-export"
            onClick={() => downloadCsv(compareFileName(comparison), compareCsvRows(comparison, rows, groups))}
          >
            Export table as CSV
          </button>
          <SideBySide rows={rows} groups={groups} />
          {groups.length > 0 ? (
            <section className="compare-charts" aria-label="Comparable amounts as bars">
              {groups.map((group) => (
                <QuantityBars key={group.key} group={group} rows={rows} />
              ))}
            </section>
          ) : (
            <p className="compare-no-chart">No amount has a comparable counterpart in another locality.</p>
          )}
        </>
      )}
      <Successions successions={comparison.successions} />
    </>
  );
}
