import type { Core, ElementDefinition } from 'cytoscape';
import { routeDrawnEdges } from './applyRoutes';
import { LAYERED, layoutElements, layoutOptions } from './layouts';
import type { LayoutName } from './layouts';
import { separateBoxes } from './separate';
import { DEFAULT_SWIMLANE_OPTIONS } from './swimlanes';
import { countLayoutForTests } from './testHook';
import { showReadable } from './viewport';

/**
 * Replaces the drawn graph with `elements` and lays it out: the layout, then edges routed around the nodes and
 * their labels placed, then the opening view around `focusId`. The elements carry start positions (the swimlanes),
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
  const layered = LAYERED.has(layout);
  if (!layered) separateNodes(cy);
  routeDrawnEdges(cy, { layered });
  showReadable(cy, options.focusId ? cy.getElementById(options.focusId) : undefined);
  countLayoutForTests();
}

/** A force layout may leave boxes overlapping: they are pushed apart sideways (separate.ts). */
function separateNodes(cy: Core): void {
  const nodes = cy.nodes().not('.lane').nodes();
  const boxes = nodes.map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    w: n.outerWidth(),
    h: n.outerHeight(),
  }));
  const moved = separateBoxes(boxes, DEFAULT_SWIMLANE_OPTIONS.nodeGap);
  cy.batch(() => {
    for (const [id, x] of moved) cy.getElementById(id).position('x', x);
  });
}
