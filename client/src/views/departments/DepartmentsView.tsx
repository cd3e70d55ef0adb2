import { useQuery } from '../../api/useQuery';
import { navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { DepartmentClauses } from './DepartmentClauses';
import { DepartmentLoadList } from './DepartmentLoadList';
import { DEPARTMENTS_QUERY, DEPARTMENT_FUNCTIONS_QUERY, REGIONS_QUERY } from './departmentsOperations';
import type { DepartmentFunction, DepartmentLoad, RegionOption } from './departmentsOperations';
import { DocumentPicker } from './DocumentPicker';
import { FunctionView } from './FunctionView';
import { RegionPicker } from './RegionPicker';
import './DepartmentsView.css';

type DepartmentsRoute = Extract<Route, { view: 'departments' }>;

/**
 * Departments of one region sized by how many clauses they lead and support in one document (the latest issued by
 * default), with the clauses of the one chosen; or, with a function in the URL, that function across localities.
 * Region, document, department and function are in the URL
 * (?view=departments&region=330411&policy=330411-2024-draft&department=330411/科技局), so every state is a link.
 * Without a region the first county-level region is shown; without a department (or with one the region does not
 * have) the heaviest.
 */
export function DepartmentsView({ route }: { route: DepartmentsRoute }) {
  if (route.functionKey) return <FunctionView route={route} functionKey={route.functionKey} />;
  return <RegionDepartments route={route} />;
}

function RegionDepartments({ route }: { route: DepartmentsRoute }) {
  const regions = useQuery(REGIONS_QUERY, {});
  const functions = useQuery(DEPARTMENT_FUNCTIONS_QUERY, {});
  const regionCode = route.regionCode ?? defaultRegion(regions.data?.regions ?? [])?.code;
  const departments = useQuery(
    DEPARTMENTS_QUERY,
    route.policyId ? { policyId: route.policyId } : { regionCode: regionCode ?? '' },
    { skip: !regionCode },
  );
  const region = regions.data?.regions.find((r) => r.code === regionCode);

  return (
    <section className="departments-view" aria-labelledby="departments-heading">
      <header className="view-header">
        <h2 id="departments-heading">Departments</h2>
        <RegionPicker
          regions={regions.data?.regions ?? []}
          value={regionCode}
          onChange={(code) => navigate({ view: 'departments', regionCode: code })}
        />
        {regionCode ? (
          <DocumentPicker
            regionCode={regionCode}
            value={route.policyId}
            onChange={(policyId) => navigate({ view: 'departments', regionCode, ...(policyId ? { policyId } : {}) })}
          />
        ) : null}
        <p className="department-legend">
          <span className="department-lead-swatch" aria-hidden="true" /> leads{' '}
          <span className="department-support-swatch" aria-hidden="true" /> supports (clauses)
        </p>
        <RouteLink route={{ view: 'departments', functionKey: 'development-reform' }}>
          One function across localities →
        </RouteLink>
      </header>
      {regions.status === 'error' && !route.regionCode ? (
        <ErrorMessage error={regions.error} onRetry={regions.reload} />
      ) : !regionCode ? (
        regions.data ? (
          <EmptyState>No region in the graph yet.</EmptyState>
        ) : (
          <Loading label="Loading regions…" />
        )
      ) : departments.status === 'error' ? (
        <ErrorMessage error={departments.error} onRetry={departments.reload} />
      ) : departments.status !== 'success' ? (
        <Loading label="Loading departments…" />
      ) : departments.data.departments.length === 0 ? (
        <EmptyState>
          No department of {region?.name ?? regionCode} is named in a clause: its documents may be known only by
          reference, or assign no responsibilities.
        </EmptyState>
      ) : (
        <DepartmentsBody
          departments={departments.data.departments}
          functions={functions.data?.departmentFunctions ?? []}
          selectedId={route.departmentId}
          onSelect={(departmentId) => navigate({ ...route, view: 'departments', regionCode, departmentId })}
        />
      )}
    </section>
  );
}

function DepartmentsBody({
  departments,
  functions,
  selectedId,
  onSelect,
}: {
  departments: DepartmentLoad[];
  functions: DepartmentFunction[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const selected = departments.find((d) => d.id === selectedId) ?? departments[0];
  return (
    <div className="departments-layout">
      <DepartmentLoadList departments={departments} selectedId={selected?.id} onSelect={onSelect} />
      <aside className="departments-side" aria-label="Clauses of the chosen department">
        {selected ? (
          <DepartmentClauses department={selected} functions={functions} />
        ) : (
          <EmptyState>Choose a department.</EmptyState>
        )}
      </aside>
    </div>
  );
}

/** Departments are named by county documents, so a county-level region is the useful default. */
function defaultRegion(regions: readonly RegionOption[]): RegionOption | undefined {
  return regions.find((r) => r.level === 'COUNTY') ?? regions[0];
}
