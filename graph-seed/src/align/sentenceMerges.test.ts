import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge } from '../model/graph';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { alignCorpus, type AlignmentResult } from './alignCorpus';

let result: AlignmentResult;
const titleOf = (id: string) => String(result.nodes.find((n) => n.id === id)?.properties.title ?? '');
const up = (from: string): GraphEdge[] => result.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === from);
/** The titles of the provincial clauses a clause reaches, directly or through 嘉兴's inferred clause. */
const provincial = (from: string) =>
  [...new Set(up(from).flatMap((e) => (e.to.startsWith('330000-2025/') ? [e.to] : up(e.to).map((city) => city.to))))]
    .map(titleOf)
    .sort();

beforeAll(() => {
  const { documents } = loadCorpus();
  result = alignCorpus(documents, createPolicyIdIndex(documents));
});

describe('sub-clause matching', () => {
  it('finds the measures a clause merges in one of its sentences', () => {
    // 海宁 (十三) 持续做旺文体旅消费: 追潮马拉松、国家级体育赛事 and 演艺机构、驻场演出.
    expect(provincial('330481-2025/c13')).toEqual(['培育赛事经济新增长点', '持续做旺文体旅消费', '支持演艺经济发展']);
    // 湖州 (二) 强化企业科技创新主体地位: 高新技术企业, 创新联合体, 研发准备金.
    expect(provincial('330500-2025/c2')).toEqual([
      '培育壮大企业创新主体',
      '支持企业加大研发投入',
      '支持开展关键核心技术攻关',
    ]);
    expect(provincial('330500-2025/c30')).toContain('加力推动跨境电商高质量发展');
    // 海宁 (八) ends with 支持企业开展“三首”产品…制造业企业技术中心.
    expect(provincial('330481-2025/c8')).toContain('强化科技创新和产业创新深度融合');
  });

  it('says the sentence it found, as method and evidence', () => {
    const sports = up('330481-2025/c13').find((e) => titleOf(e.to) === '培育赛事经济新增长点');
    expect(sports?.properties).toMatchObject({ method: 'sentence', candidate: false });
    expect((sports?.properties.evidence as string[]).join()).toContain('国家级体育赛事');
  });

  it('leaves a passing mention alone, and a second clause where the locality has its own', () => {
    // 平湖 (二十三) 依托沪乍杭铁路…加快建设多式联运体系: a railway named, no rail measure carried.
    expect(provincial('330482-2025/c23')).not.toContain('加快建设“轨道上的浙江”');
    // 秀洲 (五) names the 科创平台“伙伴计划” that its (一) carries.
    expect(provincial('330411-2025/c5')).toEqual(['打通人才有序流动通道']);
  });

  it('gives a clause in no measure the measures its sentences clearly say, and leaves local additions alone', () => {
    expect(provincial('330500-2025/c38')).toEqual(['更大力度营造投资环境']);
    expect(provincial('330500-2025/c27')).toEqual(['降低全社会物流成本']);
    for (const local of ['330500-2025/c3', '330500-2025/c5', '330500-2025/c15', '330500-2025/c37', '330411-2025/c23'])
      expect(up(local)).toEqual([]);
  });

  it('makes a measure of a clause in none and the sentence of another locality that says it', () => {
    // 湖州 (四十三) 深入实施城乡有机更新 and 秀洲 (四十) 统筹推进城乡风貌样板区、未来社区和美丽城镇建设.
    expect(provincial('330500-2025/c43')).toEqual(['深入实施城乡有机更新']);
    expect(provincial('330411-2025/c40')).toEqual(['推进以县城为重要载体的城镇化建设', '深入实施城乡有机更新']);
  });
});
