import type { GraphEdge } from '../model/graph';

/**
 * A gap's nearest candidate link: the locality's clause that reaches the measure by IMPLEMENTS*1..2 only through a
 * candidate edge (a weak match, links.ts CANDIDATE_SCORE), and the score of that path's weakest edge.
 */
export interface CoverageCandidate {
  measureId: string;
  clauseId: string;
  score: number;
}

/**
 * Whether `found` is nearer than `known` (a clause's path to the same measure): its weakest edge scores higher, or
 * as high with a smaller clause id. The one rule for the alignment's coverage and the repository's.
 */
export function isNearerCandidate(
  found: { clauseId: string; score: number },
  known: { clauseId: string; score: number } | undefined,
): boolean {
  return !known || found.score > known.score || (found.score === known.score && found.clauseId < known.clauseId);
}

/** The score of a path: its weakest edge's. */
export function pathScore(scores: readonly number[]): number {
  return Math.min(...scores);
}

interface Step {
  to: string;
  score: number;
  candidate: boolean;
}

/** The IMPLEMENTS edges from each clause, candidates included: made once for all the localities of a family. */
export type ImplementsSteps = ReadonlyMap<string, readonly Step[]>;

export function implementsSteps(edges: readonly GraphEdge[]): ImplementsSteps {
  const steps = new Map<string, Step[]>();
  // By index: asked for a province's hundreds of thousands of edges on every import (an iterator's result each).
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (e.type !== 'IMPLEMENTS') continue;
    const step = { to: e.to, score: Number(e.properties.score ?? 0), candidate: e.properties.candidate === true };
    const known = steps.get(e.from);
    if (known) known.push(step);
    else steps.set(e.from, [step]);
  }
  return steps;
}

/**
 * For each of `gapIds` that one of `clauseIds` reaches through a path of one or two IMPLEMENTS edges with a
 * candidate among them, the nearest such clause: the path whose weakest edge scores highest, then the smallest
 * clause id. In the order of `gapIds`. The repository's coverage reads the same from the store (coverage.ts).
 * @param steps the graph's IMPLEMENTS edges indexed once (implementsSteps) for all the localities asked about:
 *   indexing every edge per locality cost n² across a province (27 s of a 1,000-document build).
 */
export function coverageCandidates(
  clauseIds: Iterable<string>,
  gapIds: readonly string[],
  steps: ImplementsSteps,
): CoverageCandidate[] {
  const gaps = new Set(gapIds);
  const best = new Map<string, CoverageCandidate>();
  const offer = (measureId: string, clauseId: string, score: number) => {
    if (!gaps.has(measureId)) return;
    const found = { measureId, clauseId, score };
    if (isNearerCandidate(found, best.get(measureId))) best.set(measureId, found);
  };
  for (const clauseId of clauseIds)
    for (const first of steps.get(clauseId) ?? []) {
      if (first.candidate) offer(first.to, clauseId, first.score);
      for (const second of steps.get(first.to) ?? [])
        if (first.candidate || second.candidate) offer(second.to, clauseId, pathScore([first.score, second.score]));
    }
  return gapIds.flatMap((id) => {
    const found = best.get(id);
    return found ? [found] : [];
  });
}
