/**
 * Which amounts of a measure are far from what the other localities give (issue 6, compare).
 *
 * Two quantities are comparable when their roles fall in one group — what a recipient gets (a cap or a fixed sum),
 * a rate, or a goal; thresholds, budgets and project sizes are never compared, they say nothing about how generous
 * a locality is — when they have the same normalizedUnit, the same level of the thing rewarded (国家级/省级/市级/县级 named in the metric, compareLevels.ts) and a similar rest
 * of the metric (one contains the other, or their character-bigram Dice similarity is at least 0.5). For a
 * quantity q of clause A, the comparison group is q itself plus, from every other clause of the pool, its quantity
 * most similar to q (so 秀洲's 省级 25万元 is compared with 湖州's 省级 10万元, never with 海宁's 国家级 300万元).
 * With at least 3 values in the group, q is an outlier when it is more than 2× or less than 0.5× the group's
 * median ("far"); with fewer, nothing is judged (peerMedian null).
 */
import { comparableRoleGroup } from '@policy-cascade/graph-seed';
import { levelOfMetric } from './compareLevels';
import type { ComparedQuantity } from './analysisTypes';
import type { QuantityInfo } from './types';

export const OUTLIER_FACTOR = 2;
export const MIN_GROUP_SIZE = 3;
const MIN_METRIC_SIMILARITY = 0.5;

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(0, -1).map((char, i) => char + (chars[i + 1] ?? ''));
}

/** 1 for equal or nested metrics, else the bigram Dice coefficient; 0 when either is unknown (''). */
export function metricSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const remaining = [...right];
  let shared = 0;
  for (const gram of left) {
    const at = remaining.indexOf(gram);
    if (at >= 0) {
      shared += 1;
      remaining.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * How comparable two quantities are, 0–1: 0 unless role group, unit and level agree, else the similarity of what the
 * metrics name once their level words are cut (so 省级 and 省级科技企业孵化器 do not look alike through 省级 alone).
 */
export function comparability(a: QuantityInfo, b: QuantityInfo): number {
  const group = comparableRoleGroup(a.role);
  if (group === null || group !== comparableRoleGroup(b.role) || a.normalizedUnit !== b.normalizedUnit) return 0;
  const left = levelOfMetric(a.metric);
  const right = levelOfMetric(b.metric);
  if (left.level !== right.level) return 0;
  return metricSimilarity(left.thing, right.thing);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The group median for `quantity` against `pool` (quantities of several clauses), or null when too few. */
export function peerMedian(quantity: QuantityInfo, pool: QuantityInfo[]): number | null {
  const bestByOwner = new Map<string, { score: number; value: number }>();
  for (const other of pool) {
    if (other.ownerId === quantity.ownerId) continue;
    const score = comparability(quantity, other);
    const best = bestByOwner.get(other.ownerId);
    if (score >= MIN_METRIC_SIMILARITY && (!best || score > best.score)) {
      bestByOwner.set(other.ownerId, { score, value: other.normalizedValue });
    }
  }
  const values = [quantity.normalizedValue, ...[...bestByOwner.values()].map((best) => best.value)];
  return values.length >= MIN_GROUP_SIZE ? median(values) : null;
}

/** `quantity` with its group median and outlier flag (see the module comment for the rule). */
export function compareQuantity(
  quantity: QuantityInfo,
  pool: QuantityInfo[],
  comparableKey: string | null = null,
): ComparedQuantity {
  // A quantity that is never compared (a threshold, a budget, a project size) gets no median and no outlier mark.
  const middle = comparableRoleGroup(quantity.role) === null ? null : peerMedian(quantity, pool);
  const outlier =
    middle !== null &&
    middle > 0 &&
    (quantity.normalizedValue > OUTLIER_FACTOR * middle || quantity.normalizedValue < middle / OUTLIER_FACTOR);
  return { ...quantity, peerMedian: middle, outlier, comparableKey };
}
