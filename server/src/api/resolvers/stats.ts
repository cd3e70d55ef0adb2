/** Query.localityStats and Query.measureStats: aggregates counted on the store. */
import type { LocalityStats, MeasureStats } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { loadPresent } from './shared';

function found<T>(value: T | null, policyId: string): T {
  if (value === null)
    throw userError('NOT_FOUND', `No policy ${policyId} in the graph; policies lists the ones there are.`);
  return value;
}

export const statsResolvers = {
  Query: {
    localityStats: async (_: unknown, { policyId }: { policyId: string }, context: ApiContext) =>
      found(await context.repository.localityStats(policyId), policyId),
    measureStats: async (_: unknown, { policyId }: { policyId: string }, context: ApiContext) =>
      found(await context.repository.measureStats(policyId), policyId),
  },
  LocalityStats: {
    policy: (stats: LocalityStats, _: unknown, context: ApiContext) => context.loaders.policy.get(stats.policyId),
    region: async (stats: LocalityStats, _: unknown, context: ApiContext) => {
      const policy = await context.loaders.policy.get(stats.policyId);
      return policy?.regionCode ? ((await context.loaders.regions()).get(policy.regionCode) ?? null) : null;
    },
  },
  MeasureStats: {
    measure: (stats: MeasureStats, _: unknown, context: ApiContext) => context.loaders.clause.get(stats.measureId),
    carriedBy: (stats: MeasureStats, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, stats.carriedBy),
    mergedBy: (stats: MeasureStats, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, stats.mergedBy),
    localityCount: (stats: MeasureStats) => stats.carriedBy.length,
  },
};
