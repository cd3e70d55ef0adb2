/** Query.neighborhood, Query.path and Query.graph: Cytoscape-ready elements with a caption per node. */
import type { EdgeType } from '@policy-cascade/graph-seed';
import type { GraphElementNode, GraphPage } from '../../repository';
import type { ApiContext } from '../context';

const MAX_CAPTION = 40;

function text(properties: Record<string, unknown>, key: string): string {
  const value = properties[key];
  return typeof value === 'string' ? value : '';
}

/** A short label to draw: what a person recognises the node by. */
export function captionOf(node: GraphElementNode): string {
  const p = node.properties;
  const byLabel: Record<string, string> = {
    Clause: `${text(p, 'label')} ${text(p, 'title')}`.trim(),
    Section: `${text(p, 'label')}${text(p, 'title')}`,
    Policy: text(p, 'title') || text(p, 'docNumber'),
    Target: text(p, 'text'),
    Request: text(p, 'item'),
  };
  const caption = byLabel[node.label] || text(p, 'name') || node.id;
  return caption.length > MAX_CAPTION ? `${caption.slice(0, MAX_CAPTION)}…` : caption;
}

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
