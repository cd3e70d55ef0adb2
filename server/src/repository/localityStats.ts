/**
 * Per implementing locality of a superior document (issue 15 item 4): measures carried, merged and left out, counted
 * from coverage's matrix (kept once per graph version, so the two always agree), and counted on the store: local
 * additions, the median reproduction of its IMPLEMENTS edges (candidates left out, as coverage leaves them out), and the money it offers by the function of the lead
 * department and by the superior's area. Each statement aggregates in Cypher and returns one row per locality (and
 * group).
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { checkId } from './errors';
import { coverage, reachRows } from './coverage';
import { reader } from './rows';
import { LEAD_FUNCTION_NAMES } from './departmentFunctions';
import { OFFERED_MONEY, leadFunctions } from './statsPatterns';
import type { Coverage } from './analysisTypes';
import type { LocalityStats, MoneyGroup } from './statsTypes';
import type { VersionCache } from './versionCache';

const OF_LOCALITY = `(l:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)`;

const clauseFactsStatement = defineStatement({
  name: 'repository.localityClauseFacts',
  cypher: `
    MATCH ${OF_LOCALITY} WHERE l.id IN $ids
    OPTIONAL MATCH (c)-[e:IMPLEMENTS]->(:Clause) WHERE coalesce(e.candidate, false) = false
    WITH l, c, e
    RETURN l.id AS policyId, count(DISTINCT CASE WHEN coalesce(c.localAddition, false) THEN c.id END) AS localAdditions,
           percentileCont(e.reproduction, 0.5) AS medianReproduction, count(e.reproduction) AS reproductions`,
  params: ['ids'],
});

const moneyByFunctionStatement = defineStatement({
  name: 'repository.localityMoneyByFunction',
  cypher: `
    MATCH ${OF_LOCALITY}-[:SETS]->(t:Target)
    WHERE l.id IN $ids AND ${OFFERED_MONEY}
    ${leadFunctions(['l', 't'])}
    WITH DISTINCT l, fn, t
    RETURN l.id AS policyId, fn AS key, sum(t.normalizedValue) AS amount, count(t) AS quantities
    ORDER BY policyId, amount DESC, key`,
  params: ['ids'],
});

// A clause carrying measures of two areas counts in both; each quantity once per area. The clauses reaching each
// measure are coverage's (`$reach`, see reachRows), found by id.
const moneyByAreaStatement = defineStatement({
  name: 'repository.localityMoneyByArea',
  cypher: `
    UNWIND $reach AS row
    MATCH (m:Clause {id: row.measureId})<-[:HAS_CLAUSE]-(area:Section)<-[:HAS_SECTION]-(:Policy {id: $policyId})
    MATCH (c:Clause {id: row.clauseId})-[:SETS]->(t:Target) WHERE ${OFFERED_MONEY}
    WITH DISTINCT row.policyId AS policyId, area, t
    RETURN policyId, area.id AS key, area.label + area.title AS label, sum(t.normalizedValue) AS amount,
           count(t) AS quantities
    ORDER BY policyId, key`,
  params: ['policyId', 'reach'],
});

const read = reader('localityStats');

function groupsBy(rows: Awaited<ReturnType<typeof runStatement>>, label: (row: (typeof rows)[number]) => string) {
  const groups = new Map<string, MoneyGroup[]>();
  for (const row of rows) {
    const policyId = read.str(row, 'policyId');
    const group = {
      key: read.str(row, 'key'),
      label: label(row),
      amount: read.num(row, 'amount'),
      quantityCount: read.num(row, 'quantities'),
    };
    const own = groups.get(policyId);
    if (own) own.push(group);
    else groups.set(policyId, [group]);
  }
  return groups;
}

type Rows = Awaited<ReturnType<typeof runStatement>>;

/** Measures carried and merged per locality, from coverage's cells (a locality declaring the superior counts zeros). */
function carriedCounts(matrix: Coverage): Map<string, { carried: number; merged: number }> {
  const carried = new Map(matrix.localities.map((l) => [l.policyId, { carried: 0, merged: 0 }]));
  for (const cell of matrix.cells) {
    const counts = carried.get(cell.policyId);
    if (counts && cell.status === 'CARRIED') counts.carried += 1;
    if (counts && cell.status === 'MERGED') counts.merged += 1;
  }
  return carried;
}

/** One row per locality implementing `policyId`, by policy id; null when the policy is unknown. */
export async function localityStats(
  runner: CypherRunner,
  cache: VersionCache,
  policyId: string,
): Promise<LocalityStats[] | null> {
  checkId('localityStats', 'policyId', policyId);
  const matrix = await coverage(runner, cache, policyId);
  if (!matrix) return null;
  const carried = carriedCounts(matrix);
  const ids = [...carried.keys()].sort();
  if (ids.length === 0) return [];
  const [facts, byFunction, byArea] = await Promise.all([
    runStatement(runner, clauseFactsStatement, { ids }),
    runStatement(runner, moneyByFunctionStatement, { ids }),
    runStatement(runner, moneyByAreaStatement, { policyId, reach: reachRows(matrix) }),
  ]);
  const factsOf = new Map(facts.map((row) => [read.str(row, 'policyId'), row]));
  const functionName = (row: Rows[number]) => LEAD_FUNCTION_NAMES.get(read.str(row, 'key')) ?? read.str(row, 'key');
  const functions = groupsBy(byFunction, functionName);
  const areas = groupsBy(byArea, (row) => read.optStr(row, 'label') ?? read.str(row, 'key'));
  const total = new Set(matrix.measures.map((measure) => measure.id)).size;
  return ids.map((id) => {
    const counts = carried.get(id) ?? { carried: 0, merged: 0 };
    const row = factsOf.get(id);
    return {
      policyId: id,
      total,
      ...counts,
      gaps: total - counts.carried - counts.merged,
      localAdditions: row ? read.num(row, 'localAdditions') : 0,
      medianReproduction: row ? read.optNum(row, 'medianReproduction') : null,
      reproductionCount: row ? read.num(row, 'reproductions') : 0,
      moneyByFunction: functions.get(id) ?? [],
      moneyByArea: areas.get(id) ?? [],
    };
  });
}
