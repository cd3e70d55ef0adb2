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

/**
 * Never changed once made: an addition makes a new summary (`withMember`) whose lists are copies of exactly the new
 * length (toSpliced), or the same lists where it adds nothing to them. The groups an import reaches are a province
 * measure's largest, and each of their lists of a thousand entries was copied, then spliced into a store half as
 * large again: allocated twice, and kept at one and a half times its length.
 */
export interface OfferSummary {
  /** How many members word the metric so. */
  readonly metrics: ReadonlyMap<string, number>;
  /** The members' values, ascending. */
  readonly values: readonly number[];
  /** The members' clause ids, each once, ascending; and each as JSON. */
  readonly ids: readonly string[];
  readonly idTexts: readonly string[];
  /** How many localities give the members' figures. */
  readonly localities: number;
  /** Each member's figure as JSON, in the members' order. */
  readonly figures: readonly string[];
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
    localities: new Set(members.map((m) => m.policyId)).size,
    figures: members.map(figureText),
  };
}

/**
 * The summary of `members` with `member` added at index `at`, or undefined for a value not finite; `summary` is left
 * as it is. `members`: the members before the addition (whether its locality is a new one).
 */
export function withMember(
  summary: OfferSummary,
  members: readonly Given[],
  member: Given,
  at: number,
): OfferSummary | undefined {
  const value = member.quantity.normalizedValue;
  if (!Number.isFinite(value)) return undefined;
  const metric = member.quantity.metric;
  const metrics = new Map(summary.metrics);
  metrics.set(metric, (metrics.get(metric) ?? 0) + 1);
  const id = member.clause.id;
  const place = firstAbove(summary.ids, (v) => id <= v);
  const known = summary.ids[place] === id;
  return {
    metrics,
    values: summary.values.toSpliced(
      firstAbove(summary.values, (v) => value < v),
      0,
      value,
    ),
    ids: known ? summary.ids : summary.ids.toSpliced(place, 0, id),
    idTexts: known ? summary.idTexts : summary.idTexts.toSpliced(place, 0, clauseIdText(member.clause)),
    localities: summary.localities + (members.some((m) => m.policyId === member.policyId) ? 0 : 1),
    figures: summary.figures.toSpliced(at, 0, figureText(member)),
  };
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
  if (summary.localities < 2) return null;
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
    count: summary.localities,
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
