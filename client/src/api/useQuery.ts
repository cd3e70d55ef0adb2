import { useCallback, useEffect, useState } from 'react';
import { useDataVersion } from './dataVersion';
import type { GraphQLRequestError, TypedQuery } from './request';
import { request } from './request';

export type QueryState<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'success'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: GraphQLRequestError | Error };

type Settled<T> = Extract<QueryState<T>, { status: 'success' | 'error' }>;

/**
 * Runs a GraphQL query whenever its variables change (compared as JSON, so callers may pass object literals) and
 * aborts the previous request, so a fast typist never sees an older answer overwrite a newer one. `skip` keeps the
 * hook idle until the view has what it needs (e.g. no clause chosen yet). While a new answer is on its way the
 * previous data stays available (status `loading` with `data`), so views do not flash empty. A successful import
 * (api/dataVersion.ts) re-runs every mounted query, keeping the previous data on screen until the new answer lands.
 */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  query: TypedQuery<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const version = useDataVersion();
  // The last answer with the request it answers: the status is derived by comparing it with the current request,
  // so the effect only sets state from the network callbacks.
  const [settled, setSettled] = useState<{ requestKey: string; result: Settled<TData> }>();
  const key = JSON.stringify(variables);
  const requestKey = `${version}.${generation}\u0000${key}\u0000${query}`;
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    const settle = (result: Settled<TData>) => {
      if (!controller.signal.aborted) setSettled({ requestKey, result });
    };
    request<TData, TVariables>(query, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => settle({ status: 'success', data }),
      (error: unknown) => settle({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => controller.abort();
  }, [query, key, skip, requestKey]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (skip) return { status: 'idle', reload };
  if (settled?.requestKey === requestKey) return { ...settled.result, reload };
  const previous = settled?.result.status === 'success' ? settled.result.data : undefined;
  return { status: 'loading', ...(previous !== undefined ? { data: previous } : {}), reload };
}
