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
 * that the store does not hold is a broken graph, reported as an internal error rather than a null.
 */
export async function required<V>(value: V | null | Promise<V | null>, id: string): Promise<V> {
  const found = await value;
  if (found === null) throw new Error(`[api] ${id} is referenced but not in the graph`);
  return found;
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
