/**
 * Crash safety (issue 17): the server is killed with SIGKILL at 10 points of an import and restarted on the same
 * CASCADE_DATA_DIR. Each time the graph is the one before the import or the one after it, never one between, no
 * `.staged` file remains, and an import the server confirmed is never lost. The points, each at a random moment:
 * - 4 before the text is written: from the request's arrival through the parse and alignment in the worker;
 * - 3 during the staged write: as soon as the `.staged` file appears (the rename and the store transaction follow);
 * - 3 after it: once the text is renamed into place, while the store transaction runs or after it answered.
 * The file events come from watching the imports directory (inotify), so the points do not depend on how fast the
 * machine is. The seed is printed; CRASH_SEED replays a run. Each import switches 南湖 2026's amount between two
 * versions, so "before" and "after" differ in what the API answers.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '@policy-cascade/graph-seed';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { graphql } from '../support/http';
import { answersOf, importText } from './probe';

afterAll(stopAllServers);

const NANHU = readFileSync(join(repoRoot, 'test/api/fixtures/330402-nanhu-2026.txt'), 'utf8');
const VERSIONS = [NANHU, NANHU.replace('120万元', '150万元')] as const;
const CLAUSES = ['330402-2026/c1', '330411-2025/c1', '330000-2025/c2'];

/** Resolves once a file whose name passes `wanted` is created or renamed in `dir` (or after 60 s). */
function fileEvent(dir: string, wanted: (name: string) => boolean): { seen: Promise<void>; close(): void } {
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  const seen = new Promise<void>((resolve) => {
    watcher = watch(dir, (_event, name) => {
      if (name !== null && wanted(name)) resolve();
    });
    timer = setTimeout(resolve, 60_000);
  });
  return {
    seen,
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}

/** When point `n` kills the server: a moment before the write, on the staged file, or after the rename. */
function killMoment(point: number, next: () => number, importsDir: string, duration: number) {
  if (point < 4) {
    const delay = duration * 0.8 * next();
    return { label: `${delay.toFixed(0)} ms in`, ready: () => new Promise((r) => setTimeout(r, delay)), close() {} };
  }
  const staged = point < 7;
  const watched = fileEvent(importsDir, (name) => (staged ? name.endsWith('.staged') : name.endsWith('.json')));
  const after = staged ? 20 * next() : 300 * next();
  return {
    label: `${after.toFixed(0)} ms after the ${staged ? 'staged file appeared' : 'rename'}`,
    ready: () => watched.seen.then(() => new Promise((r) => setTimeout(r, after))),
    close: () => watched.close(),
  };
}

async function stateOf(url: string): Promise<unknown> {
  const amounts = await graphql(url, '{ clause(id: "330402-2026/c1") { amounts { text } } }');
  return { amounts: amounts.data, answers: await answersOf(url, CLAUSES) };
}

describe('kill -9 during an import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const start = () => spawnServer({ env: { CASCADE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
  const staged = () => readdirSync(join(dataDir, 'imports')).filter((name) => name.endsWith('.staged'));

  it('leaves the graph as it was before the import or after it, at 10 points of it', async () => {
    let server: ServerProcess = await start();
    // The two versions imported cleanly, each on a fresh server as the killed imports will be: the states to
    // expect, and how long an import takes on a server that just started.
    const states: unknown[] = [];
    let duration = 0;
    for (const [n, text] of VERSIONS.entries()) {
      const started = performance.now();
      expect(await importText(server.url, text, '330402-nanhu-2026.txt', n > 0)).toMatchObject({
        __typename: 'ImportedPolicy',
      });
      duration = performance.now() - started;
      states.push(await stateOf(server.url));
      await server.stop();
      server = await start();
    }
    expect(states[0]).not.toEqual(states[1]);
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const next = seededRandom(seed);
    let current = 1;
    const outcomes: string[] = [];
    for (let point = 0; point < 10; point += 1) {
      const moment = killMoment(point, next, join(dataDir, 'imports'), duration);
      const target = 1 - current;
      const text = target === 0 ? VERSIONS[0] : VERSIONS[1];
      const request = importText(server.url, text, '330402-nanhu-2026.txt', true).catch(() => null);
      await moment.ready();
      moment.close();
      await server.stop('SIGKILL');
      const answered = await request;
      server = await start();
      expect(staged()).toEqual([]);
      const state = await stateOf(server.url);
      const matched = states.findIndex((candidate) => equal(candidate, state));
      expect(matched, `seed ${seed}, point ${point} (${moment.label}): neither before nor after`).not.toBe(-1);
      // An import the server confirmed is never lost.
      if (answered?.__typename === 'ImportedPolicy') expect(matched).toBe(target);
      outcomes.push(`${moment.label}: ${matched === target ? 'after' : 'before'}`);
      current = matched;
    }
    process.stdout.write(`crash points (seed ${seed}, import ${duration.toFixed(0)} ms): ${outcomes.join(', ')}\n`);
    expect(await server.stop()).toBe(0);
  }, 600_000);
});

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
