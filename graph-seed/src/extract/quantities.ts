import type { Quantity } from '../model/document';
import { matchText } from './normalize';
import { classify, findQualifier } from './quantityContext';
import type { QualifierHit } from './quantityContext';
import { metricAfter, metricBefore } from './quantityMetric';
import { tierMetrics } from './quantityTiers';
import { UNIT_ALTERNATION, unitSpec } from './units';

// A number (optionally a range 10-20) and its unit; money may carry a rate (元/标箱). The look-behind keeps
// ordinals (第20届), identifiers (T300) and the tails of longer numbers out.
const QUANTITY = new RegExp(
  `(?<![\\d.A-Za-z第])(\\d+(?:\\.\\d+)?)(?:\\s*[-~—–至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_ALTERNATION})(?:([/每])((?:(?!补|奖|的|给|予)[\\u4e00-\\u9fff]){1,3}))?`,
  'g',
);
// A counter followed by these is a duration or a classifier of something else (3个月, 5个工作日).
const NOT_A_COUNT = /^(?:月|工作日|小时|季度|年度|百分点)/;
// A figure followed by 级 names a class, not an amount (500吨级及以上泊位: berths for ships of that size).
const CLASS_SUFFIX = /^\s*[级級]/;
const WINDOW = 24;

interface RawMatch {
  start: number;
  end: number;
  values: number[];
  unit: string;
  normalizedUnit: string;
  factor: number;
  money: boolean;
}

/** Spans inside “…” quotes: slogans and program names (“3个70%”), not targets. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^“”\n]{0,40}”/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function rawMatches(text: string): RawMatch[] {
  const quoted = quotedSpans(text);
  const found: RawMatch[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, low = '', high, unitText = '', rateSep, rateUnit] = m;
    const spec = unitSpec(unitText);
    const end = m.index + whole.length;
    if (!spec || quoted.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (!spec.money && NOT_A_COUNT.test(text.slice(end - (rateSep ? whole.length : 0), end + 4))) continue;
    const rate = spec.money && rateSep && rateUnit ? `/${rateUnit}` : '';
    const realEnd = rate ? end : end - (rateSep ? 1 + (rateUnit?.length ?? 0) : 0);
    if (!spec.money && CLASS_SUFFIX.test(text.slice(realEnd))) continue;
    const values = [Number(low), ...(high === undefined ? [] : [Number(high)])].filter((v) => Number.isFinite(v));
    if (values.length === 0) continue;
    found.push({
      start: m.index,
      end: realEnd,
      values,
      unit: spec.unit + rate,
      normalizedUnit: spec.normalizedUnit + rate,
      factor: spec.factor,
      money: spec.money,
    });
  }
  return found;
}

/** Index where the sentence holding `at` begins. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('。;；\n'.includes(text[i] ?? '')) return i + 1;
  return 0;
}

/** A match with its qualifier and the extent of its displayed text (最高可给予50万元, 200家以上). */
interface Placed {
  match: RawMatch;
  hit: QualifierHit;
  /** Text before the number that the qualifier and the kind are read from. */
  before: string;
  after: string;
  start: number;
  end: number;
}

function place(text: string, matches: RawMatch[]): Placed[] {
  return matches.map((match, i) => {
    // The context of a number stops at the previous quantity so 分别给予300万元、150万元 does not lend 300万元's words.
    const previousEnd = matches[i - 1]?.end ?? 0;
    const windowStart = Math.max(previousEnd, match.start - WINDOW * 2, sentenceStart(text, match.start));
    const before = text.slice(windowStart, match.start);
    const after = text.slice(match.end, match.end + 6);
    const hit = findQualifier(before, after);
    return { match, hit, before, after, start: match.start - hit.prefixLength, end: match.end + hit.suffixLength };
  });
}

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

// Between two values of one list (15%、20%; 1%(含)-3%; 400万元(300万元)): the second measures what the first does.
const CONTINUATION = /^\s*(?:\((?:含|不含)\))?\s*[、和或及~\-—–至到(]?\s*$/;
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
    // A figure whose own words name nothing (由8类扩围至12类) measures what the one before it in the sentence does.
    metric ??= readMetric(text, p, previous?.match.end ?? 0) || (/[。;；\n]/.test(gap) ? '' : inherited);
    metrics.push(metric);
  });
  return metrics;
}

function toQuantities(text: string, original: string, placed: Placed, metric: string): Quantity[] {
  const { match, hit, before, after, start, end } = placed;
  const sentenceBefore = text.slice(sentenceStart(text, match.start), match.start);
  const kind = classify(match.money, sentenceBefore, before, after, (match.values[0] ?? 0) * match.factor);
  const isRange = match.values.length > 1;
  return match.values.map((value, k) => ({
    kind,
    metric,
    value,
    unit: match.unit,
    qualifier: isRange ? (k === 0 ? '最低' : '最高') : hit.qualifier,
    normalizedValue: Number((value * match.factor).toPrecision(12)),
    normalizedUnit: match.normalizedUnit,
    text: original.slice(start, end),
    offset: start,
  }));
}

/**
 * Amounts and targets in a text in its original script: 1.74亿元, 最高可给予50万元, 200元/标箱, 8%, 4000亩, 200家以上,
 * ranges (10-20万元 → a 最低 and a 最高 quantity) and tiered lists (分别给予300万元、150万元、50万元 → one per tier,
 * with per-tier metrics when the text names the tiers). Thresholds keep their bound as qualifier (大于人民币100万元
 * → 超过). Years, dates, ordinals, 文号 and numbers without a unit are ignored. Offsets refer to `text`. Never throws.
 */
export function extractQuantities(text: string): Quantity[] {
  const normalized = matchText(text);
  const placed = place(normalized, rawMatches(normalized));
  const metrics = metricsOf(normalized, placed);
  return placed.flatMap((p, i) => toQuantities(normalized, text, p, metrics[i] ?? ''));
}
