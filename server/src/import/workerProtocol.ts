/** Messages between the request thread (ImportWorker.ts) and the import worker (workerThread.ts). */
import type { Rejection } from './checkText';
import type { ComputedImport, ImportBounds, ImportRequest, ImportState } from './computeImport';

export type WorkerRequest =
  /** What the store holds: sent once to every new worker. */
  | { kind: 'seed'; state: ImportState }
  | { kind: 'compute'; request: ImportRequest; bounds: ImportBounds }
  /** Whether the store took the last computed document. */
  | { kind: 'settle'; accepted: boolean };

export type WorkerReply = { kind: 'ready' } | { kind: 'computed'; outcome: ComputedImport | Rejection };
