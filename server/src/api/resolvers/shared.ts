/** Small helpers the resolvers share: loading lists through DataLoader, and nodes a non-null field must have. */
import type DataLoader from 'dataloader';
import type { ClauseEdge, ClauseInfo } from '../../repository';
import type { ApiContext } from '../context';

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
