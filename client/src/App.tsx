import { useEffect, useRef } from 'react';
import { useRoute } from './state/route';
import type { Route, View } from './state/route';
import { RouteLink } from './ui/RouteLink';
import { CascadeView } from './views/cascade/CascadeView';
import { DocumentView } from './views/clause/DocumentView';
import { CompareView } from './views/compare/CompareView';
import { CoverageView } from './views/coverage/CoverageView';
import { DepartmentsView } from './views/departments/DepartmentsView';
import { ImportView } from './views/import/ImportView';
import { ReviewQueueView } from './views/review/ReviewQueueView';
import { SearchBox } from './views/search/SearchBox';
import { SearchView } from './views/search/SearchView';

const TABS: readonly { view: View; label: string; hint: string }[] = [
  { view: 'cascade', label: 'Cascade', hint: '传导' },
  { view: 'coverage', label: 'Coverage', hint: '覆盖' },
  { view: 'compare', label: 'Compare', hint: '比较' },
  { view: 'departments', label: 'Departments', hint: '部门' },
  { view: 'import', label: 'Import', hint: '导入' },
  { view: 'review', label: 'Review', hint: '审核' },
];

/** The shell: header with search and the view tabs; the view itself is chosen by the URL alone. */
export function App() {
  const [route] = useRoute();
  const main = useRef<HTMLElement>(null);
  useMoveFocusOnViewChange(route.view, main);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <RouteLink route={{ view: 'cascade' }} className="brand" title="policy-cascade: start over">
          policy-cascade <span lang="zh">政策传导</span>
        </RouteLink>
        <SearchBox />
        <nav aria-label="Views" className="tabs">
          {TABS.map((tab) => (
            <RouteLink
              key={tab.view}
              route={{ view: tab.view } as Route}
              className="tab"
              current={tabOf(route) === tab.view ? 'page' : false}
            >
              {tab.label} <span lang="zh">{tab.hint}</span>
            </RouteLink>
          ))}
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={`view view-${route.view}`}>
        <RouteView route={route} />
      </main>
    </div>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'cascade':
      return <CascadeView route={route} />;
    case 'coverage':
      return <CoverageView route={route} />;
    case 'compare':
      return <CompareView route={route} />;
    case 'departments':
      return <DepartmentsView route={route} />;
    case 'import':
      return <ImportView route={route} />;
    case 'document':
      return <DocumentView route={route} />;
    case 'search':
      return <SearchView route={route} />;
    case 'review':
      return <ReviewQueueView route={route} />;
  }
}

/** A policy document is read from a clause of a cascade, so its tab stays highlighted; search results have none. */
function tabOf(route: Route): View | undefined {
  if (route.view === 'search') return undefined;
  return route.view === 'document' ? 'cascade' : route.view;
}

/**
 * After switching views with the keyboard, focus moves to the new content so screen readers announce it and Tab
 * continues from there; the first render leaves focus alone.
 */
function useMoveFocusOnViewChange(view: View, main: React.RefObject<HTMLElement | null>) {
  const previous = useRef(view);
  useEffect(() => {
    if (previous.current !== view) main.current?.focus({ preventScroll: true });
    previous.current = view;
  }, [view, main]);
}
