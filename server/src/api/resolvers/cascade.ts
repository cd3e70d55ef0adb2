/**
 * Query.cascade and its Cascade, CascadeNode and CascadeEdge types. A cascade shows up to 200 clauses: every value its
 * nodes show is at hand before graphql-js walks them (the cards prime the clause, policy and region loaders; the
 * quantities and the region table, when asked, are loaded first), so each node completes on the spot, without a
 * promise per field.
 */
import { changesSeenFrom } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { primeCards, primePolicies, primeRegions } from '../loaders';
import { headOnlyClause } from './headOnlyClause';
import type { CascadeParent } from './parents';
import { selectsOnly, selectsPath } from './selection';
import { found, required } from './shared';

/** The nodes' fields that read their quantities (Clause.amounts and targets), and their regions' parents. */
const NODE_QUANTITIES = ['nodes', 'clause', ['amounts', 'targets']] as const;
const NODE_REGION_PARENTS = ['nodes', 'clause', 'policy', 'region', 'parent'] as const;

/**
 * The Clause fields a head answers as the whole clause does (headOnlyClause): its short fields, and those read through
 * the loaders by its ids. A query whose nodes and root select only these reads the clauses' heads.
 */
const HEAD_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'ordinal',
  'label',
  'title',
  'sourceLine',
  'inferred',
  'support',
  'localAddition',
  'policy',
  'section',
  'departments',
  'programs',
  'amounts',
  'targets',
  'implements',
  'implementedBy',
  'correspondsTo',
  'succeeds',
  'succeededBy',
]);

export const cascadeResolvers: Resolvers = {
  Query: {
    cascade: async (_, { clauseId, direction, depth, limit }, context, info) => {
      const options = { direction, depth, limit };
      let parent: CascadeParent;
      if (selectsOnly(info, ['nodes', 'clause'], HEAD_FIELDS) && selectsOnly(info, ['root'], HEAD_FIELDS)) {
        const result = await found(context.repository.cascadeHeads(clauseId, options), 'clause', clauseId);
        primePolicies(context.loaders, result.cards);
        parent = { result, clauses: result.cards.map((card) => headOnlyClause(card.clause)), direction, depth };
      } else {
        const result = await found(context.repository.cascade(clauseId, options), 'clause', clauseId);
        primeCards(context.loaders, result.cards);
        parent = { result, clauses: result.cards.map((card) => card.clause), direction, depth };
      }
      await Promise.all([
        selectsPath(info, NODE_QUANTITIES) &&
          context.loaders.quantitiesOf.loadMany(parent.clauses.map((clause) => clause.id)),
        selectsPath(info, NODE_REGION_PARENTS) && primeRegions(context.loaders),
      ]);
      return parent;
    },
  },
  Cascade: {
    root: ({ result, clauses }) =>
      required(clauses.find((clause) => clause.id === result.root.id) ?? null, result.root.id),
    // The clauses are in the nodes' order, as plain data read by the default resolver.
    nodes: ({ result, clauses }) => clauses.map((clause, i) => ({ clause, distance: result.distances[i] ?? 0 })),
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
