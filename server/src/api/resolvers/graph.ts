/** Query.neighborhood, Query.path and Query.graph: Cytoscape-ready elements with a caption per node. */
import type { EdgeType } from '@policy-cascade/graph-seed';
import { captionOf } from '../../repository';
import type { GraphElementNode, GraphPage } from '../../repository';
import type { ApiContext } from '../context';

interface PathArgs {
  from: string;
  to: string;
  types?: EdgeType[] | null;
  maxLength: number;
}

interface GraphArgs {
  labels?: string[] | null;
  types?: EdgeType[] | null;
  first: number;
  after?: string | null;
}

export const graphResolvers = {
  Query: {
    neighborhood: (
      _: unknown,
      { id, depth, types }: { id: string; depth: number; types?: EdgeType[] | null },
      context: ApiContext,
    ) => context.repository.neighborhood(id, depth, types),
    path: (_: unknown, { from, to, types, maxLength }: PathArgs, context: ApiContext) =>
      context.repository.path(from, to, { types: types ?? null, maxLength }),
    graph: (_: unknown, { labels, types, first, after }: GraphArgs, context: ApiContext) =>
      context.repository.graph({ labels: labels ?? null, types: types ?? null }, first, after),
  },
  GraphPage: {
    pageInfo: (page: GraphPage) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  },
  GraphNode: {
    caption: (node: GraphElementNode) => captionOf(node),
  },
};
