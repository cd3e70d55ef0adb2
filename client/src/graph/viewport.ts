/**
 * The view a graph opens with, and the zoom buttons. A view fits the whole graph when it can do so with every text
 * at 12 px or more on screen (READABLE_ZOOM); a graph too wide for that is shown at READABLE_ZOOM around the node
 * the user is looking at, and panned with the mouse, the arrow keys or Fit. Small graphs are not blown up either.
 * Graphs sit at the top of the canvas, below the zoom buttons in its top-right corner.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { READABLE_ZOOM } from './styles';

const PADDING = 16;
/** Room kept above the graph for the zoom buttons (GraphControls). */
const TOP = 48;
/** A three-node cascade would otherwise fill the screen with huge boxes. */
const LARGEST_OPENING_ZOOM = 1.25;
const ZOOM_STEP = 1.25;

/** Fits the graph, or — when fitting would make text smaller than 12 px — zooms to READABLE_ZOOM around `focus`. */
export function showReadable(cy: Core, focus?: NodeSingular): void {
  fitAll(cy);
  if (cy.zoom() >= READABLE_ZOOM) return;
  const z = READABLE_ZOOM;
  const box = cy.elements().boundingBox({});
  const anchor = focus && focus.nonempty() ? focus.position() : { x: (box.x1 + box.x2) / 2, y: box.y1 };
  // Horizontally around the focus, but never leaving empty canvas on one side while the graph runs off the other.
  const x = clamp(cy.width() / 2 - anchor.x * z, cy.width() - PADDING - box.x2 * z, PADDING - box.x1 * z);
  cy.viewport({ zoom: z, pan: { x, y: TOP - box.y1 * z } });
  if (focus) keepInView(cy, focus);
}

/** The widest and tallest a drawing may be (model units) to show whole at READABLE_ZOOM on this canvas. */
export function readableSize(cy: Core): { width: number; height: number } {
  return { width: (cy.width() - 2 * PADDING) / READABLE_ZOOM, height: (cy.height() - TOP - PADDING) / READABLE_ZOOM };
}

/** Fits everything, whatever the text size (the Fit button: an overview the user asked for). */
export function fitAll(cy: Core): void {
  const box = cy.elements().boundingBox({});
  if (box.w === 0 || box.h === 0 || cy.width() === 0) return;
  const fits = Math.min((cy.width() - 2 * PADDING) / box.w, (cy.height() - TOP - PADDING) / box.h);
  const zoom = clamp(fits, cy.minZoom(), LARGEST_OPENING_ZOOM);
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: TOP - box.y1 * zoom } });
}

export function zoomBy(cy: Core, direction: 1 | -1): void {
  const level = direction > 0 ? cy.zoom() * ZOOM_STEP : cy.zoom() / ZOOM_STEP;
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Pans as little as needed (keeping the zoom) for `node` to be on screen, e.g. after the canvas shrank for the
 * clause drawer; a node larger than the canvas is aligned to its top left.
 */
export function keepInView(cy: Core, node: NodeSingular): void {
  if (node.empty()) return;
  const box = node.renderedBoundingBox({ includeLabels: false });
  const shift = (low: number, high: number, size: number) =>
    low < PADDING ? PADDING - low : high > size - PADDING ? Math.max(size - PADDING - high, PADDING - low) : 0;
  cy.panBy({ x: shift(box.x1, box.x2, cy.width()), y: shift(box.y1, box.y2, cy.height()) });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
