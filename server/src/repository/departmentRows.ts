/**
 * What departments are responsible for in some documents, read as rows (departments.ts adds them up): the clauses
 * a department leads or supports by the clause's own list (责任单位), the areas it leads (由区科技局牵头), the clauses
 * of those areas that name no department themselves (they are led by the area's lead: 湖州's document gives
 * responsibility per area only) and the annex request rows. Every row carries the name as written there.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { reader } from './rows';

export type ResponsibilityVia = 'CLAUSE' | 'SECTION' | 'AREA' | 'REQUEST';

export interface Responsibility {
  policyId: string;
  departmentId: string;
  via: ResponsibilityVia;
  /** The clause, section or request row. */
  ownerId: string;
  role: 'LEAD' | 'SUPPORT';
  /** As written in the document; null where the store has no spelling for it. */
  name: string | null;
}

export interface DepartmentNode {
  id: string;
  name: string;
  canonicalName: string;
  functions: string[];
  regionCode: string | null;
  /** Every spelling of the department in any document of its region. */
  names: string[];
}

const responsibilitiesStatement = defineStatement({
  name: 'repository.departmentResponsibilities',
  cypher: `
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)-[a:ASSIGNED_TO]->(d:Department)
    WHERE p.id IN $policyIds
    RETURN p.id AS policyId, d.id AS departmentId, 'CLAUSE' AS via, c.id AS ownerId, a.role AS role, a.name AS name
    UNION ALL
    MATCH (p:Policy)-[:HAS_SECTION]->(s:Section)-[l:LED_BY]->(d:Department)
    WHERE p.id IN $policyIds
    RETURN p.id AS policyId, d.id AS departmentId, 'SECTION' AS via, s.id AS ownerId, 'LEAD' AS role, l.name AS name
    UNION ALL
    MATCH (p:Policy)-[:HAS_SECTION]->(s:Section)-[:HAS_CLAUSE]->(c:Clause)
    WHERE p.id IN $policyIds AND NOT EXISTS { MATCH (c)-[:ASSIGNED_TO]->(:Department) }
    MATCH (s)-[l:LED_BY]->(d:Department)
    RETURN p.id AS policyId, d.id AS departmentId, 'AREA' AS via, c.id AS ownerId, 'LEAD' AS role, l.name AS name
    UNION ALL
    MATCH (p:Policy)-[:HAS_REQUEST]->(q:Request)-[a:ASSIGNED_TO]->(d:Department)
    WHERE p.id IN $policyIds
    RETURN p.id AS policyId, d.id AS departmentId, 'REQUEST' AS via, q.id AS ownerId, a.role AS role, a.name AS name`,
  params: ['policyIds'],
});

// Every department of the regions asked, not only those with rows: a merge (区委人才办 into 区委组织部（区委人才办）)
// is read off the other department's spellings.
const departmentNodesStatement = defineStatement({
  name: 'repository.departmentNodes',
  cypher: `
    MATCH (d:Department)-[:OF]->(r:Region)
    WHERE r.code IN $regionCodes
    RETURN d {.id, .name, .canonicalName, .functions, .names, regionCode: r.code} AS department
    ORDER BY department.id`,
  params: ['regionCodes'],
});

const read = reader('departmentRows');

export async function responsibilities(runner: CypherRunner, policyIds: readonly string[]): Promise<Responsibility[]> {
  if (policyIds.length === 0) return [];
  const rows = await runStatement(runner, responsibilitiesStatement, { policyIds: [...new Set(policyIds)] });
  return rows.map((row) => ({
    policyId: read.str(row, 'policyId'),
    departmentId: read.str(row, 'departmentId'),
    via: read.str(row, 'via') as ResponsibilityVia,
    ownerId: read.str(row, 'ownerId'),
    role: (read.optStr(row, 'role') ?? 'LEAD') as Responsibility['role'],
    name: read.optStr(row, 'name'),
  }));
}

export async function departmentNodes(runner: CypherRunner, regionCodes: readonly string[]): Promise<DepartmentNode[]> {
  if (regionCodes.length === 0) return [];
  const rows = await runStatement(runner, departmentNodesStatement, { regionCodes: [...new Set(regionCodes)] });
  return rows.map((row) => {
    const value = read.map(row, 'department');
    const name = read.str(value, 'name');
    return {
      id: read.str(value, 'id'),
      name,
      canonicalName: read.optStr(value, 'canonicalName') ?? name,
      functions: read.strList(value, 'functions'),
      regionCode: read.optStr(value, 'regionCode'),
      names: read.strList(value, 'names'),
    };
  });
}
