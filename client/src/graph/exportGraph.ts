import type { Core } from 'cytoscape';

/** Saves the whole graph (not just the visible part) as a PNG at twice the screen resolution, on white. */
export function exportPng(cy: Core, fileName: string): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(blob, `${fileName}.png`);
}

/**
 * Saves the graph as Cytoscape JSON (`{ elements: { nodes, edges } }` with data and positions), re-importable with
 * `cytoscape({ elements })`; the swimlane bands are drawing aids and left out.
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
  download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `${fileName}.json`);
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name safe on every OS: `cascade-330481-2025_c1`. */
export function safeFileName(...parts: string[]): string {
  return parts.join('-').replace(/[^\w.-]+/g, '_');
}
