import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import { CytoscapeGraph } from '../../graph/CytoscapeGraph';
import { DEFAULT_CASCADE_LIMIT, navigate } from '../../state/route';
import type { Route } from '../../state/route';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status';
import { ClausePanel } from '../clause/ClausePanel';
import { EdgeReviewPanel, isEdgeId } from '../review/EdgeReviewPanel';
import { CascadeLeftOut } from './CascadeLeftOut';
import { CascadeLegend } from './CascadeLegend';
import { CascadeOutline } from './CascadeOutline';
import { CascadeStart } from './CascadeStart';
import { CascadeToolbar } from './CascadeToolbar';
import { cascadeElements } from './cascadeElements';
import { expansionNotice } from './expansionNotice';
import { useCascade } from './useCascade';

type CascadeRoute = Extract<Route, { view: 'cascade' }>;

/**
 * The cascade view: a clause's superior clauses, peers and implementers in swimlanes by government level, with the
 * clause panel beside it (below 900 px a drawer over the graph). Everything the user changes (clause, direction,
 * depth, layout, selection, expansions) is in the URL; the graph is derived from the query results on each change.
 */
export function CascadeView({ route }: { route: CascadeRoute }) {
  if (!route.clauseId) return <CascadeStart />;
  return <CascadeOf route={route} clauseId={route.clauseId} />;
}

function CascadeOf({ route, clauseId }: { route: CascadeRoute; clauseId: string }) {
  const direction = route.direction ?? 'BOTH';
  const depth = route.depth ?? 2;
  const layout = route.layout ?? 'lanes';
  const expanded = useMemo(() => route.expanded ?? [], [route.expanded]);
  const limit = route.limit ?? DEFAULT_CASCADE_LIMIT;
  const state = useCascade(clauseId, direction, depth, expanded, limit);
  const cy = useRef<Core>(undefined);
  const onReady = useCallback((instance: Core | undefined) => void (cy.current = instance), []);
  const data = 'data' in state ? state.data : undefined;
  const elements = useMemo(() => (data ? cascadeElements(data, layout === 'lanes') : []), [data, layout]);
  // The clause last expanded by the user (announced), the node focused in the outline (its tooltip shows) and
  // whether the user hid the panel to see the graph full width (a new selection shows it again).
  const [lastExpanded, setLastExpanded] = useState<string>();
  const [focusedId, setFocusedId] = useState<string>();
  const [fullWidth, setFullWidth] = useState(false);

  const update = (change: Partial<CascadeRoute>, replace = false) =>
    navigate({ ...route, ...change, view: 'cascade' }, { replace });
  const select = (id: string) => {
    setFullWidth(false);
    update({ selected: id }, true);
  };
  const expand = (id: string) => {
    if (isEdgeId(id) || expanded.includes(id) || id === clauseId) return;
    setLastExpanded(id);
    update({ expanded: [...expanded, id], selected: id });
  };
  const panelOpen = !fullWidth && route.selected !== undefined;
  const selectedEdge =
    route.selected && isEdgeId(route.selected) ? data?.edges.find((e) => e.id === route.selected) : undefined;

  return (
    <section className="cascade" aria-labelledby="cascade-heading">
      <CascadeToolbar
        route={route}
        cy={cy}
        data={data}
        onChange={update}
        fullWidth={fullWidth}
        onFullWidth={setFullWidth}
      />
      <div className={`cascade-body${fullWidth ? ' cascade-full' : ''}${panelOpen ? ' cascade-panel-open' : ''}`}>
        <div className="cascade-graph">
          {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
          {state.status === 'not-found' ? (
            <EmptyState>No clause {clauseId}. Search for a clause above.</EmptyState>
          ) : null}
          {state.status === 'loading' ? <Loading label="Loading the cascade…" /> : null}
          <p className="graph-notice" role="status" aria-live="polite">
            {expansionNotice(data, lastExpanded) ?? ''}
          </p>
          {data ? (
            <>
              <h2 id="cascade-heading" className="visually-hidden">
                Cascade of {data.root.title}
              </h2>
              <CytoscapeGraph
                elements={elements}
                layout={layout === 'lanes' ? 'preset' : layout}
                label={`Cascade of ${data.root.title}: ${data.nodes.length} of ${data.nodesTotal} clauses drawn`}
                selectedId={route.selected}
                focusId={data.root.id}
                focusedId={focusedId}
                onSelect={select}
                onExpand={expand}
                onReady={onReady}
                interactiveSelector="node.clause, edge"
              />
              <CascadeLeftOut cascade={data} limit={limit} onShowMore={(more) => update({ limit: more })} />
              <CascadeLegend />
              <CascadeOutline
                cascade={data}
                selected={route.selected}
                onSelect={select}
                onExpand={expand}
                onFocusClause={setFocusedId}
              />
            </>
          ) : null}
        </div>
        <aside className="cascade-panel" aria-label="Clause">
          {selectedEdge ? (
            <EdgeReviewPanel edge={selectedEdge} onClose={() => update({ selected: undefined }, true)} />
          ) : route.selected && !isEdgeId(route.selected) ? (
            <ClausePanel clauseId={route.selected} onClose={() => update({ selected: undefined }, true)} />
          ) : (
            <EmptyState>Click a clause in the graph (or pick one in the list below it) to read it here.</EmptyState>
          )}
        </aside>
      </div>
    </section>
  );
}
