/**
 * Keys that tie comparable quantities together across the clauses of a comparison, so a client can line up the
 * same reward in every row. Each quantity is linked to its most similar quantity of every other clause (the rule of
 * compareOutliers.ts: same role group, unit and level of the thing rewarded, metric similarity ≥ 0.5); linked quantities
 * form a group, and a group spanning at least two clauses gets a key: kind|unit|level|the group's shortest metric
 * (SUBSIDY|元|省级|省级科技企业孵化器; the level is '' when the metrics name none). Quantities without a peer get none.
 */
import { levelOfMetric } from './compareLevels';
import { comparability } from './compareOutliers';
import type { QuantityInfo } from './types';

const MIN_METRIC_SIMILARITY = 0.5;

function bestPeers(quantity: QuantityInfo, pool: QuantityInfo[]): QuantityInfo[] {
  const best = new Map<string, { score: number; other: QuantityInfo }>();
  for (const other of pool) {
    if (other.ownerId === quantity.ownerId) continue;
    const score = comparability(quantity, other);
    const current = best.get(other.ownerId);
    if (score >= MIN_METRIC_SIMILARITY && (!current || score > current.score)) {
      best.set(other.ownerId, { score, other });
    }
  }
  return [...best.values()].map((entry) => entry.other);
}

/** Comparable key per quantity id (absent for quantities without a peer in another clause). */
export function comparableKeys(pool: QuantityInfo[]): Map<string, string> {
  const parent = new Map(pool.map((q) => [q.id, q.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const quantity of pool) {
    for (const peer of bestPeers(quantity, pool)) parent.set(find(peer.id), find(quantity.id));
  }
  const groups = new Map<string, QuantityInfo[]>();
  for (const quantity of pool) {
    const root = find(quantity.id);
    const group = groups.get(root);
    if (group) group.push(quantity);
    else groups.set(root, [quantity]);
  }
  const keys = new Map<string, string>();
  for (const group of groups.values()) {
    if (new Set(group.map((q) => q.ownerId)).size < 2) continue;
    const metric = group.map((q) => q.metric).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
    const first = group[0];
    if (!first) continue;
    // Linked quantities share their level (comparability is 0 across levels), so the first one's is the group's.
    const level = levelOfMetric(first.metric).level;
    const key = `${first.kind}|${first.normalizedUnit}|${level}|${metric ?? ''}`;
    for (const quantity of group) keys.set(quantity.id, key);
  }
  return keys;
}
