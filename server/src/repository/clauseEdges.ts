/** Reading alignment edges (IMPLEMENTS, CORRESPONDS_TO, SUCCEEDS) out of rows. */
import type { CypherValue } from '../store/CypherStore';
import { decodeChanges } from './quantityChanges';
import { reader } from './rows';
import type { ClauseEdge, ClauseEdgeType, EdgeOrigin, EdgeReview, ReproductionBasis } from './analysisTypes';

/** The fields toClauseEdge reads: EDGE_MAP's keys, and the order of `edgeList`. */
const EDGE_FIELDS = [
  'type',
  'from',
  'to',
  'score',
  'method',
  'evidence',
  'reproduction',
  'reproductionBasis',
  'reproducedFrom',
  'changedQuantities',
  'merged',
  'candidate',
  'inheritedFrom',
  'origin',
  'reviewDecision',
  'reviewNote',
  'reviewedAt',
] as const;

/** The ends of an edge bound to `e`, as Cypher; its other fields are `e.<field>`. */
const EDGE_ENDS: Record<string, string> = { type: 'type(e)', from: 'startNode(e).id', to: 'endNode(e).id' };

/** Cypher map of an edge bound to `e` (EDGE_FIELDS); used inside list comprehensions and RETURN alike. */
export const EDGE_MAP = `{${EDGE_FIELDS.map((field) => `${field}: ${EDGE_ENDS[field] ?? `e.${field}`}`).join(', ')}}`;

/**
 * An edge bound to `e` as a Cypher list of EDGE_FIELDS, its ends the ids of the nodes bound to `from` and `to`
 * (`startNode(e)` and `endNode(e)` cost grafeo a third of a statement): grafeo turns a list into JavaScript for less
 * than the map of the same values costs it (a cascade's 256 edges kept at 1,000 documents: 3.4 against 4.7 ms of
 * CPU). Read back with `edgeOfList`.
 */
export function edgeList(from: string, to: string): string {
  const ends: Record<string, string> = { ...EDGE_ENDS, from: `${from}.id`, to: `${to}.id` };
  return `[${EDGE_FIELDS.map((field) => ends[field] ?? `e.${field}`).join(', ')}]`;
}

const read = reader('clauseEdges');

/** An edge returned by `edgeList`. */
export function edgeOfList(values: readonly CypherValue[]): ClauseEdge {
  const fields: { [key: string]: CypherValue } = {};
  EDGE_FIELDS.forEach((field, i) => (fields[field] = values[i] ?? null));
  return toClauseEdge(fields);
}

/** An edge's id as clients see it (`ClauseEdge.id`, `GraphElementEdge.id`), and as caches of edges are keyed. */
export function edgeId(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}

const basisOf = (value: string | null): ReproductionBasis | null =>
  value === 'SUPERIOR' || value === 'PEER' ? value : null;

export function toClauseEdge(value: { [key: string]: CypherValue }): ClauseEdge {
  const type = read.str(value, 'type') as ClauseEdgeType;
  const from = read.str(value, 'from');
  const to = read.str(value, 'to');
  const id = edgeId(type, from, to);
  return {
    id,
    type,
    from,
    to,
    score: read.optNum(value, 'score'),
    method: read.optStr(value, 'method'),
    evidence: read.strList(value, 'evidence'),
    reproduction: read.optNum(value, 'reproduction'),
    reproductionBasis: basisOf(read.optStr(value, 'reproductionBasis')),
    reproducedFrom: read.optStr(value, 'reproducedFrom'),
    changedQuantities: decodeChanges(read.optStr(value, 'changedQuantities'), id),
    merged: read.flag(value, 'merged'),
    candidate: read.flag(value, 'candidate'),
    inheritedFrom: read.optStr(value, 'inheritedFrom'),
    ...reviewOf(value),
  };
}

const ORIGINS: readonly string[] = ['REVIEWED', 'ADDED'];
const DECISIONS: readonly string[] = ['CONFIRM', 'REJECT', 'ADD'];

/** The review properties graph-seed's overlay (or a review's statement) set on an edge; none on a machine edge. */
function reviewOf(value: { [key: string]: CypherValue }): { origin: EdgeOrigin; review: EdgeReview | null } {
  const origin = read.optStr(value, 'origin') ?? 'MACHINE';
  const decision = read.optStr(value, 'reviewDecision');
  const at = read.optStr(value, 'reviewedAt');
  const review =
    decision !== null && DECISIONS.includes(decision) && at !== null
      ? { decision: decision as EdgeReview['decision'], note: read.optStr(value, 'reviewNote'), at }
      : null;
  return { origin: ORIGINS.includes(origin) ? (origin as EdgeOrigin) : 'MACHINE', review };
}

/** Unique edges by id, sorted by id, so answers do not depend on path enumeration order. */
export function uniqueEdges<E extends { id: string }>(edges: readonly E[]): E[] {
  const byId = new Map(edges.map((edge) => [edge.id, edge]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
