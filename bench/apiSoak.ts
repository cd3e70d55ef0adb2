/**
 * API hardening benchmark (issue 17), against `npm run serve`'s command:
 * - soak: 100,000 uncached reads (CASCADE_RESPONSE_CACHE=off; cascades of every corpus clause, searches and
 *   coverage in turn, 20 connections) and the server's resident memory at the start, after 50,000 and after
 *   100,000. The probe saw 294 → 361 MB over 44,000 requests; a leak shows as RSS still climbing from 50k to 100k.
 * - reads during imports: one client reads cascades one after another while two large texts are imported (200
 *   clauses, aligned and written; 3,600 clauses / 2 MB, refused TOO_LARGE after its parse), and the read latency
 *   while they run is printed. Target (the issue's): reads answer within 100 ms meanwhile.
 * Prints `name: value unit` lines; asserts nothing. Figures from a loaded machine are noisy: say so with them.
 */
import autocannon from 'autocannon';
import { CASCADE_READ, clauseIds, graphql, percentile, readsDuring } from '../test/support/http';
import { largePolicyText } from '../test/support/largeText';
import { print, startServer } from './_apiServer';
import type { Server } from './_apiServer';

const SOAK_REQUESTS = 100_000;

/** The soak's requests: every clause's cascade, with a search and a coverage between. */
function soakRequests(ids: string[]) {
  const body = (query: string, variables: Record<string, unknown> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ids.flatMap((id, n) => [
    body(CASCADE_READ, { id }),
    ...(n % 10 === 0 ? [body('{ search(text: "科技 企业", first: 20) { score clause { id title } } }')] : []),
    ...(n % 25 === 0 ? [body('{ coverage(policyId: "330000-2025") { localities { carried total } } }')] : []),
  ]);
}

async function soak(server: Server, ids: string[]): Promise<void> {
  const rss = (label: string) => {
    const mb = server.rssMb();
    if (mb !== null) print(`api.soak.rss_${label}`, Math.round(mb), 'MB');
  };
  rss('start');
  for (const label of ['50k', '100k']) {
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: 20,
      amount: SOAK_REQUESTS / 2,
      requests: soakRequests(ids),
    });
    print(`api.soak.throughput_${label}`, result.requests.average, 'req/s');
    print(`api.soak.errors_${label}`, result.errors + result.non2xx, 'responses');
    rss(label);
  }
}

async function readsDuringImports(server: Server): Promise<void> {
  const IMPORT = `mutation($t: String!, $n: String!) { importPolicy(text: $t, sourceName: $n) {
    __typename ... on ImportRejected { code } } }`;
  let started = 0;
  const latencies = await readsDuring(server.url, () => {
    started = performance.now();
    return Promise.all([
      graphql(server.url, IMPORT, { t: largePolicyText({ clauses: 200 }), n: '330421-jiashan-2025.txt' }),
      graphql(server.url, IMPORT, { t: largePolicyText({ clauses: 3600, region: '海盐县' }), n: '330424.txt' }),
    ]);
  });
  print('api.import_large.both_ms', Math.round(performance.now() - started), 'ms');
  print('api.import_large.reads', latencies.length, 'reads');
  for (const share of [0.5, 0.9, 0.99]) {
    print(`api.import_large.read_p${Math.round(share * 100)}`, percentile(latencies, share), 'ms');
  }
  print('api.import_large.read_max', Math.max(...latencies), 'ms');
}

export async function run(): Promise<void> {
  const server = await startServer({ CASCADE_RESPONSE_CACHE: 'off' });
  try {
    const ids = await clauseIds(server.url);
    await soak(server, ids);
    await readsDuringImports(server);
    const mb = server.rssMb();
    if (mb !== null) print('api.import_large.rss_after', Math.round(mb), 'MB');
  } finally {
    server.stop();
  }
}
