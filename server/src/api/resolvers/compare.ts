/** Query.compare: the same measure side by side per locality, and across years through SUCCEEDS. */
import { changesSeenFrom, commonMeasure, comparisonRows, ratioToMedian } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { required } from './shared';

export const compareResolvers: Resolvers = {
  Query: {
    compare: (_, { clauseId }, context) => context.repository.compare(clauseId),
  },
  Comparison: {
    clause: (comparison, _, context) => required(context.loaders.clause.get(comparison.root.id), comparison.root.id),
    measure: (comparison, _, context) => {
      const id = commonMeasure(comparison);
      return id === null ? null : context.loaders.clause.get(id);
    },
    rows: (comparison) => comparisonRows(comparison),
    successions: (comparison, _, context) =>
      Promise.all(
        comparison.successions.map(async ({ olderId, newerId }) => {
          const edges = await context.loaders.alignmentsOfClause.get(newerId);
          const edge = edges.find((e) => e.type === 'SUCCEEDS' && e.to === olderId);
          return { olderId, newerId, changes: edge ? changesSeenFrom(edge, newerId) : [] };
        }),
      ),
  },
  ComparisonRow: {
    clause: (row, _, context) => required(context.loaders.clause.get(row.clauseId), row.clauseId),
    policy: (row, _, context) => required(context.loaders.policy.get(row.policyId), row.policyId),
    region: async (row, _, context) =>
      row.regionCode === null ? null : ((await context.loaders.regions()).get(row.regionCode) ?? null),
  },
  ComparedQuantity: {
    quantity: (q) => q,
    ratioToMedian: (q) => ratioToMedian(q),
  },
  Succession: {
    older: (s, _, context) => required(context.loaders.clause.get(s.olderId), s.olderId),
    newer: (s, _, context) => required(context.loaders.clause.get(s.newerId), s.newerId),
  },
};
