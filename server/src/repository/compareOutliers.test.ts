import { describe, expect, it } from 'vitest';
import { compareQuantity, median, metricSimilarity } from './compareOutliers';
import type { QuantityInfo } from './types';

const q = (ownerId: string, metric: string, normalizedValue: number, role: QuantityInfo['role'] = 'FIXED') => ({
  id: `${ownerId}/t${normalizedValue}`,
  ownerId,
  kind: role === 'GOAL' || role === 'PROJECT_SIZE' ? ('GOAL' as const) : ('SUBSIDY' as const),
  role,
  approximate: false,
  from: null,
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

  it('judges nothing with fewer than three comparable values or another role group', () => {
    const pool = [q('a', '孵化器', 100), q('b', '孵化器', 1000), q('c', '孵化器', 5, 'GOAL')];
    expect(compareQuantity(pool[0]!, pool)).toMatchObject({ peerMedian: null, outlier: false });
  });

  it('compares a cap with fixed sums, and never a threshold, a budget or a project size', () => {
    // 研发费用达到100万元以上 (a threshold) beside three localities' grants: no median, no outlier mark.
    const pool = [
      q('a', '研发费用', 1_000_000, 'THRESHOLD'),
      q('b', '研发费用', 2_500_000, 'CAP'),
      q('c', '研发费用', 500_000, 'FIXED'),
      q('d', '研发费用', 300_000, 'FIXED'),
    ];
    expect(compareQuantity(pool[0]!, pool)).toMatchObject({ peerMedian: null, outlier: false });
    expect(compareQuantity(pool[1]!, pool)).toMatchObject({ peerMedian: 500_000, outlier: true });
    const budgets = [
      q('a', '项目', 3e8, 'PROJECT_SIZE'),
      q('b', '项目', 1e6, 'PROJECT_SIZE'),
      q('c', '项目', 2e6, 'BUDGET'),
    ];
    expect(budgets.map((b) => compareQuantity(b, budgets).peerMedian)).toEqual([null, null, null]);
  });
});
