/**
 * Finding search hits on the store (issue 15 item 5): every clause and annex row whose Simplified text matches every
 * term of the query (searchQuery.ts) and the filter (clauseFilter.ts), with what ranking and facets need and nothing
 * more — texts are read afterwards, for the page shown only.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { CLAUSE_CONDITION, CLAUSE_FILTER_PARAMS, POLICY_CONDITION, assignedCondition } from './clauseFilter';
import type { ClauseFilter } from './clauseFilter';
import { clauseFilterParams, isClauseOnly } from './clauseFilter';
import { reader } from './rows';
import type { SearchQuery } from './searchQuery';
import type { FoundHit, SearchHitKind } from './searchTypes';
import type { RegionLevel } from './types';

// No full-text index is shared by both engines (DESIGN.md §6), so this is a scan with a regular expression per
// term (6.6 ms for 发改局 over the 100-document synthetic corpus, against 2.8 ms for a plain CONTAINS and 120 ms for
// stripping punctuation with replace() in Cypher). Inferred clauses repeat their implementers' words and are left out
// unless the filter asks for them. The title is the text's first sentence, so a title match is a match in the
// Simplified text's prefix of the title's length.
const searchHitsStatement = defineStatement({
  name: 'repository.searchHits',
  cypher: `
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)
    WHERE ($inferred IS NOT NULL OR coalesce(c.inferred, false) = false)
      AND all(pattern IN $patterns WHERE c.textSimplified =~ pattern)
    OPTIONAL MATCH (c)<-[:HAS_CLAUSE]-(s:Section)
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    WITH p, r, s, c
    WHERE ${CLAUSE_CONDITION}
    OPTIONAL MATCH (c)-[:ASSIGNED_TO]->(d:Department)
    OPTIONAL MATCH (c)-[:MENTIONS]->(g:Program)
    WITH p, r, s, c, collect(DISTINCT d.canonicalName) AS departments, collect(DISTINCT {id: g.id, name: g.name}) AS programs
    RETURN {kind: 'CLAUSE', id: c.id, policyId: p.id, status: p.status, year: p.year, regionCode: r.code,
            regionName: r.name, level: r.level, sectionOrdinal: coalesce(s.ordinal, 0), ordinal: c.ordinal,
            titleMatch: any(pattern IN $patterns WHERE left(c.textSimplified, size(c.title)) =~ pattern),
            departments: departments, programs: programs} AS hit
    UNION ALL
    MATCH (p:Policy)-[:HAS_REQUEST]->(q:Request)
    WHERE $requests AND all(pattern IN $patterns WHERE q.textSimplified =~ pattern)
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    WITH p, r, q
    WHERE ${POLICY_CONDITION} AND (NOT $byDepartment OR ${assignedCondition('q')})
    OPTIONAL MATCH (q)-[:ASSIGNED_TO]->(d:Department)
    WITH p, r, q, collect(DISTINCT d.canonicalName) AS departments
    RETURN {kind: 'REQUEST', id: q.id, policyId: p.id, status: p.status, year: p.year, regionCode: r.code,
            regionName: r.name, level: r.level, sectionOrdinal: 0, ordinal: q.ordinal, titleMatch: false,
            departments: departments, programs: []} AS hit`,
  params: ['patterns', 'requests', ...CLAUSE_FILTER_PARAMS],
});

const read = reader('searchHits');

function toFoundHit(row: Parameters<typeof read.map>[0]): FoundHit {
  const hit = read.map(row, 'hit');
  const programs = read.list(hit, 'programs').flatMap((value) => {
    const program = read.map({ value }, 'value');
    const id = read.optStr(program, 'id');
    return id === null ? [] : [{ id, name: read.optStr(program, 'name') ?? id }];
  });
  return {
    kind: read.str(hit, 'kind') as SearchHitKind,
    id: read.str(hit, 'id'),
    policyId: read.str(hit, 'policyId'),
    status: read.optStr(hit, 'status'),
    year: read.optNum(hit, 'year'),
    regionCode: read.optStr(hit, 'regionCode'),
    regionName: read.optStr(hit, 'regionName'),
    level: read.optStr(hit, 'level') as RegionLevel | null,
    sectionOrdinal: read.optNum(hit, 'sectionOrdinal') ?? 0,
    ordinal: read.optNum(hit, 'ordinal') ?? 0,
    titleMatch: read.flag(hit, 'titleMatch'),
    departments: read.strList(hit, 'departments'),
    programs,
  };
}

/** Every clause (and, unless the filter is about clauses only, annex row) matching the query and the filter. */
export async function findHits(
  runner: CypherRunner,
  query: SearchQuery,
  filter: ClauseFilter | null | undefined,
  options: { requests: boolean },
): Promise<FoundHit[]> {
  const rows = await runStatement(runner, searchHitsStatement, {
    patterns: query.patterns,
    requests: options.requests && !isClauseOnly(filter),
    ...clauseFilterParams('search', filter),
  });
  return rows.map(toFoundHit);
}
