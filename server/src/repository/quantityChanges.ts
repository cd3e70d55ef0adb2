/**
 * The quantities that changed along an alignment edge, in the one shape graph-seed's alignment makes them
 * (QuantityChange: raised/lowered/added/removed, from the edge's target to its source), decoded here once from the
 * JSON the edge stores, and turned to be seen from either end of the edge.
 */
import type { QuantityChange } from '@policy-cascade/graph-seed';
import { RepositoryError } from './errors';

const OPPOSITE: Record<QuantityChange['change'], QuantityChange['change']> = {
  raised: 'lowered',
  lowered: 'raised',
  added: 'removed',
  removed: 'added',
};

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What changed between the two values, for an entry written without its kind; null when nothing did. */
function kindOf(from: number | null, to: number | null): QuantityChange['change'] | null {
  if (from === null) return to === null ? null : 'added';
  if (to === null) return 'removed';
  return to > from ? 'raised' : to < from ? 'lowered' : null;
}

function decodeOne(entry: unknown): QuantityChange | null {
  if (entry === null || typeof entry !== 'object') return null;
  const value = entry as Record<string, unknown>;
  const from = numberOrNull(value.from);
  const to = numberOrNull(value.to);
  const stated = typeof value.change === 'string' && value.change in OPPOSITE ? value.change : null;
  const change = (stated as QuantityChange['change'] | null) ?? kindOf(from, to);
  if (change === null) return null;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return { change, metric: text('metric'), unit: text('unit'), from, to };
}

/** The changes an edge stores (JSON text, absent for none); an entry that says nothing is left out. */
export function decodeChanges(stored: string | null, edgeId: string): QuantityChange[] {
  if (stored === null || stored === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    throw new RepositoryError('BAD_ROW', `edge ${edgeId}: changedQuantities is not JSON: ${stored.slice(0, 60)}`);
  }
  if (!Array.isArray(parsed)) throw new RepositoryError('BAD_ROW', `edge ${edgeId}: changedQuantities is not a list`);
  return parsed.map(decodeOne).filter((change): change is QuantityChange => change !== null);
}

/**
 * The changes seen from one end of the edge. The alignment records them from the edge's source (`to` is its value,
 * `from` the target's); seen from the target, the values swap and a raise is a cut.
 */
export function changesSeenFrom(
  edge: { from: string; changedQuantities: QuantityChange[] },
  clauseId: string,
): QuantityChange[] {
  if (edge.from === clauseId) return edge.changedQuantities;
  return edge.changedQuantities.map((change) => ({
    ...change,
    change: OPPOSITE[change.change],
    from: change.to,
    to: change.from,
  }));
}
