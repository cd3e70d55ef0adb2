/**
 * A full garbage collection in the import worker once it has been idle for a moment after an import (or after its
 * state was built), when its heap has grown well past what it held after the last collection.
 *
 * Why: each import replaces the corpus build, and the old one (about 160 MB at 1,000 documents) is garbage in the
 * old generation. V8 collects it when it must, in the middle of a later import: at 1,000 documents that import took
 * twice as long (a 1.5 s mark-compact of a 2.6 GB heap under load), and it was the p95 of ten. Imports come minutes
 * apart, so the collection is moved to the idle time after one. Imports in a burst (the next one asked within
 * IDLE_MS) cancel it: a forced collection would then only delay the next one, and V8 keeps its own schedule. The
 * state's build leaves as much garbage again (the whole graph handed to the main thread), collected the same way
 * while the main thread writes the graph.
 *
 * V8 sets the next collection's limit from a growing factor it derives from the mutator's recent speed, and it
 * derives it again after each scavenge: after an idle spell (a start, the minutes between imports) the factor came
 * out at 1.1. At 1,000 documents the worker's limit fell from 2.4 GB to 1.3 GB as its first import began, and that
 * import met a full collection of 1.2 GB (3.0-3.4 s instead of 1.5-2 s). V8's memory reducer did the same harm on
 * its own (collections "to reduce" while the worker sat idle, each setting a low limit and marking 1.2 GB beside the
 * reads). So the process runs with a fixed factor of 2 and without the memory reducer (`steadyHeapLimits`, set by
 * the thread that starts the worker before its heap is made); the flags are V8's and process-wide, so the main
 * thread's heap grows by the same factor.
 *
 * The young generation shrank too: a collection after five idle seconds (V8 then reads the allocation rate as low)
 * left the worker's semi-space at 1 MB, so the first import after a start or a pause ran a scavenge every few
 * hundred kilobytes, each with its fixed cost in a heap of 1.2 GB (at 1,000 documents, 30 scavenges in the first
 * import's first two seconds against 12, and the first of ten imports asked 3 s apart took 1.9-2.1 s against 1.3 s,
 * one run each). Its semi-space is now kept at the size the worker is given (`--min-semi-space-size`).
 *
 * A full collection also costs the import after it: much of the code V8 optimized during the last import does not
 * survive it, so that import compiles again. At 1,000 documents, in bench/_workerChild.ts with a collection before
 * each of four imports, they took 1.3-1.7 s against 1.0-1.3 s without, and V8 optimized 140-190 functions in each
 * against 30-80 (--trace-opt; mostly anonymous closures, and loops compiled on the stack). An idle collection still
 * costs less than V8's own in the middle of an import (its marking, and the same compiling). After the collection
 * that follows the worker's start, an import is rehearsed (importRehearsal.ts).
 *
 * `gc` is reached through V8's flag and a fresh context (the flag cannot be given to a worker thread's execArgv);
 * where that is refused, nothing is collected.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect when the heap in use has grown by this share of what the last collection left. */
const GROWTH = 0.3;
/** How long the worker must have been idle after an import before it collects. */
export const IDLE_MS = 500;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

const used = () => getHeapStatistics().used_heap_size;

/** What the heap held after the last collection this module ran (0 before the first). */
let settled = 0;

/** A full collection when none ran yet or the heap has grown past GROWTH since the last one; returns whether it ran. */
export function collectIfGrown(): boolean {
  const gc = collector();
  if (!gc || (settled > 0 && used() < settled * (1 + GROWTH))) return false;
  gc();
  settled = used();
  return true;
}

let steady = false;

/**
 * V8's fixed growing factor of 2, no memory reducer, and semi-spaces never below `semiSpaceMb` (the worker's own),
 * for the process (see the file comment); once, before the worker's heap is made.
 */
export function steadyHeapLimits(semiSpaceMb: number): void {
  if (steady) return;
  setFlagsFromString('--heap-growing-percent=100');
  setFlagsFromString('--no-memory-reducer');
  setFlagsFromString(`--min-semi-space-size=${semiSpaceMb}`);
  steady = true;
}

let idle: ReturnType<typeof setTimeout> | undefined;

/**
 * Runs `task` once the worker has been idle for IDLE_MS (no request since); a later call replaces a task not yet
 * run. The worker's idle work: the collection after an import, the rehearsal after its state is built
 * (importRehearsal.ts).
 */
export function runWhenIdle(task: () => void): void {
  cancelIdleWork();
  idle = setTimeout(() => {
    idle = undefined;
    task();
  }, IDLE_MS);
  // A worker being stopped does not wait for it.
  idle.unref();
}

/** After an import settles: collectIfGrown once the worker has been idle for IDLE_MS (`done` says whether it ran). */
export function collectWhenIdle(done?: (ran: boolean) => void): void {
  runWhenIdle(() => {
    // Not `done?.(collectIfGrown())`: without `done` the optional call would skip its argument, the collection.
    const ran = collectIfGrown();
    done?.(ran);
  });
}

/** A request came: the worker is not idle, no idle work before it. */
export function cancelIdleWork(): void {
  if (idle !== undefined) clearTimeout(idle);
  idle = undefined;
}
