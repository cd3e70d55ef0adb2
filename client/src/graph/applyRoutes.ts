/**
 * Applies edge routes and label spots to the drawn graph, as style bypasses on the edges (the elements themselves
 * stay what the query results made them). Run after every layout; a new layout starts from the stylesheet again.
 */
import type { Core } from 'cytoscape';
import { edgeShape, placeLabels } from './edgeLabels';
import { routeEdges } from './edgeRoutes';
import type { RoutedPaths } from './edgeRoutes';
import type { Box } from './geometry';
import { EDGE_LABEL } from './styles';

export function routeDrawnEdges(cy: Core): void {
  // Edges are routed around every drawn node but the lane bands behind them.
  const boxes: Box[] = cy
    .nodes(':visible')
    .not('.lane')
    .nodes()
    .map((node) => ({
      id: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      w: node.outerWidth(),
      h: node.outerHeight(),
    }));
  const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
  // Every layout leaves rows by now, the force layout too (forceRows.ts).
  const paths: RoutedPaths = routeEdges(boxes, edges);
  const spots = placeLabels(paths, boxes, EDGE_LABEL);
  cy.batch(() => {
    for (const edge of cy.edges()) {
      edge.removeStyle();
      edge.removeClass('no-score');
      const path = paths.get(edge.id());
      if (!path) continue;
      const spot = spots.get(edge.id());
      const shape = edgeShape(path, spot);
      if (shape.kind === 'segments') {
        edge.style({
          'curve-style': 'segments',
          'segment-weights': shape.weights.map(round).join(' '),
          'segment-distances': shape.distances.map(round).join(' '),
        });
      }
      // No room for the score next to this edge: it stays in the edge's tooltip and the clause panel. (A class,
      // not a bypass: an empty bypass value means "remove the bypass" to Cytoscape.)
      if (!spot) edge.addClass('no-score');
    }
  });
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
