import { useCallback, useEffect, useState } from 'react';
import { onDataChanged, useDataVersion } from '../../api/dataVersion';
import { request } from '../../api/request';
import type { Direction } from '../../state/route';
import { CASCADE } from './cascadeQuery';
import type { CascadeData } from './cascadeQuery';
import { mergeCascades } from './mergeCascades';
import type { MergedCascade } from './mergeCascades';

export type CascadeState =
  | { status: 'loading'; data?: MergedCascade }
  | { status: 'success'; data: MergedCascade }
  | { status: 'not-found' }
  | { status: 'error'; error: Error };

type Settled = Exclude<CascadeState, { status: 'loading' }>;

// Answers by variables: back/forward and re-expanding are instant, and a new expansion fetches only itself.
// Failed requests are dropped from the cache so "Try again" really asks again, and an import empties it: the new
// document's clauses change who implements what.
const cache = new Map<string, Promise<CascadeData | null>>();
const CACHE_LIMIT = 200;
onDataChanged(() => cache.clear());

/** Clauses an expansion (one more level around a clause) adds at most. */
const EXPANSION_LIMIT = 60;

function fetchCascade(clauseId: string, direction: Direction, depth: number, limit: number) {
  const key = JSON.stringify([clauseId, direction, depth, limit]);
  let answer = cache.get(key);
  if (!answer) {
    answer = request(CASCADE, { clauseId, direction, depth, limit }).then((data) => data.cascade);
    answer.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, answer);
  }
  return answer;
}

/**
 * The cascade of `clauseId` (at most `limit` clauses, nearest the root first) merged with the one-level cascades of
 * the `expanded` clauses.
 */
export function useCascade(
  clauseId: string,
  direction: Direction,
  depth: number,
  expanded: readonly string[],
  limit: number,
): CascadeState & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const version = useDataVersion();
  const [settled, setSettled] = useState<{ key: string; state: Settled }>();
  const expandedKey = expanded.join(',');
  const key = JSON.stringify([clauseId, direction, depth, expandedKey, limit, generation, version]);

  useEffect(() => {
    let current = true;
    const settle = (state: Settled) => {
      if (current) setSettled({ key, state });
    };
    const ids = expandedKey ? expandedKey.split(',') : [];
    Promise.all([
      fetchCascade(clauseId, direction, depth, limit),
      // An expansion that fails (e.g. a clause removed by a re-import) leaves the main cascade usable.
      ...ids.map((id) => fetchCascade(id, direction, 1, EXPANSION_LIMIT).catch(() => null)),
    ]).then(
      ([main, ...more]) =>
        settle(
          main
            ? {
                status: 'success',
                data: mergeCascades(
                  main,
                  more.filter((c) => c !== null),
                ),
              }
            : { status: 'not-found' },
        ),
      (error: unknown) => settle({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [clauseId, direction, depth, expandedKey, limit, key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (settled?.key === key) return { ...settled.state, reload };
  const previous = settled?.state.status === 'success' ? settled.state.data : undefined;
  return { status: 'loading', ...(previous ? { data: previous } : {}), reload };
}
