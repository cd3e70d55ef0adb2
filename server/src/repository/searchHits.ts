/**
 * Finding search hits (issue 15 item 5): every clause and annex row whose text matches every term of the query
 * (searchQuery.ts), found in the graph version's search index (searchIndex.ts), then — when a filter is given — kept
 * when it meets the filter (clauseFilter.ts) on the store. Texts are read afterwards, for the page shown only.
 */
import type { CypherParams, CypherRunner } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import {
  CLAUSE_FILTER_PARAMS,
  POLICY_CONDITION,
  clauseCondition,
  clauseFilterParams,
  filterStatements,
  isClauseOnly,
  requestDepartmentCondition,
} from './clauseFilter';
import type { ClauseFilter } from './clauseFilter';
import { policyAndSectionOfFoundClause } from './clausePatterns';
import { reader } from './rows';
import { matchIndex } from './searchMatch';
import type { SearchIndex } from './searchIndex';
import type { SearchQuery } from './searchQuery';
import type { Matches, SearchState } from './searchTables';

// Only the hits are checked, each found by id: the text match narrows first, and the filter's subqueries run for
// the hits rather than for every clause of the graph. The region is matched from its label, as in clauseCards.ts.
const filteredHitsStatement = filterStatements(
  'repository.filteredSearchHits',
  ['clauseIds', 'requestIds', ...CLAUSE_FILTER_PARAMS],
  (variant) => `
    MATCH (c:Clause) WHERE c.id IN $clauseIds
    ${policyAndSectionOfFoundClause()}
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    WITH p, r, s, c
    WHERE ${clauseCondition(variant)}
    RETURN c.id AS id
    UNION ALL
    MATCH (q:Request) WHERE q.id IN $requestIds
    MATCH (q)<-[:HAS_REQUEST]-(p:Policy)
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    WITH p, r, q
    WHERE ${POLICY_CONDITION} ${requestDepartmentCondition(variant)}
    RETURN q.id AS id`,
);

const read = reader('searchHits');

/** True when some condition of the filter is given (a filter of nulls keeps everything). */
function filters(params: CypherParams): boolean {
  return Object.entries(params).some(([name, value]) => (name === 'byDepartment' ? value === true : value !== null));
}

async function meetingFilter(
  runner: CypherRunner,
  state: SearchState,
  matches: Matches,
  params: CypherParams,
): Promise<Set<string>> {
  const clauseIds: string[] = [];
  const requestIds: string[] = [];
  for (const position of matches.positions) {
    const hit = state.texts[position]?.hit;
    if (hit) (hit.kind === 'CLAUSE' ? clauseIds : requestIds).push(hit.id);
  }
  const rows = await runStatement(runner, filteredHitsStatement(params), { ...params, clauseIds, requestIds });
  return new Set(rows.map((row) => read.str(row, 'id')));
}

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
  const kept = await meetingFilter(runner, state, matched, params);
  const keep = matched.positions.map((position) => (kept.has(state.texts[position]?.hit.id ?? '') ? 1 : 0));
  return {
    positions: matched.positions.filter((_, i) => keep[i] === 1),
    titleMatch: matched.titleMatch.filter((_, i) => keep[i] === 1),
  };
}
