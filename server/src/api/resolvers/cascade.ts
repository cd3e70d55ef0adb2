/** Query.cascade and its Cascade, CascadeNode and CascadeEdge types. */
import { changesSeenFrom } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { primeCards } from '../loaders';
import { found, required } from './shared';

export const cascadeResolvers: Resolvers = {
  Query: {
    cascade: async (_, { clauseId, direction, depth, limit }, context) => {
      const options = { direction, depth, limit };
      const result = await found(context.repository.cascade(clauseId, options), 'clause', clauseId);
      primeCards(context.loaders, result.cards);
      return { result, direction, depth };
    },
  },
  Cascade: {
    root: ({ result }, _, context) => required(context.loaders.clause.get(result.root.id), result.root.id),
    nodes: ({ result }) => result.nodes.map((node, i) => ({ id: node.id, distance: result.distances[i] ?? 0 })),
    edges: ({ result }) => result.edges,
    nodesTotal: ({ result }) => result.nodesTotal,
    edgesTotal: ({ result }) => result.edgesTotal,
    levels: ({ result }) => result.levels,
  },
  CascadeNode: {
    clause: (node, _, context) => required(context.loaders.clause.get(node.id), node.id),
  },
  CascadeEdge: {
    score: (edge) => edge.score ?? 0,
    method: (edge) => edge.method ?? '',
    changedQuantities: (edge) => changesSeenFrom(edge, edge.from),
  },
};
