/**
 * Per implementing locality of a superior document (issue 15 item 4), counted on the store: measures carried,
 * merged and left out (coverage's rule), local additions, the median reproduction of its IMPLEMENTS edges, and the
 * money it offers by the function of the lead department and by the superior's area. Each statement aggregates in
 * Cypher and returns one row per locality (and group); nothing is pulled out to be counted.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { checkId } from './errors';
import { getPolicies } from './policies';
import { reader } from './rows';
import { LEAD_FUNCTION_NAMES } from './departmentFunctions';
import {
  MEASURES_OF_SUPERIOR,
  MEASURE_LOCALITY_STATUS,
  OFFERED_MONEY,
  leadFunctions,
  reachOfMeasures,
} from './statsPatterns';
import type { LocalityStats, MoneyGroup } from './statsTypes';

const OF_LOCALITY = `(l:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)`;

const totalStatement = defineStatement({
  name: 'repository.statsMeasureCount',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    RETURN count(DISTINCT m) AS total`,
  params: ['policyId'],
});

// Localities are those declaring the superior (directly or through a city document) and those whose clauses reach
// one of its measures, as in coverage.
const carriedStatement = defineStatement({
  name: 'repository.localityCarried',
  cypher: `
    ${MEASURES_OF_SUPERIOR}
    ${reachOfMeasures()}
    ${MEASURE_LOCALITY_STATUS}
    RETURN p.id AS policyId, sum(1 - onlyMerged) AS carried, sum(onlyMerged) AS merged
    UNION ALL
    MATCH (l:Policy)-[:IMPLEMENTS*1..2]->(:Policy {id: $policyId})
    WHERE coalesce(l.stub, false) = false
    RETURN DISTINCT l.id AS policyId, 0 AS carried, 0 AS merged`,
  params: ['policyId'],
});

const clauseFactsStatement = defineStatement({
  name: 'repository.localityClauseFacts',
  cypher: `
    MATCH ${OF_LOCALITY} WHERE l.id IN $ids
    OPTIONAL MATCH (c)-[e:IMPLEMENTS]->(:Clause)
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

// A clause carrying measures of two areas counts in both; each quantity once per area.
const moneyByAreaStatement = defineStatement({
  name: 'repository.localityMoneyByArea',
  cypher: `
    MATCH (sup:Policy {id: $policyId})-[:HAS_SECTION]->(area:Section)-[:HAS_CLAUSE]->(m:Clause)
    ${reachOfMeasures(['area'])}
    MATCH (c)-[:SETS]->(t:Target) WHERE ${OFFERED_MONEY}
    WITH DISTINCT p, area, t
    RETURN p.id AS policyId, area.id AS key, area.label + area.title AS label, sum(t.normalizedValue) AS amount,
           count(t) AS quantities
    ORDER BY policyId, key`,
  params: ['policyId'],
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
    groups.set(policyId, [...(groups.get(policyId) ?? []), group]);
  }
  return groups;
}

type Rows = Awaited<ReturnType<typeof runStatement>>;

/** Measures carried and merged per locality, from the carried rows (declared localities add zeros). */
function carriedCounts(rows: Rows): Map<string, { carried: number; merged: number }> {
  const carried = new Map<string, { carried: number; merged: number }>();
  for (const row of rows) {
    const id = read.str(row, 'policyId');
    const known = carried.get(id) ?? { carried: 0, merged: 0 };
    carried.set(id, {
      carried: known.carried + read.num(row, 'carried'),
      merged: known.merged + read.num(row, 'merged'),
    });
  }
  return carried;
}

/** One row per locality implementing `policyId`, by policy id; null when the policy is unknown. */
export async function localityStats(runner: CypherRunner, policyId: string): Promise<LocalityStats[] | null> {
  checkId('localityStats', 'policyId', policyId);
  const [policy] = await getPolicies(runner, [policyId]);
  if (!policy) return null;
  const [totalRow] = await runStatement(runner, totalStatement, { policyId });
  const carried = carriedCounts(await runStatement(runner, carriedStatement, { policyId }));
  const ids = [...carried.keys()].sort();
  if (ids.length === 0) return [];
  const [facts, byFunction, byArea] = await Promise.all([
    runStatement(runner, clauseFactsStatement, { ids }),
    runStatement(runner, moneyByFunctionStatement, { ids }),
    runStatement(runner, moneyByAreaStatement, { policyId }),
  ]);
  const factsOf = new Map(facts.map((row) => [read.str(row, 'policyId'), row]));
  const functionName = (row: Rows[number]) => LEAD_FUNCTION_NAMES.get(read.str(row, 'key')) ?? read.str(row, 'key');
  const functions = groupsBy(byFunction, functionName);
  const areas = groupsBy(byArea, (row) => read.optStr(row, 'label') ?? read.str(row, 'key'));
  const total = totalRow ? read.num(totalRow, 'total') : 0;
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
