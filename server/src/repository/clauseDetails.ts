/** What hangs off clauses and policies, in batch: departments, quantities (targets), programs, references. */
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { eachInTurns } from '../store/turns';
import { appendTo, groupedBy, reader } from './rows';
import type { ClauseDepartment, ClauseProgram, PolicyReference, QuantityInfo } from './types';

// A Department node is shared by every document of its region, so its `name` is one spelling among several; the
// name as written in this clause is taken from the assignment when the builder records it there.
const departmentsStatement = defineStatement({
  name: 'repository.departmentsOfClauses',
  cypher: `
    MATCH (c:Clause)-[a:ASSIGNED_TO]->(d:Department) WHERE c.id IN $ids
    RETURN {clauseId: c.id, departmentId: d.id, name: coalesce(a.name, d.name), canonicalName: d.canonicalName, role: a.role,
            rank: a.rank} AS assignment
    ORDER BY assignment.clauseId, assignment.rank`,
  params: ['ids'],
});

// Targets hang off clauses and sections alike (SETS), so the owner may be either.
/** A quantity `t` of owner `o` as toQuantity reads it. */
export const QUANTITY_PROJECTION = `t {.id, .kind, .role, .approximate, .from, .metric, .value, .unit, .qualifier,
  .normalizedValue, .normalizedUnit, .text, .offset, ownerId: o.id}`;

// The fields toQuantity reads, returned as one list a row rather than the projection's map: grafeo turns a list into
// JavaScript values for some two thirds of what the map of the same values costs it (at 1,000 documents, a
// cascade's 730 quantities: 5.3 against 8.0 ms of CPU).
const QUANTITY_FIELDS = [
  'id',
  'ownerId',
  'kind',
  'role',
  'approximate',
  'from',
  'metric',
  'value',
  'unit',
  'qualifier',
  'normalizedValue',
  'normalizedUnit',
  'text',
] as const;

/** The quantities of the owners `match` binds to `o`, each a list of QUANTITY_FIELDS, in text order per owner. */
const quantitiesCypher = (match: string) => `
    ${match}
    RETURN [${QUANTITY_FIELDS.map((field) => (field === 'ownerId' ? 'o.id' : `t.${field}`)).join(', ')}] AS quantity
    ORDER BY o.id, t.offset, t.id`;

const quantitiesStatement = defineStatement({
  name: 'repository.quantitiesOf',
  cypher: quantitiesCypher('MATCH (o)-[:SETS]->(t:Target) WHERE o.id IN $ids'),
  params: ['ids'],
});

// Every clause's at once: the cascade memo's warm-up (cascadeWarm.ts).
const clauseQuantitiesStatement = defineStatement({
  name: 'repository.allClauseQuantities',
  cypher: quantitiesCypher('MATCH (o:Clause)-[:SETS]->(t:Target)'),
  params: [],
});

/** A row of quantitiesStatement as the map toQuantity reads. */
function quantityFields(values: readonly CypherValue[]): { [key: string]: CypherValue } {
  const fields: { [key: string]: CypherValue } = {};
  QUANTITY_FIELDS.forEach((field, i) => (fields[field] = values[i] ?? null));
  return fields;
}

const programsStatement = defineStatement({
  name: 'repository.programsOfClauses',
  cypher: `
    MATCH (c:Clause)-[:MENTIONS]->(g:Program) WHERE c.id IN $ids
    RETURN {clauseId: c.id, id: g.id, name: g.name, kind: g.kind, aliases: g.aliases} AS program
    ORDER BY program.clauseId, program.id`,
  params: ['ids'],
});

// IMPLEMENTS and CITES from the policy itself, CITES from its clauses (which hang one or two hops below it), and
// IMPLEMENTS derived from its clauses' own IMPLEMENTS edges (method 'clauses'; candidates left out): a city stub
// declares nothing, yet its inferred clauses implement the province's (issue 12).
const referencesStatement = defineStatement({
  name: 'repository.referencesOfPolicies',
  cypher: `
    MATCH (p:Policy) WHERE p.id IN $ids
    MATCH (p)-[rel:IMPLEMENTS|CITES]->(t:Policy)
    RETURN {fromPolicyId: p.id, relation: type(rel), fromClauseId: null, toPolicyId: t.id, toTitle: t.title,
            toDocNumber: t.docNumber, toStub: t.stub, method: rel.method} AS reference
    UNION ALL
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)-[:CITES]->(t:Policy) WHERE p.id IN $ids
    RETURN {fromPolicyId: p.id, relation: 'CITES', fromClauseId: c.id, toPolicyId: t.id, toTitle: t.title,
            toDocNumber: t.docNumber, toStub: t.stub, method: null} AS reference
    UNION ALL
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(:Clause)-[e:IMPLEMENTS]->(m:Clause)
    WHERE p.id IN $ids AND coalesce(e.candidate, false) = false
    WITH DISTINCT p, m
    OPTIONAL MATCH (viaSection:Policy)-[:HAS_SECTION]->(:Section)-[:HAS_CLAUSE]->(m)
    OPTIONAL MATCH (direct:Policy)-[:HAS_CLAUSE]->(m)
    WITH DISTINCT p, coalesce(viaSection, direct) AS t
    WHERE t IS NOT NULL
    RETURN {fromPolicyId: p.id, relation: 'IMPLEMENTS', fromClauseId: null, toPolicyId: t.id, toTitle: t.title,
            toDocNumber: t.docNumber, toStub: t.stub, method: 'clauses'} AS reference`,
  params: ['ids'],
});

const read = reader('clauseDetails');

async function rowsOf(runner: CypherRunner, statement: typeof departmentsStatement, ids: readonly string[]) {
  return ids.length === 0 ? [] : runStatement(runner, statement, { ids: [...new Set(ids)] });
}

/** Responsible departments of each clause, lead first (by rank). */
export async function departmentsOfClauses(
  runner: CypherRunner,
  ids: readonly string[],
): Promise<ClauseDepartment[][]> {
  const rows = await rowsOf(runner, departmentsStatement, ids);
  const items = rows.map((row): ClauseDepartment => {
    const value = read.map(row, 'assignment');
    return {
      clauseId: read.str(value, 'clauseId'),
      departmentId: read.str(value, 'departmentId'),
      name: read.str(value, 'name'),
      canonicalName: read.optStr(value, 'canonicalName') ?? read.str(value, 'name'),
      role: read.str(value, 'role') as ClauseDepartment['role'],
      rank: read.num(value, 'rank'),
    };
  });
  return groupedBy(ids, items, (item) => item.clauseId);
}

export function toQuantity(value: { [key: string]: CypherValue }): QuantityInfo {
  return {
    id: read.str(value, 'id'),
    ownerId: read.str(value, 'ownerId'),
    kind: read.str(value, 'kind') as QuantityInfo['kind'],
    role: read.str(value, 'role') as QuantityInfo['role'],
    approximate: read.flag(value, 'approximate'),
    from: read.optNum(value, 'from'),
    metric: read.optStr(value, 'metric') ?? '',
    value: read.num(value, 'value'),
    unit: read.optStr(value, 'unit') ?? '',
    qualifier: read.optStr(value, 'qualifier'),
    normalizedValue: read.num(value, 'normalizedValue'),
    normalizedUnit: read.optStr(value, 'normalizedUnit') ?? '',
    text: read.optStr(value, 'text') ?? '',
  };
}

/** Amounts and targets of each clause (or section), in text order. */
export async function quantitiesOfClauses(runner: CypherRunner, ids: readonly string[]): Promise<QuantityInfo[][]> {
  const rows = await rowsOf(runner, quantitiesStatement, ids);
  const items = rows.map((row) => toQuantity(quantityFields(read.list(row, 'quantity'))));
  return groupedBy(ids, items, (item) => item.ownerId);
}

/** The quantities of every clause that has some, by clause id, each in text order. */
export async function allClauseQuantities(runner: CypherRunner): Promise<Map<string, QuantityInfo[]>> {
  const byOwner = new Map<string, QuantityInfo[]>();
  await eachInTurns(await runStatement(runner, clauseQuantitiesStatement), (row) => {
    const quantity = toQuantity(quantityFields(read.list(row, 'quantity')));
    appendTo(byOwner, quantity.ownerId, quantity);
  });
  return byOwner;
}

/** Programs each clause mentions, by program id. */
export async function programsOfClauses(runner: CypherRunner, ids: readonly string[]): Promise<ClauseProgram[][]> {
  const rows = await rowsOf(runner, programsStatement, ids);
  const items = rows.map((row): ClauseProgram => {
    const value = read.map(row, 'program');
    return {
      clauseId: read.str(value, 'clauseId'),
      id: read.str(value, 'id'),
      name: read.optStr(value, 'name') ?? read.str(value, 'id'),
      kind: read.optStr(value, 'kind') ?? '',
      aliases: read.strList(value, 'aliases'),
    };
  });
  return groupedBy(ids, items, (item) => item.clauseId);
}

/** Documents each policy implements or cites (preamble first, then clause citations), ordered by target id. */
export async function referencesOfPolicies(runner: CypherRunner, ids: readonly string[]): Promise<PolicyReference[][]> {
  const rows = await rowsOf(runner, referencesStatement, ids);
  const items = rows.map((row): PolicyReference => {
    const value = read.map(row, 'reference');
    return {
      fromPolicyId: read.str(value, 'fromPolicyId'),
      relation: read.str(value, 'relation') as PolicyReference['relation'],
      fromClauseId: read.optStr(value, 'fromClauseId'),
      toPolicyId: read.str(value, 'toPolicyId'),
      toTitle: read.optStr(value, 'toTitle') ?? read.str(value, 'toPolicyId'),
      toDocNumber: read.optStr(value, 'toDocNumber'),
      toStub: read.flag(value, 'toStub'),
      method: read.optStr(value, 'method'),
    };
  });
  const order = (r: PolicyReference) =>
    `${r.fromClauseId === null ? 0 : 1}|${r.relation}|${r.toPolicyId}|${r.fromClauseId ?? ''}|${r.method ?? ''}`;
  items.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return groupedBy(ids, items, (item) => item.fromPolicyId);
}
