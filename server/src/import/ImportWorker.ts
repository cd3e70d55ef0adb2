/**
 * Runs computeImport in a worker thread (workerThread.ts), off the thread that answers reads (issue 17: two large
 * imports once held every read for 21 minutes). The worker builds and holds the corpus build of what the store holds
 * (importState.ts, issue 11) when it starts: at the server's start, or at the next import after a worker was
 * stopped. One worker, one import at a time (PolicyImporter queues them), each import bounded by a time budget and
 * the worker by a heap cap: past either, the worker is stopped, the import refused with TOO_LARGE, and a new worker
 * is started from the texts the store holds at the next import.
 */
import { Worker } from 'node:worker_threads';
import type { AlignmentReview } from '@policy-cascade/graph-seed';
import { DEFAULT_IMPORT_BUDGET } from '../config';
import type { ImportBudget } from '../config';
import type { GraphEdge } from '@policy-cascade/graph-seed';
import { rejection } from './checkText';
import { steadyHeapLimits } from './idleCollection';
import type { Rejection } from './checkText';
import { IMPORT_BOUNDS } from './computeImport';
import type { ComputedImport, ImportBounds, ImportRequest } from './computeImport';
import type { SeedSource, Seeded } from './importState';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** A JavaScript entry that registers tsx, then imports workerThread.ts. */
const ENTRY = new URL('./workerBoot.mjs', import.meta.url);

/**
 * The worker's young generation: 96 MB, three times a semi-space of 32 MB (V8's default is 16). An import's tables
 * live through several scavenges of a 16 MB semi-space and are promoted, to be collected later by a full collection
 * of a heap of 1.2-2 GB; with 32 MB, fewer are. Ten imports into 1,000 documents (bench/_workerChild.ts with
 * --max-semi-space-size=32, two runs each, quiet machine): 130 scavenges instead of 265, 20-21.5 s of CPU instead of
 * 23.5-27, the slowest import 2.3-2.7 s instead of 3.3-3.4. A build in the worker is measured with the same size
 * (bench/_alignRun.ts).
 */
const YOUNG_GENERATION_MB = 96;

function spawnWorker(memoryMb: number): Worker {
  steadyHeapLimits(YOUNG_GENERATION_MB / 3);
  return new Worker(ENTRY, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

function post(worker: Worker, message: WorkerRequest): void {
  worker.postMessage(message);
}

export class ImportWorker {
  private worker: Promise<Worker> | undefined;
  /** The worker once started: the one `discard` retires. */
  private current: Worker | undefined;
  /** What the current worker reported once its state was built (its graph, if any, handed out once). */
  private seeded: Seeded | undefined;

  /** `source`: what the store holds now, sent to every new worker. */
  constructor(
    private readonly source: (graph: boolean) => Promise<SeedSource>,
    private readonly budget: ImportBudget = DEFAULT_IMPORT_BUDGET,
    private readonly bounds: ImportBounds = IMPORT_BOUNDS,
  ) {}

  /**
   * Starts the worker now rather than at the first import, and resolves once its state is built. With `graph`, and
   * when this starts the worker, the whole graph comes back with it (a start that writes it to the store).
   */
  async warmUp(options: { graph?: boolean } = {}): Promise<Seeded> {
    await this.started(options.graph === true);
    const seeded = this.seeded;
    if (!seeded) throw new Error('[import] the import worker stopped while starting');
    this.seeded = { ...seeded, graph: null };
    return seeded;
  }

  compute(request: ImportRequest): Promise<ComputedImport | Rejection> {
    return this.request({ kind: 'compute', request, bounds: this.bounds });
  }

  /** Computes the next document of the new corpus texts the worker was seeded with (Seeded.additions). */
  addNext(reviews: readonly AlignmentReview[]): Promise<ComputedImport | Rejection> {
    return this.request({ kind: 'add', reviews });
  }

  private async request(message: WorkerRequest): Promise<ComputedImport | Rejection> {
    const worker = await this.started();
    worker.ref();
    try {
      return await this.run(worker, message);
    } finally {
      worker.unref();
    }
  }

  /**
   * The machine's edges of `keys` (review keys) in the build the worker holds — the graph the store holds before
   * reviews — starting the worker when none runs. One per key, null where the machine makes no edge.
   */
  async machineEdges(keys: readonly string[]): Promise<Array<GraphEdge | null>> {
    const worker = await this.started();
    worker.ref();
    return new Promise<Array<GraphEdge | null>>((resolve, reject) => {
      const done = () => worker.off('message', onMessage).off('exit', onExit).unref();
      const onMessage = (message: WorkerReply) => {
        if (message.kind !== 'machineEdges') return;
        done();
        resolve(message.edges);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`[import] the import worker stopped (exit code ${code})`));
      };
      worker.on('message', onMessage).on('exit', onExit);
      post(worker, { kind: 'machineEdges', keys });
    });
  }

  /** Tells the worker whether the store took what it computed last. */
  settle(accepted: boolean): void {
    if (this.current) post(this.current, { kind: 'settle', accepted });
  }

  async close(): Promise<void> {
    const worker = await this.worker?.catch(() => undefined);
    this.worker = undefined;
    this.current = undefined;
    this.seeded = undefined;
    await worker?.terminate();
  }

  private run(worker: Worker, request: WorkerRequest): Promise<ComputedImport | Rejection> {
    const { timeoutMs, memoryMb } = this.budget;
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      const stop = (outcome: Rejection) => {
        done();
        this.discard(worker);
        resolve(outcome);
      };
      const timer = setTimeout(() => stop(overBudget(`took longer than ${timeoutMs / 1000} s`)), timeoutMs);
      const onMessage = (message: WorkerReply) => {
        if (message.kind !== 'computed') return;
        done();
        resolve(message.outcome);
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') stop(overBudget(`needed more than ${memoryMb} MB`));
        else {
          done();
          this.discard(worker);
          reject(error);
        }
      };
      const onExit = (code: number) => {
        done();
        this.discard(worker);
        reject(new Error(`[import] the import worker stopped (exit code ${code})`));
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      post(worker, request);
    });
  }

  private started(graph = false): Promise<Worker> {
    this.worker ??= this.start(graph).catch((error: unknown) => {
      this.worker = undefined;
      throw error;
    });
    return this.worker;
  }

  private async start(graph: boolean): Promise<Worker> {
    const source = await this.source(graph);
    const worker = spawnWorker(this.budget.memoryMb);
    let failure: Error | undefined;
    // An error while idle (none is expected) only retires the worker; the next import starts another.
    worker.on('error', (error) => {
      failure = error;
      this.discard(worker);
    });
    return new Promise((resolve, reject) => {
      const onMessage = (message: WorkerReply) => {
        if (message.kind === 'unseeded') {
          worker.off('message', onMessage).off('exit', onExit);
          this.discard(worker);
          reject(new Error(`[import] the import worker cannot build the graph: ${message.message}`));
        }
        if (message.kind !== 'ready') return;
        worker.off('message', onMessage).off('exit', onExit);
        worker.unref();
        this.current = worker;
        this.seeded = message.seeded;
        resolve(worker);
      };
      const onExit = (code: number) => reject(this.notStarted(code, failure));
      worker.on('message', onMessage).on('exit', onExit);
      post(worker, { kind: 'seed', source });
    });
  }

  private notStarted(code: number, failure: (Error & { code?: string }) | undefined): Error {
    const why =
      failure?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `the graph the store holds does not fit in its heap cap of ${this.budget.memoryMb} MB ` +
          '(raise CASCADE_IMPORT_MEMORY_MB)'
        : `exit code ${code}`;
    return new Error(`[import] the import worker did not start: ${why}`, { cause: failure });
  }

  /** Stops `worker`; when it is the current one, the next import starts a new one. */
  private discard(worker: Worker): void {
    if (this.current === worker) {
      this.worker = undefined;
      this.current = undefined;
      this.seeded = undefined;
    }
    void worker.terminate();
  }
}

function overBudget(what: string): Rejection {
  const message =
    `Parsing and aligning the document ${what}, more than an import may (CASCADE_IMPORT_TIMEOUT_S, ` +
    'CASCADE_IMPORT_MEMORY_MB); nothing was changed. Split it into its documents.';
  return rejection('TOO_LARGE', message);
}
