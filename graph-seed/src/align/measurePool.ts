/**
 * A measure's words: the clauses of every locality that carry it, pooled into one vector. One locality's clause says
 * a measure in its own words; the pool says it in everyone's, so an older text of that locality that carried the
 * measure in other words still finds it (秀洲's 2024 强化金融支持实体经济 and 湖州's 2025 制造业中长期贷款).
 */
import type { Clause } from '../model/document';
import { gramCount, gramText } from './gramIds';
import type { TermVector } from './ngrams';
import { bodyVector } from './profiles';

/** A pool keeps its heaviest terms only: a province's measure has a hundred members and thousands of bigrams. */
export const POOL_TERMS = 400;

// A dense sum over the vocabulary and the ids touched, in first-touch order, reset after each pool: every clause of a
// succession pools a hundred peers' vectors, and a Map entry per term was much of the garbage.
let sums = new Float64Array(1024);
let touched = new Uint8Array(1024);

/** The sum of the vectors, each normalised, cut to its `limit` heaviest terms. */
export function pooledVector(vectors: TermVector[], limit = POOL_TERMS): TermVector {
  if (sums.length < gramCount()) [sums, touched] = [new Float64Array(gramCount() * 2), new Uint8Array(gramCount() * 2)];
  const order: number[] = [];
  for (const v of vectors) {
    if (v.norm === 0) continue;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (touched[id] === 0) {
        touched[id] = 1;
        order.push(id);
      }
      sums[id] = sums[id]! + v.weights[k]! / v.norm;
    }
  }
  const sum = order.map((id): [number, number] => [id, sums[id]!]);
  for (const id of order) sums[id] = touched[id] = 0;
  // Ties by the bigram itself, not its id: ids are given in the order bigrams are first seen.
  const kept = heaviest(sum, limit)
    .sort((x, y) => y[1] - x[1] || gramText(x[0]).localeCompare(gramText(y[0])))
    .slice(0, limit);
  const weights = Float64Array.from(kept.map(([, w]) => w));
  return {
    ids: Int32Array.from(kept.map(([id]) => id)),
    weights,
    norm: Math.sqrt(weights.reduce((total, w) => total + w * w, 0)),
  };
}

/**
 * The entries weighing at least the `limit`-th heaviest weight (ties at the cut all kept), in their order: sorting
 * these gives the same first `limit` as sorting all of a pool of thousands of terms, at a fraction of the comparisons.
 */
function heaviest(sum: Array<[number, number]>, limit: number): Array<[number, number]> {
  if (sum.length <= limit) return sum;
  const weights = Float64Array.from(sum, ([, w]) => w).sort();
  const cut = weights[weights.length - limit]!;
  return sum.filter(([, w]) => w >= cut);
}

/**
 * The pooled vector of each clause's measures: the clause and the clauses of other localities that carry the same
 * measures (`peersOf`); a clause without peers is its own pool.
 */
export function measurePools(
  clauses: Clause[],
  peersOf: (clauseId: string) => readonly Clause[],
  idf: Map<string, number>,
): Map<string, TermVector> {
  const pools = new Map<string, TermVector>();
  for (const clause of clauses) {
    const peers = peersOf(clause.id);
    const own = bodyVector(clause, idf);
    pools.set(clause.id, peers.length === 0 ? own : pooledVector([own, ...peers.map((c) => bodyVector(c, idf))]));
  }
  return pools;
}
