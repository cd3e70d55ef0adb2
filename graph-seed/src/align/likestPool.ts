/**
 * The pool (a measure's words: measureWords.ts) a sentence is likest, among a list of pools, carried from the
 * sentence's last answer to a new list instead of compared with every pool again.
 *
 * Why: an import that adds a measure to a family (two leftover clauses pairing up), or makes its document an
 * exemplar of one, changes the list of pools every sentence of the family is compared with. The answers kept by the
 * list's identity (keptFor) then all missed, and every sentence of a province's family was compared with every
 * measure again: 1.6 of 2.0 s of such an import at 300 documents.
 *
 * The answer is the first pool in list order with the highest score, that score, and the highest score of the other
 * pools (`scan`). It carries over when the pools the list lost are neither the best nor the runner-up the last answer
 * names, and the pools it kept are in the same order: every other pool the sentence was compared with scores no more
 * than the runner-up, so the new answer is decided among those two and the pools the list gained, in their new
 * places. Otherwise the sentence is compared with every pool again.
 */
import { keptFor, type KeepsResults } from './keptResults';
import { cosineWithPool, type TermVector } from './ngrams';

type Pools = ReadonlyArray<TermVector | null>;

/** A sentence's answer over one list, with the pools it names (identities carry over; places do not). */
export interface Likest {
  /** The place of the best pool in the list, -1 when no pool scores above 0. */
  index: number;
  score: number;
  /** The best score less the runner-up's. */
  margin: number;
  best: TermVector | null;
  /** A pool other than `best` that scores the runner-up's score (null when that is 0), and that score. */
  runnerUp: TermVector | null;
  runnerUpScore: number;
}

/** The sentence's last answer and the list it was for. */
export interface LastAnswer {
  pools: Pools;
  found: Likest;
}

/** What likestPool is asked for: a sentence, with its kept answers and its last one (made `undefined`, see keptFor). */
export interface AsksLikest extends KeepsResults {
  last: LastAnswer | undefined;
}

/** How a list of pools differs from an earlier one. */
interface ListChange {
  /** The first place of each pool in the new list. */
  placeOf: Map<TermVector, number>;
  /** Pools of the new list the earlier one lacked, at their first place. */
  added: Array<{ pool: TermVector; at: number }>;
  /** Pools of the earlier list the new one lacks. */
  removed: Set<TermVector>;
  /** Pools the new list holds more than once. */
  repeated: Set<TermVector>;
}

// Per pair of lists: the sentences of a document share their lists.
const changes = new WeakMap<Pools, WeakMap<Pools, ListChange | null>>();

/** Counts for tests: which way answers were found. */
export const likestPoolCounts = { scanned: 0, carried: 0 };

/** The change from `before` to `after`, or null when the pools both hold are not in the same order. */
function listChange(before: Pools, after: Pools): ListChange | null {
  let byAfter = changes.get(before);
  if (!byAfter) changes.set(before, (byAfter = new WeakMap()));
  let change = byAfter.get(after);
  if (change !== undefined) return change;
  const placeOf = new Map<TermVector, number>();
  const repeated = new Set<TermVector>();
  after.forEach((pool, at) => {
    if (!pool) return;
    if (placeOf.has(pool)) repeated.add(pool);
    else placeOf.set(pool, at);
  });
  const earlier = new Set<TermVector>();
  const removed = new Set<TermVector>();
  let last = -1;
  let inOrder = true;
  for (const pool of before) {
    if (!pool || earlier.has(pool)) continue;
    earlier.add(pool);
    const at = placeOf.get(pool);
    if (at === undefined) removed.add(pool);
    else if (at < last) inOrder = false;
    else last = at;
  }
  const added = [...placeOf].filter(([pool]) => !earlier.has(pool)).map(([pool, at]) => ({ pool, at }));
  change = inOrder ? { placeOf, added, removed, repeated } : null;
  byAfter.set(after, change);
  return change;
}

/** Keeps the best so far, as `scan` does, with `pool` at place `at` scoring `score` next in list order. */
class Ranking {
  index = -1;
  first = 0;
  second = 0;
  best: TermVector | null = null;
  runnerUp: TermVector | null = null;

  offer(pool: TermVector, at: number, score: number): void {
    if (score > this.first) {
      [this.second, this.runnerUp] = [this.first, this.best];
      [this.index, this.first, this.best] = [at, score, pool];
    } else if (score > this.second) [this.second, this.runnerUp] = [score, pool];
  }

  answer(): Likest {
    const { index, first, second, best, runnerUp } = this;
    return { index, score: first, margin: first - second, best, runnerUp, runnerUpScore: second };
  }
}

/** The answer over `pools`, every pool compared. */
function scan(vector: TermVector, pools: Pools): Likest {
  likestPoolCounts.scanned += 1;
  const ranking = new Ranking();
  for (let k = 0; k < pools.length; k++) {
    const pool = pools[k];
    if (pool) ranking.offer(pool, k, cosineWithPool(vector, pool));
  }
  return ranking.answer();
}

/** The last answer carried to `pools` (see the file comment), or null when it cannot be. */
function carried(vector: TermVector, last: LastAnswer | undefined, pools: Pools): Likest | null {
  if (!last) return null;
  const change = listChange(last.pools, pools);
  const { best, runnerUp } = last.found;
  if (!change || (best && change.removed.has(best)) || (runnerUp && change.removed.has(runnerUp))) return null;
  // A pool twice in a list is its own runner-up: carried only while the best is in each list once.
  if (best !== null && (best === runnerUp || change.repeated.has(best))) return null;
  likestPoolCounts.carried += 1;
  const offers: Array<{ pool: TermVector; at: number; score: number }> = [];
  if (best) offers.push({ pool: best, at: change.placeOf.get(best)!, score: last.found.score });
  if (runnerUp) offers.push({ pool: runnerUp, at: change.placeOf.get(runnerUp)!, score: last.found.runnerUpScore });
  for (const { pool, at } of change.added) offers.push({ pool, at, score: cosineWithPool(vector, pool) });
  offers.sort((a, b) => a.at - b.at);
  const ranking = new Ranking();
  for (const { pool, at, score } of offers) ranking.offer(pool, at, score);
  return ranking.answer();
}

/**
 * The pool of `pools` the sentence `owner` (with `vector`) is likest: kept under `key` (standing for the list's
 * pools in order: MeasureWords.poolsKey), else carried from its last answer, else compared with every pool.
 */
export function likestPool(owner: AsksLikest, vector: TermVector, pools: Pools, key: number): Likest {
  const last = owner.last;
  const found = keptFor(owner, key, () => carried(vector, last, pools) ?? scan(vector, pools));
  if (last) [last.pools, last.found] = [pools, found];
  else owner.last = { pools, found };
  return found;
}
