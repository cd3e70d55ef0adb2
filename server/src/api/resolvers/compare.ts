/** Query.compare: the same measure side by side per locality, and across years through SUCCEEDS. */
import type { ClauseSummary, ComparedClause, ComparedQuantity, Comparison } from '../../repository';
import type { ApiContext } from '../context';
import { changesSeenFrom } from './shared';

const LEVEL_ORDER = { PROVINCE: 0, CITY: 1, COUNTY: 2 } as const;

/** Level of a region from its GB/T 2260 code (province xx0000, city xxxx00), for ids whose region is not loaded. */
function levelOfCode(code: string): number {
  return code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Province first, then cities, then counties; by region code and policy id within a level. */
function byLevelThenRegion(a: ComparedClause, b: ComparedClause): number {
  const rank = (c: ClauseSummary) => (c.regionLevel ? LEVEL_ORDER[c.regionLevel] : 3);
  return (
    rank(a.clause) - rank(b.clause) ||
    compareText(a.clause.regionCode ?? '', b.clause.regionCode ?? '') ||
    compareText(a.clause.policyId, b.clause.policyId) ||
    a.clause.ordinal - b.clause.ordinal
  );
}

/**
 * The common superior clause: the highest-level measure the comparison is identified by (the provincial one over
 * the city's). A compared measure (330000-2025/c1) is among them, so comparing a measure names the measure itself.
 */
function commonMeasure(comparison: Comparison): string | null {
  const level = (id: string) => levelOfCode(id.split('-')[0] ?? '');
  return [...comparison.measureIds].sort((a, b) => level(a) - level(b) || compareText(a, b))[0] ?? null;
}

function row(entry: ComparedClause) {
  return {
    clauseId: entry.clause.id,
    policyId: entry.clause.policyId,
    regionCode: entry.clause.regionCode,
    year: entry.clause.policyYear,
    quantities: entry.quantities,
  };
}

type RowView = ReturnType<typeof row>;

export const compareResolvers = {
  Query: {
    compare: (_: unknown, { clauseId }: { clauseId: string }, context: ApiContext) =>
      context.repository.compare(clauseId),
  },
  Comparison: {
    clause: (comparison: Comparison, _: unknown, context: ApiContext) => context.loaders.clause.get(comparison.root.id),
    measure: (comparison: Comparison, _: unknown, context: ApiContext) => {
      const id = commonMeasure(comparison);
      return id === null ? null : context.loaders.clause.get(id);
    },
    rows: (comparison: Comparison) => [...comparison.entries].sort(byLevelThenRegion).map(row),
    successions: (comparison: Comparison, _: unknown, context: ApiContext) =>
      Promise.all(
        comparison.successions.map(async ({ olderId, newerId }) => {
          const edges = await context.loaders.alignmentsOfClause.get(newerId);
          const edge = edges.find((e) => e.type === 'SUCCEEDS' && e.to === olderId);
          return { olderId, newerId, changes: edge ? changesSeenFrom(edge, newerId) : [] };
        }),
      ),
  },
  ComparisonRow: {
    clause: (r: RowView, _: unknown, context: ApiContext) => context.loaders.clause.get(r.clauseId),
    policy: (r: RowView, _: unknown, context: ApiContext) => context.loaders.policy.get(r.policyId),
    region: async (r: RowView, _: unknown, context: ApiContext) =>
      r.regionCode === null ? null : ((await context.loaders.regions()).get(r.regionCode) ?? null),
  },
  ComparedQuantity: {
    quantity: (q: ComparedQuantity) => q,
    ratioToMedian: (q: ComparedQuantity) =>
      q.peerMedian === null || q.peerMedian === 0 ? null : q.normalizedValue / q.peerMedian,
  },
  Succession: {
    older: (s: { olderId: string }, _: unknown, context: ApiContext) => context.loaders.clause.get(s.olderId),
    newer: (s: { newerId: string }, _: unknown, context: ApiContext) => context.loaders.clause.get(s.newerId),
  },
};
