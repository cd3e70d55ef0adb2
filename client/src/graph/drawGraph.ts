import type { Core, ElementDefinition } from 'cytoscape';
import { routeDrawnEdges } from './applyRoutes';
import { LAYERED, layoutElements, layoutOptions } from './layouts';
import type { LayoutName } from './layouts';
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
  routeDrawnEdges(cy, { layered: LAYERED.has(layout) });
  showReadable(cy, options.focusId ? cy.getElementById(options.focusId) : undefined);
  countLayoutForTests();
}
