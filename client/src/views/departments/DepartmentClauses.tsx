import { RouteLink } from '../../ui/RouteLink';
import type { DepartmentClause, DepartmentLoad } from './departmentsOperations';

/** One department's clauses, lead and support apart, grouped by document, each a link to its cascade. */
export function DepartmentClauses({ department }: { department: DepartmentLoad }) {
  return (
    <section className="department-clauses" aria-labelledby="department-clauses-heading">
      <h3 id="department-clauses-heading">{department.name}</h3>
      {department.functions.length > 0 ? (
        <p className="department-functions">Covers: {department.functions.join(', ')}</p>
      ) : null}
      <ClauseGroup title={`Leads ${department.leadCount}`} clauses={department.lead} />
      <ClauseGroup title={`Supports ${department.supportCount}`} clauses={department.support} />
    </section>
  );
}

function ClauseGroup({ title, clauses }: { title: string; clauses: readonly DepartmentClause[] }) {
  // Newest document first, clauses in document order.
  const sorted = [...clauses].sort(
    (a, b) =>
      (b.policy.year ?? 0) - (a.policy.year ?? 0) || a.policy.id.localeCompare(b.policy.id) || a.ordinal - b.ordinal,
  );
  const byPolicy = new Map<string, DepartmentClause[]>();
  for (const clause of sorted) byPolicy.set(clause.policy.id, [...(byPolicy.get(clause.policy.id) ?? []), clause]);
  return (
    <>
      <h4>{title}</h4>
      {clauses.length === 0 ? <p className="department-none">None.</p> : null}
      {[...byPolicy.values()].map((items) => {
        const policy = items[0]?.policy;
        if (!policy) return null;
        return (
          <div key={policy.id} className="department-policy">
            <p className="department-policy-title">
              {policy.year ?? ''}
              {policy.status === 'DRAFT' ? ' draft' : ''} · {policy.title}
            </p>
            <ul>
              {items.map((clause) => (
                <li key={clause.id}>
                  <RouteLink route={{ view: 'cascade', clauseId: clause.id }}>
                    {clause.label} {clause.title}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
