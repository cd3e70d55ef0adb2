/** Small helpers the resolvers share: loading lists through DataLoader, and nodes a non-null field must have. */
import type DataLoader from 'dataloader';
import type { ClauseEdge, ClauseInfo } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';

/** Loads many keys and keeps the ones found, in key order. */
export async function loadPresent<V>(loader: DataLoader<string, V | null>, keys: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  return values.filter((value): value is V => value !== null && !(value instanceof Error));
}

export function clausesById(context: ApiContext, ids: readonly string[]): Promise<ClauseInfo[]> {
  return loadPresent(context.loaders.clause, ids);
}

/**
 * The value a non-null field needs: a node referenced by the graph itself (a clause's policy, an edge's clause)
 * that the store does not hold is a broken graph, reported as an internal error rather than a null. A value at hand
 * (a loader's known value, KnownLoader) is answered as is, not as a promise: graphql-js completes it on the spot,
 * where a promise costs a tick and turns the object and the list around it into promises too.
 */
export function required<V>(value: V | null | Promise<V | null>, id: string): V | Promise<V> {
  return whenSettled(value, (settled) => present(settled, id));
}

/** `use` of a value at hand at once, or of a promised one when it settles (see `required`). */
export function whenSettled<V, R>(value: V | Promise<V>, use: (settled: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(use) : use(value);
}

function present<V>(value: V | null, id: string): V {
  if (value === null) throw new Error(`[api] ${id} is referenced but not in the graph`);
  return value;
}

/** The clause at the other end of an edge. */
export function otherEnd(edge: ClauseEdge, clauseId: string): string {
  return edge.from === clauseId ? edge.to : edge.from;
}

/** Where a client finds the ids there are, per kind of id an entry point takes. */
const LISTED_BY = {
  clause: 'search or clauses',
  policy: 'policies',
  section: 'policy(id).sections',
  region: 'regions',
};

/**
 * An entry point's answer for an id it was given: the graph's node, or NOT_FOUND naming the id — the same for every
 * entry point (issue 12), where clause, policy, cascade, compare and coverage used to answer null without a word.
 */
export async function found<V>(value: V | null | Promise<V | null>, kind: keyof typeof LISTED_BY, id: string) {
  const answer = await value;
  if (answer === null) throw userError('NOT_FOUND', `No ${kind} ${id} in the graph; ${LISTED_BY[kind]} lists them.`);
  return answer;
}
