/** Clause and Alignment: a clause with its departments, programs, quantities and alignment edges, all batched. */
import { isYuanAmount } from '@policy-cascade/graph-seed';
import type { ClauseEdge, ClauseEdgeType, ClauseInfo } from '../../repository';
import type { ApiContext } from '../context';
import { changesSeenFrom, otherEnd } from './shared';

/** An alignment edge seen from one of its clauses. */
export interface AlignmentView {
  edge: ClauseEdge;
  selfId: string;
}

type Side = 'start' | 'end' | 'either';

async function alignments(clause: ClauseInfo, context: ApiContext, type: ClauseEdgeType, side: Side) {
  const edges = await context.loaders.alignmentsOfClause.get(clause.id);
  return edges
    .filter((edge) => edge.type === type)
    .filter((edge) => side === 'either' || (side === 'start' ? edge.from === clause.id : edge.to === clause.id))
    .map((edge): AlignmentView => ({ edge, selfId: clause.id }));
}

const quantities = async (clause: ClauseInfo, context: ApiContext) => context.loaders.quantitiesOf.get(clause.id);

export const clauseResolvers = {
  Clause: {
    policy: (clause: ClauseInfo, _: unknown, context: ApiContext) => context.loaders.policy.get(clause.policyId),
    section: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      clause.sectionId === null ? null : context.loaders.section.get(clause.sectionId),
    departments: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      context.loaders.departmentsOfClause.get(clause.id),
    programs: (clause: ClauseInfo, _: unknown, context: ApiContext) => context.loaders.programsOfClause.get(clause.id),
    // Split as the document is (graph-seed's splitQuantities): by unit, whatever each figure's role.
    amounts: async (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      (await quantities(clause, context)).filter((q) => isYuanAmount(q.normalizedUnit)),
    targets: async (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      (await quantities(clause, context)).filter((q) => !isYuanAmount(q.normalizedUnit)),
    implements: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      alignments(clause, context, 'IMPLEMENTS', 'start'),
    implementedBy: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      alignments(clause, context, 'IMPLEMENTS', 'end'),
    correspondsTo: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      alignments(clause, context, 'CORRESPONDS_TO', 'either'),
    // SUCCEEDS points from the newer clause to the one it replaces.
    succeeds: (clause: ClauseInfo, _: unknown, context: ApiContext) => alignments(clause, context, 'SUCCEEDS', 'start'),
    succeededBy: (clause: ClauseInfo, _: unknown, context: ApiContext) =>
      alignments(clause, context, 'SUCCEEDS', 'end'),
  },
  Alignment: {
    type: ({ edge }: AlignmentView) => edge.type,
    clause: ({ edge, selfId }: AlignmentView, _: unknown, context: ApiContext) =>
      context.loaders.clause.get(otherEnd(edge, selfId)),
    score: ({ edge }: AlignmentView) => edge.score ?? 0,
    method: ({ edge }: AlignmentView) => edge.method ?? '',
    evidence: ({ edge }: AlignmentView) => edge.evidence,
    reproduction: ({ edge }: AlignmentView) => edge.reproduction,
    changedQuantities: ({ edge, selfId }: AlignmentView) => changesSeenFrom(edge, selfId),
    merged: ({ edge }: AlignmentView) => edge.merged,
  },
};
