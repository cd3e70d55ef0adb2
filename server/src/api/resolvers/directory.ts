/** Query.departments (load per document), Query.departmentFunction(s) and Query.programs. */
import { departmentKey } from '../../repository';
import type { DepartmentInfo, FunctionLoad } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import type { QueryDepartmentsArgs, Resolvers } from '../generated/resolvers';
import type { FunctionLocalityParent } from './parents';
import { clausesById, loadPresent, required } from './shared';

async function checkScope(args: QueryDepartmentsArgs, context: ApiContext): Promise<void> {
  if (args.policyId != null) {
    const policy = await context.loaders.policy.get(args.policyId);
    if (!policy)
      throw userError('NOT_FOUND', `No policy ${args.policyId} in the graph; policies lists the ones there are.`);
  } else if (args.regionCode != null && !(await context.loaders.regions()).has(args.regionCode)) {
    throw userError('NOT_FOUND', `No region ${args.regionCode} in the graph; regions lists the ones there are.`);
  }
}

/** Primes the department loader so each listed department answers as counted in the listed document. */
function primed(context: ApiContext, departments: DepartmentInfo[]): DepartmentInfo[] {
  for (const department of departments) {
    const [policyId] = department.policyIds;
    if (department.policyIds.length === 1 && policyId !== undefined) {
      context.loaders.department.prime(departmentKey(department.id, policyId), department);
    }
  }
  return departments;
}

const union = (lists: string[][]) => [...new Set(lists.flat())].sort();

/** One locality's departments of a function with their clauses added up; a clause led is not also supported. */
function localityView(load: FunctionLoad): FunctionLocalityParent {
  const lead = union(load.departments.map((d) => d.leadClauseIds));
  const led = new Set(lead);
  return {
    ...load,
    lead,
    support: union(load.departments.map((d) => d.supportClauseIds)).filter((id) => !led.has(id)),
    sectionLeadCount: union(load.departments.map((d) => d.ledSectionIds)).length,
  };
}

export const directoryResolvers: Resolvers = {
  Query: {
    departments: async (_, args, context) => {
      await checkScope(args, context);
      return primed(context, await context.repository.departments(args));
    },
    departmentFunctions: (_, __, context) => context.repository.departmentFunctions(),
    departmentFunction: async (_, args, context) => {
      const year = args.year ?? null;
      const comparison = await context.repository.departmentFunction(args.key, year);
      return { function: comparison.function, year, localities: comparison.localities.map(localityView) };
    },
    programs: async (_, __, context) => [...(await context.loaders.programs()).values()],
  },
  FunctionLocality: {
    region: async (row, _, context) =>
      required((await context.loaders.regions()).get(row.regionCode) ?? null, row.regionCode),
    policies: (row, _, context) => loadPresent(context.loaders.policy, row.policyIds),
    leadCount: (row) => row.lead.length,
    supportCount: (row) => row.support.length,
    clauseCount: async (row, _, context) =>
      (await context.loaders.clausesOfPolicy.loadMany(row.policyIds)).reduce(
        (total, clauses) => total + (Array.isArray(clauses) ? clauses.length : 0),
        0,
      ),
    lead: (row, _, context) => clausesById(context, row.lead),
    support: (row, _, context) => clausesById(context, row.support),
  },
};
