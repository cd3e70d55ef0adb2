import type { Core } from 'cytoscape';
import { graphStyle, largeGraphStyle } from './styles';

/**
 * Large graphs trade some looks for smooth panning; cascades keep every detail. A cascade, even expanded a few
 * times, stays well under a hundred elements, while a whole-corpus network is ~3,500 (bench/client.ts): above
 * LARGE_GRAPH_ELEMENTS the graph switches to
 * - Cytoscape's viewport options: while the user drags or zooms, a texture of the last frame stands in for the
 *   graph (textureOnViewport) and edges are not drawn when it cannot (hideEdgesOnViewport, e.g. dragging a node);
 *   one canvas pixel per CSS pixel on high-density screens (pixelRatio: 1). Measured on the whole-corpus network in
 *   software-rendered Chromium: a mouse-drag pan went from ~22 ms to 16.7 ms a frame (the display's rate), and at
 *   device pixel ratio 2 pixelRatio: 1 alone cut it from ~28 ms to ~22 ms;
 * - a stylesheet that skips labels too small to read (styles.ts largeGraphStyle).
 * motionBlur was tried and left out: no gain in the same measurement.
 * Cytoscape reads the viewport options only when an instance is created, and the instance lives as long as the
 * view, so the switch sets the renderer's fields of the same names (cytoscape 3.35 renderer/base/index.mjs); when a
 * renderer lacks them (the headless one, or a future version), only the stylesheet switches.
 */
export const LARGE_GRAPH_ELEMENTS = 600;

export type ViewportMode = 'detailed' | 'large';

/** The renderer fields the options set (renderer/base/index.mjs: `r.textureOnViewport = options.textureOnViewport`). */
interface RendererSwitches {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  forcedPixelRatio: number | null;
}

function rendererSwitches(cy: Core): RendererSwitches | undefined {
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  if (typeof renderer !== 'object' || renderer === null) return undefined;
  const fields: (keyof RendererSwitches)[] = ['textureOnViewport', 'hideEdgesOnViewport', 'forcedPixelRatio'];
  return fields.every((field) => field in renderer) ? (renderer as RendererSwitches) : undefined;
}

export function viewportModeOf(cy: Core): ViewportMode {
  return cy.scratch('_viewportMode') === 'large' ? 'large' : 'detailed';
}

function applyMode(cy: Core, mode: ViewportMode): void {
  const large = mode === 'large';
  cy.scratch('_viewportMode', mode);
  cy.style(large ? [...graphStyle, ...largeGraphStyle] : graphStyle);
  const renderer = rendererSwitches(cy);
  if (!renderer) return;
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
  // null lets the renderer follow the screen's pixel ratio again (its default).
  renderer.forcedPixelRatio = large ? 1 : null;
}

/**
 * Keeps `cy` in the mode its size calls for as elements come and go; returns the function that stops watching.
 * Adding 3,000 elements fires 3,000 events, so the check runs once after them (a microtask), not per element.
 */
export function watchGraphSize(cy: Core): () => void {
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (cy.destroyed()) return;
    const wanted: ViewportMode = cy.elements().length > LARGE_GRAPH_ELEMENTS ? 'large' : 'detailed';
    if (wanted !== viewportModeOf(cy)) applyMode(cy, wanted);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(check);
  };
  cy.on('add remove', schedule);
  return () => cy.off('add remove', schedule);
}
