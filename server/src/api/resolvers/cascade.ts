/**
 * Query.cascade and its Cascade, CascadeNode and CascadeEdge types. A cascade shows up to 200 clauses: every value its
 * nodes show is at hand before graphql-js walks them (the cards prime the clause, policy and region loaders; the
 * quantities and the region table, when asked, are loaded first), so each node completes on the spot, without a
 * promise per field.
 */
import { changesSeenFrom } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { primeCards, primeRegions } from '../loaders';
import { selectsPath } from './selection';
import { found, required } from './shared';

/** The nodes' fields that read their quantities (Clause.amounts and targets), and their regions' parents. */
const NODE_QUANTITIES = ['nodes', 'clause', ['amounts', 'targets']] as const;
const NODE_REGION_PARENTS = ['nodes', 'clause', 'policy', 'region', 'parent'] as const;

export const cascadeResolvers: Resolvers = {
  Query: {
    cascade: async (_, { clauseId, direction, depth, limit }, context, info) => {
      const options = { direction, depth, limit };
      const result = await found(context.repository.cascade(clauseId, options), 'clause', clauseId);
      primeCards(context.loaders, result.cards);
      await Promise.all([
        selectsPath(info, NODE_QUANTITIES) &&
          context.loaders.quantitiesOf.loadMany(result.cards.map((c) => c.clause.id)),
        selectsPath(info, NODE_REGION_PARENTS) && primeRegions(context.loaders),
      ]);
      return { result, direction, depth };
    },
  },
  Cascade: {
    root: ({ result }, _, context) => required(context.loaders.clause.get(result.root.id), result.root.id),
    // The cards are in the nodes' order: each node's clause as plain data, read by the default resolver.
    nodes: ({ result }) => result.cards.map((card, i) => ({ clause: card.clause, distance: result.distances[i] ?? 0 })),
    edges: ({ result }) => result.edges,
    nodesTotal: ({ result }) => result.nodesTotal,
    edgesTotal: ({ result }) => result.edgesTotal,
    levels: ({ result }) => result.levels,
  },
  CascadeEdge: {
    score: (edge) => edge.score ?? 0,
    method: (edge) => edge.method ?? '',
    changedQuantities: (edge) => changesSeenFrom(edge, edge.from),
  },
};
