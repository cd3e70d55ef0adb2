/** Clause, Alignment and QuantityChange: a clause with its departments, programs, quantities and alignment edges. */
import { isYuanAmount } from '@policy-cascade/graph-seed';
import { againstOffers, changesSeenFrom } from '../../repository';
import type { ClauseEdgeType, ClauseInfo, QuantityInfo } from '../../repository';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { AlignmentParent } from './parents';
import { clausesById, otherEnd, required, whenSettled } from './shared';

type Side = 'start' | 'end' | 'either';

async function alignments(clause: ClauseInfo, context: ApiContext, type: ClauseEdgeType, side: Side) {
  const edges = await context.loaders.alignmentsOfClause.get(clause.id);
  return edges
    .filter((edge) => edge.type === type)
    .filter((edge) => side === 'either' || (side === 'start' ? edge.from === clause.id : edge.to === clause.id))
    .map((edge): AlignmentParent => ({ edge, selfId: clause.id }));
}

const KINDS = { raised: 'RAISED', lowered: 'LOWERED', added: 'ADDED', removed: 'REMOVED' } as const;

const quantities = (clause: ClauseInfo, context: ApiContext) => context.loaders.quantitiesOf.get(clause.id);
const yuan = (quantities: readonly QuantityInfo[]) => quantities.filter((q) => isYuanAmount(q.normalizedUnit));
const notYuan = (quantities: readonly QuantityInfo[]) => quantities.filter((q) => !isYuanAmount(q.normalizedUnit));

export const clauseResolvers: Resolvers = {
  Clause: {
    policy: (clause, _, context) => required(context.loaders.policy.get(clause.policyId), clause.policyId),
    section: (clause, _, context) => (clause.sectionId === null ? null : context.loaders.section.get(clause.sectionId)),
    departments: (clause, _, context) => context.loaders.departmentsOfClause.get(clause.id),
    programs: (clause, _, context) => context.loaders.programsOfClause.get(clause.id),
    // Split as the document is (graph-seed's splitQuantities): by unit, whatever each figure's role.
    // At once when the loader holds them (a cascade loads its nodes' in one batch first: resolvers/cascade.ts).
    amounts: (clause, _, context) => whenSettled(quantities(clause, context), yuan),
    targets: (clause, _, context) => whenSettled(quantities(clause, context), notYuan),
    implements: (clause, _, context) => alignments(clause, context, 'IMPLEMENTS', 'start'),
    implementedBy: (clause, _, context) => alignments(clause, context, 'IMPLEMENTS', 'end'),
    correspondsTo: (clause, _, context) => alignments(clause, context, 'CORRESPONDS_TO', 'either'),
    // SUCCEEDS points from the newer clause to the one it replaces.
    succeeds: (clause, _, context) => alignments(clause, context, 'SUCCEEDS', 'start'),
    succeededBy: (clause, _, context) => alignments(clause, context, 'SUCCEEDS', 'end'),
    // Resolved, not read as properties, like every field headOnlyClause makes throw: compiled execution
    // (compiledExecution.ts) reports a resolver's throw as a field error, but a property's stops the process.
    text: (clause) => clause.text,
    textSimplified: (clause) => clause.textSimplified,
    inferredFrom: (clause) => clause.inferredFrom,
    offers: (clause) => clause.offers,
  },
  InferredSource: {
    clause: (source, _, context) => required(context.loaders.clause.get(source.id), source.id),
  },
  QuantityRange: {
    clauses: (range, _, context) => clausesById(context, range.clauses),
  },
  Alignment: {
    type: ({ edge }) => edge.type,
    clause: ({ edge, selfId }, _, context) =>
      required(context.loaders.clause.get(otherEnd(edge, selfId)), otherEnd(edge, selfId)),
    score: ({ edge }) => edge.score ?? 0,
    method: ({ edge }) => edge.method ?? '',
    evidence: ({ edge }) => edge.evidence,
    reproduction: ({ edge }) => edge.reproduction,
    reproductionBasis: ({ edge }) => edge.reproductionBasis,
    reproducedFrom: ({ edge }, _, context) =>
      edge.reproducedFrom === null ? null : context.loaders.clause.get(edge.reproducedFrom),
    changedQuantities: ({ edge, selfId }) => changesSeenFrom(edge, selfId),
    merged: ({ edge }) => edge.merged,
    inheritedFrom: ({ edge }, _, context) =>
      edge.inheritedFrom === null ? null : context.loaders.clause.get(edge.inheritedFrom),
    candidate: ({ edge }) => edge.candidate,
    againstOffers: async ({ edge }, _, context) => {
      if (edge.type !== 'IMPLEMENTS') return [];
      const superior = await context.loaders.clause.get(edge.to);
      return superior ? againstOffers(superior, await context.loaders.quantitiesOf.get(edge.from)) : [];
    },
    review: ({ edge }) => edge.review,
    origin: ({ edge }) => edge.origin,
  },
  QuantityChange: {
    kind: (change) => KINDS[change.change],
    before: (change) => change.from,
    after: (change) => change.to,
  },
};
