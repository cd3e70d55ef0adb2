/**
 * Talking to the real server process over HTTP, for tests and benchmarks: GraphQL as a client sends it, and raw
 * HTTP for what fetch will not send (a forged Host header).
 */
import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly these headers (Host included), over node:http. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

export interface GraphQLResult {
  status: number;
  data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL POST to `${url}/graphql`; the status with the parsed body. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult, 'status'>) };
}

/** A cascade as the explorer asks for one: what the read-latency probes time. */
export const CASCADE_READ = `query($id: ID!) { cascade(clauseId: $id, direction: BOTH, depth: 2) {
  nodes { distance clause { id title policy { id region { name } } } } edges { id type score } } }`;

/** Every clause id of the documents the server holds (a new one misses the response cache). */
export async function clauseIds(url: string): Promise<string[]> {
  const { data } = await graphql(url, '{ policies(first: 20) { edges { node { clauses { id } } } } }');
  return data.policies.edges.flatMap((edge: { node: { clauses: { id: string }[] } }) =>
    edge.node.clauses.map((c) => c.id),
  );
}

/**
 * Starts `work` and reads cascades one after another until it ends: the time each read took (those asked before
 * it ended), which is how long a user waits for an answer meanwhile. The clause ids are read before the work starts,
 * so the first read goes out with it.
 */
export async function readsDuring(url: string, work: () => Promise<unknown>): Promise<number[]> {
  const ids = await clauseIds(url);
  let running = true;
  const finished = work().finally(() => (running = false));
  const latencies: number[] = [];
  for (let n = 0; running; n += 1) {
    const asked = performance.now();
    const read = await graphql(url, CASCADE_READ, { id: ids[n % ids.length] });
    if (read.errors) throw new Error(`a read failed: ${JSON.stringify(read.errors)}`);
    if (running) latencies.push(performance.now() - asked);
  }
  await finished;
  return latencies;
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}
