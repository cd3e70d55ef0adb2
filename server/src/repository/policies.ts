/** Regions, policies (by id and as a filtered, paginated list), their sections and clauses. */
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { RepositoryError, checkInt } from './errors';
import { inIdOrder, reader } from './rows';
import type { Page, PolicyFilter, PolicyInfo, RegionInfo, RegionLevel } from './types';

/** A policy `p` as PolicyInfo, with its region `r` bound or null (see toPolicy). */
export const POLICY_PROJECTION = `p {.id, .title, .docNumber, .issuer, .year, .publishedOn, .status, .script, .sourceFile,
  .totalBudget, .totalBudgetText, .totalBudgetQualifier,
  .totalBudgetApproximate, .validity, .stub, .partial, regionCode: coalesce(r.code, p.regionCode)}`;

const policiesByIdStatement = defineStatement({
  name: 'repository.policiesById',
  cypher: `
    MATCH (p:Policy) WHERE p.id IN $ids
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    RETURN ${POLICY_PROJECTION} AS policy`,
  params: ['ids'],
});

// One statement gives the page and the total: the matching policies are collected in id order once, then sliced.
// Optional filters are null parameters, so the Cypher text stays fixed (no string building per request).
const policyPageStatement = defineStatement({
  name: 'repository.policyPage',
  cypher: `
    MATCH (p:Policy)
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    WITH p, r
    WHERE ($includeStubs OR coalesce(p.stub, false) = false)
      AND ($regionCode IS NULL OR coalesce(r.code, p.regionCode) = $regionCode)
      AND ($level IS NULL OR r.level = $level)
      AND ($year IS NULL OR p.year = $year)
      AND ($status IS NULL OR p.status = $status)
    WITH p, r ORDER BY p.id
    WITH collect(${POLICY_PROJECTION}) AS matching
    RETURN size(matching) AS totalCount,
           [x IN matching WHERE $after IS NULL OR x.id > $after][0..$limit] AS page`,
  params: ['includeStubs', 'regionCode', 'level', 'year', 'status', 'after', 'limit'],
});

const regionsStatement = defineStatement({
  name: 'repository.regions',
  cypher: `
    MATCH (r:Region)
    RETURN r {.code, .name, .level, .parentCode} AS region
    ORDER BY region.code`,
  params: [],
});

const read = reader('policies');

export function toPolicy(value: { [key: string]: CypherValue }): PolicyInfo {
  return {
    id: read.str(value, 'id'),
    title: read.optStr(value, 'title') ?? read.str(value, 'id'),
    docNumber: read.optStr(value, 'docNumber'),
    issuer: read.optStr(value, 'issuer'),
    regionCode: read.optStr(value, 'regionCode'),
    year: read.optNum(value, 'year'),
    publishedOn: read.optStr(value, 'publishedOn'),
    status: read.optStr(value, 'status'),
    script: read.optStr(value, 'script'),
    sourceFile: read.optStr(value, 'sourceFile'),
    totalBudget: read.optNum(value, 'totalBudget'),
    totalBudgetText: read.optStr(value, 'totalBudgetText'),
    totalBudgetQualifier: read.optStr(value, 'totalBudgetQualifier'),
    totalBudgetApproximate: read.flag(value, 'totalBudgetApproximate'),
    validity: read.optStr(value, 'validity'),
    stub: read.flag(value, 'stub'),
    partial: read.flag(value, 'partial'),
  };
}

/** Policies by id in the order asked, null for unknown ids (DataLoader batch function). */
export async function getPolicies(runner: CypherRunner, ids: readonly string[]): Promise<(PolicyInfo | null)[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, policiesByIdStatement, { ids: [...new Set(ids)] });
  return inIdOrder(
    ids,
    rows.map((row) => toPolicy(read.map(row, 'policy'))),
  );
}

/** Cursor = base64 of the last id of the page; opaque to clients. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64').toString('utf8');
  if (cursor === '' || encodeCursor(id) !== cursor) {
    throw new RepositoryError('BAD_INPUT', `listPolicies: after is not a cursor returned by this API: '${cursor}'`);
  }
  return id;
}

/** Policies matching the filter, ordered by id, one page at a time. Stubs only when includeStubs is set. */
export async function listPolicies(runner: CypherRunner, filter: PolicyFilter): Promise<Page<PolicyInfo>> {
  const first = checkInt('listPolicies', 'first', filter.first, 0, 500);
  const after = filter.after ? decodeCursor(filter.after) : null;
  const [row] = await runStatement(runner, policyPageStatement, {
    includeStubs: filter.includeStubs ?? false,
    regionCode: filter.regionCode ?? null,
    level: filter.level ?? null,
    year: filter.year ?? null,
    status: filter.status ?? null,
    after,
    // One more than asked tells whether another page follows.
    limit: first + 1,
  });
  const totalCount = row ? read.num(row, 'totalCount') : 0;
  const fetched = row ? read.list(row, 'page').map((value) => toPolicy(asMap(value))) : [];
  const items = fetched.slice(0, first);
  const last = items[items.length - 1];
  return { items, totalCount, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: fetched.length > first };
}

export function toRegion(region: { [key: string]: CypherValue }): RegionInfo {
  return {
    code: read.str(region, 'code'),
    name: read.str(region, 'name'),
    level: read.str(region, 'level') as RegionLevel,
    parentCode: read.optStr(region, 'parentCode'),
  };
}

/** Every region of the graph, by code. */
export async function listRegions(runner: CypherRunner): Promise<RegionInfo[]> {
  const rows = await runStatement(runner, regionsStatement);
  return rows.map((row) => toRegion(read.map(row, 'region')));
}

export function asMap(value: CypherValue): { [key: string]: CypherValue } {
  return read.map({ value }, 'value');
}
