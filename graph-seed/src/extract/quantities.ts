import type { Qualifier, Quantity, QuantityKind, QuantityRole } from '../model/document';
import { matchText } from './normalize';
import { isApproximate } from './quantityContext';
import { CONTINUATION, listRuns, mergeFrom, shareListUnits } from './quantityLists';
import type { Placed, RawMatch } from './quantityMatch';
import { place, rawMatches, sentenceEnd, sentenceStart } from './quantityMatch';
import { metricAfter, metricBefore } from './quantityMetric';
import { kindOfRole, quantityRole } from './quantityRole';
import { tierMetrics } from './quantityTiers';
import { isCurrency } from './units';

/** Metrics for runs of quantities that follow 分别 (tiered lists), keyed by match index. */
function tieredMetrics(text: string, matches: RawMatch[]): Map<number, string> {
  const metrics = new Map<number, string>();
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i];
    if (!first) continue;
    const before = text.slice(Math.max(0, first.start - 14), first.start);
    const respectively = before.lastIndexOf('分别');
    if (respectively < 0) continue;
    let j = i;
    while (
      j + 1 < matches.length &&
      /^[、和及或,，]?$/.test(text.slice(matches[j]?.end ?? 0, matches[j + 1]?.start ?? 0))
    )
      j++;
    const absolute = first.start - before.length + respectively;
    const tiers = tierMetrics(text.slice(sentenceStart(text, absolute), absolute), j - i + 1);
    tiers?.forEach((metric, k) => metrics.set(i + k, metric));
    i = j;
  }
  return metrics;
}

// The noun follows the number when the text before it names nothing, or ends a list (…幼儿园等13个学校项目).
const LIST_AHEAD = /[等、]\s*$/;

function readMetric(text: string, placed: Placed, previousEnd: number): string {
  const from = Math.max(previousEnd, sentenceStart(text, placed.match.start));
  const before = text.slice(from, placed.start);
  const read = metricBefore(before);
  if (!read.nearestNames || LIST_AHEAD.test(before)) {
    const after = metricAfter(text.slice(placed.end, placed.end + 40));
    if (after) return after;
  }
  return read.metric;
}

function metricsOf(text: string, placed: Placed[]): string[] {
  const tiered = tieredMetrics(
    text,
    placed.map((p) => p.match),
  );
  const metrics: string[] = [];
  placed.forEach((p, i) => {
    const previous = placed[i - 1];
    const gap = previous ? text.slice(previous.end, p.start) : '';
    const inherited = previous ? (metrics[i - 1] ?? '') : '';
    let metric = tiered.get(i);
    if (metric === undefined && previous && CONTINUATION.test(gap)) metric = inherited;
    // A figure whose own words name nothing measures what the one before it in the sentence does.
    metric ??= readMetric(text, p, previous?.end ?? 0) || (/[。;；\n]/.test(gap) ? '' : inherited);
    metrics.push(metric);
  });
  return metrics;
}

/** What the words around a quantity say about it, shared by the values of a range. */
interface Reading {
  role: QuantityRole;
  kind: QuantityKind;
  qualifier: Qualifier | null;
  approximate: boolean;
  /** Money per unit named before the list (每亩分别增加15元、40元 → 元/亩), else ''. */
  perUnit: string;
}

const PERCENT_UNITS = new Set(['%', '‰', '个百分点']);
const CAP_QUALIFIERS: ReadonlySet<Qualifier | null> = new Set<Qualifier | null>(['最高', '不超过']);
// Money per physical unit written before the figures (每亩…15元), not per recipient (每家…50万元).
const PER_UNIT = /每(亩|吨|标箱|平方米|立方米|千瓦时|公里)[^,;。\d]*$/;

/** The sentence before `at`, and the one before that when this one opens with 其中 (its breakdown). */
function sentenceBefore(text: string, at: number): string {
  const start = sentenceStart(text, at);
  const own = text.slice(start, at);
  return /^\s*其中/.test(own) && start > 0 ? text.slice(sentenceStart(text, start - 1), at) : own;
}

/** The phrase before a number: back to the previous quantity, a separator (,;、) or the sentence start. */
function phraseBefore(text: string, placed: Placed, previous: Placed | undefined): string {
  const from = Math.max(previous?.end ?? 0, sentenceStart(text, placed.start));
  const window = text.slice(from, placed.match.start);
  return window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('、')) + 1);
}

/** Role, kind, qualifier and approximation of every placed quantity, read per list (see quantityRole.ts). */
function readingsOf(text: string, placed: Placed[]): Reading[] {
  const readings: Reading[] = [];
  for (const [i, j] of listRuns(text, placed)) {
    const first = placed[i];
    const last = placed[j];
    if (!first || !last) continue;
    const phrase = phraseBefore(text, first, placed[i - 1]);
    const sentence = sentenceBefore(text, first.match.start);
    const tail = text.slice(last.match.end, sentenceEnd(text, last.match.end));
    // 分别给予最高150万元、100万元: the 最高 before the first item bounds every item of the list.
    const carried = first.hit.prefixLength > 0 && CAP_QUALIFIERS.has(first.hit.qualifier) ? first.hit.qualifier : null;
    for (let k = i; k <= j; k++) {
      const p = placed[k];
      if (!p) continue;
      const qualifier = p.hit.qualifier ?? carried;
      const unit = p.match.normalizedUnit;
      const context = {
        currency: isCurrency(unit),
        percent: PERCENT_UNITS.has(unit),
        qualifier,
        sentence,
        phrase,
        tail,
      };
      const role = quantityRole(context);
      const after = text.slice(p.match.end, p.match.end + 4);
      const approximate = isApproximate(qualifier, text.slice(Math.max(0, p.start - 2), p.match.start), after);
      const perUnit = p.match.money && !unit.includes('/') ? (PER_UNIT.exec(phrase)?.[1] ?? '') : '';
      readings.push({ role, kind: kindOfRole(role, sentence + tail), qualifier, approximate, perUnit });
    }
  }
  return readings;
}

function toQuantities(original: string, placed: Placed, metric: string, reading: Reading): Quantity[] {
  const { match, start, end, from } = placed;
  const isRange = match.values.length > 1;
  const per = reading.perUnit ? `/${reading.perUnit}` : '';
  return match.values.map((value, k) => {
    const qualifier = isRange ? (k === 0 ? '最低' : '最高') : reading.qualifier;
    // The upper end of a range of money given bounds what a recipient gets.
    const role = isRange && k === 1 && reading.role === 'FIXED' ? 'CAP' : reading.role;
    return {
      kind: reading.kind,
      role,
      approximate: reading.approximate,
      from,
      metric,
      value,
      unit: match.unit + per,
      qualifier,
      normalizedValue: Number((value * match.factor).toPrecision(12)),
      normalizedUnit: match.normalizedUnit + per,
      text: original.slice(start, end),
      offset: start,
    };
  });
}

/**
 * Amounts and targets in a text in its original script: 1.74亿元, 最高可给予50万元, 200元/标箱, 8%, 4000亩, 200家以上,
 * ranges (10-20万元 → a 最低 and a 最高 quantity) and tiered lists (分别给予300万元、150万元、50万元 → one per tier,
 * with per-tier metrics when the text names the tiers, and the 最高 before the first carried to all). Each says what
 * it does (`role`: cap, fixed, rate, threshold, goal, budget, project size), whether it is approximate (约, 左右) and,
 * for 由8类扩围至12类, where it grows from. Thresholds keep their bound as qualifier (大于人民币100万元 → 超过).
 * Years, dates, ordinals, 文号 and numbers without a unit are ignored. Offsets refer to `text`. Never throws.
 */
export function extractQuantities(text: string): Quantity[] {
  const normalized = matchText(text);
  const placed = mergeFrom(normalized, place(normalized, shareListUnits(normalized, rawMatches(normalized))));
  const metrics = metricsOf(normalized, placed);
  const readings = readingsOf(normalized, placed);
  return placed.flatMap((p, i) => {
    const reading = readings[i];
    return reading ? toQuantities(text, p, metrics[i] ?? '', reading) : [];
  });
}
