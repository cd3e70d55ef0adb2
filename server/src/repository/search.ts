/**
 * Search across scripts (DESIGN.md §4, issue 15 item 5): the query's terms are matched in Simplified text with
 * punctuation and spaces ignored and department names standing for all their aliases (searchQuery.ts); hits are
 * clauses and annex rows (searchHits.ts), ranked as searchRanking.ts documents, counted by facet, and paged. Only
 * the page's texts are read, for the snippets.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseCards } from './clauseCards';
import type { ClauseFilter } from './clauseFilter';
import { toClauseSummary } from './clauseSummaries';
import { RepositoryError, checkInt } from './errors';
import { toRequest } from './links';
import { reader } from './rows';
import { findHits } from './searchHits';
import { facetsOf } from './searchFacets';
import { advanceSearchIndex, buildSearchIndex } from './searchIndex';
import type { SearchIndex } from './searchIndex';
import { matchRanges, parseSearchText } from './searchQuery';
import type { SearchQuery } from './searchQuery';
import { firstAfter, rankKey } from './searchRanking';
import { carryTables, hitAt, rankedPositions, stateInTurns, stateOf } from './searchTables';
import type { Matches, SearchState } from './searchTables';
import { snippetOf } from './searchText';
import type { FoundHit, SearchHit, SearchPage, SearchResult } from './searchTypes';
import type { ClauseCard, RequestInfo } from './types';
import type { VersionCache } from './versionCache';

export const MAX_SEARCH_RESULTS = 100;

const requestTextsStatement = defineStatement({
  name: 'repository.requestTexts',
  cypher: `
    MATCH (p:Policy)-[:HAS_REQUEST]->(q:Request) WHERE q.id IN $ids
    RETURN q {.id, .ordinal, .area, .item, .goal, .textSimplified, .departments, policyId: p.id} AS request`,
  params: ['ids'],
});

const read = reader('search');

interface RequestText {
  request: RequestInfo;
  /** Original script, composed as the Simplified search text is (requestSearchText in graph-seed). */
  display: string;
  simplified: string;
}

async function requestTexts(runner: CypherRunner, ids: string[]): Promise<Map<string, RequestText>> {
  if (ids.length === 0) return new Map();
  const rows = await runStatement(runner, requestTextsStatement, { ids });
  return new Map(
    rows.map((row) => {
      const value = read.map(row, 'request');
      const request = toRequest(value);
      const display = [request.item, request.goal, read.strList(value, 'departments').join('、')].join('\n');
      return [request.id, { request, display, simplified: read.optStr(value, 'textSimplified') ?? display }];
    }),
  );
}

function cursorOf(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64');
}

function keyOf(cursor: string): string {
  const key = Buffer.from(cursor, 'base64').toString('utf8');
  if (cursor === '' || cursorOf(key) !== cursor) {
    throw new RepositoryError('BAD_INPUT', `search: after is not a cursor returned by this API: '${cursor}'`);
  }
  return key;
}

/** The page's hits with their texts read and their snippets cut. */
async function withTexts(
  runner: CypherRunner,
  query: SearchQuery,
  page: { hit: FoundHit; key: string; rank: number }[],
): Promise<SearchResult[]> {
  const ofKind = (kind: FoundHit['kind']) => page.filter(({ hit }) => hit.kind === kind).map(({ hit }) => hit.id);
  const [cards, requests] = await Promise.all([
    clauseCards(runner, ofKind('CLAUSE')),
    requestTexts(runner, ofKind('REQUEST')),
  ]);
  const cardsById = new Map(cards.map((card) => [card.clause.id, card]));
  return page.flatMap(({ hit, key, rank }): SearchResult[] => {
    const card: ClauseCard | undefined = cardsById.get(hit.id);
    const request = requests.get(hit.id);
    const text = card ? { display: card.clause.text, simplified: card.clause.textSimplified } : request;
    if (!text) return [];
    const { snippet, highlights } = snippetOf(text.display, text.simplified, matchRanges(text.simplified, query));
    const base = { kind: hit.kind, id: hit.id, policyId: hit.policyId, rank, cursor: cursorOf(key) };
    return [
      {
        ...base,
        titleMatch: hit.titleMatch,
        snippet,
        highlights,
        card: card ?? null,
        request: request?.request ?? null,
      },
    ];
  });
}

export interface SearchOptions {
  filter?: ClauseFilter | null;
  first: number;
  after?: string | null;
  /** Annex rows among the hits (default true); `search` asks for clauses only. */
  requests?: boolean;
}

/** The page of ranked hits after the cursor key `after`: hits with keys and ranks, the total, whether more follow. */
function pageFrom(state: SearchState, matches: Matches, after: string | null, first: number) {
  const ranked = rankedPositions(state.tables, matches);
  const total = ranked.positions.length;
  const hitOf = (at: number) => hitAt(state, ranked.positions[at] as number, ranked.titleMatch[at] === 1);
  const start = after === null ? 0 : firstAfter(total, (at) => rankKey(hitOf(at)), after);
  const page = [];
  for (let at = start; at < Math.min(total, start + first); at++) {
    const hit = hitOf(at);
    page.push({ hit, key: rankKey(hit), rank: at + 1 });
  }
  return { page, totalCount: total, hasNextPage: total - start > first };
}

/**
 * The search index of the store's current version: read once, then brought forward after noted writes. Its tables are
 * built with it (so also when the server warms it), and an advance brings them forward.
 */
export function searchIndex(runner: CypherRunner, cache: VersionCache): Promise<SearchIndex> {
  return cache.get(
    'searchIndex',
    async () => {
      const index = await buildSearchIndex(runner);
      await stateInTurns(index);
      return index;
    },
    (previous, change) => advanceSearchIndex(runner, previous, change, carryTables),
  );
}

/** One page of hits in rank order and all the matches, without the facets (which `search` does not show). */
async function rankedPage(runner: CypherRunner, cache: VersionCache, text: string, options: SearchOptions) {
  const first = checkInt('search', 'first', options.first, 0, MAX_SEARCH_RESULTS);
  const query = parseSearchText(text);
  const index = await searchIndex(runner, cache);
  const state = stateOf(index);
  const matches = await findHits(runner, index, state, query, options.filter, { requests: options.requests ?? true });
  const after = options.after ? keyOf(options.after) : null;
  const { page, totalCount, hasNextPage } = pageFrom(state, matches, after, first);
  const items = await withTexts(runner, query, page);
  return {
    state,
    matches,
    page: { items, totalCount, endCursor: items[items.length - 1]?.cursor ?? null, hasNextPage },
  };
}

/** One page of the hits of `text` under `filter`, in the documented order, with the total and the facets. */
export async function searchPage(
  runner: CypherRunner,
  cache: VersionCache,
  text: string,
  options: SearchOptions,
): Promise<SearchPage> {
  const { state, matches, page } = await rankedPage(runner, cache, text, options);
  return { ...page, facets: facetsOf(state.tables.facets, matches.positions) };
}

/** The first `first` clause hits of `text`, in the same order as searchPage (the original search entry point). */
export async function search(
  runner: CypherRunner,
  cache: VersionCache,
  text: string,
  first: number,
): Promise<SearchHit[]> {
  const limit = checkInt('search', 'first', first, 1, MAX_SEARCH_RESULTS);
  const { page } = await rankedPage(runner, cache, text, { first: limit, requests: false });
  return page.items.flatMap((item) => {
    if (!item.card) return [];
    const { card, snippet, highlights, titleMatch } = item;
    const score = page.totalCount - item.rank + 1;
    return [{ clause: toClauseSummary(card), card, score, titleMatch, snippet, highlights }];
  });
}
