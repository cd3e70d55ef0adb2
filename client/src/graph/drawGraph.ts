import type { Core, ElementDefinition } from 'cytoscape';
import { routeDrawnEdges } from './applyRoutes';
import { forceRows } from './forceRows';
import { LAYERED, layoutElements, layoutOptions } from './layouts';
import type { LayoutName } from './layouts';
import { DEFAULT_SWIMLANE_OPTIONS } from './swimlanes';
import { countLayoutForTests } from './testHook';
import { CLAUSE_NODE } from './styles';
import { readableSize, showReadable } from './viewport';

/**
 * Replaces the drawn graph with `elements` and lays it out: the layout (a force layout's nodes then put into rows),
 * then edges routed around the nodes and their labels placed, then the opening view around `focusId`. The elements carry start positions (the swimlanes),
 * so nothing is ever drawn stacked at the origin while a lazily loaded layout is on its way. `isCurrent` turns
 * false when newer elements arrived meanwhile; the stale run then leaves the graph alone.
 */
export async function drawGraph(
  cy: Core,
  elements: ElementDefinition[],
  layout: LayoutName,
  options: { focusId: string | undefined; isCurrent: () => boolean },
): Promise<void> {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  const eles = layoutElements(cy.elements());
  const layoutSettings = await layoutOptions(layout, eles);
  if (!options.isCurrent() || cy.destroyed()) return;
  await new Promise<void>((done) => {
    const run = eles.layout(layoutSettings);
    run.one('layoutstop', () => done());
    run.run();
  });
  if (!options.isCurrent() || cy.destroyed()) return;
  if (!LAYERED.has(layout)) putIntoRows(cy);
  routeDrawnEdges(cy);
  showReadable(cy, options.focusId ? cy.getElementById(options.focusId) : undefined);
  countLayoutForTests();
}

/** A force layout's nodes put into rows that fit the canvas (forceRows.ts), for edge routing and the opening view. */
function putIntoRows(cy: Core): void {
  const nodes = cy.nodes().not('.lane').nodes();
  const boxes = nodes.map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    w: n.outerWidth(),
    h: n.outerHeight(),
  }));
  const edges = cy.edges().map((e) => ({
    source: e.source().id(),
    target: e.target().id(),
    ranks: e.data('type') === 'IMPLEMENTS',
  }));
  const { laneHeight, nodeGap } = DEFAULT_SWIMLANE_OPTIONS;
  // A canvas not laid out yet (0 wide) leaves the rows unbounded rather than one node each.
  const size = cy.width() > 0 ? readableSize(cy) : { width: Infinity, height: Infinity };
  const placed = forceRows(boxes, edges, {
    laneHeight,
    // Room between rows for a score label and a corridor above and below it (edgeLabels.ts, edgeRoutes.ts).
    minLaneHeight: CLAUSE_NODE.height + 52,
    gap: nodeGap,
    maxWidth: size.width,
    maxHeight: size.height,
  });
  cy.batch(() => {
    for (const [id, position] of placed) cy.getElementById(id).position(position);
  });
}
