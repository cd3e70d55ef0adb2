/** Programs (工程/行动/计划 …) with the clauses that mention them and the localities and years that adopted them. */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { policyOfClause } from './clausePatterns';
import { reader } from './rows';
import type { ProgramAdoption, ProgramUsage } from './analysisTypes';

const programsStatement = defineStatement({
  name: 'repository.programs',
  cypher: `
    MATCH (g:Program)<-[:MENTIONS]-(c:Clause)
    ${policyOfClause(['g'])}
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    WITH g, c, p, r ORDER BY c.id
    WITH g, collect(DISTINCT c.id) AS clauseIds,
         collect(DISTINCT {policyId: p.id, regionCode: r.code, regionName: r.name, year: p.year}) AS adoptions
    RETURN {id: g.id, name: g.name, kind: g.kind, clauseIds: clauseIds, adoptions: adoptions} AS program
    ORDER BY program.id`,
  params: [],
});

const read = reader('programs');

/** Every program mentioned by a clause, by id; adoptions ordered by region code then year. */
export async function programs(runner: CypherRunner): Promise<ProgramUsage[]> {
  const rows = await runStatement(runner, programsStatement);
  return rows.map((row) => {
    const program = read.map(row, 'program');
    const adoptions = read.list(program, 'adoptions').map((value): ProgramAdoption => {
      const adoption = read.map({ value }, 'value');
      return {
        policyId: read.str(adoption, 'policyId'),
        regionCode: read.optStr(adoption, 'regionCode'),
        regionName: read.optStr(adoption, 'regionName'),
        year: read.optNum(adoption, 'year'),
      };
    });
    const key = (a: ProgramAdoption) => `${a.regionCode ?? ''}|${a.year ?? 0}|${a.policyId}`;
    adoptions.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return {
      id: read.str(program, 'id'),
      name: read.optStr(program, 'name') ?? read.str(program, 'id'),
      kind: read.optStr(program, 'kind') ?? '',
      clauseIds: [...read.strList(program, 'clauseIds')].sort(),
      adoptions,
    };
  });
}
