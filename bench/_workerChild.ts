/**
 * What the import worker holds at n synthetic documents, in a fresh process run by hand with --expose-gc, the worker's
 * heap flags (idleCollection.ts steadyHeapLimits: --heap-growing-percent=100 --no-memory-reducer) and its young
 * generation (ImportWorker.ts: --max-semi-space-size=32 --min-semi-space-size=32), and --trace-gc for the detail:
 * `tsx bench/_workerChild.ts <n> [count]` builds the worker's state as a start that writes the graph does (seedBuild,
 * graph included), collects and then rehearses an import as the worker does once idle (importRehearsal.ts; the
 * rehearsal's time printed as rehearsalMs, the heap the collection left as stateMb), then computes `count` imports
 * (three unless told) on it as the worker does (computeImport, the state kept after each), and prints one JSON line:
 * the build's time, the heap still in use after it (the state), each import's wall and CPU time, the heap in use after
 * each import (heapAfterMb: its rise per import is what an import leaves until a full collection) and the imports a
 * full collection fell in (collectedIn: at 1,000 documents the fifteenth, 76-77 MB per import, against the eleventh
 * before graph-seed's lists were made lean, 99-104 MB), the size of each delta and how far its alignment reached
 * (scopes: document, family or corpus). `#built` and `#imported` mark the GC trace for the peaks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus, syntheticNewcomers } from '@policy-cascade/graph-seed';
import { computeImport, IMPORT_BOUNDS, rehearseImport, seedBuild } from '../server/src/import';

const n = Number(process.argv[2]);
// How many imports (the API bench makes ten: its p95 is their slowest); three unless told.
const count = Number(process.argv[3] ?? 3);
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
  // As the worker does once idle after building its state: it collects (heapMb), then rehearses an import and holds
  // the rehearsal's build (importRehearsal.ts).
  const stateMb = heapMb();
  const rehearsedAt = performance.now();
  build = rehearseImport(build) ?? build;
  const rehearsalMs = performance.now() - rehearsedAt;
  const imports: number[] = [];
  // User + system CPU of each import as well: on a loaded machine the wall time says more of the others than of it.
  const importsCpu: number[] = [];
  // What each delta holds (nodes and edges written, removed ones included): the main thread writes it to the store.
  const deltas: number[][] = [];
  // How far each import's alignment reached (document, family, corpus): a family's or the corpus's costs more.
  const scopes: string[] = [];
  // The heap in use after each import, not collected: its rise from one import to the next is what an import leaves
  // in the old generation until a full collection (the worker's headroom in a burst: idleCollection.ts).
  const heapAfterMb: number[] = [];
  // When each import ran, and when V8 ran a full collection: the imports a collection fell in.
  const spans: Array<[number, number]> = [];
  const fullCollections: number[] = [];
  // A gc entry's `detail` (its kind) is Node's, not in the DOM's PerformanceEntry type.
  const isFull = (entry: object) =>
    (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (isFull(entry)) fullCollections.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  // CASCADE_IMPORT_PROFILE=<file>: a CPU profile of the imports alone (the build's would drown them).
  const profileTo = process.env.CASCADE_IMPORT_PROFILE;
  const session = profileTo ? new Session() : null;
  const post = (method: string) =>
    new Promise<unknown>((done, fail) =>
      session!.post(method, (error, result) => (error ? fail(error) : done(result))),
    );
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  for (const { name, text } of syntheticNewcomers(count, 3)) {
    const at = performance.now();
    const cpuAt = process.cpuUsage();
    const step = computeImport(build, { text, sourceName: name, replace: false }, IMPORT_BOUNDS);
    if (!step.next) throw new Error(`import refused: ${JSON.stringify(step.outcome).slice(0, 300)}`);
    // Serialized as postMessage does, off the heap (a structured clone's copy added some 20 MB per import to it).
    serialize(step.outcome);
    if (step.outcome.ok) {
      const { delta } = step.outcome;
      deltas.push([delta.nodes.length + delta.removedNodes.length, delta.edges.length + delta.removedEdges.length]);
      scopes.push(step.outcome.scope);
    }
    build = step.next;
    imports.push(performance.now() - at);
    spans.push([at, performance.now()]);
    heapAfterMb.push(process.memoryUsage().heapUsed / 2 ** 20);
    const cpu = process.cpuUsage(cpuAt);
    importsCpu.push((cpu.user + cpu.system) / 1000);
  }
  if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(profileTo!, JSON.stringify(profile));
    session.disconnect();
  }
  // The observer hears of collections a little after the loop yields (not within the next turn).
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const collectedIn = fullCollections.flatMap((t) => {
    const index = spans.findIndex(([from, to]) => t >= from && t <= to);
    return index >= 0 ? [index] : [];
  });
  process.stdout.write('#imported\n');
  const afterMb = heapMb();
  process.stdout.write(
    `${JSON.stringify({ n, buildMs, stateMb, rehearsalMs, afterMb, imports, importsCpu, heapAfterMb, collectedIn, deltas, scopes, documents: seeded.documents })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
