import type { Core } from 'cytoscape';
import { downloadBlob } from '../ui/download';

/**
 * Saves the graph as Cytoscape JSON (`{ elements: { nodes, edges } }` with data and positions), re-importable with
 * `cytoscape({ elements })`; the swimlane bands are drawing aids and left out. `meta` says what it is and where it
 * comes from (the PNG's title, sources and notes), so the file stands alone too.
 */
export function exportJson(cy: Core, fileName: string, meta: Record<string, unknown>): void {
  const elements = cy.elements().not('.lane');
  const json = {
    meta: { ...meta, exportedAt: new Date().toISOString() },
    elements: {
      nodes: elements.nodes().map((n) => ({ data: n.data() as unknown, position: n.position(), classes: n.classes() })),
      edges: elements.edges().map((e) => ({ data: e.data() as unknown, classes: e.classes() })),
    },
  };
  downloadBlob(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `${fileName}.json`);
}

/** A file name safe on every OS: `cascade-330481-2025_c1`. */
export function safeFileName(...parts: string[]): string {
  return parts.join('-').replace(/[^\w.-]+/g, '_');
}
