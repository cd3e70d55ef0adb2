/** Query.coverage and Query.gaps with their matrix types. */
import type { Resolvers } from '../generated/resolvers';
import { clausesById, found, loadPresent, required } from './shared';

export const coverageResolvers: Resolvers = {
  Query: {
    coverage: async (_, { policyId }, context) => {
      await found(context.loaders.policy.get(policyId), 'policy', policyId);
      // The records the matrix names are kept with it: the loaders answer policy and measures without the store.
      const [matrix, records] = await Promise.all([
        context.repository.coverage(policyId),
        context.repository.coverageRecords(policyId),
      ]);
      for (const policy of records?.policies ?? []) context.loaders.policy.prime(policy.id, policy);
      for (const clause of records?.measures ?? []) context.loaders.clause.prime(clause.id, clause);
      return matrix;
    },
    gaps: async (_, args, context) => {
      const region = await found(
        (await context.loaders.regions()).get(args.regionCode) ?? null,
        'region',
        args.regionCode,
      );
      await found(context.loaders.policy.get(args.policyId), 'policy', args.policyId);
      const report = await context.repository.gaps(args.policyId, args.regionCode);
      if (!report) return null;
      const [locality] = report.localityPolicyIds;
      return {
        superior: await required(context.loaders.policy.get(args.policyId), args.policyId),
        locality: locality === undefined ? null : await context.loaders.policy.get(locality),
        region,
        share: report.share,
        gaps: await clausesById(
          context,
          report.gaps.map((gap) => gap.measure.id),
        ),
      };
    },
  },
  Coverage: {
    measures: (coverage, _, context) =>
      clausesById(
        context,
        coverage.measures.map((m) => m.id),
      ),
  },
  CoverageLocality: {
    policy: (locality, _, context) => required(context.loaders.policy.get(locality.policyId), locality.policyId),
    region: async (locality, _, context) =>
      locality.regionCode === null ? null : ((await context.loaders.regions()).get(locality.regionCode) ?? null),
  },
  CoverageCell: {
    clauses: (cell, _, context) => clausesById(context, cell.clauseIds),
  },
  CoverageCandidate: {
    clause: (candidate, _, context) => required(context.loaders.clause.get(candidate.clauseId), candidate.clauseId),
  },
  MeasureCoverage: {
    measure: (view, _, context) => required(context.loaders.clause.get(view.measureId), view.measureId),
    carriedBy: (view, _, context) => loadPresent(context.loaders.policy, view.carriedBy),
    leftOutBy: (view, _, context) => loadPresent(context.loaders.policy, view.leftOutBy),
  },
};
