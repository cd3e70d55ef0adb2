import { cleanMetric, MAX_METRIC } from './quantityMetric';

/**
 * Per-tier metrics of a tiered list — the tiers named before 分别 and the values after it, paired in order:
 * 对经认定的国家级、省级、市级制造业企业技术中心,分别给予75万元、25万元、10万元 → 国家级制造业企业技术中心 …;
 * 获得省科技大奖、省科学技术奖(…)一等奖、二等奖、三等奖的,分别给予… → 省科技大奖, 省科学技术奖一等奖 ….
 */

// Scope and grade words a tier opens with (国家级、省级…; 国际、国内…; 一级、二级; 四星、五星; “三星级”).
// Longer words first: 市内 must not be read as 市 + 内.
const LEVEL =
  '(?:国家级?|国际|国内|全国|浙江省|省内|省级?|嘉兴市内|嘉兴市级?|湖州市级?|市内|市级?|区级?|县级?|[一二三四五]星级?|[一二三四五]级)';
const BARE_LEVEL = new RegExp(`^“?${LEVEL}”?$`);
const LEADING_LEVEL = new RegExp(`^“?${LEVEL}”?`);
const TRAILING_LEVEL = new RegExp(`“?${LEVEL}”?$`);
// Award grades written after their award, the award named once (省科学技术奖一等奖、二等奖、三等奖).
const GRADE = /(?:[一二三特]等奖|金奖|银奖|铜奖|优秀奖)$/;
const BARE_GRADE = /^(?:[一二三特]等奖|金奖|银奖|铜奖|优秀奖)$/;
// What opens the first tier but belongs to the sentence (对以第一项目完成单位获得…, 对新认定的…, 对获评的…).
const FIRST_PREAMBLE = /^.*(?:获得|获评|评为|评定为|认定为|认定的|入选|对(?!外))/;
const LIST_MARK = /[、和]|”“/;
// How far back from 分别 the named list may stand (…的,在上级资金基础上,分别再给予…).
const MAX_PHRASES_BACK = 4;

/** Splits on separator characters outside parentheses and “quotes” (首台(套)装备(首批次新材料、首版次软件) is one). */
function splitOutside(text: string, separator: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (depth === 0 && !quoted && separator.test(ch)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}

/** 国际、国内、省内、嘉兴市内装备制造业首台(套)、软件首版次…: the scope words are the tiers, the rest one head. */
function levelsThenHead(items: string[], count: number): string[] {
  const levels = items.slice(0, count - 1);
  const rest = items.slice(count - 1);
  const bare = levels.every((item, i) => BARE_LEVEL.test(i === 0 ? levelAtEnd(firstTier(item)) : item));
  const head = rest[0] ?? '';
  const carriesHead = LEADING_LEVEL.test(head) && !BARE_LEVEL.test(head);
  return items.length > count && bare && carriesHead ? [...levels, rest.join('、')] : items;
}

/** The phrase's tiers when it names exactly `count`: by 、, then adjacent “quotes”, then also by 和. */
function itemsOf(phrase: string, count: number): string[] | null {
  const ways = [
    () => splitOutside(phrase, /、/),
    () => splitOutside(phrase.replace(/”“/g, '”、“'), /、/),
    () => splitOutside(phrase, /[、和]/),
    () => levelsThenHead(splitOutside(phrase, /、/), count),
  ];
  for (const way of ways) {
    const items = way();
    if (items.length === count && items.every((item) => item.length > 0)) return items;
  }
  return null;
}

/** The first tier without the sentence's opening (对…获得, 每培育1家; digits in parentheses are the tier's own). */
function firstTier(item: string): string {
  const rest = item.replace(FIRST_PREAMBLE, '');
  const masked = rest.replace(/\([^)]*\)/g, (aside) => '#'.repeat(aside.length));
  const counted = /^.*\d[家个项名条]?/.exec(masked);
  return counted ? rest.slice(counted[0].length) : rest;
}

const unquote = (text: string): string => text.replace(/[“”]/g, '');
const levelAtEnd = (item: string): string => TRAILING_LEVEL.exec(item)?.[0] ?? item;

/** A shared head too long to repeat after each scope word keeps its first part (装备制造业首台(套)、软件首版次…). */
function shortHead(head: string, level: string): string {
  if (unquote(level + head).replace(/的/g, '').length <= MAX_METRIC) return head;
  return splitOutside(head, /、/)[0] ?? head;
}

/** 国家级、省级科技企业孵化器: bare scope words before a last tier that carries the shared head noun. */
function shareHead(items: string[]): string[] {
  const last = items[items.length - 1] ?? '';
  const lead = LEADING_LEVEL.exec(last);
  if (lead) {
    const bare = items.slice(0, -1).map((item, i) => (i === 0 ? levelAtEnd(item) : item));
    if (bare.every((item) => BARE_LEVEL.test(item.replace(/的$/, '')))) {
      const head = shortHead(last.slice(lead[0].length), lead[0]);
      return [...bare.map((item) => item.replace(/的$/, '')), lead[0]].map((level) => unquote(level) + head);
    }
  }
  // Scope words outside the list above still share their last character with the last tier's (A类、B类项目).
  const marker = (items[items.length - 2] ?? '').slice(-1);
  const at = marker ? last.indexOf(marker) : -1;
  const short = items.slice(0, -1).every((item) => cleanMetric(item).length <= 4);
  if (!short || at < 0 || at >= 5) return items;
  const head = last.slice(at + 1);
  return items.map((item, i) => (i === items.length - 1 ? item : item + head));
}

/** 省科学技术奖(…)一等奖、二等奖: bare grades take the award named by the tier before them. */
function shareGradePrefix(items: string[]): string[] {
  const out = [...items];
  for (let k = 1; k < out.length; k++) {
    const donor = (out[k - 1] ?? '').replace(/\([^)]*\)/g, '').replace(/的$/, '');
    const grade = (out[k] ?? '').replace(/的/g, '');
    if (!BARE_GRADE.test(grade) || !GRADE.test(donor)) continue;
    out[k - 1] = donor;
    out[k] = donor.replace(GRADE, '') + grade;
  }
  return out;
}

function resolveTiers(items: string[]): string[] {
  const raw = items.map((item, i) => (i === 0 ? firstTier(item) : item));
  return shareGradePrefix(shareHead(raw)).map(cleanMetric);
}

/**
 * Metrics of the `count` values after 分别, from the text of its sentence before 分别; null when no phrase there
 * names exactly `count` tiers (the values then share one metric).
 */
export function tierMetrics(beforeRespectively: string, count: number): string[] | null {
  if (count < 2) return null;
  const phrases = beforeRespectively.split(/[,，。；;:：]/);
  const stop = Math.max(0, phrases.length - MAX_PHRASES_BACK);
  for (let k = phrases.length - 1; k >= stop; k--) {
    const phrase = (phrases[k] ?? '').trim();
    if (!LIST_MARK.test(phrase)) continue;
    const items = itemsOf(phrase, count);
    if (items) return resolveTiers(items);
    // 获得国家最高科学技术奖,国家科学技术奖(…)特等奖、一等奖、二等奖: the first tier stands one phrase earlier.
    const rest = count > 2 && k > 0 ? itemsOf(phrase, count - 1) : null;
    return rest ? resolveTiers([phrases[k - 1] ?? '', ...rest]) : null;
  }
  return null;
}
