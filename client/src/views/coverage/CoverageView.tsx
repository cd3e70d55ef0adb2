import { useQuery } from '../../api/useQuery';
import type { QueryState } from '../../api/useQuery';
import { navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { CoverageMatrix } from './CoverageMatrix';
import { STATUS_MARK, STATUS_TEXT, localityName } from './coverageMatrix';
import type { Coverage } from './coverageMatrix';
import { COVERAGE_QUERY } from './coverageOperations';
import type { CoverageData } from './coverageOperations';
import { GapList } from './GapList';
import type { SuperiorPoliciesData } from './superiorPolicies';
import { SuperiorPicker } from './SuperiorPicker';
import { useSuperiors } from './useSuperiors';
import './CoverageView.css';

type CoverageRoute = Extract<Route, { view: 'coverage' }>;

/**
 * Coverage matrix: the measures of a superior document × the localities implementing it. The superior and the
 * locality whose gaps are listed live in the URL (?view=coverage&policy=…&region=…).
 */
export function CoverageView({ route }: { route: CoverageRoute }) {
  const { query: superiorsQuery, superiors, policyId } = useSuperiors(route.policyId);
  const coverage = useQuery(
    COVERAGE_QUERY,
    { policyId: policyId ?? '' },
    { skip: !policyId },
  );

  return (
    <section className="coverage-view" aria-labelledby="coverage-heading">
      <header className="view-header">
        <h2 id="coverage-heading">Coverage</h2>
        <SuperiorPicker
          superiors={superiors}
          value={policyId}
          onChange={(id) => navigate({ view: 'coverage', policyId: id })}
        />
        <Legend />
      </header>
      <CoverageBody route={route} policyId={policyId} superiorsQuery={superiorsQuery} coverage={coverage} />
    </section>
  );
}

/**
 * Partial texts (a copy cut off after its first areas) are hatched and left out of "left out by" unless the user
 * counts them; the switch says how many there are and stays in the link.
 */
function PartialSwitch({ coverage, route }: { coverage: Coverage; route: CoverageRoute }) {
  const partial = coverage.localities.filter((l) => l.policy.partial);
  if (partial.length === 0) return null;
  return (
    <p className="coverage-partial-note">
      <label>
        <input
          type="checkbox"
          checked={route.includePartial === true}
          onChange={(event) =>
            navigate({ ...route, includePartial: event.target.checked || undefined }, { replace: true })
          }
        />{' '}
        Count {partial.length === 1 ? 'the partial text' : `the ${partial.length} partial texts`} in “Left out by”
      </label>{' '}
      <span className="muted">
        ({partial.map((l) => localityName(l)).join(', ')}: fewer than half the superior’s areas or a quarter of its
        clauses)
      </span>
    </p>
  );
}

/** The measures a locality carried only merged into another clause (MERGED cells of its column). */
function mergedMeasures(coverage: Coverage, regionCode: string | undefined) {
  const locality = coverage.localities.find((l) => l.region?.code === regionCode);
  if (!locality) return [];
  const merged = new Set(
    coverage.cells.filter((c) => c.policyId === locality.policy.id && c.status === 'MERGED').map((c) => c.measureId),
  );
  return coverage.measures.filter((m) => merged.has(m.id));
}

function Legend() {
  return (
    <ul className="coverage-legend" aria-label="Legend">
      {(['CARRIED', 'MERGED', 'NOT_CARRIED'] as const).map((status) => (
        <li key={status} className={`coverage-${status.toLowerCase()}`}>
          <span className="coverage-swatch" aria-hidden="true">
            {STATUS_MARK[status]}
          </span>
          {STATUS_TEXT[status]}
        </li>
      ))}
    </ul>
  );
}

interface BodyProps {
  route: CoverageRoute;
  policyId: string | undefined;
  superiorsQuery: QueryState<SuperiorPoliciesData> & { reload: () => void };
  coverage: QueryState<CoverageData> & { reload: () => void };
}

function CoverageBody({ route, policyId, superiorsQuery, coverage }: BodyProps) {
  if (!policyId) {
    if (superiorsQuery.status === 'error')
      return <ErrorMessage error={superiorsQuery.error} onRetry={superiorsQuery.reload} />;
    if (!superiorsQuery.data) return <Loading label="Loading superior documents…" />;
    return <EmptyState>No document in the graph is implemented by another, so there is no coverage to show.</EmptyState>;
  }
  if (coverage.status === 'error') return <ErrorMessage error={coverage.error} onRetry={coverage.reload} />;
  // While another superior loads, the previous matrix would be misleading: show the loading state instead.
  if (coverage.status !== 'success') return <Loading label="Loading coverage…" />;
  const data = coverage.data.coverage;
  if (!data) return <EmptyState>There is no policy {policyId} in the graph.</EmptyState>;
  if (data.localities.length === 0) return <EmptyState>No locality implements {data.policy.title} yet.</EmptyState>;
  return (
    <div className="coverage-layout">
      <div className="coverage-main">
        <PartialSwitch coverage={data} route={route} />
        <CoverageMatrix
          coverage={data}
          selectedRegion={route.regionCode}
          onSelectRegion={(regionCode) => navigate({ ...route, view: 'coverage', policyId, regionCode })}
          includePartial={route.includePartial === true}
        />
      </div>
      <aside className="coverage-side" aria-label="Gaps of the chosen locality">
        <GapList policyId={policyId} regionCode={route.regionCode} merged={mergedMeasures(data, route.regionCode)} />
      </aside>
    </div>
  );
}
