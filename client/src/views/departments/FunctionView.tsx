import { useId, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { ErrorMessage, Loading } from '../../ui/Status';
import { DEPARTMENT_FUNCTIONS_QUERY, DEPARTMENT_FUNCTION_QUERY } from './departmentsOperations';
import type { FunctionComparison, FunctionLocality } from './departmentsOperations';

type DepartmentsRoute = Extract<Route, { view: 'departments' }>;

const YEARS = [2025, 2024];

/**
 * One department function (发改, 科技, 财政 …) in every locality, side by side: which departments cover it there
 * (as written on hover), the clauses they lead and support on one scale, the areas they lead and the share of the
 * document's clauses they take part in; a locality's row opens its clauses. Function and year are in the URL.
 */
export function FunctionView({ route, functionKey }: { route: DepartmentsRoute; functionKey: string }) {
  const functions = useQuery(DEPARTMENT_FUNCTIONS_QUERY, {});
  const comparison = useQuery(DEPARTMENT_FUNCTION_QUERY, { key: functionKey, year: route.year ?? null });
  const pickerId = useId();
  const yearId = useId();
  const go = (change: Partial<DepartmentsRoute>) =>
    navigate({ view: 'departments', functionKey, ...(route.year ? { year: route.year } : {}), ...change });
  return (
    <section className="departments-view" aria-labelledby="function-heading">
      <header className="view-header">
        <h2 id="function-heading">
          {comparison.data
            ? `${comparison.data.departmentFunction.function.name} across localities`
            : 'A function across localities'}
        </h2>
        <div className="region-picker">
          <label htmlFor={pickerId}>Function</label>
          <select id={pickerId} value={functionKey} onChange={(event) => go({ functionKey: event.target.value })}>
            {(functions.data?.departmentFunctions ?? [{ key: functionKey, name: functionKey }]).map((f) => (
              <option key={f.key} value={f.key}>
                {f.name} ({f.key})
              </option>
            ))}
          </select>
        </div>
        <div className="region-picker">
          <label htmlFor={yearId}>Year</label>
          <select
            id={yearId}
            value={route.year ?? ''}
            onChange={(event) =>
              navigate({
                view: 'departments',
                functionKey,
                ...(event.target.value ? { year: Number(event.target.value) } : {}),
              })
            }
          >
            <option value="">Each locality’s latest</option>
            {YEARS.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <RouteLink route={{ view: 'departments' }}>← Departments of one region</RouteLink>
      </header>
      {comparison.status === 'error' ? <ErrorMessage error={comparison.error} onRetry={comparison.reload} /> : null}
      {comparison.status === 'loading' ? <Loading label="Comparing localities…" /> : null}
      {comparison.data ? <FunctionTable comparison={comparison.data.departmentFunction} /> : null}
    </section>
  );
}

function FunctionTable({ comparison }: { comparison: FunctionComparison }) {
  const max = Math.max(1, ...comparison.localities.map((l) => l.leadCount + l.supportCount));
  return (
    <table className="function-table" aria-label={`${comparison.function.name} in each locality`}>
      <thead>
        <tr>
          <th scope="col">Locality</th>
          <th scope="col">Departments 部门</th>
          <th scope="col">Leads / supports (clauses)</th>
          <th scope="col">Areas led</th>
          <th scope="col">Share of clauses</th>
        </tr>
      </thead>
      <tbody>
        {comparison.localities.map((locality) => (
          <LocalityRow
            key={locality.region.code}
            locality={locality}
            max={max}
            functionName={comparison.function.name}
          />
        ))}
      </tbody>
    </table>
  );
}

function LocalityRow({
  locality,
  max,
  functionName,
}: {
  locality: FunctionLocality;
  max: number;
  functionName: string;
}) {
  const [open, setOpen] = useState(false);
  const total = locality.leadCount + locality.supportCount;
  const documents = locality.policies.map((p) => `${p.year ?? ''}${p.status === 'DRAFT' ? ' draft' : ''}`).join(', ');
  return (
    <tr>
      <th scope="row">
        {locality.region.name} <span className="muted">{documents}</span>
      </th>
      <td>
        {locality.departments.length === 0 ? (
          <span className="muted">none names {functionName}</span>
        ) : (
          locality.departments.map((d) => (
            <RouteLink
              key={d.id}
              route={{ view: 'departments', regionCode: locality.region.code, departmentId: d.id }}
              title={d.asWritten.length ? `As written 原文: ${d.asWritten.join('、')}` : d.name}
              className="chip"
            >
              {d.name}
            </RouteLink>
          ))
        )}
      </td>
      <td>
        <button
          type="button"
          className="function-load"
          aria-expanded={open}
          aria-label={`${locality.region.name}: leads ${locality.leadCount}, supports ${locality.supportCount} clauses`}
          onClick={() => setOpen(!open)}
        >
          <span className="department-bar" aria-hidden="true" style={{ width: `${(total / max) * 100}%` }}>
            <span className="department-lead" style={{ flexGrow: locality.leadCount }} />
            <span className="department-support" style={{ flexGrow: locality.supportCount }} />
          </span>
          <span className="department-counts">
            {locality.leadCount} / {locality.supportCount}
          </span>
        </button>
        {open ? <LocalityClauses locality={locality} /> : null}
      </td>
      <td>{locality.sectionLeadCount}</td>
      <td>
        {locality.clauseCount ? `${Math.round((total / locality.clauseCount) * 100)}% of ${locality.clauseCount}` : '—'}
      </td>
    </tr>
  );
}

function LocalityClauses({ locality }: { locality: FunctionLocality }) {
  const list = (title: string, clauses: FunctionLocality['lead']) => (
    <>
      <h4>{title}</h4>
      <ul>
        {clauses.map((c) => (
          <li key={c.id}>
            <RouteLink route={{ view: 'cascade', clauseId: c.id }}>
              {c.label} {c.title}
            </RouteLink>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <div className="function-clauses">
      {list(`Leads ${locality.leadCount}`, locality.lead)}
      {list(`Supports ${locality.supportCount}`, locality.support)}
    </div>
  );
}
