import { navigate } from '../../state/route';
import type { Route, SearchFilter } from '../../state/route';
import { RouteLink } from '../../ui/RouteLink';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { clausePanelTarget, requestFocus } from '../../ui/focusRequest';
import { HitLines, hitRoute } from './searchHit';
import { FILTER_TITLES, SearchFacets, facetLabel } from './SearchFacets';
import type { SearchPage } from './searchOperations';
import { PAGE_SIZE, useSearchPage } from './useSearchPage';
import './SearchView.css';

type SearchRoute = Extract<Route, { view: 'search' }>;

/**
 * All results of a search (?view=search&q=發改局): the total, the facets of every hit to narrow by, one page of
 * ranked hits with the matches marked, and the pages. Query, filters and page are in the URL.
 */
export function SearchView({ route }: { route: SearchRoute }) {
  const filter = route.filter ?? {};
  const page = route.page ?? 1;
  const state = useSearchPage(route.q, Object.keys(filter).length ? filter : null, page);
  const data = 'data' in state ? state.data : undefined;
  const setFilter = (key: keyof SearchFilter, value: SearchFilter[keyof SearchFilter] | undefined) => {
    const next: SearchFilter = { ...filter };
    if (value === undefined) delete next[key];
    else Object.assign(next, { [key]: value });
    navigate({ view: 'search', q: route.q, filter: next });
  };
  return (
    <section className="search-view" aria-labelledby="search-heading">
      <header className="view-header">
        <h2 id="search-heading">
          {data ? `${data.totalCount} result${data.totalCount === 1 ? '' : 's'}` : 'Results'} for “{route.q}”
        </h2>
        <ActiveFilters filter={filter} data={data} onRemove={(key) => setFilter(key, undefined)} />
      </header>
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'loading' ? <Loading label="Searching…" /> : null}
      {data ? (
        <div className="search-layout">
          <SearchFacets facets={data.facets} filter={filter} onChange={setFilter} />
          <div className="search-main">
            {data.totalCount === 0 ? (
              <EmptyState>
                Nothing matches “{route.q}”{Object.keys(filter).length ? ' with these filters' : ''}.
              </EmptyState>
            ) : (
              <ResultList data={data} />
            )}
            <Pager route={route} page={page} total={data.totalCount} />
          </div>
        </div>
      ) : null}
    </section>
  );
}

function ResultList({ data }: { data: SearchPage }) {
  const first = data.edges[0]?.node.rank ?? 1;
  return (
    <ol className="search-list" start={first} aria-label="Results">
      {data.edges.map(({ node: hit, cursor }) => (
        <li key={cursor}>
          <RouteLink
            route={hitRoute(hit)}
            className="search-list-hit"
            onFollow={() => hit.clause && requestFocus(clausePanelTarget(hit.clause.id))}
          >
            <HitLines hit={hit} />
          </RouteLink>
        </li>
      ))}
    </ol>
  );
}

function ActiveFilters({
  filter,
  data,
  onRemove,
}: {
  filter: SearchFilter;
  data: SearchPage | undefined;
  onRemove: (key: keyof SearchFilter) => void;
}) {
  const keys = Object.keys(filter) as (keyof SearchFilter)[];
  if (keys.length === 0) return null;
  const labelOf = (key: keyof SearchFilter) => {
    const value = String(filter[key]);
    const facets = data ? Object.values(data.facets).flat() : [];
    return facetLabel(key, facets.find((f) => f.value === value) ?? { value, label: value });
  };
  return (
    <ul className="search-active" aria-label="Filters">
      {keys.map((key) => (
        <li key={key}>
          <button
            type="button"
            className="chip"
            onClick={() => onRemove(key)}
            aria-label={`Remove ${FILTER_TITLES[key]}: ${labelOf(key)}`}
          >
            {FILTER_TITLES[key]}: {labelOf(key)} ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function Pager({ route, page, total }: { route: SearchRoute; page: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const to = (n: number): Route => ({ ...route, page: n });
  return (
    <nav className="search-pager" aria-label="Pages">
      {page > 1 ? <RouteLink route={to(page - 1)}>← Previous</RouteLink> : <span />}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <RouteLink route={to(page + 1)}>Next →</RouteLink> : <span />}
    </nav>
  );
}
