/**
 * A stand-in for the server in component tests: `fetch` answers each GraphQL operation by its name with data shaped
 * like the SDL (or with errors), and records what was asked so tests can check the variables a view sent.
 */
import { vi } from 'vitest';

export type OperationAnswer = { data: unknown } | { errors: { message: string; extensions?: { code: string } }[] };
export type OperationHandler = (variables: Record<string, unknown>) => OperationAnswer | Promise<OperationAnswer>;

export interface GraphQLCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Replaces global fetch; an operation without a handler fails the request loudly (HTTP 500). */
export function stubGraphQL(handlers: Record<string, OperationHandler>): { calls: GraphQLCall[] } {
  const calls: GraphQLCall[] = [];
  const fetchStub = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const variables = body.variables ?? {};
    calls.push({ operationName, query: body.query, variables });
    const handler = handlers[operationName];
    if (!handler) return Response.json({ errors: [{ message: `no stub for ${operationName}` }] }, { status: 500 });
    return Response.json(await handler(variables));
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls };
}
