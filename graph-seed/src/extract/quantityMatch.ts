/**
 * Finding numbers with their units in the extractors' match text (Simplified, half-width), and the words that bound
 * them (最高可给予50万元, 200家以上). quantities.ts reads what each one measures and does from here.
 */
import { findQualifier } from './quantityContext';
import type { QualifierHit } from './quantityContext';
import { UNIT_ALTERNATION, unitSpec } from './units';

// A number (optionally a range 10-20) and its unit; money may carry a rate (元/标箱). The look-behind keeps
// ordinals (第20届), identifiers (T300) and the tails of longer numbers out.
const QUANTITY = new RegExp(
  `(?<![\\d.A-Za-z第])(\\d+(?:\\.\\d+)?)(?:\\s*[-~—–至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_ALTERNATION})(?:([/每])((?:(?!补|奖|的|给|予)[\\u4e00-\\u9fff]){1,3}))?`,
  'g',
);
// 万 or 亿 with no unit after it is money where the words before say so (最高补贴500万。, 年销售额500万以上营销主体).
const BARE_MONEY = /(?<![\d.A-Za-z第])(\d+(?:\.\d+)?)(万|亿)(?=以上|以下|左右|[,;。、)]|$)/g;
const MONEY_WORDS = /(?:补贴|补助|奖励|资助|销售额|营收|收入|产值|经济|投资|资金|金额)[^,;。、\d]{0,6}$/;
// A counter followed by these is a duration or a classifier of something else (3个月, 5个工作日).
const NOT_A_COUNT = /^(?:月|工作日|小时|季度|年度|百分点)/;
// A figure followed by 级 names a class, not an amount (500吨级及以上泊位: berths for ships of that size); so does
// 1类客车 (the toll class of a vehicle).
const CLASS_SUFFIX = /^\s*[级級]|^类(?:客车|货车)/;
// A counter with its alternative in parentheses (1000台(套), 655套(间)) is one unit.
const ALTERNATIVE_COUNTER = /^\((?:套|间|个|家|台|辆|处)\)/;
const WINDOW = 24;

export interface RawMatch {
  start: number;
  end: number;
  values: number[];
  unit: string;
  normalizedUnit: string;
  factor: number;
  money: boolean;
}

/** A match with its qualifier and the extent of its displayed text (最高可给予50万元, 200家以上). */
export interface Placed {
  match: RawMatch;
  hit: QualifierHit;
  start: number;
  end: number;
  /** The earlier value of a 由X扩至Y pair, in the unit of the match (quantityLists.ts). */
  from: number | null;
}

/** Spans inside “…” quotes: slogans and program names (“3个70%”), not targets. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^“”\n]{0,40}”/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function unitMatches(text: string, quoted: Array<[number, number]>): RawMatch[] {
  const found: RawMatch[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, low = '', high, unitText = '', rateSep, rateUnit] = m;
    const spec = unitSpec(unitText);
    const end = m.index + whole.length;
    if (!spec || quoted.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (!spec.money && NOT_A_COUNT.test(text.slice(end - (rateSep ? whole.length : 0), end + 4))) continue;
    const rate = spec.money && rateSep && rateUnit ? `/${rateUnit}` : '';
    let realEnd = rate ? end : end - (rateSep ? 1 + (rateUnit?.length ?? 0) : 0);
    if (!spec.money && CLASS_SUFFIX.test(text.slice(realEnd - (unitText === '类' ? 1 : 0)))) continue;
    if (!spec.money) realEnd += ALTERNATIVE_COUNTER.exec(text.slice(realEnd))?.[0].length ?? 0;
    const values = [Number(low), ...(high === undefined ? [] : [Number(high)])].filter((v) => Number.isFinite(v));
    if (values.length === 0) continue;
    const { unit, normalizedUnit, factor, money } = spec;
    found.push({
      start: m.index,
      end: realEnd,
      values,
      unit: unit + rate,
      normalizedUnit: normalizedUnit + rate,
      factor,
      money,
    });
  }
  return found;
}

function bareMoney(text: string, quoted: Array<[number, number]>): RawMatch[] {
  const found: RawMatch[] = [];
  for (const m of text.matchAll(BARE_MONEY)) {
    const [whole, value = '', scale = ''] = m;
    if (quoted.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (!MONEY_WORDS.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const factor = scale === '亿' ? 1e8 : 1e4;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      values: [Number(value)],
      unit: scale,
      normalizedUnit: '元',
      factor,
      money: true,
    });
  }
  return found;
}

/** Every number with a unit, in text order. */
export function rawMatches(text: string): RawMatch[] {
  const quoted = quotedSpans(text);
  return [...unitMatches(text, quoted), ...bareMoney(text, quoted)].sort((a, b) => a.start - b.start);
}

/** Index where the sentence holding `at` begins. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('。;；\n'.includes(text[i] ?? '')) return i + 1;
  return 0;
}

/** Index where the sentence holding `at` ends (its full stop excluded). */
export function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if ('。;；\n'.includes(text[i] ?? '')) return i;
  return text.length;
}

/** Each match with the bound words before and after it (findQualifier) and its displayed extent. */
export function place(text: string, matches: RawMatch[]): Placed[] {
  return matches.map((match, i) => {
    // The context of a number stops at the previous quantity so 分别给予300万元、150万元 does not lend 300万元's words.
    const previousEnd = matches[i - 1]?.end ?? 0;
    const windowStart = Math.max(previousEnd, match.start - WINDOW * 2, sentenceStart(text, match.start));
    const before = text.slice(windowStart, match.start);
    const after = text.slice(match.end, match.end + 6);
    const hit = findQualifier(before, after);
    return { match, hit, start: match.start - hit.prefixLength, end: match.end + hit.suffixLength, from: null };
  });
}
