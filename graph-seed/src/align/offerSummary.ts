/**
 * What an offer is written from (offers.ts `offerJson`), kept sorted and counted for a group that imports keep adding
 * to (offersUpdate.ts): a province measure's largest group takes a figure from nearly every import, and writing it
 * from its members again sorts its values and clause ids and counts its metrics anew. Writes the same text as
 * `offerJson(members, localities, neutral)`:
 * - min, median and max read the values in ascending order, as `median` sorts them; finite numbers only (a NaN or an
 *   infinity has no place in a sort by `a - b`), where two ascending orders differ at most in the place of 0 and -0,
 *   which JSON writes alike (and `Math.min`/`Math.max` return one of them);
 * - the metric is the count's most common (ties by `localeCompare`); `mostCommon` breaks a tie that compares equal
 *   by first occurrence, which the counts here do not keep, so such a tie is counted from the members again;
 * - the clause ids sorted by code unit (Array.prototype.sort's order for strings, and `<`'s), each once;
 * - the figures in the members' order.
 */
import { comparableRoleGroup } from '../extract/quantityRole';
import type { Given } from './offers';
import { clauseIdText, figureText, mostCommon } from './offers';

export interface OfferSummary {
  /** How many members word the metric so. */
  readonly metrics: Map<string, number>;
  /** The members' values, ascending. */
  readonly values: number[];
  /** The members' clause ids, each once, ascending; and each as JSON. */
  readonly ids: string[];
  readonly idTexts: string[];
  readonly localities: Set<string>;
  /** Each member's figure as JSON, in the members' order. */
  readonly figures: string[];
}

/** The summary of `members`, or undefined when a value is not a finite number. */
export function summaryOf(members: readonly Given[]): OfferSummary | undefined {
  const values = members.map((m) => m.quantity.normalizedValue);
  if (!values.every(Number.isFinite)) return undefined;
  const metrics = new Map<string, number>();
  for (const { quantity } of members) metrics.set(quantity.metric, (metrics.get(quantity.metric) ?? 0) + 1);
  const clauses = new Map(members.map((m) => [m.clause.id, m.clause] as const));
  const ids = [...clauses.keys()].sort();
  return {
    metrics,
    values: values.sort((a, b) => a - b),
    ids,
    idTexts: ids.map((id) => clauseIdText(clauses.get(id)!)),
    localities: new Set(members.map((m) => m.policyId)),
    figures: members.map(figureText),
  };
}

/** A copy of `summary` to add to, the one given left as it is. */
export function copiedSummary(summary: OfferSummary): OfferSummary {
  return {
    metrics: new Map(summary.metrics),
    values: [...summary.values],
    ids: [...summary.ids],
    idTexts: [...summary.idTexts],
    localities: new Set(summary.localities),
    figures: [...summary.figures],
  };
}

/** `summary` with `member` added at index `at` of the members (in place), or undefined for a value not finite. */
export function withMember(summary: OfferSummary, member: Given, at: number): OfferSummary | undefined {
  const value = member.quantity.normalizedValue;
  if (!Number.isFinite(value)) return undefined;
  const metric = member.quantity.metric;
  summary.metrics.set(metric, (summary.metrics.get(metric) ?? 0) + 1);
  summary.values.splice(
    firstAbove(summary.values, (v) => value < v),
    0,
    value,
  );
  const id = member.clause.id;
  const place = firstAbove(summary.ids, (v) => id <= v);
  if (summary.ids[place] !== id) {
    summary.ids.splice(place, 0, id);
    summary.idTexts.splice(place, 0, clauseIdText(member.clause));
  }
  summary.localities.add(member.policyId);
  summary.figures.splice(at, 0, figureText(member));
  return summary;
}

/** The first index of ascending `list` whose element `isAbove` holds for (`isAbove` monotone). */
function firstAbove<T>(list: readonly T[], isAbove: (element: T) => boolean): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAbove(list[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** `offerJson(members, localities, neutral)` from the summary of `members`; null for fewer than two localities. */
export function summaryJson(
  members: readonly Given[],
  summary: OfferSummary,
  neutral: (text: string) => string,
): string | null {
  if (summary.localities.size < 2) return null;
  const { values } = summary;
  const first = members[0]!.quantity;
  const mid = Math.floor(values.length / 2);
  const head = {
    metric: neutral(mostCommonMetric(summary.metrics, members)),
    unit: first.normalizedUnit,
    role: comparableRoleGroup(first.role) ?? first.role,
    min: values[0]!,
    median: values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2,
    max: values[values.length - 1]!,
    count: summary.localities.size,
  };
  const lists = `"clauses":[${summary.idTexts.join(',')}],"figures":[${summary.figures.join(',')}]`;
  return `${JSON.stringify(head).slice(0, -1)},${lists}}`;
}

/** `mostCommon` of the members' metrics, from their counts unless two compare equal at the top. */
function mostCommonMetric(counts: ReadonlyMap<string, number>, members: readonly Given[]): string {
  let best: [string, number] | undefined;
  let tied = false;
  for (const entry of counts) {
    const order = best === undefined ? -1 : best[1] - entry[1] || entry[0].localeCompare(best[0]);
    if (order < 0) [best, tied] = [entry, false];
    else if (order === 0) tied = true;
  }
  return tied || best === undefined ? mostCommon(members.map((m) => m.quantity.metric)) : best[0];
}
