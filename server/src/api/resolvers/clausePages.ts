/** Query.clauses and Query.quantities: filtered, paged lists of clauses and their amounts and targets. */
import type { Connection } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { primeCards } from '../loaders';
import { required } from './shared';

function relay<T, N>(page: Connection<T>, node: (value: T) => N) {
  return {
    totalCount: page.totalCount,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: node(edge.node) })),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}

export const clausePageResolvers: Resolvers = {
  Query: {
    clauses: async (_, { filter, first, after }, context) => {
      const page = await context.repository.clauses(filter ?? null, first, after);
      primeCards(
        context.loaders,
        page.edges.map((edge) => edge.node),
      );
      return relay(page, (card) => card.clause);
    },
    quantities: async (_, { filter, first, after }, context) =>
      relay(await context.repository.quantities(filter ?? null, first, after), (quantity) => quantity),
  },
  QuantityEdge: {
    clause: (edge, _, context) => required(context.loaders.clause.get(edge.node.ownerId), edge.node.ownerId),
  },
};
