/**
 * A compiled query's result as graphql-js gives it (compiledExecution.ts). graphql-jit's field errors carry their
 * `locations` but neither the nodes nor the source positions they come from, and every later step rebuilds errors
 * from those (errors.ts `maskError`/`withCode`, yoga's masking and serializer): the locations were lost. Here each
 * is given the query's source and the positions its locations name, so that a rebuilt error has graphql-js's
 * `locations`; and `errors` comes before `data` again.
 */
import type { ExecutionResult, GraphQLError, Source } from 'graphql';

/** Where each line of `body` starts, as graphql-js counts lines (\r\n, \n or \r ends one). */
export function lineStarts(body: string): number[] {
  const starts = [0];
  for (const lineBreak of body.matchAll(/\r\n|[\n\r]/g)) starts.push(lineBreak.index + lineBreak[0].length);
  return starts;
}

/**
 * graphql-jit's error placed in `source`, with an original error where graphql-jit gives none (its own complaints: a
 * non-null field that got null): graphql-js locates a plain Error for those, which masking hides as a failure
 * rather than showing as an error raised on purpose. A copy on the error's own prototype: a GraphQLError made here
 * could be of another copy of graphql than yoga's (vitest loads both builds), which yoga would not know for one.
 */
function locate(error: GraphQLError, source: Source, starts: readonly number[]): GraphQLError {
  if (error.nodes !== undefined || error.positions !== undefined || error.locations === undefined) return error;
  const positions = error.locations.map(({ line, column }) => (starts[line - 1] ?? 0) + column - 1);
  const shown = (value: unknown) => ({ value, enumerable: true });
  return Object.create(Object.getPrototypeOf(error) as object, {
    message: shown(error.message),
    locations: shown(error.locations),
    path: shown(error.path),
    // Present even when undefined, as on graphql-jit's errors: errors.ts knows a GraphQLError by it.
    extensions: { value: error.extensions, enumerable: error.extensions !== undefined },
    originalError: { value: error.originalError ?? new Error(error.message) },
    source: { value: source },
    positions: { value: positions },
    stack: { value: error.stack, writable: true, configurable: true },
  }) as GraphQLError;
}

/** `result` with graphql-jit's errors placed in `source`; a result without errors as it is. */
export function asGraphQLJsResult(result: ExecutionResult, source: Source): ExecutionResult {
  if (!result.errors?.length) return result;
  const starts = lineStarts(source.body);
  // The rest (data, extensions) after the errors, as graphql-js orders them.
  const { errors, ...rest } = result;
  return { errors: errors.map((error) => locate(error, source, starts)), ...rest };
}
