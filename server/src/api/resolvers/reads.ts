/** Query entry points for plain reads: regions, policies (paginated), and one policy, section or clause by id. */
import { encodeCursor } from '../../repository';
import type { PolicyFilter } from '../../repository';
import type { PolicyFilter as PolicyFilterInput, Resolvers } from '../generated/resolvers';

/** The repository filter from GraphQL arguments: explicit nulls mean "not filtered"; stubs are in by default. */
function filterOf(filter: PolicyFilterInput | null | undefined, first: number, after: string | null): PolicyFilter {
  const given: PolicyFilter = { first, after, includeStubs: filter?.includeStubs ?? true };
  if (filter?.regionCode != null) given.regionCode = filter.regionCode;
  if (filter?.level != null) given.level = filter.level;
  if (filter?.year != null) given.year = filter.year;
  if (filter?.status != null) given.status = filter.status;
  return given;
}

export const readResolvers: Resolvers = {
  Query: {
    regions: async (_, { level }, context) => {
      const regions = [...(await context.loaders.regions()).values()];
      return level == null ? regions : regions.filter((region) => region.level === level);
    },
    region: async (_, { code }, context) => (await context.loaders.regions()).get(code) ?? null,
    policies: async (_, { filter, first, after }, context) => {
      const page = await context.repository.listPolicies(filterOf(filter, first, after ?? null));
      for (const policy of page.items) context.loaders.policy.prime(policy.id, policy);
      return {
        totalCount: page.totalCount,
        edges: page.items.map((policy) => ({ cursor: encodeCursor(policy.id), node: policy })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },
    policy: (_, { id }, context) => context.loaders.policy.get(id),
    section: (_, { id }, context) => context.loaders.section.get(id),
    clause: (_, { id }, context) => context.loaders.clause.get(id),
  },
};
