import type { Quantity } from '../model/document';
import { matchText } from './normalize';
import { classify, findQualifier, metricBefore, tierMetrics } from './quantityContext';
import { UNIT_ALTERNATION, unitSpec } from './units';

// A number (optionally a range 10-20) and its unit; money may carry a rate (元/标箱). The look-behind keeps
// ordinals (第20届), identifiers (T300) and the tails of longer numbers out.
const QUANTITY = new RegExp(
  `(?<![\\d.A-Za-z第])(\\d+(?:\\.\\d+)?)(?:\\s*[-~—–至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_ALTERNATION})(?:([/每])((?:(?!补|奖|的|给|予)[\\u4e00-\\u9fff]){1,3}))?`,
  'g',
);
// A counter followed by these is a duration or a classifier of something else (3个月, 5个工作日).
const NOT_A_COUNT = /^(?:月|工作日|小时|季度|年度|百分点)/;
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

/** Metrics for runs of quantities that follow 分别 (tiered lists), keyed by match index. */
function tieredMetrics(text: string, matches: RawMatch[]): Map<number, string> {
  const metrics = new Map<number, string>();
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i];
    if (!first) continue;
    const before = text.slice(Math.max(0, first.start - 12), first.start);
    const respectively = before.lastIndexOf('分别');
    if (respectively < 0) continue;
    let j = i;
    while (
      j + 1 < matches.length &&
      /^[、和及,，]?$/.test(text.slice(matches[j]?.end ?? 0, matches[j + 1]?.start ?? 0))
    )
      j++;
    const absolute = first.start - before.length + respectively;
    const tiers = tierMetrics(text.slice(sentenceStart(text, absolute), absolute), j - i + 1);
    tiers?.forEach((metric, k) => metrics.set(i + k, metric));
    i = j;
  }
  return metrics;
}

function toQuantities(
  text: string,
  original: string,
  match: RawMatch,
  previousEnd: number,
  metricOverride?: string,
): Quantity[] {
  // The context of a number stops at the previous quantity so 分别给予300万元、150万元 does not lend 300万元's words.
  const windowStart = Math.max(previousEnd, match.start - WINDOW * 2, sentenceStart(text, match.start));
  const before = text.slice(windowStart, match.start);
  const after = text.slice(match.end, match.end + 6);
  const hit = findQualifier(before, after);
  const start = match.start - hit.prefixLength;
  const end = match.end + hit.suffixLength;
  const sentenceBefore = text.slice(sentenceStart(text, match.start), match.start);
  const kind = classify(match.money, sentenceBefore, before, after, (match.values[0] ?? 0) * match.factor);
  const metric = metricOverride ?? metricBefore(before.slice(0, before.length - hit.prefixLength));
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
 * with per-tier metrics when the text names the tiers). Years, dates, ordinals, 文号 and numbers without a unit are
 * ignored. Offsets refer to `text`. Never throws.
 */
export function extractQuantities(text: string): Quantity[] {
  const normalized = matchText(text);
  const matches = rawMatches(normalized);
  const tiered = tieredMetrics(normalized, matches);
  return matches.flatMap((m, i) => toQuantities(normalized, text, m, matches[i - 1]?.end ?? 0, tiered.get(i)));
}
