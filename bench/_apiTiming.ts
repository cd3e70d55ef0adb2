/**
 * Timing GraphQL requests through the real yoga app (`yoga.fetch`), one at a time, warm and cold (apiQueries.ts,
 * alignProvince.ts). Warm: after a warm-up, the graph version unchanged, so the repository's per-version cache
 * (search index, coverage per superior) serves what it computed. Cold: the store's version moved before every request
 * (an empty transaction, as an import moves it), so each request is the first after a write and computes anew.
 */
import type { App } from '../server/src/api/createApp';
import type { CypherStore } from '../server/src/store/CypherStore';
import { percentile } from '../test/support/http';

export interface TimedQuery {
  query: string;
  /** The variables of round `round`. */
  variables: (round: number) => Record<string, unknown>;
}

export interface Timing {
  p50: number;
  p95: number;
  /** Median CPU time of the process per request (JavaScript and the store's threads). */
  cpu50: number;
  /** Its 95th percentile: on a loaded machine the p95 of wall times says more of the load than of the request. */
  cpu95: number;
}

export async function ask(yoga: App, { query, variables }: TimedQuery, round: number): Promise<void> {
  const response = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables: variables(round) }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
}

/** A write before each round of requests (out of the time): an import's delta, or an unnoted write. */
export type WriteBefore = (round: number) => Promise<unknown>;

/**
 * p50 and p95 in ms of `rounds` requests, one at a time, and the median CPU time a request took: on a shared machine
 * the wall times grow with the other processes' load, the CPU time much less. Warm: after `Math.max(1, rounds/12)`
 * requests not counted. Cold (`cold` is the store): the store's version moved before each request by a write that
 * left no note of what it changed (as a full rebuild), out of the time. With a function, that write before each
 * round instead (an import's delta: the caches are brought forward, repository/graphChanges.ts).
 */
export async function timeQuery(
  yoga: App,
  query: TimedQuery,
  rounds: number,
  cold?: CypherStore | WriteBefore,
): Promise<Timing> {
  const write = typeof cold === 'function' ? cold : cold && (() => cold.transaction(async () => undefined));
  // Warmed up unless each round comes after a write; after an import's delta the caches must be warm first.
  if (!cold || typeof cold === 'function')
    for (let round = 0; round < Math.max(1, Math.round(rounds / 12)); round++) await ask(yoga, query, round);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (write) await write(round);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await ask(yoga, query, round);
    const used = process.cpuUsage(cpuBefore);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpu50: percentile(cpu, 0.5),
    cpu95: percentile(cpu, 0.95),
  };
}

/** Prints `{name}.p50`, `.p95`, `.cpu.p50` and `.cpu.p95` of a timing. */
export function printTiming(name: string, { p50, p95, cpu50, cpu95 }: Timing): void {
  for (const [key, value] of [
    ['p50', p50],
    ['p95', p95],
    ['cpu.p50', cpu50],
    ['cpu.p95', cpu95],
  ] as const)
    process.stdout.write(`${name}.${key}: ${value.toFixed(2)} ms\n`);
}
