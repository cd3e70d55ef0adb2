/**
 * Every candidate pair of a succession with the structured facts it shares (issue 16), for bench/alignment.ts to
 * measure how well each fact tells labelled pairs from the rest before it is used (successionFacts.ts keeps the two
 * that separate). The candidates are succession.ts's: pairs of a newer and an older clause scored at its floor or
 * more. No part of the alignment reads this.
 */
import type { Clause, PolicyDocument } from '../model/document';
import { comparableRoleGroup } from '../extract/quantityRole';
import { alignAreas } from './areas';
import { corpusIdf, profileClauses } from './profiles';
import { metricSimilarity } from './quantityChanges';
import { scorePairs, type PairScore } from './pairScores';
import { firstInReferenceOrder, REFERENCE_DOCUMENTS } from './reference';
import { SUCCESSION_TUNING } from './succession';
import { carriesTarget, sharesTargetObject } from './successionFacts';

/** One candidate pair and, per fact, whether the two clauses share it. */
export interface SuccessionCandidate {
  newer: string;
  older: string;
  score: number;
  facts: Record<SuccessionFact, boolean>;
}

export const SUCCESSION_FACTS = [
  'sameLeadDepartment',
  'sharedProgram',
  'sameFigure',
  'relatedMetricSameRole',
  'sharedReference',
  'targetObjectNamed',
  'targetObjectNamedByBest',
  'targetCarried',
] as const;
export type SuccessionFact = (typeof SUCCESSION_FACTS)[number];

const figuresOf = (c: Clause) => [...c.amounts, ...c.targets];
const leadOf = (c: Clause) => c.departments.find((d) => d.rank === 1)?.canonicalName;

/** The facts that need no wording: departments, programs, figures and cited documents. */
function plainFacts(a: Clause, b: Clause): Omit<Record<SuccessionFact, boolean>, `target${string}`> {
  const figuresB = figuresOf(b);
  const sameUnit = (unit: string) => figuresB.filter((r) => r.normalizedUnit === unit);
  return {
    sameLeadDepartment: leadOf(a) !== undefined && leadOf(a) === leadOf(b),
    sharedProgram: a.programs.some((p) => b.programs.some((q) => q.key === p.key)),
    sameFigure: figuresOf(a).some((q) =>
      sameUnit(q.normalizedUnit).some((r) => r.normalizedValue === q.normalizedValue),
    ),
    relatedMetricSameRole: figuresOf(a).some((q) =>
      sameUnit(q.normalizedUnit).some(
        (r) =>
          (comparableRoleGroup(q.role) ?? q.role) === (comparableRoleGroup(r.role) ?? r.role) &&
          metricSimilarity(q.metric, r.metric) >= 0.5,
      ),
    ),
    sharedReference: a.references.some((r) => b.references.some((s) => r.policyKey === s.policyKey)),
  };
}

/** Whether a pair is its newer clause's best by score (succession.ts's `best.newer`). */
function bestOfNewer(pairs: PairScore[]): (p: PairScore) => boolean {
  const best = new Map<string, number>();
  for (const p of pairs) best.set(p.a.clause.id, Math.max(best.get(p.a.clause.id) ?? 0, p.score));
  return (p) => p.score === best.get(p.a.clause.id);
}

/**
 * The candidate pairs of `newer` over `older` with their facts, weighing words as alignCorpus does for `corpus`
 * (the idf of its reference documents).
 */
export function successionCandidates(
  newer: PolicyDocument,
  older: PolicyDocument,
  corpus: PolicyDocument[],
): SuccessionCandidate[] {
  const idf = corpusIdf(firstInReferenceOrder(corpus, REFERENCE_DOCUMENTS));
  const [a, b] = profileClauses([newer, older], idf);
  const pairs = scorePairs(a ?? [], b ?? [], alignAreas(newer, older, idf)).filter(
    (p) => p.score >= SUCCESSION_TUNING.floor,
  );
  const isBest = bestOfNewer(pairs);
  return pairs.map((p) => {
    const named = sharesTargetObject(p.a, p.b);
    const facts = {
      ...plainFacts(p.a.clause, p.b.clause),
      targetObjectNamed: named,
      targetObjectNamedByBest: named && isBest(p),
      targetCarried: carriesTarget(p.a, p.b),
    };
    return { newer: p.a.clause.id, older: p.b.clause.id, score: p.score, facts };
  });
}
