/**
 * The import worker's thread (started by ImportWorker.ts): it holds the state of the graph the store holds and
 * computes one import at a time with computeImport. The state it computed becomes its own only when the main
 * thread says the store took it (`settle`), so a refused write leaves both sides as they were.
 */
import { parentPort } from 'node:worker_threads';
import { computeImport, stateAfter } from './computeImport';
import type { ImportState } from './computeImport';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('[import] workerThread.ts runs as a worker thread (see ImportWorker.ts)');

let state: ImportState = { documents: [], measures: new Map() };
let computed: ImportState | null = null;

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

port.on('message', (message: WorkerRequest) => {
  switch (message.kind) {
    case 'seed':
      state = message.state;
      computed = null;
      reply({ kind: 'ready' });
      return;
    case 'compute': {
      const outcome = computeImport(state, message.request, message.bounds);
      computed = outcome.ok ? stateAfter(state, outcome) : null;
      reply({ kind: 'computed', outcome });
      return;
    }
    case 'settle':
      if (message.accepted && computed) state = computed;
      computed = null;
      return;
  }
});
