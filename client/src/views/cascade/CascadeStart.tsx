import { useQuery } from '../../api/useQuery';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { clauseHeading } from '../../ui/labels';
import { PROVINCIAL_MEASURES } from './cascadeQuery';

/** No clause chosen yet: invite a search, and offer the provincial measures as starting points. */
export function CascadeStart() {
  const state = useQuery(PROVINCIAL_MEASURES, {});
  const policies = state.data?.policies.edges.map((e) => e.node) ?? [];
  return (
    <section className="cascade-start" aria-labelledby="start-heading">
      <h2 id="start-heading">Follow a measure down the levels</h2>
      <p>
        Search a clause above (either script: 科创平台 or 科創平臺), or start from a measure of the provincial policy.
      </p>
      {state.status === 'loading' ? <Loading label="Loading the provincial measures…" /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'success' && policies.length === 0 ? (
        <EmptyState>No provincial policy is loaded yet: import one, or search for a local clause.</EmptyState>
      ) : null}
      {policies.map((policy) => (
        <section key={policy.id} aria-label={policy.title}>
          <h3>
            {policy.title} {policy.docNumber ? <span className="muted">{policy.docNumber}</span> : null}
          </h3>
          <ol className="measure-list">
            {policy.clauses.map((clause) => (
              <li key={clause.id}>
                <RouteLink route={{ view: 'cascade', clauseId: clause.id, direction: 'DOWN', selected: clause.id }}>
                  {clauseHeading(clause)}
                </RouteLink>
                {clause.inferred ? <span className="badge">inferred 推断</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
