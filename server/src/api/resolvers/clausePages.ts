/** Query.clauses and Query.quantities: filtered, paged lists of clauses and their amounts and targets. */
import type { ClauseCard, ClauseFilter, Connection, QuantityFilter, QuantityInfo } from '../../repository';
import type { ApiContext } from '../context';
import { primeCards } from '../loaders';

interface PageArgs<F> {
  filter?: F | null;
  first: number;
  after?: string | null;
}

function relay<T, N>(page: Connection<T>, node: (value: T) => N) {
  return {
    totalCount: page.totalCount,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: node(edge.node) })),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}

export const clausePageResolvers = {
  Query: {
    clauses: async (_: unknown, args: PageArgs<ClauseFilter>, context: ApiContext) => {
      const page = await context.repository.clauses(args.filter ?? null, args.first, args.after);
      primeCards(
        context.loaders,
        page.edges.map((edge) => edge.node),
      );
      return relay(page, (card: ClauseCard) => card.clause);
    },
    quantities: async (_: unknown, args: PageArgs<QuantityFilter>, context: ApiContext) =>
      relay(await context.repository.quantities(args.filter ?? null, args.first, args.after), (q) => q),
  },
  QuantityEdge: {
    clause: (edge: { node: QuantityInfo }, _: unknown, context: ApiContext) =>
      context.loaders.clause.get(edge.node.ownerId),
  },
};
