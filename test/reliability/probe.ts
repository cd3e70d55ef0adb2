/**
 * Probing the real server process (issue 17): GraphQL over HTTP as a client sends it, raw HTTP for what fetch will
 * not send (a forged Host header), and the answers whose equality says two graphs are the same.
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

export const IMPORT = `mutation($text: String!, $name: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: $name, replace: $replace) {
    __typename
    ... on ImportedPolicy { replaced filledStub policy { id } }
    ... on ImportRejected { code message existing { id title clauseCount } } } }`;

export async function importText(url: string, text: string, name: string, replace = false, headers = {}) {
  const result = await graphql(url, IMPORT, { text, name, replace }, headers);
  if (!result.data) throw new Error(`importPolicy failed: ${JSON.stringify(result.errors)}`);
  return result.data.importPolicy as {
    __typename: string;
    code?: string;
    message?: string;
    replaced?: boolean;
    existing?: { id: string; title: string; clauseCount: number };
  };
}

const ANSWERS = `query($superior: ID!, $clause: ID!) {
  coverage(policyId: $superior) { localities { policy { id } carried total } measures { id title } }
  cascade(clauseId: $clause, direction: BOTH, depth: 2) { nodes { distance clause { id title } } edges { type from to } }
}`;

interface Cascade {
  nodes: { distance: number; clause: { id: string; title: string } }[];
  edges: { type: string; from: string; to: string }[];
}

/**
 * What a user sees of the graph: the coverage of both inferred superiors and the cascades of some clauses, sorted
 * where the API does not promise an order. Two graphs with the same answers are the same to their users.
 */
export async function answersOf(url: string, clauses: readonly string[]): Promise<unknown[]> {
  const policies = await graphql(
    url,
    '{ policies(first: 100, filter: { includeStubs: true }) { edges { node { id stub clauseCount } } } }',
  );
  const answers: unknown[] = [policies.data];
  for (const [superior, clause] of [
    ['330000-2025', clauses[0]],
    ['330400-2025', clauses[1] ?? clauses[0]],
    ...clauses.slice(2).map((id) => ['330000-2025', id]),
  ]) {
    const result = await graphql(url, ANSWERS, { superior, clause });
    if (result.errors) throw new Error(`answers: ${JSON.stringify(result.errors)}`);
    const { coverage, cascade } = result.data as { coverage: unknown; cascade: Cascade | null };
    answers.push({
      coverage,
      cascade: cascade && {
        nodes: [...cascade.nodes].sort((a, b) => (a.clause.id < b.clause.id ? -1 : 1)),
        edges: cascade.edges.map((e) => `${e.type} ${e.from} ${e.to}`).sort(),
      },
    });
  }
  return answers;
}
