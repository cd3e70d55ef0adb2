import { describe, expect, it } from 'vitest';
import { comparableKeys } from './comparableKeys';
import { levelOfMetric } from './compareLevels';
import { compareQuantity } from './compareOutliers';
import type { QuantityInfo } from './types';

const q = (ownerId: string, metric: string, normalizedValue: number): QuantityInfo => ({
  id: `${ownerId}/${metric}`,
  ownerId,
  kind: 'SUBSIDY',
  role: 'FIXED',
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

describe('levelOfMetric', () => {
  it.each([
    ['国家级科技企业孵化器', '国家级', '科技企业孵化器'],
    ['国家科技型中小企业(首次认定)', '国家级', '科技型中小企业(首次认定)'],
    ['全国重点实验室分中心(分室)', '国家级', '重点实验室分中心(分室)'],
    ['省级科技企业孵化器民营企业', '省级', '科技企业孵化器民营企业'],
    ['单位牵头建设全省重点实验室', '省级', '单位牵头建设重点实验室'],
    ['省重点实验室联合共建单位', '省级', '重点实验室联合共建单位'],
    ['嘉兴市级科技企业孵化器', '市级', '科技企业孵化器'],
    ['市级重点实验室(A类)绩效评价优秀', '市级', '重点实验室(A类)绩效评价优秀'],
    ['县(市、区)级科技企业孵化器', '县级', '科技企业孵化器'],
    ['国家备案、省级备案众创空间依托主体', '国家级+省级', '备案、备案众创空间依托主体'],
    ['国家、省级科技企业孵化器', '国家级+省级', '科技企业孵化器'],
    ['高新技术企业(首次认定)', '', '高新技术企业(首次认定)'],
    ['市场主体', '', '市场主体'],
    ['城市更新项目', '', '城市更新项目'],
    ['节省能源', '', '节省能源'],
  ])('%s → %s + %s', (metric, level, thing) => {
    expect(levelOfMetric(metric)).toEqual({ level, thing });
  });
});

describe('comparing like with like', () => {
  // The incubator rewards of 科创平台 (一) in the corpus: national and provincial ones in every locality, and 海宁's
  // Jiaxing-level one besides.
  const pool = [
    q('xiuzhou', '国家级科技企业孵化器', 500_000),
    q('xiuzhou', '省级科技企业孵化器', 250_000),
    q('haining', '国家级科技企业孵化器', 3_000_000),
    q('haining', '省级科技企业孵化器', 1_500_000),
    q('haining', '嘉兴市级科技企业孵化器', 500_000),
    q('pinghu', '国家级科技企业孵化器民营企业', 1_500_000),
    q('pinghu', '省级科技企业孵化器民营企业', 1_000_000),
    q('huzhou', '国家级科技企业孵化器', 300_000),
    q('huzhou', '省级科技企业孵化器', 100_000),
    q('huzhou', '省级科技型中小企业', 3_000),
  ];
  const byId = (owner: string, metric: string) => pool.find((x) => x.ownerId === owner && x.metric === metric)!;

  it('keys national, provincial and city rewards apart, so each bar chart shows one level', () => {
    const keys = comparableKeys(pool);
    const groups = new Map<string, string[]>();
    for (const quantity of pool) {
      const key = keys.get(quantity.id);
      if (key) groups.set(key, [...(groups.get(key) ?? []), quantity.id]);
    }
    expect(Object.fromEntries(groups)).toEqual({
      'SUBSIDY|元|国家级|国家级科技企业孵化器': [
        'xiuzhou/国家级科技企业孵化器',
        'haining/国家级科技企业孵化器',
        'pinghu/国家级科技企业孵化器民营企业',
        'huzhou/国家级科技企业孵化器',
      ],
      'SUBSIDY|元|省级|省级科技企业孵化器': [
        'xiuzhou/省级科技企业孵化器',
        'haining/省级科技企业孵化器',
        'pinghu/省级科技企业孵化器民营企业',
        'huzhou/省级科技企业孵化器',
      ],
    });
    // Alone at its level, and 省级科技型中小企业 is another thing than an incubator though both say 省级科技.
    expect(keys.has(byId('haining', '嘉兴市级科技企业孵化器').id)).toBe(false);
    expect(keys.has(byId('huzhou', '省级科技型中小企业').id)).toBe(false);
  });

  it('judges outliers among the same level only', () => {
    // National: 30, 50, 150, 300 万 → median 100万; 海宁's 300万 is 3×.
    expect(compareQuantity(byId('haining', '国家级科技企业孵化器'), pool)).toMatchObject({
      peerMedian: 1_000_000,
      outlier: true,
    });
    // Provincial: 10, 25, 100, 150 万 → median 62.5万; 秀洲's 25万 is below half.
    expect(compareQuantity(byId('xiuzhou', '省级科技企业孵化器'), pool)).toMatchObject({
      peerMedian: 625_000,
      outlier: true,
    });
    expect(compareQuantity(byId('pinghu', '省级科技企业孵化器民营企业'), pool)).toMatchObject({
      peerMedian: 625_000,
      outlier: false,
    });
    expect(compareQuantity(byId('haining', '嘉兴市级科技企业孵化器'), pool)).toMatchObject({
      peerMedian: null,
      outlier: false,
    });
  });
});
