/** How many clauses each department of a region leads or supports (DESIGN.md §1 "Load"). */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { checkId } from './errors';
import { reader } from './rows';
import type { DepartmentLoad } from './analysisTypes';

// Only clause assignments count: annex requests (事项清单) are asks to the superior, not clauses to deliver.
// Departments of the region without a clause are listed with zero counts.
const departmentLoadStatement = defineStatement({
  name: 'repository.departmentLoad',
  cypher: `
    MATCH (d:Department)-[:OF]->(:Region {code: $regionCode})
    OPTIONAL MATCH (c:Clause)-[a:ASSIGNED_TO]->(d)
    WITH d, c, a ORDER BY c.id
    WITH d, collect(CASE WHEN a.role = 'LEAD' THEN c.id END) AS lead,
         collect(CASE WHEN a.role = 'SUPPORT' THEN c.id END) AS support, collect(c.id) AS clauseIds
    RETURN {id: d.id, name: d.name, canonicalName: d.canonicalName, regionCode: $regionCode, leadCount: size(lead),
            supportCount: size(support), clauseIds: clauseIds} AS load
    ORDER BY load.leadCount DESC, load.supportCount DESC, load.id`,
  params: ['regionCode'],
});

const read = reader('departmentLoad');

/** Departments of a region with their lead and support counts, busiest lead first. */
export async function departmentLoad(runner: CypherRunner, regionCode: string): Promise<DepartmentLoad[]> {
  checkId('departmentLoad', 'regionCode', regionCode);
  const rows = await runStatement(runner, departmentLoadStatement, { regionCode });
  return rows.map((row) => {
    const load = read.map(row, 'load');
    return {
      id: read.str(load, 'id'),
      name: read.str(load, 'name'),
      canonicalName: read.optStr(load, 'canonicalName') ?? read.str(load, 'name'),
      regionCode: read.str(load, 'regionCode'),
      leadCount: read.num(load, 'leadCount'),
      supportCount: read.num(load, 'supportCount'),
      clauseIds: read.strList(load, 'clauseIds'),
    };
  });
}
