/** Query.neighborhood, Query.path and Query.graph: Cytoscape-ready elements with a caption per node. */
import { captionOf } from '../../repository';
import type { Resolvers } from '../generated/resolvers';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: (_, { id, depth, types }, context) => context.repository.neighborhood(id, depth, types),
    path: (_, { from, to, types, maxLength }, context) =>
      context.repository.path(from, to, { types: types ?? null, maxLength }),
    graph: (_, { labels, types, first, after }, context) =>
      context.repository.graph({ labels: labels ?? null, types: types ?? null }, first, after),
  },
  GraphPage: {
    pageInfo: (page) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  },
  GraphNode: {
    caption: (node) => captionOf(node),
  },
};
