/**
 * A full garbage collection in the import worker while the main thread writes an import's delta, when the worker's
 * heap has grown well past what it held after the last collection.
 *
 * Why: each import replaces the corpus build, and the old one (about 160 MB at 1,000 documents) is garbage in the
 * old generation. V8 collects it when it must, in the middle of a later import: at 1,000 documents that import took
 * twice as long (a 1.5 s mark-compact of a 2.6 GB heap under load), and it was the p95 of ten. The worker is idle
 * while the store takes the delta, so the collection is moved there.
 *
 * `gc` is reached through V8's flag and a fresh context (the flag cannot be given to a worker thread's execArgv);
 * where that is refused, nothing is collected and V8 keeps its own schedule.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect when the heap in use has grown by this share of what the last collection left. */
const GROWTH = 0.3;

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

/**
 * A full collection when none ran yet or the heap has grown past GROWTH since the last one; returns whether it ran.
 * The first one comes after the first import rather than after the state's build, which a waiting import would
 * otherwise wait for.
 */
export function collectIfGrown(): boolean {
  const gc = collector();
  if (!gc || (settled > 0 && used() < settled * (1 + GROWTH))) return false;
  gc();
  settled = used();
  return true;
}
