/**
 * The level of the thing a quantity rewards or counts (国家级 / 省级 / 市级 / 县级), read from its `metric`, and the
 * metric without it. Rewards for a 国家级 and a 省级 科技企业孵化器 share most of their wording, so a character
 * similarity alone put 海宁's 300万 national reward beside 秀洲's 25万 provincial one; comparing the level apart
 * and the rest of the wording apart keeps like with like. The metric is best-effort text from graph-seed, so every
 * way the corpus names a level counts (省级, 全省, 省重点实验室, 嘉兴市级, 县(市、区)级 …), and a metric naming
 * several (国家备案、省级备案众创空间) has all of them: it compares only with one naming the same set.
 */

// Most specific first: each match is cut from the metric before the next pattern runs, so 嘉兴市级 never leaves a
// stray 嘉兴 and 县(市、区)级 is county, not city.
const LEVEL_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/县[(（]市[、,，]区[)）]级|(?:县|区|县市区|区县)级|全[县区]/g, '县级'],
  [/(?:杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水)?市级|全市|^市(?![场民])/g, '市级'],
  [/浙江省级?|省级|全省|(?<!节)省(?![内外份])/g, '省级'],
  [/国家级|国家|全国|国字号|中国/g, '国家级'],
];
const LEVEL_ORDER = ['国家级', '省级', '市级', '县级'];

export interface LevelledMetric {
  /** The levels named, highest first, joined by '+' ('' when the metric names none). */
  level: string;
  /** The metric without its level words: what is rewarded or counted (科技企业孵化器). */
  thing: string;
}

// Comparing amounts asks for the level of each metric once per pair (comparableKeys, peerMedian): remembered, it is
// read once per metric — measureStats at 100 documents spent 3 of its 3.8 s here. Cleared past a bound, so imports
// cannot grow it without end.
const levelled = new Map<string, LevelledMetric>();
const MAX_REMEMBERED = 10_000;

export function levelOfMetric(metric: string): LevelledMetric {
  const known = levelled.get(metric);
  if (known) return known;
  if (levelled.size >= MAX_REMEMBERED) levelled.clear();
  const result = readLevel(metric);
  levelled.set(metric, result);
  return result;
}

function readLevel(metric: string): LevelledMetric {
  const levels = new Set<string>();
  let thing = metric;
  for (const [pattern, level] of LEVEL_PATTERNS) {
    thing = thing.replace(pattern, () => {
      levels.add(level);
      return '';
    });
  }
  const level = LEVEL_ORDER.filter((name) => levels.has(name)).join('+');
  // A connective left dangling by the cut (国家、省级科技企业孵化器 → 、科技企业孵化器) says nothing.
  return { level, thing: thing.replace(/^[、,，和及与或]+/, '') };
}
