/**
 * Programs (工程/行动/计划 …) with the clauses, areas and annex rows that mention them and the localities and years
 * that adopted them (a mention anywhere in a document is an adoption).
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { policyOfClause } from './clausePatterns';
import { reader } from './rows';
import type { ProgramAdoption, ProgramUsage } from './analysisTypes';

const mentionFields = (label: string) => `OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)
    RETURN g.id AS programId, owner.id AS ownerId, '${label}' AS ownerLabel, p.id AS policyId,
           r.code AS regionCode, r.name AS regionName, p.year AS year`;

// One row per mention: from a clause (whose policy is found through its section, as everywhere), an area heading or
// preamble, or an annex request row.
const mentionsStatement = defineStatement({
  name: 'repository.programMentions',
  cypher: `
    MATCH (g:Program)<-[:MENTIONS]-(c:Clause)
    ${policyOfClause(['g'])}
    WITH g, c AS owner, p
    ${mentionFields('Clause')}
    UNION ALL
    MATCH (g:Program)<-[:MENTIONS]-(owner:Section)<-[:HAS_SECTION]-(p:Policy)
    ${mentionFields('Section')}
    UNION ALL
    MATCH (g:Program)<-[:MENTIONS]-(owner:Request)<-[:HAS_REQUEST]-(p:Policy)
    ${mentionFields('Request')}`,
  params: [],
});

const programNodesStatement = defineStatement({
  name: 'repository.programNodes',
  cypher: `
    MATCH (g:Program)
    RETURN g {.id, .name, .kind, .aliases} AS program
    ORDER BY program.id`,
  params: [],
});

const read = reader('programs');

interface Mention {
  programId: string;
  ownerId: string;
  ownerLabel: string;
  adoption: ProgramAdoption;
}

async function mentions(runner: CypherRunner): Promise<Mention[]> {
  const rows = await runStatement(runner, mentionsStatement);
  return rows.map((row) => ({
    programId: read.str(row, 'programId'),
    ownerId: read.str(row, 'ownerId'),
    ownerLabel: read.str(row, 'ownerLabel'),
    adoption: {
      policyId: read.str(row, 'policyId'),
      regionCode: read.optStr(row, 'regionCode'),
      regionName: read.optStr(row, 'regionName'),
      year: read.optNum(row, 'year'),
    },
  }));
}

const adoptionKey = (a: ProgramAdoption) =>
  `${a.regionCode ?? ''}|${String(a.year ?? 0).padStart(4, '0')}|${a.policyId}`;
const sortedIds = (found: Mention[], label: string) =>
  [...new Set(found.filter((m) => m.ownerLabel === label).map((m) => m.ownerId))].sort();

/** Every mentioned program, by id; owners sorted by id, adoptions (one per document) by region code then year. */
export async function programs(runner: CypherRunner): Promise<ProgramUsage[]> {
  const all = await mentions(runner);
  const rows = await runStatement(runner, programNodesStatement);
  return rows.flatMap((row): ProgramUsage[] => {
    const program = read.map(row, 'program');
    const id = read.str(program, 'id');
    const found = all.filter((m) => m.programId === id);
    if (found.length === 0) return [];
    const adoptions = new Map(found.map((m) => [m.adoption.policyId, m.adoption]));
    return [
      {
        id,
        name: read.optStr(program, 'name') ?? id,
        kind: read.optStr(program, 'kind') ?? '',
        aliases: read.strList(program, 'aliases'),
        clauseIds: sortedIds(found, 'Clause'),
        sectionIds: sortedIds(found, 'Section'),
        requestIds: sortedIds(found, 'Request'),
        adoptions: [...adoptions.values()].sort((a, b) => (adoptionKey(a) < adoptionKey(b) ? -1 : 1)),
      },
    ];
  });
}
