/**
 * Crash safety (issue 17): the server is killed with SIGKILL at 10 points of an import — from the request's arrival
 * through the parse and alignment in the worker, the text's staged write and rename, the store transaction, to the
 * answer — and restarted on the same CASCADE_DATA_DIR. Each time the graph is the one before the import or the one
 * after it, never one between, and no `.staged` file remains.
 *
 * The points are spread over one and a half times the duration of an import on a server that just started
 * (imports slow down and speed up with the machine's load), one at random in each tenth of that (the seed is
 * printed; CRASH_SEED replays a run). Each import switches 南湖 2026's amount between two
 * versions, so "before" and "after" differ in what the API answers.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { graphql } from '../support/http';
import { answersOf, importText } from './probe';

afterAll(stopAllServers);

const NANHU = readFileSync(join(repoRoot, 'test/api/fixtures/330402-nanhu-2026.txt'), 'utf8');
const VERSIONS = [NANHU, NANHU.replace('120万元', '150万元')] as const;
const CLAUSES = ['330402-2026/c1', '330411-2025/c1', '330000-2025/c2'];

/** mulberry32: a reproducible sequence for a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
    const next = random(seed);
    let current = 1;
    const outcomes: string[] = [];
    for (let point = 0; point < 10; point += 1) {
      const delay = (duration * 1.5 * (point + next())) / 10;
      const target = 1 - current;
      const text = target === 0 ? VERSIONS[0] : VERSIONS[1];
      const request = importText(server.url, text, '330402-nanhu-2026.txt', true).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.stop('SIGKILL');
      const answered = await request;
      server = await start();
      expect(staged()).toEqual([]);
      const state = await stateOf(server.url);
      const matched = state === undefined ? -1 : states.findIndex((candidate) => equal(candidate, state));
      expect(matched, `seed ${seed}, point ${point} (${delay.toFixed(0)} ms): neither before nor after`).not.toBe(-1);
      // An import the server confirmed is never lost.
      if (answered?.__typename === 'ImportedPolicy') expect(matched).toBe(target);
      outcomes.push(`${delay.toFixed(0)} ms: ${matched === target ? 'after' : 'before'}`);
      current = matched;
    }
    process.stdout.write(`crash points (seed ${seed}, import ${duration.toFixed(0)} ms): ${outcomes.join(', ')}\n`);
    expect(await server.stop()).toBe(0);
  }, 600_000);
});

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
