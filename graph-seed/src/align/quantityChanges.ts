import type { Quantity } from '../model/document';
import { comparableRoleGroup } from '../extract/quantityRole';
import { GenerationCache } from './keptResults';
import { bigrams } from './ngrams';

/** How one amount or target differs between the two ends of an edge (source compared with target). */
export interface QuantityChange {
  change: 'raised' | 'lowered' | 'added' | 'removed';
  metric: string;
  unit: string;
  /** Normalized value at the edge's target (null when the source added it). */
  from: number | null;
  /** Normalized value at the edge's source (null when the source removed it). */
  to: number | null;
}

// Metrics are best-effort phrases (省级科技企业孵化器, 国家级科技企业孵化器的民营企业): related when they share most
// of their bigrams or one contains the other.
export function metricSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const [x, y] = [bigramSetOf(a), bigramSetOf(b)];
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

// Each metric's bigrams, by the metric: every quantity of a clause is matched against every one of each clause it is
// linked to, and two Sets built per comparison were a sixth of what the alignment allocated. Bounded like verbatim's
// cache (links.ts): two generations of 25,000.
const metricBigrams = new GenerationCache<string, ReadonlySet<string>>(25_000);

function bigramSetOf(metric: string): ReadonlySet<string> {
  let set = metricBigrams.get(metric);
  if (!set) {
    metricBigrams.set(metric, (set = new Set(bigrams(metric))));
  }
  return set;
}

/** Whether one of `quantities` measures `metric` in `unit` (the same unit, a related metric), whatever its value. */
export function measuresMetric(quantities: readonly Quantity[], metric: string, unit: string): boolean {
  return quantities.some((q) => q.normalizedUnit === unit && metricSimilarity(q.metric, metric) >= 0.5);
}

// A cap pairs with a fixed sum (both what a recipient gets), never with a threshold or a budget of the same unit.
const changeGroup = (role: Quantity['role']): string => comparableRoleGroup(role) ?? role;

function pairUp(source: Quantity[], target: Quantity[]): Array<[Quantity | null, Quantity | null]> {
  const candidates: Array<{ s: number; t: number; similarity: number }> = [];
  source.forEach((q, s) =>
    target.forEach((r, t) => {
      if (q.normalizedUnit !== r.normalizedUnit || changeGroup(q.role) !== changeGroup(r.role)) return;
      const similarity = metricSimilarity(q.metric, r.metric);
      if (similarity >= 0.5) candidates.push({ s, t, similarity });
    }),
  );
  candidates.sort((x, y) => y.similarity - x.similarity || x.s - y.s || x.t - y.t);
  const pairs: Array<[Quantity | null, Quantity | null]> = [];
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  for (const { s, t } of candidates) {
    if (usedS.has(s) || usedT.has(t)) continue;
    usedS.add(s);
    usedT.add(t);
    pairs.push([source[s] ?? null, target[t] ?? null]);
  }
  source.forEach((q, s) => usedS.has(s) || pairs.push([q, null]));
  target.forEach((r, t) => usedT.has(t) || pairs.push([null, r]));
  return pairs;
}

/**
 * Amounts and targets that changed from `target` (the superior, peer or older clause) to `source` (the edge's
 * source clause): matched by unit and metric; equal values are left out.
 */
export function compareQuantities(source: Quantity[], target: Quantity[]): QuantityChange[] {
  const changes: QuantityChange[] = [];
  for (const [s, t] of pairUp(source, target)) {
    const q = s ?? t;
    if (!q) continue;
    const base = {
      metric: q.metric,
      unit: q.normalizedUnit,
      from: t?.normalizedValue ?? null,
      to: s?.normalizedValue ?? null,
    };
    if (!t) changes.push({ change: 'added', ...base });
    else if (!s) changes.push({ change: 'removed', ...base });
    else if (s.normalizedValue > t.normalizedValue) changes.push({ change: 'raised', ...base });
    else if (s.normalizedValue < t.normalizedValue) changes.push({ change: 'lowered', ...base });
  }
  return changes;
}
