/**
 * A measure's words: the clauses of every locality that carry it, pooled into one vector. One locality's clause says
 * a measure in its own words; the pool says it in everyone's, so an older text of that locality that carried the
 * measure in other words still finds it (秀洲's 2024 强化金融支持实体经济 and 湖州's 2025 制造业中长期贷款).
 */
import type { Clause } from '../model/document';
import { gramCount, gramText } from './gramIds';
import { grownTo, type TermVector } from './ngrams';
import { clauseToken } from './edgeMemo';
import { kthSmallest, sortAscending } from './numericSort';
import { bodyVector } from './profiles';
import { GenerationCache, sequenceKey } from './keptResults';

/** A pool keeps its heaviest terms only: a province's measure has a hundred members and thousands of bigrams. */
export const POOL_TERMS = 400;

// A dense sum over the vocabulary and the ids touched, in first-touch order, reset after each pool: every clause of a
// succession pools a hundred peers' vectors, and a Map entry (later a pair) per term was much of the garbage.
let sums = new Float64Array(1024);
let touched = new Uint8Array(1024);
let order: Int32Array = new Int32Array(1024);

/** The sum of the vectors, each normalised, cut to its `limit` heaviest terms. */
export function pooledVector(vectors: TermVector[], limit = POOL_TERMS): TermVector {
  if (sums.length < gramCount()) [sums, touched] = [new Float64Array(gramCount() * 2), new Uint8Array(gramCount() * 2)];
  let count = 0;
  for (const v of vectors) {
    if (v.norm === 0) continue;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (touched[id] === 0) {
        touched[id] = 1;
        if (count === order.length) order = grownTo(order, count + 1);
        order[count++] = id;
      }
      sums[id] = sums[id]! + v.weights[k]! / v.norm;
    }
  }
  const sum = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const id = order[k]!;
    sum[k] = sums[id]!;
    sums[id] = touched[id] = 0;
  }
  const ranked = byWeight(sum, heaviest(sum, limit), order);
  const size = Math.min(limit, ranked.length);
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  let squares = 0;
  for (let k = 0; k < size; k++) {
    ids[k] = order[ranked[k]!]!;
    weights[k] = sum[ranked[k]!]!;
    squares = squares + weights[k]! * weights[k]!;
  }
  return { ids, weights, norm: Math.sqrt(squares) };
}

// Pools by the identity of their vectors (keptResults.ts): a measure's words and a succession's measure pools are
// asked again by every alignment of the family, from the same members' vectors.
const poolsByVectors = new GenerationCache<string, TermVector>(6_000);

/** pooledVector of `vectors` (POOL_TERMS), kept by their identities: the same vectors give the same pool object. */
export function keptPool(vectors: TermVector[]): TermVector {
  const key = sequenceKey(vectors);
  let pool = poolsByVectors.get(key);
  if (!pool) poolsByVectors.set(key, (pool = pooledVector(vectors)));
  return pool;
}

/**
 * The positions of the terms weighing at least the `limit`-th heaviest weight (ties at the cut all kept), in their
 * order: sorting these gives the same first `limit` as sorting all of a pool of thousands of terms.
 */
function heaviest(sum: Float64Array, limit: number): Int32Array {
  const positions = new Int32Array(sum.length);
  for (let k = 0; k < sum.length; k++) positions[k] = k;
  if (sum.length <= limit) return positions;
  const cut = kthSmallest(sum, sum.length - limit);
  let kept = 0;
  for (let k = 0; k < sum.length; k++) if (sum[k]! >= cut) positions[kept++] = k;
  return positions.subarray(0, kept);
}

/**
 * `positions` ordered heaviest first, ties by the bigram itself (not its id: ids are given in the order bigrams are
 * first seen), equal bigrams in their given order: a stable sort by that comparison. The weights are sorted in place
 * (numericSort.ts) and each position placed by binary search, so only ties call a comparison (a pool of 400 terms otherwise costs
 * thousands of calls, and every clause of a succession has a pool).
 */
function byWeight(sum: Float64Array, positions: Int32Array, ids: Int32Array): Int32Array {
  const m = positions.length;
  const ascending = new Float64Array(m);
  for (let k = 0; k < m; k++) ascending[k] = sum[positions[k]!]!;
  sortAscending(ascending, 0, m - 1);
  const placed = new Int32Array(m);
  const filled = new Int32Array(m);
  for (let at = 0; at < m; at++) {
    const k = positions[at]!;
    // The heaviest-first slots of weight w start after the weights above it.
    const first = m - upperBound(ascending, sum[k]!);
    placed[first + filled[first]!++] = k;
  }
  for (let first = 0; first < m;) {
    const size = filled[first]!;
    if (size > 1) placed.set(byBigram(Array.from(placed.subarray(first, first + size)), ids), first);
    first += Math.max(size, 1);
  }
  return placed;
}

/**
 * Tied positions ordered by their bigrams under `collation`, equal ones in their given order (a stable sort). Sorted
 * first by code units, which is cheap, and kept when the collation puts each bigram strictly before the next: that
 * order is then the collation's, and the only one. Otherwise (an order the collation does not share, or bigrams it
 * finds equal), sorted by the collation. Ties are common: terms of equal idf in peers that copy one text.
 */
function byBigram(tied: number[], ids: Int32Array): number[] {
  const text = (position: number) => gramText(ids[position]!);
  const byUnits = [...tied].sort((x, y) => (text(x) < text(y) ? -1 : text(x) > text(y) ? 1 : 0));
  let agrees = true;
  for (let k = 1; k < byUnits.length && agrees; k++)
    agrees = collation.compare(text(byUnits[k - 1]!), text(byUnits[k]!)) < 0;
  return agrees ? byUnits : tied.sort((x, y) => collation.compare(text(x), text(y)));
}

// localeCompare without arguments, made once: it compares as `new Intl.Collator()` does (ECMA-402), and ties are
// common (peers that copy one text give their terms equal sums).
const collation = new Intl.Collator();

/** The number of entries of an ascending array at most `value`. */
function upperBound(ascending: Float64Array, value: number): number {
  let [low, high] = [0, ascending.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ascending[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
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
  let known = poolsByText.get(idf);
  if (!known) poolsByText.set(idf, (known = new Map()));
  const pools = new Map<string, TermVector>();
  for (const clause of clauses) {
    const peers = peersOf(clause.id);
    const own = bodyVector(clause, idf);
    if (peers.length === 0) {
      pools.set(clause.id, own);
      continue;
    }
    const key = `${clause.textSimplified}|${peers.map(clauseToken).join(',')}`;
    let pool = known.get(key);
    if (!pool) {
      if (known.size >= KNOWN_POOLS) known.clear();
      known.set(key, (pool = pooledVector([own, ...peers.map((c) => bodyVector(c, idf))])));
    }
    pools.set(clause.id, pool);
  }
  return pools;
}

// Pools by the clause's text and its peers (as objects: clauseToken), per idf table: localities that copy one text
// for a measure have the same pool (300 synthetic documents pool 3,754 distinct in 10,828). Bounded (each pool holds
// up to POOL_TERMS terms); a cleared cache only costs recomputation.
const poolsByText = new WeakMap<Map<string, number>, Map<string, TermVector>>();
const KNOWN_POOLS = 4000;
