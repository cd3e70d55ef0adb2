/**
 * What the import worker holds at n synthetic documents (alignProvince.ts, part `worker`), in a fresh process run
 * with --trace-gc --expose-gc: `tsx bench/_workerChild.ts <n>` builds the worker's state as a start that writes the
 * graph does (seedBuild, graph included), then computes three imports on it as the worker does (computeImport, the
 * state kept after each), and prints one JSON line: the build's time, the heap still in use after it (the state),
 * and each import's time. `#built` and `#imported` mark the GC trace for the peaks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus, syntheticNewcomers } from '@policy-cascade/graph-seed';
import { computeImport, IMPORT_BOUNDS, seedBuild } from '../server/src/import';

const n = Number(process.argv[2]);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const dir = mkdtempSync(join(tmpdir(), `cascade-worker-${n}-`));
try {
  for (const { name, text } of syntheticCorpus(n, 1)) writeFileSync(join(dir, name), text);
  const source = { corpusDirs: [dir], kept: [], inferredIds: { clauses: new Map(), sections: new Map() }, graph: true };
  const started = performance.now();
  let { build, seeded } = seedBuild(source);
  // What crosses to the main thread: the graph, serialized once. The copy is the main thread's, not the worker's:
  // kept here, it counted 540 MB at 1,000 documents into the state below that the worker never holds.
  const nodes = structuredClone(seeded.graph)?.nodes.length ?? 0;
  const buildMs = performance.now() - started;
  seeded = { ...seeded, graph: null };
  process.stdout.write(`#built ${nodes}\n`);
  const stateMb = heapMb();
  const imports: number[] = [];
  for (const { name, text } of syntheticNewcomers(3, 3)) {
    const at = performance.now();
    const step = computeImport(build, { text, sourceName: name, replace: false }, IMPORT_BOUNDS);
    if (!step.next) throw new Error(`import refused: ${JSON.stringify(step.outcome).slice(0, 300)}`);
    structuredClone(step.outcome);
    build = step.next;
    imports.push(performance.now() - at);
  }
  process.stdout.write('#imported\n');
  const afterMb = heapMb();
  process.stdout.write(`${JSON.stringify({ n, buildMs, stateMb, afterMb, imports, documents: seeded.documents })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
