/** Query.cascade and its Cascade, CascadeNode and CascadeEdge types. */
import type { Cascade, CascadeDirection, ClauseEdge } from '../../repository';
import type { ApiContext } from '../context';
import { primeCards } from '../loaders';
import { changesSeenFrom } from './shared';

interface CascadeView {
  result: Cascade;
  direction: CascadeDirection;
  depth: number;
}

/**
 * Distance of every node from the root along the fewest edges: an IMPLEMENTS step up (towards the superior clause)
 * counts −1, a step down +1, a CORRESPONDS_TO step 0. Edges come sorted by id, so the answer is deterministic.
 */
export function distances(rootId: string, edges: ClauseEdge[]): Map<string, number> {
  const steps = new Map<string, { to: string; delta: number }[]>();
  const add = (from: string, to: string, delta: number) => {
    const known = steps.get(from);
    if (known) known.push({ to, delta });
    else steps.set(from, [{ to, delta }]);
  };
  for (const edge of edges) {
    const delta = edge.type === 'IMPLEMENTS' ? 1 : 0;
    add(edge.from, edge.to, -delta);
    add(edge.to, edge.from, delta);
  }
  const found = new Map([[rootId, 0]]);
  const queue = [rootId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const here = found.get(next) ?? 0;
    for (const { to, delta } of steps.get(next) ?? []) {
      if (found.has(to)) continue;
      found.set(to, here + delta);
      queue.push(to);
    }
  }
  return found;
}

export const cascadeResolvers = {
  Query: {
    cascade: async (
      _: unknown,
      { clauseId, direction, depth }: { clauseId: string; direction: CascadeDirection; depth: number },
      context: ApiContext,
    ): Promise<CascadeView | null> => {
      const result = await context.repository.cascade(clauseId, { direction, depth });
      if (!result) return null;
      primeCards(context.loaders, result.cards);
      return { result, direction, depth };
    },
  },
  Cascade: {
    root: ({ result }: CascadeView, _: unknown, context: ApiContext) => context.loaders.clause.get(result.root.id),
    nodes: ({ result }: CascadeView) => {
      const distance = distances(result.root.id, result.edges);
      return result.nodes.map((node) => ({ id: node.id, distance: distance.get(node.id) ?? 0 }));
    },
    edges: ({ result }: CascadeView) => result.edges,
  },
  CascadeNode: {
    clause: (node: { id: string }, _: unknown, context: ApiContext) => context.loaders.clause.get(node.id),
  },
  CascadeEdge: {
    score: (edge: ClauseEdge) => edge.score ?? 0,
    method: (edge: ClauseEdge) => edge.method ?? '',
    changedQuantities: (edge: ClauseEdge) => changesSeenFrom(edge, edge.from),
  },
};
