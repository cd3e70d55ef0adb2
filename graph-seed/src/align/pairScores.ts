import type { ClauseProfile } from './profiles';
import { similarityBlocks } from './bulkSimilarity';
import { cosine } from './ngrams';
import { monotoneChainOf } from './order';

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

/**
 * Body and title cosines of the clauses of two documents: row i (clause i of the first), column j (clause j of the
 * second) at `offset + i * stride + j`.
 */
export interface SimilarityCells {
  body: Float64Array;
  title: Float64Array;
  offset: number;
  stride: number;
}

function sharesProgram(a: ClauseProfile, b: ClauseProfile): boolean {
  if (a.programs.size === 0 || b.programs.size === 0) return false;
  for (const p of a.programs) if (b.programs.has(p)) return true;
  return false;
}

/** The score of a pair before its area is counted: what the chain is built from. */
function textScore(a: ClauseProfile, b: ClauseProfile, body: number, title: number): number {
  return PAIR_TUNING.body * body + PAIR_TUNING.title * title + (sharesProgram(a, b) ? PAIR_TUNING.sharedProgram : 0);
}

function decide(score: number, inOrder: boolean): boolean {
  return score >= PAIR_TUNING.strong || (inOrder && score >= PAIR_TUNING.weak);
}

/**
 * The pair score of two clauses of different documents computed on its own, for a pair the family's scoring did
 * not keep (unkeptPair): at or below the chain threshold it cannot be on the chain, so it is not in order.
 * @param a the clause of the earlier document (cosine sums over the first vector on a tie: the same bits).
 */
export function unkeptPair(a: ClauseProfile, b: ClauseProfile, sameArea: boolean): PairScore {
  const bodySimilarity = cosine(a.body, b.body);
  const titleSimilarity = cosine(a.title, b.title);
  const score = textScore(a, b, bodySimilarity, titleSimilarity) + (sameArea ? PAIR_TUNING.sameArea : 0);
  return { a, b, score, bodySimilarity, titleSimilarity, sameArea, inOrder: false, accepted: decide(score, false) };
}

/** Indices of `b`'s clauses in `a`'s area order (areas mapped by alignAreas), so one chain covers reordered areas. */
function reorder(b: ClauseProfile[], areas: Map<number, number>, areaOrderOfA: number[]): number[] {
  const position = new Map<number, number>();
  areaOrderOfA.forEach((ordinal, index) => {
    const mapped = areas.get(ordinal);
    if (mapped !== undefined) position.set(mapped, index);
  });
  const rank = (p: ClauseProfile) => position.get(p.sectionOrdinal) ?? areaOrderOfA.length;
  return b.map((_, j) => j).sort((x, y) => rank(b[x]!) - rank(b[y]!) || b[x]!.clause.ordinal - b[y]!.clause.ordinal);
}

/**
 * Decides which pairs of clauses of two documents are correspondences: a strong text match, or a fair one that also
 * follows the documents' shared order (the heaviest monotone chain).
 * @param areas section ordinal of `a` → section ordinal of `b` (alignAreas).
 * @param keepAll false: only the pairs above the chain threshold are returned; the others are neither in order nor
 *   accepted, and unkeptPair gives their scores.
 * @returns pairs row by row, each row in `b`'s reordered order.
 */
export function decidePairs(
  a: ClauseProfile[],
  b: ClauseProfile[],
  areas: Map<number, number>,
  cells: SimilarityCells,
  keepAll: boolean,
): PairScore[] {
  const ordered = reorder(b, areas, [...new Set(a.map((p) => p.sectionOrdinal))]);
  const m = b.length;
  const text = new Float64Array(a.length * m);
  a.forEach((x, i) =>
    ordered.forEach((j, k) => {
      const at = cells.offset + i * cells.stride + j;
      text[i * m + k] = textScore(x, b[j]!, cells.body[at]!, cells.title[at]!);
    }),
  );
  const onChain = new Uint8Array(a.length * m);
  for (const [i, k] of monotoneChainOf(text, a.length, m, PAIR_TUNING.chain)) onChain[i * m + k] = 1;
  const pairs: PairScore[] = [];
  a.forEach((x, i) =>
    ordered.forEach((j, k) => {
      if (!keepAll && !(text[i * m + k]! > PAIR_TUNING.chain)) return;
      const y = b[j]!;
      const at = cells.offset + i * cells.stride + j;
      const sameArea = areas.get(x.sectionOrdinal) === y.sectionOrdinal;
      const score = text[i * m + k]! + (sameArea ? PAIR_TUNING.sameArea : 0);
      const inOrder = onChain[i * m + k] === 1;
      const [bodySimilarity, titleSimilarity] = [cells.body[at]!, cells.title[at]!];
      pairs.push({
        a: x,
        b: y,
        score,
        bodySimilarity,
        titleSimilarity,
        sameArea,
        inOrder,
        accepted: decide(score, inOrder),
      });
    }),
  );
  return pairs;
}

/**
 * Scores every pair of clauses of two documents and decides which are correspondences (decidePairs, every pair
 * returned).
 * @param areas section ordinal of `a` → section ordinal of `b` (alignAreas).
 */
export function scorePairs(a: ClauseProfile[], b: ClauseProfile[], areas: Map<number, number>): PairScore[] {
  if (a.length === 0 || b.length === 0) return [];
  // Rows of the block must be a's clauses and columns b's: re-indexed here, whatever their `index` was.
  const [rows, columns] = [a.map((p, index) => ({ ...p, index })), b.map((p, j) => ({ ...p, index: a.length + j }))];
  const [block] = similarityBlocks([rows, columns]);
  if (!block) return [];
  const cells = { body: block.body, title: block.title, offset: 0, stride: b.length };
  return decidePairs(a, b, areas, cells, true);
}
