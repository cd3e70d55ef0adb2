/**
 * API benchmark (issues 6, 13): starts `npm run serve`'s command as a child (PORT=0, corpus loaded) on the embedded
 * store (`api.…`) and on Neo4j 5.26 (`api.neo4j.…`, bench/_neo4j.ts), and for each measures
 * the time from spawn to the first answered GraphQL query, then drives `cascade` and `search` with autocannon on
 * 127.0.0.1 (50 connections, 10 s each) and prints req/s and p50/p99 latency. Targets: ≥ 1,500 req/s and p99 under
 * 50 ms per query, first answer under 2 s. Autocannon shares the machine's cores with the server, so on Linux the
 * server's own CPU time per request is printed too: a figure that depends much less on what else the machine runs
 * (the explorer's only: on Neo4j, the JVM's share is not in it).
 * Prints `name: value unit` lines; asserts nothing.
 */
import autocannon from 'autocannon';
import { print, startServer } from './_apiServer';
import type { Server } from './_apiServer';
import { benchNeo4j, benchNeo4jEnv, printAbsent } from './_neo4j';

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

/** The figures of one store: `prefix` is '' (embedded grafeo) or 'neo4j.'; `env` selects the store. */
async function benchServer(prefix: string, env: () => Promise<Record<string, string>>): Promise<void> {
  const started = performance.now();
  const cached = await startServer(await env());
  try {
    await firstAnswer(cached.url);
    print(`api.${prefix}start_to_first_answer`, Math.round(performance.now() - started), 'ms');
    await load(cached, 'cascade', `${prefix}cascade`);
    await load(cached, 'search', `${prefix}search`);
  } finally {
    cached.stop();
  }
  // The same load with every read answered by the store: what the first user of each query waits, and what a
  // server behind other Neo4j writers (CASCADE_RESPONSE_CACHE=off) gives.
  const uncached = await startServer({ ...(await env()), CASCADE_RESPONSE_CACHE: 'off' });
  try {
    await load(uncached, 'cascade', `${prefix}cascade.uncached`);
    await load(uncached, 'search', `${prefix}search.uncached`);
  } finally {
    uncached.stop();
  }
}

export async function run(): Promise<void> {
  await benchServer('', async () => ({}));
  // Neo4j: the bench server emptied before each start, so the explorer loads the corpus into an empty graph.
  const neo4j = await benchNeo4j();
  if (typeof neo4j === 'string') printAbsent('api.neo4j', neo4j);
  else await benchServer('neo4j.', async () => neo4jEnvOrFail(await benchNeo4jEnv()));
}

function neo4jEnvOrFail(env: Record<string, string> | string): Record<string, string> {
  if (typeof env === 'string') throw new Error(`bench api: Neo4j went away: ${env}`);
  return env;
}
