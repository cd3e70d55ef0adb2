/**
 * Runs _alignChild.ts for one size in a fresh node process (the flags `npm run serve` uses, plus --trace-gc) and
 * reads the peak heap of the build from the GC trace: the largest heap in use when a collection started.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

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
}

export function alignRun(n: number): AlignRun {
  const child = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=32',
      '--trace-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, '_alignChild.ts'),
      String(n),
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`_alignChild.ts ${n} failed: ${child.stderr.slice(-2000)}`);
  const lines = child.stdout.split('\n');
  const result = JSON.parse(lines.find((line) => line.startsWith('{')) ?? 'null') as Omit<AlignRun, 'peakHeapMb'>;
  let peak = 0;
  for (const line of lines.slice(0, lines.indexOf('#built'))) {
    const before = /: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line);
    if (before) peak = Math.max(peak, Number(before[1]));
  }
  return { ...result, peakHeapMb: peak };
}

/** Prints one size's lines (`align.synthetic{n}.*`). */
export function printRun(run: AlignRun): void {
  const name = `align.synthetic${run.n}`;
  const lines = [
    [`${name}`, `${run.ms.toFixed(0)} ms`],
    [`${name}.cpu`, `${run.cpuMs.toFixed(0)} ms`],
    [`${name}.clauses`, `${run.clauses}`],
    [`${name}.heapPeak`, `${run.peakHeapMb.toFixed(0)} MB`],
    [`${name}.edges`, `${run.edges}`],
    [`${name}.edges.correspondsTo`, `${run.peers}`],
    [`${name}.measures`, `${run.measures}`],
    [`${name}.precision`, run.precision.toFixed(3)],
    [`${name}.recall`, run.recall.toFixed(3)],
  ];
  for (const [key, value] of lines) process.stdout.write(`${key}: ${value}\n`);
}

/** `align.ratio.{b}/{a}` of wall and CPU time. */
export function printRatio(a: AlignRun, b: AlignRun): void {
  process.stdout.write(`align.ratio.${b.n}/${a.n}: ${(b.ms / a.ms).toFixed(2)}\n`);
  process.stdout.write(`align.ratio.${b.n}/${a.n}.cpu: ${(b.cpuMs / a.cpuMs).toFixed(2)}\n`);
}
