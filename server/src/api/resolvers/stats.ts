/** Query.localityStats and Query.measureStats: aggregates counted on the store. */
import { userError } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { loadPresent, required } from './shared';

function found<T>(value: T | null, policyId: string): T {
  if (value === null)
    throw userError('NOT_FOUND', `No policy ${policyId} in the graph; policies lists the ones there are.`);
  return value;
}

export const statsResolvers: Resolvers = {
  Query: {
    localityStats: async (_, { policyId }, context) =>
      found(await context.repository.localityStats(policyId), policyId),
    measureStats: async (_, { policyId, measureIds }, context) =>
      found(await context.repository.measureStats(policyId, measureIds ?? null), policyId),
  },
  LocalityStats: {
    policy: (stats, _, context) => required(context.loaders.policy.get(stats.policyId), stats.policyId),
    region: async (stats, _, context) => {
      const policy = await context.loaders.policy.get(stats.policyId);
      return policy?.regionCode ? ((await context.loaders.regions()).get(policy.regionCode) ?? null) : null;
    },
  },
  MeasureStats: {
    measure: (stats, _, context) => required(context.loaders.clause.get(stats.measureId), stats.measureId),
    carriedBy: (stats, _, context) => loadPresent(context.loaders.policy, stats.carriedBy),
    mergedBy: (stats, _, context) => loadPresent(context.loaders.policy, stats.mergedBy),
    localityCount: (stats) => stats.carriedBy.length,
  },
};
