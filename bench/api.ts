/**
 * API benchmark (issue 6): starts `npm run serve`'s command as a child (PORT=0, embedded store, corpus loaded), measures
 * the time from spawn to the first answered GraphQL query, then drives `cascade` and `search` with autocannon on
 * 127.0.0.1 (50 connections, 10 s each) and prints req/s and p50/p99 latency. Targets: ≥ 1,500 req/s and p99 under
 * 50 ms per query, first answer under 2 s. Autocannon shares the machine's cores with the server, so on Linux the
 * server's own CPU time per request is printed too: a figure that depends much less on what else the machine runs.
 * Prints `name: value unit` lines; asserts nothing.
 */
import autocannon from 'autocannon';
import { print, startServer } from './_apiServer';
import type { Server } from './_apiServer';

const CONNECTIONS = 50;
const DURATION_S = 10;

const QUERIES = {
  cascade: `{ cascade(clauseId: "330411-2025/c1", direction: BOTH, depth: 2) { nodes { distance clause { id title
    policy { id region { name } } } } edges { id type score evidence } } }`,
  search:
    '{ search(text: "科技企业孵化器", first: 20) { score snippet highlights { start length } clause { id title } } }',
};

async function firstAnswer(url: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERIES.cascade }),
  });
  const body = (await response.json()) as { data?: unknown };
  if (!body.data) throw new Error('the first query failed');
}

async function load(server: Server, name: keyof typeof QUERIES, label: string): Promise<void> {
  const cpuBefore = server.cpuMs();
  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERIES[name] }),
  });
  const cpuAfter = server.cpuMs();
  print(`api.${label}.throughput`, result.requests.average, 'req/s');
  print(`api.${label}.p50`, result.latency.p50, 'ms');
  print(`api.${label}.p99`, result.latency.p99, 'ms');
  print(`api.${label}.errors`, result.errors + result.non2xx, 'responses');
  // autocannon's result carries the request count, which bench/_autocannon.d.ts leaves out.
  const requests = (result.requests as { total?: number }).total ?? 0;
  if (cpuBefore !== null && cpuAfter !== null && requests > 0) {
    print(`api.${label}.server_cpu`, (cpuAfter - cpuBefore) / requests, 'ms/req');
  }
}

export async function run(): Promise<void> {
  const started = performance.now();
  const cached = await startServer({});
  try {
    await firstAnswer(cached.url);
    print('api.start_to_first_answer', Math.round(performance.now() - started), 'ms');
    await load(cached, 'cascade', 'cascade');
    await load(cached, 'search', 'search');
  } finally {
    cached.stop();
  }
  // The same load with every read answered by the store: what the first user of each query waits, and what a
  // server behind other Neo4j writers (CASCADE_RESPONSE_CACHE=off) gives.
  const uncached = await startServer({ CASCADE_RESPONSE_CACHE: 'off' });
  try {
    await load(uncached, 'cascade', 'cascade.uncached');
    await load(uncached, 'search', 'search.uncached');
  } finally {
    uncached.stop();
  }
}
