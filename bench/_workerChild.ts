/**
 * What the import worker holds at n synthetic documents, in a fresh process run by hand with --trace-gc --expose-gc and
 * --max-semi-space-size=32 --min-semi-space-size=32, the worker's young generation (ImportWorker.ts, idleCollection.ts
 * steadyHeapLimits): `tsx bench/_workerChild.ts <n> [count]` builds the worker's state as a start that writes the graph
 * does (seedBuild, graph included), collects and then rehearses an import as the worker does once idle
 * (importRehearsal.ts; the rehearsal's time printed as rehearsalMs, the heap the collection left as stateMb), then
 * computes `count` imports (three unless told; ten, with a heap cap of 3,072 MB, meet a full collection as the API
 * bench's do) on it as the worker does (computeImport, the state kept after each), and prints one JSON line: the
 * build's time, the heap still in use after it (the state), each import's wall and CPU time, the size of its delta
 * and how far its alignment reached (scopes: document, family or corpus). `#built` and `#imported` mark the GC trace
 * for the peaks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
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
    structuredClone(step.outcome);
    if (step.outcome.ok) {
      const { delta } = step.outcome;
      deltas.push([delta.nodes.length + delta.removedNodes.length, delta.edges.length + delta.removedEdges.length]);
      scopes.push(step.outcome.scope);
    }
    build = step.next;
    imports.push(performance.now() - at);
    const cpu = process.cpuUsage(cpuAt);
    importsCpu.push((cpu.user + cpu.system) / 1000);
  }
  if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(profileTo!, JSON.stringify(profile));
    session.disconnect();
  }
  process.stdout.write('#imported\n');
  const afterMb = heapMb();
  process.stdout.write(
    `${JSON.stringify({ n, buildMs, stateMb, rehearsalMs, afterMb, imports, importsCpu, deltas, scopes, documents: seeded.documents })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
