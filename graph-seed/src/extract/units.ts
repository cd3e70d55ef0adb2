/** A unit as it may follow a number, and how to normalize it. */
export interface UnitSpec {
  /** As written after script/width normalization (万元, 家, %). */
  unit: string;
  normalizedUnit: string;
  factor: number;
  money: boolean;
}

const money = (unit: string, factor: number): UnitSpec => ({ unit, normalizedUnit: '元', factor, money: true });
const plain = (unit: string, normalizedUnit = unit, factor = 1): UnitSpec => ({
  unit,
  normalizedUnit,
  factor,
  money: false,
});

// Counters and measures found in the corpus (and close kin). 年/月/日/号/届/次会议 are deliberately absent: numbers
// followed by them are dates, durations, document numbers or ordinals, not targets.
const SPECS: UnitSpec[] = [
  money('亿元', 1e8),
  money('万元', 1e4),
  money('千元', 1e3),
  money('元', 1),
  // Foreign currency is money, but not in 元: it is never summed or compared with 元 amounts.
  plain('亿美元', '美元', 1e8),
  plain('万美元', '美元', 1e4),
  plain('美元'),
  plain('万吨标准煤', '万吨标准煤'),
  plain('吨标准煤', '万吨标准煤', 1e-4),
  plain('个百分点'),
  plain('%'),
  plain('‰'),
  plain('万亩', '亩', 1e4),
  plain('亩'),
  plain('万平方米', '平方米', 1e4),
  plain('平方米'),
  plain('公顷'),
  plain('万标箱', '标箱', 1e4),
  plain('标箱'),
  plain('万吨', '吨', 1e4),
  plain('吨'),
  plain('公里'),
  plain('亿千瓦时', '千瓦时', 1e8),
  plain('万千瓦时', '千瓦时', 1e4),
  plain('千瓦时'),
  plain('万千瓦', '千瓦', 1e4),
  plain('千瓦'),
  // 方 is the cubic metre of gas supply (天然气供应3亿方).
  plain('亿方', '立方米', 1e8),
  plain('万方', '立方米', 1e4),
  plain('亿斤', '斤', 1e8),
  plain('万斤', '斤', 1e4),
  plain('兆瓦'),
  plain('万人次', '人次', 1e4),
  plain('人次'),
  plain('家次'),
  plain('万人', '人', 1e4),
  plain('万家', '家', 1e4),
  plain('万户', '户', 1e4),
  plain('万个', '个', 1e4),
  plain('万名', '名', 1e4),
  plain('万套', '套', 1e4),
  plain('万张', '张', 1e4),
  plain('万头', '头', 1e4),
  plain('万只', '只', 1e4),
  plain('万羽', '羽', 1e4),
  plain('场次'),
  ...[
    '家',
    '项',
    '个',
    '人',
    '名',
    '条',
    '所',
    '张',
    '辆',
    '套',
    '场',
    '次',
    '户',
    '批',
    '座',
    '台',
    '支',
    '艘',
    '间',
    '处',
    '只',
    '类',
    '根',
    '件',
  ].map((u) => plain(u)),
];

/** Units, longest first, so 万元 is preferred to 元 and 万吨标准煤 to 万吨. */
export const UNIT_SPECS = [...SPECS].sort((a, b) => b.unit.length - a.unit.length);

/** Regex alternation of all units, longest first (none contains a regex metacharacter except %). */
export const UNIT_ALTERNATION = UNIT_SPECS.map((s) => s.unit.replace(/[%‰]/g, (c) => `\\${c}`)).join('|');

/** An amount in 元 or a rate in 元 (1.5万元/辆 → 元/辆): a clause's `amounts`; every other figure is a target. */
export function isYuanAmount(normalizedUnit: string): boolean {
  return normalizedUnit === '元' || normalizedUnit.startsWith('元/');
}

/** Money of any currency: 元 amounts and rates (元/标箱), and 美元. */
export function isCurrency(normalizedUnit: string): boolean {
  return isYuanAmount(normalizedUnit) || normalizedUnit === '美元';
}

export function unitSpec(unit: string): UnitSpec | undefined {
  return UNIT_SPECS.find((s) => s.unit === unit);
}
