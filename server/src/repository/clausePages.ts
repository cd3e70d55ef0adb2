/**
 * Clauses and their quantities as filtered, paged lists (issue 15 item 1), for researchers who export or count
 * them: every clause of the graph in document order (by policy id, then position), each exactly once across pages.
 * The filter is clauseFilter.ts's; quantities add kind, role, unit, metric and a value range. One statement per page finds
 * the matching keys and the total; the page's records are read by id afterwards.
 */
import { toSimplified } from '@policy-cascade/graph-seed';
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseCards } from './clauseCards';
import { CLAUSE_FILTER_PARAMS, clauseCondition, clauseFilterParams, filterStatements } from './clauseFilter';
import type { ClauseFilter } from './clauseFilter';
import { QUANTITY_PROJECTION, toQuantity } from './clauseDetails';
import { RepositoryError, checkInt } from './errors';
import { reader } from './rows';
import type { ClauseCard, Connection, QuantityInfo } from './types';

/** The largest page clauses and quantities give. */
export const MAX_PAGE_SIZE = 500;

// The sort key: policy id, then the clause's position, zero-padded so that keys compare as strings in clause order
// (c2 before c10), then, for quantities, their offset in the text and id.
const CLAUSE_KEY = `p.id + '|' + right('000000' + toString(toInteger(c.ordinal)), 6)`;
const QUANTITY_KEY = `${CLAUSE_KEY} + '|' + right('000000' + toString(toInteger(coalesce(t.offset, 0))), 6) + '|' + t.id`;

const FROM_CLAUSES = `
    MATCH (p:Policy)-[:HAS_SECTION|HAS_CLAUSE*1..2]->(c:Clause)
    OPTIONAL MATCH (c)<-[:HAS_CLAUSE]-(s:Section)
    OPTIONAL MATCH (p)-[:ISSUED_FOR]->(r:Region)`;

const PAGE_OF_KEYS = `
    ORDER BY key
    WITH collect({key: key, id: id}) AS rows
    RETURN size(rows) AS totalCount, [row IN rows WHERE $after IS NULL OR row.key > $after][0..$limit] AS page`;

const clausePageStatement = filterStatements(
  'repository.clausePage',
  [...CLAUSE_FILTER_PARAMS, 'after', 'limit'],
  (variant) => `${FROM_CLAUSES}
    WITH p, r, s, c
    WHERE ${clauseCondition(variant)}
    WITH ${CLAUSE_KEY} AS key, c.id AS id${PAGE_OF_KEYS}`,
);

const QUANTITY_CONDITION = `($kind IS NULL OR t.kind = $kind)
      AND ($role IS NULL OR t.role = $role)
      AND ($unit IS NULL OR t.unit = $unit OR t.normalizedUnit = $unit)
      AND ($metric IS NULL OR t.metric CONTAINS $metric)
      AND ($minValue IS NULL OR t.normalizedValue >= $minValue)
      AND ($maxValue IS NULL OR t.normalizedValue <= $maxValue)`;

const quantityPageStatement = filterStatements(
  'repository.quantityPage',
  [...CLAUSE_FILTER_PARAMS, 'kind', 'role', 'unit', 'metric', 'minValue', 'maxValue', 'after', 'limit'],
  (variant) => `${FROM_CLAUSES}
    WITH p, r, s, c
    WHERE ${clauseCondition(variant)}
    MATCH (c)-[:SETS]->(t:Target)
    WHERE ${QUANTITY_CONDITION}
    WITH ${QUANTITY_KEY} AS key, t.id AS id${PAGE_OF_KEYS}`,
);

const quantitiesByIdStatement = defineStatement({
  name: 'repository.quantitiesById',
  cypher: `
    MATCH (o:Clause)-[:SETS]->(t:Target) WHERE t.id IN $ids
    RETURN ${QUANTITY_PROJECTION} AS quantity`,
  params: ['ids'],
});

export interface QuantityFilter {
  /** Conditions on the clause that states the quantity. */
  clause?: ClauseFilter | null;
  kind?: QuantityInfo['kind'] | null;
  /** What the number does: CAP, FIXED, RATE, THRESHOLD, GOAL, BUDGET or PROJECT_SIZE. */
  role?: QuantityInfo['role'] | null;
  /** Unit as written (万元) or normalized (元). */
  unit?: string | null;
  /** A part of the metric, in either script. */
  metric?: string | null;
  /** Bounds on the normalized value (元 for money), inclusive. */
  minValue?: number | null;
  maxValue?: number | null;
}

const read = reader('clausePages');

function cursorOf(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64');
}

function keyOf(operation: string, cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, 'base64').toString('utf8');
  if (cursorOf(key) !== cursor) {
    throw new RepositoryError('BAD_INPUT', `${operation}: after is not a cursor returned by this API: '${cursor}'`);
  }
  return key;
}

interface KeyPage {
  totalCount: number;
  keys: { key: string; id: string }[];
  hasNextPage: boolean;
}

async function keyPage(
  runner: CypherRunner,
  statement: ReturnType<typeof clausePageStatement>,
  params: Record<string, CypherValue>,
  first: number,
): Promise<KeyPage> {
  // One more than asked tells whether another page follows.
  const [row] = await runStatement(runner, statement, { ...params, limit: first + 1 });
  const fetched = row
    ? read.list(row, 'page').map((value) => {
        const entry = read.map({ value }, 'value');
        return { key: read.str(entry, 'key'), id: read.str(entry, 'id') };
      })
    : [];
  return {
    totalCount: row ? read.num(row, 'totalCount') : 0,
    keys: fetched.slice(0, first),
    hasNextPage: fetched.length > first,
  };
}

function connection<T>(page: KeyPage, records: Map<string, T>): Connection<T> {
  const edges = page.keys.flatMap(({ key, id }) => {
    const node = records.get(id);
    return node === undefined ? [] : [{ cursor: cursorOf(key), node }];
  });
  const last = page.keys[page.keys.length - 1];
  return {
    edges,
    totalCount: page.totalCount,
    endCursor: last ? cursorOf(last.key) : null,
    hasNextPage: page.hasNextPage,
  };
}

/** A page of clauses matching the filter, in document order, as clause cards (clause, policy, region). */
export async function clausePage(
  runner: CypherRunner,
  filter: ClauseFilter | null | undefined,
  first: number,
  after?: string | null,
): Promise<Connection<ClauseCard>> {
  const size = checkInt('clauses', 'first', first, 0, MAX_PAGE_SIZE);
  const params = { ...clauseFilterParams('clauses', filter), after: keyOf('clauses', after) };
  const page = await keyPage(runner, clausePageStatement(params), params, size);
  const cards = await clauseCards(
    runner,
    page.keys.map((entry) => entry.id),
  );
  return connection(page, new Map(cards.map((card) => [card.clause.id, card])));
}

/** A page of the quantities of the clauses matching the filter, in document and text order. */
export async function quantityPage(
  runner: CypherRunner,
  filter: QuantityFilter | null | undefined,
  first: number,
  after?: string | null,
): Promise<Connection<QuantityInfo>> {
  const size = checkInt('quantities', 'first', first, 0, MAX_PAGE_SIZE);
  const f = filter ?? {};
  const params = {
    ...clauseFilterParams('quantities', f.clause),
    kind: f.kind ?? null,
    role: f.role ?? null,
    unit: f.unit ?? null,
    metric: f.metric ? toSimplified(f.metric.trim()) : null,
    minValue: f.minValue ?? null,
    maxValue: f.maxValue ?? null,
    after: keyOf('quantities', after),
  };
  const page = await keyPage(runner, quantityPageStatement(params), params, size);
  const ids = page.keys.map((entry) => entry.id);
  const rows = ids.length === 0 ? [] : await runStatement(runner, quantitiesByIdStatement, { ids });
  const quantities = rows.map((row) => toQuantity(read.map(row, 'quantity')));
  return connection(page, new Map(quantities.map((quantity) => [quantity.id, quantity])));
}
