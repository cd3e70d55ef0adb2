/** Messages between the request thread (ImportWorker.ts) and the import worker (workerThread.ts). */
import type { AlignmentReview, GraphEdge } from '@policy-cascade/graph-seed';
import type { Rejection } from './checkText';
import type { ComputedImport, ImportBounds, ImportRequest } from './computeImport';
import type { SeedSource, Seeded } from './importState';

export type WorkerRequest =
  /** What the store holds, as texts and inferred ids: sent once to every new worker, which builds its state. */
  | { kind: 'seed'; source: SeedSource }
  | { kind: 'compute'; request: ImportRequest; bounds: ImportBounds }
  /** The next document of the new corpus texts a start found (Seeded.additions), with the reviews laid over it. */
  | { kind: 'add'; reviews: readonly AlignmentReview[] }
  /** Whether the store took the last computed document. */
  | { kind: 'settle'; accepted: boolean }
  /** The machine's edges of these review keys (`IMPLEMENTS:from->to`), as the build it holds makes them. */
  | { kind: 'machineEdges'; keys: readonly string[] };

export type WorkerReply =
  | { kind: 'ready'; seeded: Seeded }
  /** The state could not be built (the message says why); the worker holds nothing. */
  | { kind: 'unseeded'; message: string }
  | { kind: 'computed'; outcome: ComputedImport | Rejection }
  /** One per key asked for: the machine's edge, or null where it makes none. */
  | { kind: 'machineEdges'; edges: Array<GraphEdge | null> };
