/**
 * Errors clients see. Only user-facing errors carry their message, each with an `extensions.code`; everything else
 * (store failures, bugs, Cypher, stack traces) is masked as `Unexpected error.` with INTERNAL_SERVER_ERROR; yoga logs
 * the original on the server.
 */
import { GraphQLError } from 'graphql';
import { clipMessage } from './echo';
import type { Logger } from './logger';

/** The codes this API puts in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'PARSE_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'PAYLOAD_TOO_LARGE'
  | 'STORE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL_SERVER_ERROR';

export const MASKED_MESSAGE = 'Unexpected error.';
export const UNAVAILABLE_MESSAGE = 'The graph store is not reachable right now; try again shortly.';

/**
 * A store that cannot be reached (Neo4j down or restarting; the driver retries) is not a bug: the client is told to
 * try again, without the store's own message (it names hosts and users). By shape, like isGraphQLError: the api
 * layer does not import the store port.
 */
function isStoreUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreError' && (error as { code?: unknown }).code === 'UNAVAILABLE';
}

/** An error meant for the client: its message is shown as is. */
export function userError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** The same error with `code` set (GraphQLError extensions are read-only once built) and its message clipped. */
export function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(clipMessage(error.message), {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, code },
  });
}

/**
 * GraphQLError by shape, not instanceof: graphql ships CommonJS and ESM builds, and yoga and this code may load
 * different ones (vitest does), so an error from one copy is not an instance of the other's class.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error;
}

function rootCause(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return current;
}

/**
 * yoga's maskError: keeps errors the API raised on purpose (GraphQLErrors, with their location) and masks the rest
 * as INTERNAL_SERVER_ERROR. yoga logs the original of every masked error.
 */
export function maskError(error: unknown, message: string): Error {
  const cause = rootCause(error);
  const located = isGraphQLError(error) ? error : undefined;
  if (isGraphQLError(cause)) return located && located !== cause ? withLocation(cause, located) : cause;
  if (isStoreUnavailable(cause)) {
    return new GraphQLError(UNAVAILABLE_MESSAGE, {
      nodes: located?.nodes ?? null,
      source: located?.source ?? null,
      positions: located?.positions ?? null,
      path: located?.path ?? null,
      extensions: { code: 'STORE_UNAVAILABLE' },
    });
  }
  return new GraphQLError(message || MASKED_MESSAGE, {
    nodes: located?.nodes ?? null,
    // Compiled queries' errors have positions in the source and no nodes (compiledErrors.ts).
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** A user error thrown in a resolver, placed where the resolver sits. */
function withLocation(cause: GraphQLError, located: GraphQLError): GraphQLError {
  return new GraphQLError(cause.message, {
    nodes: located.nodes ?? null,
    source: located.source ?? null,
    positions: located.positions ?? null,
    path: located.path ?? null,
    extensions: cause.extensions,
  });
}

/**
 * The code of an error about the request (a user error: raised by the API on purpose, or by GraphQL itself while
 * checking the query and its variables), or null for a failure of the server.
 */
function userErrorCode(error: unknown): string | null {
  const cause = rootCause(error);
  if (!isGraphQLError(cause)) return null;
  const code = cause.extensions?.code;
  if (typeof code === 'string') return code === 'INTERNAL_SERVER_ERROR' ? null : code;
  // No code, no field: GraphQL refused the query or its variables before running anything.
  return cause.path === undefined ? 'GRAPHQL_VALIDATION_FAILED' : null;
}

/**
 * The logger yoga gets. yoga logs every error its maskError replaced, user errors included (they are rebuilt with
 * their location): those are expected, so they are logged as one short info line without a stack.
 */
export function yogaLogger(logger: Logger): Logger {
  return {
    ...logger,
    error: (...args: unknown[]) => {
      const [first] = args;
      const code = args.length === 1 ? userErrorCode(first) : null;
      if (code === null || !(first instanceof Error)) logger.error(...args);
      else logger.info('request refused', { code, reason: clipMessage(first.message) });
    },
  };
}
