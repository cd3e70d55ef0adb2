/**
 * Numbers as Chinese readers expect them: money (normalized to 元) in 亿元 or 万元 when large, other units as given.
 */
const MONEY_STEPS: readonly [number, string][] = [
  [1e8, '亿元'],
  [1e4, '万元'],
];

/** 1234.5 → "1234.5", 0.3333 → "0.33", 2 → "2". */
export function formatNumber(value: number): string {
  return Number(value.toFixed(2)).toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
}

/** A normalized value with its unit: 1500000 元 → "150万元", 8 % → "8%". */
export function formatNormalized(value: number, unit: string): string {
  if (unit === '元') {
    for (const [step, name] of MONEY_STEPS) if (Math.abs(value) >= step) return `${formatNumber(value / step)}${name}`;
  }
  return `${formatNumber(value)}${unit}`;
}

/** "×2.3 the median" for an outlier's ratio, rounded to one decimal. */
export function formatRatio(ratio: number): string {
  return `×${Number(ratio.toFixed(1))}`;
}

export const KIND_NAMES = { BUDGET: 'budget', SUBSIDY: 'subsidy', GOAL: 'target' } as const;
