import type { GraphEdge } from '../model/graph';
import { coverageCandidates, keptImplementsSteps } from './coverageCandidates';
import type { Family } from './family';
import type { CoverageEntry } from './types';

/**
 * Coverage of each superior by each locality that implements it directly or through a city stub: the share of the
 * superior's clauses reached from the locality's clauses by IMPLEMENTS*1..2, and the clauses not reached (gaps).
 * Candidate edges (links.ts CANDIDATE_SCORE) do not count: a weak match is not a measure carried. A gap reached
 * only through one is reported with its nearest candidate clause (coverageCandidates.ts), for a person to decide.
 */
export function familyCoverage(family: Family, superiorClauses: Map<string, string[]>, edges: GraphEdge[]) {
  const steps = keptImplementsSteps(edges);
  const entries: CoverageEntry[] = [];
  for (const { doc, directSuperior } of family.implementers) {
    const reached = new Set<string>();
    for (const clause of doc.clauses)
      for (const first of steps.get(clause.id) ?? []) {
        if (first.candidate) continue;
        reached.add(first.to);
        for (const second of steps.get(first.to) ?? []) if (!second.candidate) reached.add(second.to);
      }
    for (const superiorId of new Set([directSuperior, family.rootId])) {
      const clauses = superiorClauses.get(superiorId) ?? [];
      const gaps = clauses.filter((id) => !reached.has(id));
      const covered = clauses.length - gaps.length;
      const share = coverageShare(covered, clauses.length);
      const candidates = coverageCandidates(
        doc.clauses.map((c) => c.id),
        gaps,
        steps,
      );
      entries.push({ superiorId, policyId: doc.policy.id, covered, total: clauses.length, share, gaps, candidates });
    }
  }
  return entries;
}

/** The share of a superior's clauses a locality carries, rounded to three decimals (0 for an empty superior). */
export function coverageShare(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((covered / total) * 1000) / 1000;
}
