import type { Core } from 'cytoscape';

/**
 * Test hook: when the page was opened with `?testHook=1`, the cascade's Cytoscape instance is exposed as
 * `window.__cascadeCy`, so browser tests and benchmarks read what is really drawn (nodes, positions, zoom) instead of
 * guessing from pixels. The flag is read once at load, so it survives in-app navigation (which rewrites the query
 * string); without it nothing is exposed.
 */
const enabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('testHook') === '1';

declare global {
  interface Window {
    __cascadeCy?: Core;
    /** Incremented after each completed layout: tests wait for it to change instead of sleeping. */
    __cascadeLayouts?: number;
  }
}

export function exposeForTests(cy: Core | undefined): void {
  if (!enabled) return;
  if (cy) window.__cascadeCy = cy;
  else delete window.__cascadeCy;
}

export function countLayoutForTests(): void {
  if (enabled) window.__cascadeLayouts = (window.__cascadeLayouts ?? 0) + 1;
}
