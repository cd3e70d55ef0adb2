/** Query.departments (load per region) and Query.programs. */
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { loadPresent } from './shared';

export const directoryResolvers = {
  Query: {
    departments: async (_: unknown, { regionCode }: { regionCode: string }, context: ApiContext) => {
      if (!(await context.loaders.regions()).has(regionCode)) {
        throw userError('NOT_FOUND', `No region ${regionCode} in the graph; regions lists the ones there are.`);
      }
      // departmentLoad gives the order (heaviest lead first); the loader gives each department with its clauses.
      const load = await context.repository.departmentLoad(regionCode);
      return loadPresent(
        context.loaders.department,
        load.map((department) => department.id),
      );
    },
    programs: async (_: unknown, __: unknown, context: ApiContext) => [...(await context.loaders.programs()).values()],
  },
};
