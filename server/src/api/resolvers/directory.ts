/** Query.departments (load per document), Query.departmentFunction(s) and Query.programs. */
import { departmentKey } from '../../repository';
import type { DepartmentInfo, FunctionLoad } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { clausesById, loadPresent } from './shared';

interface DepartmentsArgs {
  regionCode?: string | null;
  policyId?: string | null;
  year?: number | null;
}

async function checkScope(args: DepartmentsArgs, context: ApiContext): Promise<void> {
  if (args.policyId != null) {
    const policy = await context.loaders.policy.get(args.policyId);
    if (!policy)
      throw userError('NOT_FOUND', `No policy ${args.policyId} in the graph; policies lists the ones there are.`);
  } else if (args.regionCode != null && !(await context.loaders.regions()).has(args.regionCode)) {
    throw userError('NOT_FOUND', `No region ${args.regionCode} in the graph; regions lists the ones there are.`);
  }
}

/** Primes the department loader so each listed department answers as counted in the listed documents. */
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

function localityView(load: FunctionLoad) {
  const lead = union(load.departments.map((d) => d.leadClauseIds));
  const led = new Set(lead);
  return {
    ...load,
    lead,
    support: union(load.departments.map((d) => d.supportClauseIds)).filter((id) => !led.has(id)),
    sectionLeadCount: union(load.departments.map((d) => d.ledSectionIds)).length,
  };
}

type LocalityView = ReturnType<typeof localityView>;

export const directoryResolvers = {
  Query: {
    departments: async (_: unknown, args: DepartmentsArgs, context: ApiContext) => {
      await checkScope(args, context);
      return primed(context, await context.repository.departments(args));
    },
    departmentFunctions: (_: unknown, __: unknown, context: ApiContext) => context.repository.departmentFunctions(),
    departmentFunction: async (_: unknown, args: { key: string; year?: number | null }, context: ApiContext) => {
      const year = args.year ?? null;
      const comparison = await context.repository.departmentFunction(args.key, year);
      return { function: comparison.function, year, localities: comparison.localities.map(localityView) };
    },
    programs: async (_: unknown, __: unknown, context: ApiContext) => [...(await context.loaders.programs()).values()],
  },
  FunctionLocality: {
    region: async (row: LocalityView, _: unknown, context: ApiContext) =>
      (await context.loaders.regions()).get(row.regionCode),
    policies: (row: LocalityView, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, row.policyIds),
    leadCount: (row: LocalityView) => row.lead.length,
    supportCount: (row: LocalityView) => row.support.length,
    clauseCount: async (row: LocalityView, _: unknown, context: ApiContext) =>
      (await context.loaders.clausesOfPolicy.loadMany(row.policyIds)).reduce(
        (total, clauses) => total + (Array.isArray(clauses) ? clauses.length : 0),
        0,
      ),
    lead: (row: LocalityView, _: unknown, context: ApiContext) => clausesById(context, row.lead),
    support: (row: LocalityView, _: unknown, context: ApiContext) => clausesById(context, row.support),
  },
};
