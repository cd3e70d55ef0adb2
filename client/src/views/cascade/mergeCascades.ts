import type { ClauseCard } from '../../api/fragments';
import type { CascadeData, CascadeEdge } from './cascadeQuery';

export interface MergedCascade {
  root: ClauseCard;
  /** Every clause once; `distance` is the one of the first cascade that reached it (the main one wins). */
  nodes: { distance: number; clause: ClauseCard }[];
  edges: CascadeEdge[];
  /** Ids of the clauses whose one-more-level cascade was merged in. */
  expanded: string[];
}

/**
 * The main cascade plus the one-level cascades of the clauses the user expanded (double-click), as one graph:
 * nodes by clause id and edges by their stable id, so an expansion that reaches known clauses adds nothing twice.
 */
export function mergeCascades(main: CascadeData, expansions: readonly CascadeData[]): MergedCascade {
  const nodes = new Map<string, { distance: number; clause: ClauseCard }>();
  const edges = new Map<string, CascadeEdge>();
  for (const cascade of [main, ...expansions]) {
    for (const node of cascade.nodes) if (!nodes.has(node.clause.id)) nodes.set(node.clause.id, node);
    for (const edge of cascade.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return {
    root: main.root,
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to)),
    expanded: expansions.map((e) => e.root.id),
  };
}
