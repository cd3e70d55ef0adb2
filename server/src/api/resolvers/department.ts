/** Department, DepartmentAssignment, Program and ProgramAdoption. */
import { assignmentKey } from '../../repository';
import type { DepartmentInfo, ProgramAdoption, ProgramInfo } from '../../repository';
import type { ApiContext } from '../context';
import { clausesById, loadPresent } from './shared';

/** A clause's, section's or request's assignment: the department, the owner it hangs off, role and rank. */
export interface AssignmentView {
  departmentId: string;
  /** The clause, section or annex row (ClauseDepartment carries it as clauseId). */
  ownerId?: string;
  clauseId?: string;
  role: 'LEAD' | 'SUPPORT';
  rank: number;
}

async function usage(program: ProgramInfo, context: ApiContext) {
  return (await context.loaders.programs()).get(program.id);
}

export const departmentResolvers = {
  Department: {
    region: async (department: DepartmentInfo, _: unknown, context: ApiContext) =>
      department.regionCode === null ? null : ((await context.loaders.regions()).get(department.regionCode) ?? null),
    leadCount: (department: DepartmentInfo) => department.leadClauseIds.length,
    supportCount: (department: DepartmentInfo) => department.supportClauseIds.length,
    sectionLeadCount: (department: DepartmentInfo) => department.ledSectionIds.length,
    requestCount: (department: DepartmentInfo) => department.requestIds.length,
    policies: (department: DepartmentInfo, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, department.policyIds),
    ledSections: (department: DepartmentInfo, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.section, department.ledSectionIds),
    clauses: (department: DepartmentInfo, { role }: { role?: 'LEAD' | 'SUPPORT' | null }, context: ApiContext) => {
      const lead = role === 'SUPPORT' ? [] : department.leadClauseIds;
      const support = role === 'LEAD' ? [] : department.supportClauseIds;
      return clausesById(context, [...new Set([...lead, ...support])].sort());
    },
  },
  DepartmentAssignment: {
    department: (assignment: AssignmentView, _: unknown, context: ApiContext) =>
      context.loaders.department.get(
        assignmentKey(assignment.departmentId, assignment.ownerId ?? assignment.clauseId ?? ''),
      ),
  },
  Program: {
    clauses: async (program: ProgramInfo, _: unknown, context: ApiContext) =>
      clausesById(context, (await usage(program, context))?.clauseIds ?? []),
    sections: async (program: ProgramInfo, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.section, (await usage(program, context))?.sectionIds ?? []),
    requests: async (program: ProgramInfo, _: unknown, context: ApiContext) => {
      const ids = (await usage(program, context))?.requestIds ?? [];
      const policyIds = [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf('/'))))];
      const lists = await Promise.all(policyIds.map((id) => context.loaders.requestsOfPolicy.get(id)));
      return lists.flat().filter((request) => ids.includes(request.id));
    },
    adoptions: async (program: ProgramInfo, _: unknown, context: ApiContext) => {
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
    policy: (adoption: ProgramAdoption, _: unknown, context: ApiContext) =>
      context.loaders.policy.get(adoption.policyId),
    region: async (adoption: ProgramAdoption, _: unknown, context: ApiContext) =>
      adoption.regionCode === null ? null : ((await context.loaders.regions()).get(adoption.regionCode) ?? null),
  },
};
