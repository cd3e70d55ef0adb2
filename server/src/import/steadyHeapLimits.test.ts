import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { steadyHeapLimits } from './idleCollection';

// A worker that allocates as an import does, sits idle past V8's five-second window for allocation throughput, then
// collects as the worker does when idle (idleCollection.ts): it reports the room left in its young generation.
const IDLE_THEN_COLLECT = `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const vm = require('node:vm');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let held = [];
for (let i = 0; i < 2000000; i++) {
  held.push({ i, text: 'x' + i });
  if (held.length > 50000) held = [];
}
setTimeout(() => {
  gc();
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  parentPort.postMessage(young.space_available_size / 2 ** 20);
}, 6000);
`;

it('keeps a worker young generation at its size through an idle spell and a collection', async () => {
  // Without the minimum, V8 shrank it to 1 MB there: the next import then ran hundreds of scavenges.
  steadyHeapLimits(16);
  const worker = new Worker(IDLE_THEN_COLLECT, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
  try {
    const availableMb = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(availableMb).toBeGreaterThan(8);
  } finally {
    await worker.terminate();
  }
}, 30_000);
