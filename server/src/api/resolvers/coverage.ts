/** Query.coverage and Query.gaps with their matrix types. */
import type { Coverage, CoverageCell, Locality } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { clausesById, loadPresent } from './shared';

interface LocalityView extends Locality {
  carried: number;
  total: number;
}

interface MeasureView {
  measureId: string;
  carriedBy: string[];
  leftOutBy: string[];
}

function localities(coverage: Coverage): LocalityView[] {
  return coverage.localities.map((locality) => ({
    ...locality,
    carried: coverage.cells.filter((c) => c.policyId === locality.policyId && c.status !== 'NOT_CARRIED').length,
    total: coverage.measures.length,
  }));
}

function measureSummaries(coverage: Coverage): MeasureView[] {
  return coverage.measures.map((measure) => {
    const cells = coverage.cells.filter((cell) => cell.measureId === measure.id);
    return {
      measureId: measure.id,
      carriedBy: cells.filter((cell) => cell.status !== 'NOT_CARRIED').map((cell) => cell.policyId),
      leftOutBy: cells.filter((cell) => cell.status === 'NOT_CARRIED').map((cell) => cell.policyId),
    };
  });
}

export const coverageResolvers = {
  Query: {
    coverage: (_: unknown, { policyId }: { policyId: string }, context: ApiContext) =>
      context.repository.coverage(policyId),
    gaps: async (_: unknown, args: { policyId: string; regionCode: string }, context: ApiContext) => {
      const region = (await context.loaders.regions()).get(args.regionCode);
      if (!region) {
        throw userError('NOT_FOUND', `No region ${args.regionCode} in the graph; regions lists the ones there are.`);
      }
      const report = await context.repository.gaps(args.policyId, args.regionCode);
      if (!report) return null;
      const [locality] = report.localityPolicyIds;
      return {
        superior: await context.loaders.policy.get(args.policyId),
        locality: locality === undefined ? null : await context.loaders.policy.get(locality),
        region,
        share: report.share,
        gaps: clausesById(
          context,
          report.gaps.map((gap) => gap.measure.id),
        ),
      };
    },
  },
  Coverage: {
    measures: (coverage: Coverage, _: unknown, context: ApiContext) =>
      clausesById(
        context,
        coverage.measures.map((m) => m.id),
      ),
    localities: (coverage: Coverage) => localities(coverage),
    measureSummaries: (coverage: Coverage) => measureSummaries(coverage),
  },
  CoverageLocality: {
    policy: (locality: LocalityView, _: unknown, context: ApiContext) => context.loaders.policy.get(locality.policyId),
    region: async (locality: LocalityView, _: unknown, context: ApiContext) =>
      locality.regionCode === null ? null : ((await context.loaders.regions()).get(locality.regionCode) ?? null),
  },
  CoverageCell: {
    clauses: (cell: CoverageCell, _: unknown, context: ApiContext) => clausesById(context, cell.clauseIds),
  },
  MeasureCoverage: {
    measure: (view: MeasureView, _: unknown, context: ApiContext) => context.loaders.clause.get(view.measureId),
    carriedBy: (view: MeasureView, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, view.carriedBy),
    leftOutBy: (view: MeasureView, _: unknown, context: ApiContext) =>
      loadPresent(context.loaders.policy, view.leftOutBy),
  },
};
