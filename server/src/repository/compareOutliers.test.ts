import { describe, expect, it } from 'vitest';
import { compareQuantity, median, metricSimilarity } from './compareOutliers';
import type { QuantityInfo } from './types';

const q = (ownerId: string, metric: string, normalizedValue: number, kind: QuantityInfo['kind'] = 'SUBSIDY') => ({
  id: `${ownerId}/t${normalizedValue}`,
  ownerId,
  kind,
  metric,
  value: normalizedValue / 10000,
  unit: '万元',
  qualifier: null,
  normalizedValue,
  normalizedUnit: '元',
  text: '',
});

describe('compareOutliers', () => {
  it('measures metric similarity by nesting and bigram Dice', () => {
    expect(metricSimilarity('省级孵化器', '省级科技企业孵化器')).toBe(0.5);
    expect(metricSimilarity('孵化器', '省级科技企业孵化器')).toBe(1);
    expect(metricSimilarity('', '孵化器')).toBe(0);
    expect(metricSimilarity('高新技术企业', '重点实验室')).toBe(0);
  });

  it('takes the median of odd and even groups', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('flags amounts beyond 2x or below 0.5x of the median of the best-matching peers', () => {
    // The incubator rewards of the design notes: 秀洲 25万, 海宁 150万, 平湖 100万, 湖州 10万 (and 秀洲's 国家级 50万).
    const pool = [
      q('xz', '国家级科技企业孵化器', 500_000),
      q('xz', '省级科技企业孵化器', 250_000),
      q('hn', '省级孵化器', 1_500_000),
      q('ph', '省级科技企业孵化器', 1_000_000),
      q('hz', '省级科技企业孵化器', 100_000),
    ];
    const huzhou = compareQuantity(pool[4]!, pool);
    // Group: 10万 itself, 秀洲 省级 25万 (exact metric beats 国家级), 海宁 150万, 平湖 100万 → median 62.5万.
    expect(huzhou).toMatchObject({ peerMedian: 625_000, outlier: true });
    expect(compareQuantity(pool[3]!, pool)).toMatchObject({ peerMedian: 625_000, outlier: false });
  });

  it('judges nothing with fewer than three comparable values or another kind', () => {
    const pool = [q('a', '孵化器', 100), q('b', '孵化器', 1000), q('c', '孵化器', 5, 'GOAL')];
    expect(compareQuantity(pool[0]!, pool)).toMatchObject({ peerMedian: null, outlier: false });
  });
});
