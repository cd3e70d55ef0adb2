/** Query entry points for plain reads: regions, policies (paginated), and one policy, section or clause by id. */
import { encodeCursor } from '../../repository';
import type { PolicyFilter, RegionLevel } from '../../repository';
import type { ApiContext } from '../context';

interface PoliciesArgs {
  filter?: {
    regionCode?: string | null;
    level?: RegionLevel | null;
    year?: number | null;
    status?: string | null;
    includeStubs?: boolean | null;
  } | null;
  first: number;
  after?: string | null;
}

/** The repository filter from GraphQL arguments: explicit nulls mean "not filtered"; stubs are in by default. */
function filterOf({ filter, first, after }: PoliciesArgs): PolicyFilter {
  const given: PolicyFilter = { first, after: after ?? null, includeStubs: filter?.includeStubs ?? true };
  if (filter?.regionCode != null) given.regionCode = filter.regionCode;
  if (filter?.level != null) given.level = filter.level;
  if (filter?.year != null) given.year = filter.year;
  if (filter?.status != null) given.status = filter.status;
  return given;
}

export const readResolvers = {
  Query: {
    regions: async (_: unknown, { level }: { level?: RegionLevel | null }, context: ApiContext) => {
      const regions = [...(await context.loaders.regions()).values()];
      return level == null ? regions : regions.filter((region) => region.level === level);
    },
    region: async (_: unknown, { code }: { code: string }, context: ApiContext) =>
      (await context.loaders.regions()).get(code) ?? null,
    policies: async (_: unknown, args: PoliciesArgs, context: ApiContext) => {
      const page = await context.repository.listPolicies(filterOf(args));
      for (const policy of page.items) context.loaders.policy.prime(policy.id, policy);
      return {
        totalCount: page.totalCount,
        edges: page.items.map((policy) => ({ cursor: encodeCursor(policy.id), node: policy })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },
    policy: (_: unknown, { id }: { id: string }, context: ApiContext) => context.loaders.policy.get(id),
    section: (_: unknown, { id }: { id: string }, context: ApiContext) => context.loaders.section.get(id),
    clause: (_: unknown, { id }: { id: string }, context: ApiContext) => context.loaders.clause.get(id),
  },
};
