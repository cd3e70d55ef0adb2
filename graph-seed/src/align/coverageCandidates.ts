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
export interface ImplementsSteps {
  get(clauseId: string): readonly Step[] | undefined;
}

/** The step an IMPLEMENTS edge gives its source clause. */
const stepOf = (e: GraphEdge): Step => ({
  to: e.to,
  score: Number(e.properties.score ?? 0),
  candidate: e.properties.candidate === true,
});

export function implementsSteps(edges: readonly GraphEdge[]): ImplementsSteps {
  const steps = new Map<string, Step[]>();
  // By index: asked for a province's hundreds of thousands of edges on every import (an iterator's result each).
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (e.type !== 'IMPLEMENTS') continue;
    const step = stepOf(e);
    const known = steps.get(e.from);
    if (known) known.push(step);
    else steps.set(e.from, [step]);
  }
  return steps;
}

// The steps of each family's edges, once: a family's aligned edges are never changed once made, and the alignment's
// memo keeps them from one import to the next, while an import indexed the whole corpus's edges again (some 45 ms
// and 14 MB promoted per import at 1,000 documents).
const keptSteps = new WeakMap<readonly GraphEdge[], ImplementsSteps>();

// A chunk's steps by source clause, in order, once per chunk: a family's chunks are kept across imports while their
// clause's context holds (edgeMemo.ts), and the family an import adds to was indexed again whole, a step for each
// of a province's tens of thousands of IMPLEMENTS edges (some 7 MB of every import's garbage at 1,000 documents).
const chunkSteps = new WeakMap<readonly GraphEdge[], Array<[string, Step[]]>>();

function stepsOfChunk(chunk: readonly GraphEdge[]): Array<[string, Step[]]> {
  let grouped = chunkSteps.get(chunk);
  if (grouped) return grouped;
  // A list, not a map: a chunk's edges come from one clause (a member's, or a city clause's).
  grouped = [];
  for (let i = 0; i < chunk.length; i++) {
    const e = chunk[i]!;
    if (e.type !== 'IMPLEMENTS') continue;
    const step = stepOf(e);
    const known = grouped.find(([from]) => from === e.from);
    if (known) known[1].push(step);
    else grouped.push([e.from, [step]]);
  }
  chunkSteps.set(chunk, grouped);
  return grouped;
}

/**
 * `implementsSteps` of the edges of `chunks` in order (`edges`, a family's edges without peers, is their
 * concatenation), each chunk's steps made once, and kept as `edges`' (keptImplementsSteps). A chunk's step lists are
 * shared, never added to: a clause with steps in two chunks gets a list of its own. For a family kept from one import
 * to the next: a build made for its graph alone indexes the edges whole (keptImplementsSteps), as each chunk's steps
 * kept for the next import, which never comes, slowed a build of 1,000 documents.
 */
export function keepChunkedSteps(edges: readonly GraphEdge[], chunks: ReadonlyArray<readonly GraphEdge[]>): void {
  const steps = new Map<string, Step[]>();
  for (const chunk of chunks)
    for (const [from, own] of stepsOfChunk(chunk)) {
      const known = steps.get(from);
      steps.set(from, known ? [...known, ...own] : own);
    }
  keptSteps.set(edges, steps);
}

/** `implementsSteps` of an edge list never changed once made (a family's aligned edges), made once per list. */
export function keptImplementsSteps(edges: readonly GraphEdge[]): ImplementsSteps {
  let steps = keptSteps.get(edges);
  if (!steps) keptSteps.set(edges, (steps = implementsSteps(edges)));
  return steps;
}

/**
 * The steps of several edge lists as one (a corpus's families): a clause's steps are those of every list that has
 * some, in the lists' order. Readers of steps do not depend on their order: the nearest candidate is decided by score
 * and clause id (isNearerCandidate), the rest reads sets and `some`.
 */
export function unitedSteps(parts: readonly ImplementsSteps[]): ImplementsSteps {
  if (parts.length === 1) return parts[0]!;
  return {
    get(clauseId) {
      let found: readonly Step[] | undefined;
      for (const part of parts) {
        const steps = part.get(clauseId);
        if (steps) found = found ? [...found, ...steps] : steps;
      }
      return found;
    },
  };
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
