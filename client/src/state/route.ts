import { useSyncExternalStore } from 'react';

/**
 * The view state lives in the URL (`?view=cascade&clause=330411-2025/c1&dir=BOTH&depth=2`), so every view is a
 * shareable link and the browser's back button walks through what the user looked at.
 */
export type Direction = 'UP' | 'DOWN' | 'BOTH';

/** How the cascade graph is laid out: swimlanes by government level (default), or a generic layered/force layout. */
export type GraphLayout = 'lanes' | 'dagre' | 'elk' | 'fcose';
export const GRAPH_LAYOUTS: readonly GraphLayout[] = ['lanes', 'dagre', 'elk', 'fcose'];

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
    }
  | { view: 'document'; policyId: string; clauseId?: string }
  | { view: 'coverage'; policyId?: string; regionCode?: string }
  | { view: 'compare'; clauseId?: string }
  | {
      view: 'departments';
      regionCode?: string;
      /** Department whose clauses are shown beside the list ({regionCode}/{canonicalName}). */
      departmentId?: string;
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
      return { view, ...defined({ policyId: opt('policy'), regionCode: opt('region') }) };
    case 'compare':
      return { view, ...defined({ clauseId: opt('clause') }) };
    case 'departments':
      return { view, ...defined({ regionCode: opt('region'), departmentId: opt('department') }) };
    case 'import':
      return { view };
    case 'review':
      return { view, ...defined({ policyId: opt('policy') }) };
    case 'document': {
      const policyId = opt('policy');
      if (policyId) return { view, policyId, ...defined({ clauseId: opt('clause') }) };
      return { view: 'cascade' };
    }
    default: {
      const dir = q.get('dir');
      const depth = Number(q.get('depth'));
      return {
        view: 'cascade',
        ...defined({
          clauseId: opt('clause'),
          direction: dir === 'UP' || dir === 'DOWN' || dir === 'BOTH' ? dir : undefined,
          depth: Number.isInteger(depth) && depth >= 1 && depth <= 4 ? depth : undefined,
          selected: opt('selected'),
          expanded: opt('expand')?.split(',').filter(Boolean),
          layout: GRAPH_LAYOUTS.find((layout) => layout === q.get('layout')),
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
      break;
    case 'document':
      set('policy', route.policyId);
      set('clause', route.clauseId);
      break;
    case 'coverage':
      set('policy', route.policyId);
      set('region', route.regionCode);
      break;
    case 'compare':
      set('clause', route.clauseId);
      break;
    case 'departments':
      set('region', route.regionCode);
      set('department', route.departmentId);
      break;
    case 'import':
      break;
    case 'review':
      set('policy', route.policyId);
      break;
  }
  return `?${q.toString()}`;
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
