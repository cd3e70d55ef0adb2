import { useCallback, useEffect, useState } from 'react';
import { onDataChanged, useDataVersion } from '../../api/dataVersion';
import { request } from '../../api/request';
import type { SearchFilter } from '../../state/route';
import { SEARCH_CURSORS, SEARCH_RESULTS } from './searchOperations';
import type { SearchPage } from './searchOperations';

/** Hits per page of the results page. */
export const PAGE_SIZE = 20;
/** The most cursors one request returns (the API's page limit). */
const MAX_FIRST = 100;

export type SearchPageState =
  | { status: 'loading'; data?: SearchPage }
  | { status: 'success'; data: SearchPage }
  | { status: 'error'; error: Error };

/**
 * The API pages by cursor (the last hit of a page), the URL by number (`&page=3`, shareable). Cursors met while
 * paging forward are remembered; a link straight to page 3 first asks for the cursors of the 40 hits before it (one
 * small request per 100). An import empties the memory: the hits move.
 */
const cursors = new Map<string, string | null>();
onDataChanged(() => cursors.clear());

const keyOf = (text: string, filter: SearchFilter | null, page: number) => JSON.stringify([text, filter, page]);

async function cursorBefore(text: string, filter: SearchFilter | null, page: number, signal: AbortSignal) {
  if (page <= 1) return null;
  const known = cursors.get(keyOf(text, filter, page));
  if (known !== undefined) return known;
  let after: string | null = null;
  for (let remaining = (page - 1) * PAGE_SIZE; remaining > 0; remaining -= MAX_FIRST) {
    const first = Math.min(MAX_FIRST, remaining);
    const data: { searchResults: { edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean } } } = await request(
      SEARCH_CURSORS,
      { text, filter, first, after },
      signal,
    );
    after = data.searchResults.edges.at(-1)?.cursor ?? after;
    if (!data.searchResults.pageInfo.hasNextPage) break;
  }
  cursors.set(keyOf(text, filter, page), after);
  return after;
}

export function useSearchPage(
  text: string,
  filter: SearchFilter | null,
  page: number,
): SearchPageState & {
  reload: () => void;
} {
  const [generation, setGeneration] = useState(0);
  const version = useDataVersion();
  const [settled, setSettled] = useState<{ key: string; state: Exclude<SearchPageState, { status: 'loading' }> }>();
  const key = JSON.stringify([text, filter, page, generation, version]);
  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: Exclude<SearchPageState, { status: 'loading' }>) => {
      if (!controller.signal.aborted) setSettled({ key, state });
    };
    cursorBefore(text, filter, page, controller.signal)
      .then((after) => request(SEARCH_RESULTS, { text, filter, first: PAGE_SIZE, after }, controller.signal))
      .then(
        (data) => {
          cursors.set(keyOf(text, filter, page + 1), data.searchResults.pageInfo.endCursor);
          settle({ status: 'success', data: data.searchResults });
        },
        (error: unknown) =>
          settle({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
      );
    return () => controller.abort();
    // key covers text, filter (as JSON), page, reloads and imports.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (settled?.key === key) return { ...settled.state, reload };
  const previous = settled?.state.status === 'success' ? settled.state.data : undefined;
  return { status: 'loading', ...(previous ? { data: previous } : {}), reload };
}
