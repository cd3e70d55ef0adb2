/** Small helpers the resolvers share: loading lists through DataLoader and reading alignment edges. */
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

export type QuantityChangeKind = 'RAISED' | 'LOWERED' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface QuantityChange {
  kind: QuantityChangeKind;
  metric: string;
  unit: string;
  before: number | null;
  after: number | null;
}

interface StoredChange {
  change?: string;
  metric?: string;
  unit?: string;
  from?: number | null;
  to?: number | null;
}

const KINDS: Record<string, QuantityChangeKind> = {
  raised: 'RAISED',
  lowered: 'LOWERED',
  added: 'ADDED',
  removed: 'REMOVED',
};
const OPPOSITE: Record<QuantityChangeKind, QuantityChangeKind> = {
  RAISED: 'LOWERED',
  LOWERED: 'RAISED',
  ADDED: 'REMOVED',
  REMOVED: 'ADDED',
  CHANGED: 'CHANGED',
};

/**
 * The changes an alignment wrote on an edge, seen from one end. The alignment records them from the edge's start
 * clause (`to` is its value, `from` the counterpart's), so seen from the end clause before and after swap and a
 * raise becomes a cut.
 */
export function changesSeenFrom(edge: ClauseEdge, clauseId: string): QuantityChange[] {
  let stored: StoredChange[];
  try {
    const parsed: unknown = JSON.parse(edge.changedQuantities ?? '[]');
    stored = Array.isArray(parsed) ? (parsed as StoredChange[]) : [];
  } catch {
    stored = [];
  }
  const fromStart = edge.from === clauseId;
  return stored.map((change) => {
    const kind = KINDS[change.change ?? ''] ?? 'CHANGED';
    const start = change.to ?? null;
    const end = change.from ?? null;
    return {
      kind: fromStart ? kind : OPPOSITE[kind],
      metric: change.metric ?? '',
      unit: change.unit ?? '',
      before: fromStart ? end : start,
      after: fromStart ? start : end,
    };
  });
}

/** The clause at the other end of an edge. */
export function otherEnd(edge: ClauseEdge, clauseId: string): string {
  return edge.from === clauseId ? edge.to : edge.from;
}
