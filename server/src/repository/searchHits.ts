/**
 * Finding search hits (issue 15 item 5): every clause and annex row whose text matches every term of the query
 * (searchQuery.ts), found in the graph version's search index (searchIndex.ts), then — when a filter is given — kept
 * when it meets the filter (searchFilter.ts: in the index where it can, on the store where it must). Texts are read afterwards, for the page shown only.
 */
import type { CypherRunner } from '../store/CypherStore';
import { clauseFilterParams, isClauseOnly } from './clauseFilter';
import type { ClauseFilter } from './clauseFilter';
import { filters, meetingFilter } from './searchFilter';
import { matchIndex } from './searchMatch';
import type { IndexedText, SearchIndex } from './searchIndex';
import type { SearchQuery } from './searchQuery';
import type { Matches, SearchState } from './searchTables';

/**
 * Every clause (and, unless asked for clauses only or the filter is about clauses only, annex row) matching the query
 * and the filter, as index positions (matched in `index` at once, so in `state`, which it is now). Inferred clauses repeat their implementers' words and are left out unless the
 * filter names them.
 */
export async function findHits(
  runner: CypherRunner,
  index: SearchIndex,
  state: SearchState,
  query: SearchQuery,
  filter: ClauseFilter | null | undefined,
  options: { requests: boolean },
): Promise<Matches> {
  const params = clauseFilterParams('search', filter);
  const requests = options.requests && !isClauseOnly(filter);
  const matched = matchIndex(index, query, { inferred: params.inferred !== null, requests });
  if (matched.positions.length === 0 || !filters(params)) return matched;
  const texts: IndexedText[] = [];
  for (const position of matched.positions) {
    const text = state.texts[position];
    if (text) texts.push(text);
  }
  const kept = await meetingFilter(runner, texts, params);
  const keep = matched.positions.map((position) => (kept.has(state.texts[position]?.hit.id ?? '') ? 1 : 0));
  return {
    positions: matched.positions.filter((_, i) => keep[i] === 1),
    titleMatch: matched.titleMatch.filter((_, i) => keep[i] === 1),
  };
}
