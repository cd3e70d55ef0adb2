import { useSyncExternalStore } from 'react';
import type { CascadeDirection, ClauseFilter } from '../api/generated/graphql';

/**
 * The view state lives in the URL (`?view=cascade&clause=330411-2025/c1&dir=BOTH&depth=2`), so every view is a
 * shareable link and the browser's back button walks through what the user looked at.
 */
export type Direction = CascadeDirection;

/** How the cascade graph is laid out: swimlanes by government level (default), or a generic layered/force layout. */
export type GraphLayout = 'lanes' | 'dagre' | 'elk' | 'fcose';
export const GRAPH_LAYOUTS: readonly GraphLayout[] = ['lanes', 'dagre', 'elk', 'fcose'];

/** Clauses a cascade shows unless the user asks for more, and at most (the server's cascade limit). */
export const DEFAULT_CASCADE_LIMIT = 150;
export const MAX_CASCADE_LIMIT = 2000;

type SearchFacetKey = 'regionCode' | 'level' | 'year' | 'status' | 'department' | 'programId';

/** The facets a search can be narrowed by: the API's ClauseFilter fields of those names, absent when not chosen. */
export type SearchFilter = { [K in SearchFacetKey]?: NonNullable<ClauseFilter[K]> };

/** URL parameter of each search filter. */
const FILTER_PARAMS: Record<keyof SearchFilter, string> = {
  regionCode: 'region',
  level: 'level',
  year: 'year',
  status: 'status',
  department: 'department',
  programId: 'program',
};

export type Route =
  | {
      view: 'cascade';
      clauseId?: string;
      direction?: Direction;
      depth?: number;
      /** Clause shown in the clause panel. */
      selected?: string;
      /** Clauses whose cascade was expanded by one more level (double-click), in the order they were expanded. */
      expanded?: string[];
      layout?: GraphLayout;
      /** Clauses of the cascade to show at most (the server cuts it, nearest the root first; `show` in the URL). */
      limit?: number;
    }
  | {
      view: 'document';
      policyId: string;
      clauseId?: string;
      /** A row of the document's annex request table to scroll to (a search hit). */
      requestId?: string;
    }
  | {
      view: 'search';
      q: string;
      /** One value per facet, as the API's ClauseFilter takes it. */
      filter?: SearchFilter;
      /** 1-based page of results. */
      page?: number;
    }
  | {
      view: 'coverage';
      policyId?: string;
      regionCode?: string;
      /** Count partial texts in "left out by" like the other localities (they are set apart by default). */
      includePartial?: boolean;
    }
  | { view: 'compare'; clauseId?: string }
  | {
      view: 'departments';
      regionCode?: string;
      /** The document counted (330411-2025); without it, the region's latest issued text. */
      policyId?: string;
      /** Department whose clauses are shown beside the list ({regionCode}/{canonicalName}). */
      departmentId?: string;
      /** A function compared across localities (development-reform): the view then shows that comparison. */
      functionKey?: string;
      /** The year the function is compared in; each locality's latest without it. */
      year?: number;
    }
  | { view: 'import' }
  | { view: 'review'; policyId?: string };

export type View = Route['view'];
/** The views with a tab in the header; `document` is reached from a clause's link to its policy. */
export const VIEWS: readonly View[] = ['cascade', 'coverage', 'compare', 'departments', 'import', 'review'];

export function parseRoute(search: string): Route {
  const q = new URLSearchParams(search);
  const opt = (key: string) => q.get(key) || undefined;
  const view = q.get('view');
  switch (view) {
    case 'coverage':
      return {
        view,
        ...defined({
          policyId: opt('policy'),
          regionCode: opt('region'),
          includePartial: q.get('partial') === '1' ? true : undefined,
        }),
      };
    case 'compare':
      return { view, ...defined({ clauseId: opt('clause') }) };
    case 'departments': {
      const year = Number(opt('year'));
      return {
        view,
        ...defined({
          regionCode: opt('region'),
          policyId: opt('policy'),
          departmentId: opt('department'),
          functionKey: opt('function'),
          year: Number.isInteger(year) && year > 1900 ? year : undefined,
        }),
      };
    }
    case 'import':
      return { view };
    case 'review':
      return { view, ...defined({ policyId: opt('policy') }) };
    case 'document': {
      const policyId = opt('policy');
      if (policyId) return { view, policyId, ...defined({ clauseId: opt('clause'), requestId: opt('request') }) };
      return { view: 'cascade' };
    }
    case 'search':
      return parseSearch(q);
    default: {
      const dir = q.get('dir');
      const depth = Number(q.get('depth'));
      const limit = Number(q.get('show'));
      return {
        view: 'cascade',
        ...defined({
          clauseId: opt('clause'),
          direction: dir === 'UP' || dir === 'DOWN' || dir === 'BOTH' ? dir : undefined,
          depth: Number.isInteger(depth) && depth >= 1 && depth <= 4 ? depth : undefined,
          selected: opt('selected'),
          expanded: opt('expand')?.split(',').filter(Boolean),
          layout: GRAPH_LAYOUTS.find((layout) => layout === q.get('layout')),
          limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_CASCADE_LIMIT ? limit : undefined,
        }),
      };
    }
  }
}

export function routeToSearch(route: Route): string {
  const q = new URLSearchParams({ view: route.view });
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') q.set(key, String(value));
  };
  switch (route.view) {
    case 'cascade':
      set('clause', route.clauseId);
      set('dir', route.direction);
      set('depth', route.depth);
      set('selected', route.selected);
      set('expand', route.expanded?.join(','));
      set('layout', route.layout === 'lanes' ? undefined : route.layout);
      set('show', route.limit);
      break;
    case 'document':
      set('policy', route.policyId);
      set('clause', route.clauseId);
      set('request', route.requestId);
      break;
    case 'search':
      set('q', route.q);
      for (const [key, param] of Object.entries(FILTER_PARAMS)) set(param, route.filter?.[key as keyof SearchFilter]);
      set('page', route.page === 1 ? undefined : route.page);
      break;
    case 'coverage':
      set('policy', route.policyId);
      set('region', route.regionCode);
      set('partial', route.includePartial ? 1 : undefined);
      break;
    case 'compare':
      set('clause', route.clauseId);
      break;
    case 'departments':
      set('region', route.regionCode);
      set('policy', route.policyId);
      set('department', route.departmentId);
      set('function', route.functionKey);
      set('year', route.year);
      break;
    case 'import':
      break;
    case 'review':
      set('policy', route.policyId);
      break;
  }
  return `?${q.toString()}`;
}

function parseSearch(q: URLSearchParams): Route {
  const text = q.get('q')?.trim();
  if (!text) return { view: 'cascade' };
  const opt = (key: keyof SearchFilter) => q.get(FILTER_PARAMS[key]) || undefined;
  const level = opt('level');
  const status = opt('status');
  const year = Number(opt('year'));
  const page = Number(q.get('page'));
  const filter: SearchFilter = defined({
    regionCode: opt('regionCode'),
    level:
      level === 'PROVINCE' || level === 'CITY' || level === 'COUNTY' ? (level as SearchFilter['level']) : undefined,
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
    status: status === 'ISSUED' || status === 'DRAFT' ? (status as SearchFilter['status']) : undefined,
    department: opt('department'),
    programId: opt('programId'),
  });
  return {
    view: 'search',
    q: text,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(Number.isInteger(page) && page > 1 ? { page } : {}),
  };
}

function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Navigate: push a history entry (or replace it, for refinements such as changing depth). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${routeToSearch(route)}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

/** The current route, re-rendering on navigation and on back/forward. */
export function useRoute(): [Route, typeof navigate] {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  // parseRoute is cheap; memoising on `search` would only save a URLSearchParams.
  // navigate is a module-level function, so it is already stable across renders.
  return [parseRoute(search), navigate];
}
