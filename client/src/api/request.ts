import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * An operation typed by GraphQL Code Generator (`graphql(`…`)` from api/generated, `npm run codegen`): its result and
 * variable types come from schema/ and the operation's selection, so they cannot drift from either.
 */
export type TypedQuery<TData, TVariables> = DocumentTypeDecoration<TData, TVariables>;

/**
 * The client's only way to the server: one GraphQL POST to /graphql. Errors come back as `GraphQLRequestError`
 * carrying the server's messages and `extensions.code`s, so views can show what went wrong without parsing text.
 */
export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorPayload[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** The first error's code (BAD_USER_INPUT, PARSE_ERROR, …), or NETWORK when the server could not be reached. */
  get code(): string {
    return this.errors[0]?.extensions?.code ?? (this.status === 0 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR');
  }
}

/** Where the API lives; tests and embedding pages may override it before the first request. */
export const endpoint = { url: '/graphql' };

/** `headers`: added to the request's own (the import's Authorization). */
export async function request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  query: TypedQuery<TData, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: String(query), variables: variables ?? {} }),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new GraphQLRequestError('The server could not be reached.', [], 0);
  }
  let body: { data?: TData | null; errors?: GraphQLErrorPayload[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `The server answered ${response.status} without a GraphQL body.`,
      [],
      response.status,
    );
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('\n'), body.errors, response.status);
  }
  if (body.data == null) throw new GraphQLRequestError('The server answered without data.', [], response.status);
  return body.data;
}
