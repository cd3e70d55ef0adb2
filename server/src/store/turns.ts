/**
 * Work over the whole graph on the thread that answers requests, cut into turns of the event loop. The reads the
 * server warms after a start or a full rewrite (PolicyRepository.warm: the search index, the cascade's adjacency and
 * memo) turn every clause, edge and quantity into objects and index them: at 1,000 documents some 3 s of JavaScript,
 * which, once grafeo's rows were taken in turns too (grafeo/grafeoRows.ts), still ran as stalls of up to 1.3 s
 * (measured with a timer on the main thread), and a cascade asked meanwhile waited for them. Cut into turns of about
 * TURN_MS, a request waits for one turn at most, unless it needs what is being built (a search waits for its index).
 *
 * A computation is written once, as a generator that yields where it may pause: `inTurns` runs it across turns (the
 * warm-up), `whole` at once (an advance after a write, which must change an index in one synchronous step). Whoever
 * runs work in turns must allow for writes between its turns, as for any await.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work between two turns of the event loop, about. */
export const TURN_MS = 10;

/** Items a loop handles between two points where it may pause: a clock read per item would cost more than most items. */
export const ITEMS_PER_STEP = 256;

/** A computation that yields where it may pause and returns its result. */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs `steps` to the end at once. */
export function whole<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, giving the event loop a turn whenever TURN_MS of work passed since the last. */
export async function inTurns<T>(steps: Steps<T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < TURN_MS) continue;
    await nextTurn();
    since = performance.now();
  }
}

function* eachSteps<T>(items: Iterable<T>, each: (item: T) => void): Steps<void> {
  let count = 0;
  for (const item of items) {
    each(item);
    if (++count % ITEMS_PER_STEP === 0) yield;
  }
}

/** Calls `each` on every item in order, in turns. */
export function eachInTurns<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  return inTurns(eachSteps(items, each));
}

/** `items` mapped by `map`, in order, in turns. */
export async function mapInTurns<T, U>(items: readonly T[], map: (item: T) => U): Promise<U[]> {
  const mapped: U[] = [];
  await eachInTurns(items, (item) => mapped.push(map(item)));
  return mapped;
}
