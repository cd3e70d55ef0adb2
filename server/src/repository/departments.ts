/** Departments by id with the clauses they lead and support (DataLoader batch function). */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { inIdOrder, reader } from './rows';
import type { DepartmentInfo } from './types';

// Only clause assignments count, as in departmentLoad: annex requests are asks to the superior, not clauses. The
// assignments are matched from `d`: grafeo 0.6 plans an OPTIONAL MATCH from the first node written, and from
// `(c:Clause)` it walked every clause's assignments to keep those of the departments asked for.
const departmentsStatement = defineStatement({
  name: 'repository.departmentsById',
  cypher: `
    MATCH (d:Department) WHERE d.id IN $ids
    OPTIONAL MATCH (d)-[:OF]->(r:Region)
    OPTIONAL MATCH (d)<-[a:ASSIGNED_TO]-(c:Clause)
    WITH d, r, c, a ORDER BY c.id
    WITH d, r, collect(CASE WHEN a.role = 'LEAD' THEN c.id END) AS lead,
         collect(CASE WHEN a.role = 'SUPPORT' THEN c.id END) AS support
    RETURN {id: d.id, name: d.name, canonicalName: d.canonicalName, functions: d.functions,
            regionCode: coalesce(r.code, d.regionCode), leadClauseIds: lead, supportClauseIds: support} AS department`,
  params: ['ids'],
});

const read = reader('departments');

export async function getDepartments(runner: CypherRunner, ids: readonly string[]): Promise<(DepartmentInfo | null)[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, departmentsStatement, { ids: [...new Set(ids)] });
  const items = rows.map((row): DepartmentInfo => {
    const value = read.map(row, 'department');
    return {
      id: read.str(value, 'id'),
      name: read.str(value, 'name'),
      canonicalName: read.optStr(value, 'canonicalName') ?? read.str(value, 'name'),
      functions: read.strList(value, 'functions'),
      regionCode: read.optStr(value, 'regionCode'),
      leadClauseIds: read.strList(value, 'leadClauseIds'),
      supportClauseIds: read.strList(value, 'supportClauseIds'),
    };
  });
  return inIdOrder(ids, items);
}
