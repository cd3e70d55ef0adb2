/**
 * Runs _alignChild.ts for one size in a fresh node process (the flags `npm run serve` uses, a heap cap at issue 11's
 * goal for the build's peak, and --trace-gc) and
 * reads the peak heap of the build from the GC trace: the largest heap in use when a collection started (garbage
 * included: V8 lets the old generation grow to gigabytes before a full collection when no cap is set), and the
 * largest heap left after a full collection (what the build held live then: a lower bound of its live peak).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Issue 11's goal for the peak heap of building and aligning 1,000 documents, in MB. */
const BUILD_HEAP_GOAL_MB = 1536;

export interface AlignRun {
  n: number;
  clauses: number;
  ms: number;
  cpuMs: number;
  edges: number;
  peers: number;
  precision: number;
  recall: number;
  measures: number;
  peakHeapMb: number;
  /** The largest heap left after a full collection during the build: a lower bound of what it holds live. */
  liveHeapMb: number;
  /**
   * Time the build's thread spent collecting: the pauses of every collection and the incremental marking steps, from
   * the GC trace. The rest of `ms` is the build's own work; set against each other across sizes, they show which of
   * the two grows faster than the documents.
   */
  gcMs: number;
}

export function alignRun(n: number): AlignRun {
  const child = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=32',
      // Issue 11's goal for the peak heap of a build of 1,000 documents: a build that needs more fails here. (The
      // import worker's cap, CASCADE_IMPORT_MEMORY_MB, is larger: it also keeps the build's state between imports.)
      `--max-old-space-size=${BUILD_HEAP_GOAL_MB}`,
      '--trace-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, '_alignChild.ts'),
      String(n),
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    const outOfMemory = /heap out of memory/.test(child.stderr) ? ` (past the ${BUILD_HEAP_GOAL_MB} MB cap)` : '';
    throw new Error(`_alignChild.ts ${n} failed${outOfMemory}: ${child.stderr.slice(-2000)}`);
  }
  const lines = child.stdout.split('\n');
  const result = JSON.parse(lines.find((line) => line.startsWith('{')) ?? 'null') as Omit<
    AlignRun,
    'peakHeapMb' | 'liveHeapMb' | 'gcMs'
  >;
  let [peak, live, gcMs] = [0, 0, 0];
  const [building, built] = [lines.indexOf('#building'), lines.indexOf('#built')];
  for (const [at, line] of lines.slice(0, built).entries()) {
    const before = /: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line);
    if (before) peak = Math.max(peak, Number(before[1]));
    const after = /: Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+)/.exec(line);
    if (after) live = Math.max(live, Number(after[1]));
    // `… MB, 1.60 / 0.02 ms  (+ 12.8 ms in 48 steps …`: the pause, then the marking steps that led to it.
    const pause = /MB, ([\d.]+) \/ [\d.]+ ms/.exec(line);
    const steps = /\(\+ ([\d.]+) ms in \d+ steps/.exec(line);
    if (at > building) gcMs += Number(pause?.[1] ?? 0) + Number(steps?.[1] ?? 0);
  }
  return { ...result, peakHeapMb: peak, liveHeapMb: live, gcMs };
}

/**
 * Builds at two sizes, `runs` times each, alternating (small, large, small, large …), and returns the fastest run of
 * each, printing every run's time (`align.synthetic{n}.runs`). On this shared two-core machine one build of 1,000
 * documents took 40-57 s from one run to the next, more than any change measured: the fastest of a few alternating
 * runs is the figure least moved by whatever else ran meanwhile (slowness only adds), and alternating spreads that
 * over both sizes. Every run is printed, so the spread is seen.
 */
export function fastestRuns(small: number, large: number, runs: number): [AlignRun, AlignRun] {
  const made: Array<[AlignRun, AlignRun]> = [];
  for (let k = 0; k < runs; k++) made.push([alignRun(small), alignRun(large)]);
  const fastest = (side: 0 | 1) => made.map((pair) => pair[side]).reduce((a, b) => (b.ms < a.ms ? b : a));
  for (const side of [0, 1] as const) {
    const times = made.map((pair) => `${(pair[side].ms / 1000).toFixed(1)} s`).join(', ');
    process.stdout.write(`align.synthetic${made[0]![side].n}.runs: ${times}\n`);
  }
  const ratios = made.map(([a, b]) => (b.ms / a.ms).toFixed(2)).join(', ');
  process.stdout.write(`align.ratio.${large}/${small}.runs: ${ratios}\n`);
  return [fastest(0), fastest(1)];
}

/** Prints one size's lines (`align.synthetic{n}.*`). */
export function printRun(run: AlignRun): void {
  const name = `align.synthetic${run.n}`;
  const lines = [
    [`${name}`, `${run.ms.toFixed(0)} ms`],
    [`${name}.cpu`, `${run.cpuMs.toFixed(0)} ms`],
    [`${name}.clauses`, `${run.clauses}`],
    [`${name}.heapPeak`, `${run.peakHeapMb.toFixed(0)} MB`],
    [`${name}.heapLive`, `${run.liveHeapMb.toFixed(0)} MB`],
    [`${name}.gc`, `${run.gcMs.toFixed(0)} ms`],
    [`${name}.edges`, `${run.edges}`],
    [`${name}.edges.correspondsTo`, `${run.peers}`],
    [`${name}.measures`, `${run.measures}`],
    [`${name}.precision`, run.precision.toFixed(3)],
    [`${name}.recall`, run.recall.toFixed(3)],
  ];
  for (const [key, value] of lines) process.stdout.write(`${key}: ${value}\n`);
}

/** `align.ratio.{b}/{a}` of wall and CPU time (of the fastest runs, with fastestRuns). */
export function printRatio(a: AlignRun, b: AlignRun): void {
  process.stdout.write(`align.ratio.${b.n}/${a.n}: ${(b.ms / a.ms).toFixed(2)}\n`);
  process.stdout.write(`align.ratio.${b.n}/${a.n}.cpu: ${(b.cpuMs / a.cpuMs).toFixed(2)}\n`);
  // The build's own work without the collector's time on its thread (AlignRun.gcMs): not a goal, the reading of one.
  const work = (run: AlignRun) => run.ms - run.gcMs;
  process.stdout.write(`align.ratio.${b.n}/${a.n}.withoutGc: ${(work(b) / work(a)).toFixed(2)}\n`);
}
