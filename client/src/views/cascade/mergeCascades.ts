import type { ClauseCard } from '../../api/fragments';
import type { CascadeData, CascadeEdge, CascadeLevel } from './cascadeQuery';

export interface MergedCascade {
  root: ClauseCard;
  /** Every clause once; `distance` is the one of the first cascade that reached it (the main one wins). */
  nodes: { distance: number; clause: ClauseCard }[];
  edges: CascadeEdge[];
  /** Ids of the clauses whose one-more-level cascade was merged in. */
  expanded: string[];
  /** Per expansion, in order: the clause expanded and the clauses it added to what was drawn before it. */
  additions: { from: ClauseCard; added: string[] }[];
  /** The main cascade's clauses in all, and per distance in all and shown (the server cut it to the limit). */
  nodesTotal: number;
  levels: CascadeLevel[];
}

/**
 * The main cascade plus the one-level cascades of the clauses the user expanded (double-click), as one graph:
 * nodes by clause id and edges by their stable id, so an expansion that reaches known clauses adds nothing twice.
 */
export function mergeCascades(main: CascadeData, expansions: readonly CascadeData[]): MergedCascade {
  const nodes = new Map<string, { distance: number; clause: ClauseCard }>();
  const edges = new Map<string, CascadeEdge>();
  const additions: MergedCascade['additions'] = [];
  for (const [i, cascade] of [main, ...expansions].entries()) {
    const added: string[] = [];
    for (const node of cascade.nodes) {
      if (nodes.has(node.clause.id)) continue;
      nodes.set(node.clause.id, node);
      added.push(node.clause.id);
    }
    for (const edge of cascade.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
    if (i > 0) additions.push({ from: cascade.root, added });
  }
  return {
    root: main.root,
    nodes: [...nodes.values()],
    // Only edges whose both ends are drawn: Cytoscape refuses an edge to a missing node.
    edges: [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to)),
    expanded: expansions.map((e) => e.root.id),
    additions,
    nodesTotal: main.nodesTotal,
    levels: main.levels,
  };
}
