/**
 * Which search hits meet a filter (clauseFilter.ts). The index holds each text's policy, year, status, region and
 * level and whether it is inferred (searchIndex.ts), read by the same paths as the filter's conditions, so those
 * conditions are decided in memory; only what the index does not hold (a section, departments, a program, a
 * measure, local additions, partial texts, or the region of a policy issued for none) is asked of the store, for
 * the hits still in question, each found through its label's id index. A broad term with a year filter at 1,000
 * documents sent some 20,000 ids to a `WHERE c.id IN $ids` scan that ran into the store's 30 s timeout.
 */
import type { CypherParams, CypherRunner } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import {
  CLAUSE_FILTER_PARAMS,
  POLICY_CONDITION,
  clauseCondition,
  filterStatements,
  requestDepartmentCondition,
} from './clauseFilter';
import { policyAndSectionOfFoundClause } from './clausePatterns';
import type { IndexedText } from './searchIndex';
import { reader } from './rows';

// The region is matched from its label, as in clauseCards.ts.
const filteredHitsStatement = filterStatements(
  'repository.filteredSearchHits',
  ['clauseIds', 'requestIds', ...CLAUSE_FILTER_PARAMS],
  (variant) => `
    UNWIND $clauseIds AS id
    MATCH (c:Clause {id: id})
    ${policyAndSectionOfFoundClause()}
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    WITH p, r, s, c
    WHERE ${clauseCondition(variant)}
    RETURN c.id AS id
    UNION ALL
    UNWIND $requestIds AS id
    MATCH (q:Request {id: id})
    MATCH (q)<-[:HAS_REQUEST]-(p:Policy)
    OPTIONAL MATCH (r:Region)<-[:ISSUED_FOR]-(p)
    WITH p, r, q
    WHERE ${POLICY_CONDITION} ${requestDepartmentCondition(variant)}
    RETURN q.id AS id`,
);

const read = reader('searchFilter');

/** The filter's conditions the index decides for every text; regionCode it decides for texts with a region. */
const DECIDED_IN_INDEX = new Set(['policyId', 'regionCode', 'level', 'year', 'status', 'inferred']);

/** Whether the condition `name` is given: a null parameter passes, and `byDepartment` is a flag. */
const given = ([name, value]: [string, unknown]) => (name === 'byDepartment' ? value === true : value !== null);

/** True when some condition of the filter is given (a filter of nulls keeps everything). */
export function filters(params: CypherParams): boolean {
  return Object.entries(params).some(given);
}

/** Whether some given condition needs the store whatever the text. */
function asksTheStore(params: CypherParams): boolean {
  return Object.entries(params).some((entry) => !DECIDED_IN_INDEX.has(entry[0]) && given(entry));
}

/** False when the index's facts fail one of the conditions it decides, as POLICY_CONDITION and clauseCondition do. */
function meetsFacts({ hit, inferred }: IndexedText, params: CypherParams): boolean {
  const equal = (name: string, value: unknown) => params[name] === null || params[name] === value;
  return (
    equal('policyId', hit.policyId) &&
    equal('level', hit.level) &&
    equal('year', hit.year) &&
    equal('status', hit.status) &&
    equal('inferred', inferred) &&
    (hit.regionCode === null || equal('regionCode', hit.regionCode))
  );
}

/** The ids of `texts` meeting the filter of `params`. */
export async function meetingFilter(
  runner: CypherRunner,
  texts: readonly IndexedText[],
  params: CypherParams,
): Promise<Set<string>> {
  const kept = new Set<string>();
  const [clauseIds, requestIds]: [string[], string[]] = [[], []];
  const storeDecides = asksTheStore(params);
  for (const text of texts) {
    if (!meetsFacts(text, params)) continue;
    const { hit } = text;
    if (storeDecides || (hit.regionCode === null && params.regionCode !== null))
      (hit.kind === 'CLAUSE' ? clauseIds : requestIds).push(hit.id);
    else kept.add(hit.id);
  }
  if (clauseIds.length + requestIds.length === 0) return kept;
  const rows = await runStatement(runner, filteredHitsStatement(params), { ...params, clauseIds, requestIds });
  for (const row of rows) kept.add(read.str(row, 'id'));
  return kept;
}
