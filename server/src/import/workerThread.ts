/**
 * The import worker's thread (started by ImportWorker.ts): it builds and holds the corpus build of the graph the
 * store holds (importState.ts) and computes one import at a time with computeImport. The build it computed becomes
 * its own only when the main thread says the store took the delta (`settle`), so a refused write leaves both sides
 * as they were.
 */
import { parentPort } from 'node:worker_threads';
import { machineViewOfBuild } from '@policy-cascade/graph-seed';
import type { CorpusBuild, PolicyDocument } from '@policy-cascade/graph-seed';
import { computeAddition, computeImport } from './computeImport';
import { cancelIdleWork, collectIfGrown, collectWhenIdle, runWhenIdle } from './idleCollection';
import { rehearseImport } from './importRehearsal';
import { seedBuild } from './importState';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('[import] workerThread.ts runs as a worker thread (see ImportWorker.ts)');

let build: CorpusBuild | null = null;
let computed: CorpusBuild | null = null;
/** Documents of new corpus texts still to be added (a start that found only new texts), next first. */
let additions: PolicyDocument[] = [];
/** Whether the computation waiting to be settled is the next addition. */
let adding = false;

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

function seed(message: Extract<WorkerRequest, { kind: 'seed' }>): void {
  build = null;
  computed = null;
  try {
    const seeded = seedBuild(message.source);
    build = seeded.build;
    additions = seeded.additions;
    reply({ kind: 'ready', seeded: seeded.seeded });
    // Once idle (a request first cancels both): the graph just handed over is garbage, collected while the main thread
    // writes the graph (idleCollection.ts), so that V8 sets the heap's next limit from the state alone; then the first
    // import is rehearsed (importRehearsal.ts), after the collection, which would drop the code it compiles. The task
    // holds the build alone: `seeded` also holds the graph handed over, which the collection is there to free.
    const seededBuild = seeded.build;
    runWhenIdle(() => {
      collectIfGrown();
      const rehearsed = rehearseImport(seededBuild);
      if (rehearsed && build === seededBuild) build = rehearsed;
    });
  } catch (error) {
    reply({ kind: 'unseeded', message: error instanceof Error ? error.message : String(error) });
  }
}

port.on('message', (message: WorkerRequest) => {
  cancelIdleWork();
  switch (message.kind) {
    case 'seed':
      seed(message);
      return;
    case 'compute': {
      if (!build) throw new Error('[import] the worker was asked to import before its state was built');
      const step = computeImport(build, message.request, message.bounds);
      computed = step.next;
      adding = false;
      reply({ kind: 'computed', outcome: step.outcome });
      return;
    }
    case 'add': {
      const [next] = additions;
      if (!build || !next) throw new Error('[import] the worker was asked to add a document it does not have');
      const step = computeAddition(build, next, message.reviews);
      computed = step.next;
      adding = true;
      reply({ kind: 'computed', outcome: step.outcome });
      return;
    }
    case 'settle':
      if (message.accepted && computed) {
        build = computed;
        if (adding) additions = additions.slice(1);
      }
      computed = null;
      adding = false;
      // Earlier builds are garbage now: collected once no import follows at once (idleCollection.ts).
      collectWhenIdle();
      return;
    case 'machineEdges': {
      if (!build) throw new Error('[import] the worker was asked for edges before its state was built');
      const view = machineViewOfBuild(build);
      reply({ kind: 'machineEdges', edges: message.keys.map((key) => view.edge(key) ?? null) });
      return;
    }
  }
});
