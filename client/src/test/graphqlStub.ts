/**
 * A stand-in for the server in component tests: `fetch` answers each GraphQL operation by its name with data shaped
 * like the SDL (or with errors), and records what was asked so tests can check the variables a view sent.
 */
import { vi } from 'vitest';

export type OperationAnswer = { data: unknown } | { errors: { message: string; extensions?: { code: string } }[] };
export type OperationHandler = (
  variables: Record<string, unknown>,
  /** The request's Authorization header (a write or review token), null without one. */
  authorization: string | null,
) => OperationAnswer | Promise<OperationAnswer>;

export interface GraphQLCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/** Replaces global fetch; an operation without a handler fails the request loudly (HTTP 500). */
export function stubGraphQL(handlers: Record<string, OperationHandler>): { calls: GraphQLCall[] } {
  const calls: GraphQLCall[] = [];
  const fetchStub = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const variables = body.variables ?? {};
    const authorization = new Headers(init?.headers).get('authorization');
    calls.push({ operationName, query: body.query, variables, authorization });
    const handler = handlers[operationName];
    if (!handler) return Response.json({ errors: [{ message: `no stub for ${operationName}` }] }, { status: 500 });
    return Response.json(await handler(variables, authorization));
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls };
}
