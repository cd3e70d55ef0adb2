import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import { toSimplified } from '../text/script';
import { cleanMetric, MAX_METRIC, metricAfter, metricBefore, shorten } from './quantityMetric';

describe('metric phrases', () => {
  it('drop verbs, fillers and years at the start and bounds at the end', () => {
    expect(cleanMetric('对经认定的省级节水型企业')).toBe('省级节水型企业');
    expect(cleanMetric('2024年预算安排政府投资项目资金')).toBe('政府投资项目资金');
    expect(cleanMetric('粮食播种面积保持在')).toBe('粮食播种面积');
    expect(cleanMetric('项目投入大于人民币')).toBe('项目投入');
    expect(cleanMetric('单个工业建筑面积占比不得低于')).toBe('工业建筑面积占比');
    expect(cleanMetric('对外贸易进出口额')).toBe('对外贸易进出口额');
  });

  it('start inside an open aside or after a condition met before the figure', () => {
    expect(cleanMetric('可突出主导用途(其中工业建筑面积占比')).toBe('工业建筑面积占比');
    expect(cleanMetric('(含,下同)标准煤(等价值)以上或二氧化碳年减排量')).toBe('二氧化碳年减排量');
  });

  it('are cut at a word boundary when too long, never mid-word', () => {
    expect(shorten('困难群众、残疾人、优抚对象、孤儿及困境儿童等帮扶救助资金')).toBe('帮扶救助资金');
    expect(shorten('国际首台(套)装备(首批次新材料、首版次软件)')).toBe('国际首台(套)装备');
    expect(shorten('新能源替代利用和节能改造项目年替代利用量(节能量)')).toBe(
      '新能源替代利用和节能改造项目年替代利用量',
    );
    // No boundary: a little too long is kept whole rather than cut.
    expect(shorten('省级中小企业数字化改造财政专项激励试点区县')).toBe('省级中小企业数字化改造财政专项激励试点区县');
  });

  it('come from the nearest phrase that names something, and say whether that was the nearest', () => {
    expect(metricBefore('对首次认定的高新技术企业,每家给予')).toEqual({
      metric: '首次认定高新技术企业',
      nearestNames: false,
    });
    expect(metricBefore('全年实施科创强基项目')).toEqual({ metric: '科创强基项目', nearestNames: true });
  });

  it('read the noun after a count, but not the reward or a nested figure', () => {
    expect(metricAfter('以上项目纳入省级清单')).toBe('项目');
    expect(metricAfter('年产值超10亿元的“土特产”全产业链,')).toBe('“土特产”全产业链');
    expect(metricAfter('奖励。')).toBe('');
    expect(metricAfter('的补助;')).toBe('');
  });

  it('on the whole corpus: Simplified, short, without fillers, rarely empty', () => {
    const quantities = loadCorpus().documents.flatMap((d) => [
      ...d.sections.flatMap((s) => s.quantities),
      ...d.clauses.flatMap((c) => [...c.amounts, ...c.targets]),
    ]);
    expect(quantities.length).toBeGreaterThan(700);
    for (const { metric } of quantities) {
      expect(toSimplified(metric), metric).toBe(metric);
      expect(metric.length, metric).toBeLessThanOrEqual(MAX_METRIC + 4);
      expect(metric, metric).not.toMatch(/人民币|的|^[,、;:)对给]/);
    }
    expect(quantities.filter((q) => q.metric === '').length).toBeLessThan(5);
  });
});
