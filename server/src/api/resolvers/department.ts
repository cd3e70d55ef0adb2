/** Department, DepartmentAssignment, Program and ProgramAdoption. */
import { assignmentKey } from '../../repository';
import type { ProgramInfo } from '../../repository';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { AssignmentParent } from './parents';
import { clausesById, loadPresent, required } from './shared';

async function usage(program: ProgramInfo, context: ApiContext) {
  return (await context.loaders.programs()).get(program.id);
}

/** The clause, section or annex row an assignment hangs off. */
function ownerOf(assignment: AssignmentParent): string {
  return 'clauseId' in assignment ? assignment.clauseId : assignment.ownerId;
}

export const departmentResolvers: Resolvers = {
  Department: {
    region: async (department, _, context) =>
      department.regionCode === null ? null : ((await context.loaders.regions()).get(department.regionCode) ?? null),
    leadCount: (department) => department.leadClauseIds.length,
    supportCount: (department) => department.supportClauseIds.length,
    sectionLeadCount: (department) => department.ledSectionIds.length,
    requestCount: (department) => department.requestIds.length,
    policies: (department, _, context) => loadPresent(context.loaders.policy, department.policyIds),
    ledSections: (department, _, context) => loadPresent(context.loaders.section, department.ledSectionIds),
    clauses: (department, { role }, context) => {
      const lead = role === 'SUPPORT' ? [] : department.leadClauseIds;
      const support = role === 'LEAD' ? [] : department.supportClauseIds;
      return clausesById(context, [...new Set([...lead, ...support])].sort());
    },
  },
  DepartmentAssignment: {
    department: (assignment, _, context) => {
      const key = assignmentKey(assignment.departmentId, ownerOf(assignment));
      return required(context.loaders.department.get(key), key);
    },
  },
  Program: {
    clauses: async (program, _, context) => clausesById(context, (await usage(program, context))?.clauseIds ?? []),
    sections: async (program, _, context) =>
      loadPresent(context.loaders.section, (await usage(program, context))?.sectionIds ?? []),
    requests: async (program, _, context) => {
      const ids = (await usage(program, context))?.requestIds ?? [];
      const policyIds = [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf('/'))))];
      const lists = await Promise.all(policyIds.map((id) => context.loaders.requestsOfPolicy.get(id)));
      return lists.flat().filter((request) => ids.includes(request.id));
    },
    adoptions: async (program, _, context) => {
      const found = await usage(program, context);
      if (!found) return [];
      const clauses = await clausesById(context, found.clauseIds);
      return found.adoptions.map((adoption) => ({
        ...adoption,
        clauseCount: clauses.filter((clause) => clause.policyId === adoption.policyId).length,
      }));
    },
  },
  ProgramAdoption: {
    policy: (adoption, _, context) => required(context.loaders.policy.get(adoption.policyId), adoption.policyId),
    region: async (adoption, _, context) =>
      adoption.regionCode === null ? null : ((await context.loaders.regions()).get(adoption.regionCode) ?? null),
  },
};
