/**
 * Gives every error of a result an `extensions.code`, so clients switch on codes, never on messages: the
 * repository's BAD_INPUT becomes BAD_USER_INPUT (before masking, so a bad argument is neither masked nor logged as a
 * server failure), GraphQL syntax errors become PARSE_ERROR, other errors raised before execution (validation,
 * variables) GRAPHQL_VALIDATION_FAILED or BAD_USER_INPUT, and field errors without a code (a non-null field that got
 * null) INTERNAL_SERVER_ERROR. Messages are clipped: one never repeats more than 100 characters of an argument.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RepositoryError } from '../repository';
import { MAX_ECHO } from './echo';
import { isGraphQLError, withCode } from './errors';
import type { ErrorCode } from './errors';

/** A resolver's RepositoryError BAD_INPUT as the user error it is; other errors unchanged. */
function userInput(error: GraphQLError): GraphQLError {
  const cause = error.originalError;
  if (!(cause instanceof RepositoryError) || cause.code !== 'BAD_INPUT') return error;
  return new GraphQLError(cause.message.replace(/^\[repository\] /, ''), {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

function codeFor(error: GraphQLError): ErrorCode {
  if (error.path) return 'INTERNAL_SERVER_ERROR';
  if (error.message.startsWith('Syntax Error')) return 'PARSE_ERROR';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  return 'GRAPHQL_VALIDATION_FAILED';
}

/** The error with its code (PARSE_ERROR for yoga's GRAPHQL_PARSE_FAILED) and its message clipped (echo.ts). */
function coded(error: unknown): unknown {
  if (!isGraphQLError(error)) return error;
  const code = error.extensions?.code;
  // yoga codes syntax errors GRAPHQL_PARSE_FAILED; this API's clients know them as PARSE_ERROR.
  if (code === 'GRAPHQL_PARSE_FAILED') return withCode(error, 'PARSE_ERROR');
  if (typeof code !== 'string') return withCode(error, codeFor(error));
  return error.message.length > MAX_ECHO ? withCode(error, code) : error;
}

export function errorCodesPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map(userInput) });
        },
      };
    },
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in result || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map(coded) as GraphQLError[] });
    },
  };
}
