import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError, request } from './request';

export type QueryState<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'success'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: GraphQLRequestError | Error };

/**
 * Runs a GraphQL query whenever its variables change (compared as JSON, so callers may pass object literals) and
 * aborts the previous request, so a fast typist never sees an older answer overwrite a newer one. `skip` keeps the
 * hook idle until the view has what it needs (e.g. no clause chosen yet).
 */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> & { reload: () => void } {
  const [state, setState] = useState<QueryState<TData>>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', ...(previous.data !== undefined ? { data: previous.data } : {}) }));
    request<TData, TVariables>(query, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [query, key, skip, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
