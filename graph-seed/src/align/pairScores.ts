import type { ClauseProfile } from './profiles';
import { cosine } from './ngrams';
import { monotoneChain } from './order';

/** The signals behind one candidate correspondence between clauses of two different documents. */
export interface PairScore {
  a: ClauseProfile;
  b: ClauseProfile;
  /** Combined score in [0, ~1.1]. */
  score: number;
  bodySimilarity: number;
  titleSimilarity: number;
  sameArea: boolean;
  /** On the heaviest monotone chain of the two documents (follows the shared order). */
  inOrder: boolean;
  /** Accepted as a correspondence of the two clauses. */
  accepted: boolean;
}

/** Weights and thresholds of the pair decision, tuned on the 2025 corpus and measured by bench/alignment.ts. */
export const PAIR_TUNING = {
  body: 0.7,
  title: 0.3,
  sharedProgram: 0.05,
  sameArea: 0.05,
  /** Accepted whatever the order: the texts say the same thing. */
  strong: 0.3,
  /** Accepted when the pair also sits on the order chain. */
  weak: 0.14,
  /** The chain only considers pairs above this. */
  chain: 0.1,
} as const;

function baseScore(a: ClauseProfile, b: ClauseProfile, sameArea: boolean) {
  const bodySimilarity = cosine(a.body, b.body);
  const titleSimilarity = cosine(a.title, b.title);
  const sharedProgram = [...a.programs].some((p) => b.programs.has(p));
  const score =
    PAIR_TUNING.body * bodySimilarity +
    PAIR_TUNING.title * titleSimilarity +
    (sharedProgram ? PAIR_TUNING.sharedProgram : 0) +
    (sameArea ? PAIR_TUNING.sameArea : 0);
  return { bodySimilarity, titleSimilarity, score };
}

/** `b`'s clauses in `a`'s area order (areas mapped by alignAreas), so one chain covers reordered areas too. */
function reorder(b: ClauseProfile[], areas: Map<number, number>, areaOrderOfA: number[]): ClauseProfile[] {
  const position = new Map<number, number>();
  areaOrderOfA.forEach((ordinal, index) => {
    const mapped = areas.get(ordinal);
    if (mapped !== undefined) position.set(mapped, index);
  });
  const rank = (p: ClauseProfile) => position.get(p.sectionOrdinal) ?? areaOrderOfA.length;
  return [...b].sort((x, y) => rank(x) - rank(y) || x.clause.ordinal - y.clause.ordinal);
}

/**
 * Scores every pair of clauses of two documents and decides which are correspondences: a strong text match, or a
 * fair one that also follows the documents' shared order.
 * @param areas section ordinal of `a` → section ordinal of `b` (alignAreas).
 */
export function scorePairs(a: ClauseProfile[], b: ClauseProfile[], areas: Map<number, number>): PairScore[] {
  const areaOrder = [...new Set(a.map((p) => p.sectionOrdinal))];
  const ordered = reorder(b, areas, areaOrder);
  const rows = a.map((x) =>
    ordered.map((y) => ({
      x,
      y,
      sameArea: areas.get(x.sectionOrdinal) === y.sectionOrdinal,
      ...baseScore(x, y, false),
    })),
  );
  const chain = monotoneChain(
    rows.map((row) => row.map((cell) => cell.score)),
    PAIR_TUNING.chain,
  );
  const onChain = new Set(chain.map(([i, j]) => `${i}:${j}`));
  return rows.flatMap((row, i) =>
    row.map((cell, j) => {
      const score = cell.score + (cell.sameArea ? PAIR_TUNING.sameArea : 0);
      const inOrder = onChain.has(`${i}:${j}`);
      const accepted = score >= PAIR_TUNING.strong || (inOrder && score >= PAIR_TUNING.weak);
      const { bodySimilarity, titleSimilarity, sameArea } = cell;
      return { a: cell.x, b: cell.y, score, bodySimilarity, titleSimilarity, sameArea, inOrder, accepted };
    }),
  );
}
