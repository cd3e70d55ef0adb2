/**
 * Batch reads behind the GraphQL object fields (issue 6): alignment edges of clauses, implementers of policies,
 * policies of regions, annex requests and the departments of sections and requests. DataLoader batch functions:
 * one statement per batch, results in the order of the ids asked.
 */
import type { CypherRunner, CypherRow } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import type { Statement } from '../store/statement';
import { EDGE_MAP, toClauseEdge, uniqueEdges } from './clauseEdges';
import { toPolicy } from './policies';
import { groupedBy, reader } from './rows';
import type { ClauseEdge } from './analysisTypes';
import type { OwnerDepartment, PolicyInfo, RequestInfo } from './types';

// Both directions in one pass: `c` is the clause asked about, at either end of the edge.
const alignmentsStatement = defineStatement({
  name: 'repository.alignmentsOfClauses',
  cypher: `
    MATCH (c:Clause)-[e:IMPLEMENTS|CORRESPONDS_TO|SUCCEEDS]-(:Clause) WHERE c.id IN $ids
    RETURN c.id AS clauseId, ${EDGE_MAP} AS edge`,
  params: ['ids'],
});

// Policy.implements read the other way (clauseDetails.ts's references): the documents linked to it, and those
// whose clauses implement one of its clauses (candidates left out), so a city stub implements the province both ways.
const implementersStatement = defineStatement({
  name: 'repository.implementersOfPolicies',
  cypher: `
    MATCH (l:Policy)-[:IMPLEMENTS]->(p:Policy) WHERE p.id IN $ids
    RETURN p.id AS policyId, l.id AS implementerId
    UNION
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(:Clause)<-[e:IMPLEMENTS]-(:Clause)
          <-[:HAS_SECTION|HAS_CLAUSE*1..2]-(l:Policy)
    WHERE p.id IN $ids AND coalesce(e.candidate, false) = false AND l.id <> p.id
    RETURN p.id AS policyId, l.id AS implementerId`,
  params: ['ids'],
});

const policiesOfRegionsStatement = defineStatement({
  name: 'repository.policiesOfRegions',
  cypher: `
    MATCH (p:Policy)-[:ISSUED_FOR]->(r:Region) WHERE r.code IN $codes
    RETURN p {.id, .title, .docNumber, .issuer, .year, .publishedOn, .status, .script, .sourceFile, .totalBudget,
              .totalBudgetText, .totalBudgetQualifier,
              .totalBudgetApproximate, .validity, .stub, .partial, regionCode: r.code} AS policy
    ORDER BY policy.regionCode, policy.id`,
  params: ['codes'],
});

const requestsStatement = defineStatement({
  name: 'repository.requestsOfPolicies',
  cypher: `
    MATCH (p:Policy)-[:HAS_REQUEST]->(q:Request) WHERE p.id IN $ids
    RETURN q {.id, .ordinal, .area, .item, .goal, policyId: p.id} AS request
    ORDER BY request.policyId, request.ordinal`,
  params: ['ids'],
});

// A section's LED_BY edge carries only a rank: an area heading names its lead (由区科技局牵头).
const sectionLeadsStatement = defineStatement({
  name: 'repository.leadsOfSections',
  cypher: `
    MATCH (s:Section)-[a:LED_BY]->(d:Department) WHERE s.id IN $ids
    RETURN {ownerId: s.id, departmentId: d.id, name: d.name, canonicalName: d.canonicalName, role: 'LEAD',
            rank: a.rank} AS assignment
    ORDER BY assignment.ownerId, assignment.rank`,
  params: ['ids'],
});

const requestDepartmentsStatement = defineStatement({
  name: 'repository.departmentsOfRequests',
  cypher: `
    MATCH (q:Request)-[a:ASSIGNED_TO]->(d:Department) WHERE q.id IN $ids
    RETURN {ownerId: q.id, departmentId: d.id, name: d.name, canonicalName: d.canonicalName, role: a.role,
            rank: a.rank} AS assignment
    ORDER BY assignment.ownerId, assignment.rank`,
  params: ['ids'],
});

const read = reader('links');

async function rowsOf(runner: CypherRunner, statement: Statement, ids: readonly string[], key = 'ids') {
  return ids.length === 0 ? [] : runStatement(runner, statement, { [key]: [...new Set(ids)] });
}

/** Every IMPLEMENTS, CORRESPONDS_TO and SUCCEEDS edge touching each clause, in either direction, by edge id. */
export async function alignmentsOfClauses(runner: CypherRunner, ids: readonly string[]): Promise<ClauseEdge[][]> {
  const rows = await rowsOf(runner, alignmentsStatement, ids);
  const items = rows.map((row) => ({ clauseId: read.str(row, 'clauseId'), edge: toClauseEdge(read.map(row, 'edge')) }));
  return groupedBy(ids, items, (item) => item.clauseId).map((group) => uniqueEdges(group.map((item) => item.edge)));
}

/** Ids of the policies that declare they implement each policy. */
export async function implementersOfPolicies(runner: CypherRunner, ids: readonly string[]): Promise<string[][]> {
  const rows = await rowsOf(runner, implementersStatement, ids);
  const items = rows.map((row) => ({ policyId: read.str(row, 'policyId'), id: read.str(row, 'implementerId') }));
  return groupedBy(ids, items, (item) => item.policyId).map((group) => group.map((item) => item.id).sort());
}

/** The policies issued for each region, stubs included, by id. */
export async function policiesOfRegions(runner: CypherRunner, codes: readonly string[]): Promise<PolicyInfo[][]> {
  const rows = await rowsOf(runner, policiesOfRegionsStatement, codes, 'codes');
  const items = rows.map((row) => toPolicy(read.map(row, 'policy')));
  return groupedBy(codes, items, (item) => item.regionCode ?? '');
}

/** The annex request rows of each policy, in table order. */
export async function requestsOfPolicies(runner: CypherRunner, ids: readonly string[]): Promise<RequestInfo[][]> {
  const rows = await rowsOf(runner, requestsStatement, ids);
  const items = rows.map((row) => toRequest(read.map(row, 'request')));
  return groupedBy(ids, items, (item) => item.policyId);
}

/** An annex request row as the repository returns it, from the map a statement projects. */
export function toRequest(value: CypherRow): RequestInfo {
  return {
    id: read.str(value, 'id'),
    policyId: read.str(value, 'policyId'),
    ordinal: read.num(value, 'ordinal'),
    area: read.optStr(value, 'area') ?? '',
    item: read.optStr(value, 'item') ?? '',
    goal: read.optStr(value, 'goal') ?? '',
  };
}

function toAssignments(rows: Awaited<ReturnType<typeof rowsOf>>): OwnerDepartment[] {
  return rows.map((row): OwnerDepartment => {
    const value = read.map(row, 'assignment');
    return {
      ownerId: read.str(value, 'ownerId'),
      departmentId: read.str(value, 'departmentId'),
      name: read.str(value, 'name'),
      canonicalName: read.optStr(value, 'canonicalName') ?? read.str(value, 'name'),
      role: (read.optStr(value, 'role') ?? 'LEAD') as OwnerDepartment['role'],
      rank: read.optNum(value, 'rank') ?? 1,
    };
  });
}

/** The departments leading each section (area), by rank. */
export async function leadsOfSections(runner: CypherRunner, ids: readonly string[]): Promise<OwnerDepartment[][]> {
  const items = toAssignments(await rowsOf(runner, sectionLeadsStatement, ids));
  return groupedBy(ids, items, (item) => item.ownerId);
}

/** The departments responsible for each annex request row, lead first. */
export async function departmentsOfRequests(
  runner: CypherRunner,
  ids: readonly string[],
): Promise<OwnerDepartment[][]> {
  const items = toAssignments(await rowsOf(runner, requestDepartmentsStatement, ids));
  return groupedBy(ids, items, (item) => item.ownerId);
}
