/**
 * Layout options by name. dagre (layered) is bundled with the initial chunk; elk (layered, ~1.5 MB of elkjs) and
 * fcose (force-directed, for networks) are imported on first use, so the initial load stays small.
 *
 * In every layout the superior is on top: IMPLEMENTS edges run from the implementer to its superior, so the
 * layered layouts flow upwards (dagre BT, ELK UP) and fcose gets a constraint per edge keeping the superior above.
 * Only IMPLEMENTS edges rank the nodes: peers (CORRESPONDS_TO) are one level, not one step apart.
 */
import cytoscape from 'cytoscape';
import type { Collection, LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { DEFAULT_SWIMLANE_OPTIONS } from './swimlanes';
import { CLAUSE_NODE } from './styles';

export type LayoutName = 'preset' | 'dagre' | 'elk' | 'fcose';

/** Layered layouts leave nodes in rows, which edge routing relies on (edgeRoutes.ts). */
export const LAYERED: ReadonlySet<LayoutName> = new Set(['preset', 'dagre', 'elk']);

// The same spacing as the swimlanes: room for edges between nodes, for labels and corridors between rows.
const NODE_SEP = DEFAULT_SWIMLANE_OPTIONS.nodeGap;
const RANK_SEP = DEFAULT_SWIMLANE_OPTIONS.laneHeight - CLAUSE_NODE.height;

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

/** The elements a layout positions: the nodes (not the lane bands) and the edges that rank them. */
export function layoutElements(all: Collection): Collection {
  const nodes = all.nodes().not('.lane');
  return nodes.union(nodes.edgesWith(nodes).filter('[type = "IMPLEMENTS"]'));
}

/** Options for `eles.layout(...)`; `preset` keeps the positions the elements carry (swimlanes). */
export async function layoutOptions(name: LayoutName, eles: Collection): Promise<LayoutOptions> {
  switch (name) {
    case 'preset':
      return { name: 'preset', fit: false };
    case 'dagre':
      return { name: 'dagre', rankDir: 'BT', nodeSep: NODE_SEP, rankSep: RANK_SEP, fit: false } as LayoutOptions;
    case 'elk':
      await ensure('elk');
      return {
        name: 'elk',
        fit: false,
        elk: {
          algorithm: 'layered',
          'elk.direction': 'UP',
          'elk.spacing.nodeNode': NODE_SEP,
          'elk.layered.spacing.nodeNodeBetweenLayers': RANK_SEP,
        },
      } as LayoutOptions;
    case 'fcose':
      await ensure('fcose');
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        fit: false,
        nodeSeparation: NODE_SEP,
        idealEdgeLength: RANK_SEP + CLAUSE_NODE.height,
        relativePlacementConstraint: eles
          .edges('[type = "IMPLEMENTS"]')
          .map((edge) => ({ top: edge.target().id(), bottom: edge.source().id(), gap: RANK_SEP })),
      } as LayoutOptions;
  }
}
