import { RouteLink } from '../../ui/RouteLink';
import type { DepartmentClause, DepartmentFunction, DepartmentLoad } from './departmentsOperations';

/**
 * One department: its spellings in the text and the units merged into it, what it counts for in the document
 * (clauses led and supported, areas led, annex rows), the functions it covers — each a link to that function across
 * localities — and its clauses, lead and support apart, each a link to its cascade.
 */
export function DepartmentClauses({
  department,
  functions,
}: {
  department: DepartmentLoad;
  functions: readonly DepartmentFunction[];
}) {
  const owner = new Map(functions.map((f) => [f.key, f.name]));
  return (
    <section className="department-clauses" aria-labelledby="department-clauses-heading">
      <h3 id="department-clauses-heading">{department.name}</h3>
      <dl className="department-facts">
        <dt>As written 原文</dt>
        <dd lang="zh">{department.asWritten.join('、') || department.name}</dd>
        {department.mergedIds.length ? (
          <>
            <dt>Includes 含</dt>
            <dd lang="zh">{department.mergedIds.map((id) => id.split('/')[1] ?? id).join('、')}</dd>
          </>
        ) : null}
        <dt>Counted in</dt>
        <dd>{department.policies.map((p) => `${p.year ?? ''}${p.status === 'DRAFT' ? ' draft' : ''}`).join(', ')}</dd>
        <dt>Load</dt>
        <dd>
          leads {department.leadCount} clauses, supports {department.supportCount}; leads {department.sectionLeadCount}{' '}
          area{department.sectionLeadCount === 1 ? '' : 's'}
          {department.requestCount ? `; ${department.requestCount} annex rows` : ''}
        </dd>
      </dl>
      {department.functions.length > 0 ? (
        <p className="department-functions">
          Compare across localities:{' '}
          {department.functions.map((key) => (
            <RouteLink key={key} route={{ view: 'departments', functionKey: key }} className="chip">
              {owner.get(key) ?? key}
            </RouteLink>
          ))}
        </p>
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
