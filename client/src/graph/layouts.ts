/**
 * Layout options by name. dagre (layered) is bundled with the initial chunk; elk (layered, ~1.5 MB of elkjs) and
 * fcose (force-directed, for networks) are imported on first use, so the initial load stays small.
 */
import cytoscape from 'cytoscape';
import type { LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';

export type LayoutName = 'preset' | 'dagre' | 'elk' | 'fcose';

const registered = new Set<string>(['dagre']);
cytoscape.use(dagre);

async function ensure(name: 'elk' | 'fcose'): Promise<void> {
  if (registered.has(name)) return;
  const extension =
    name === 'elk' ? (await import('cytoscape-elk')).default : (await import('cytoscape-fcose')).default;
  if (registered.has(name)) return; // another caller registered it while this one awaited
  cytoscape.use(extension);
  registered.add(name);
}

/** Options for `cy.layout(...)`; `preset` keeps the positions the elements carry (swimlanes). */
export async function layoutOptions(name: LayoutName): Promise<LayoutOptions> {
  switch (name) {
    case 'preset':
      return { name: 'preset', fit: false };
    case 'dagre':
      return { name: 'dagre', rankDir: 'TB', nodeSep: 24, rankSep: 90, fit: false } as LayoutOptions;
    case 'elk':
      await ensure('elk');
      return {
        name: 'elk',
        fit: false,
        elk: { algorithm: 'layered', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': 24 },
      } as LayoutOptions;
    case 'fcose':
      await ensure('fcose');
      return { name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false } as LayoutOptions;
  }
}
