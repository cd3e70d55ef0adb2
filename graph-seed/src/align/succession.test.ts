import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { alignCorpus } from './alignCorpus';
import type { QuantityChange } from './quantityChanges';
import { corpusIdf } from './profiles';
import { succeed } from './succession';

let documents: PolicyDocument[];
let edges: GraphEdge[];
const newer = (n: number) => `330411-2025/c${n}`;
const older = (n: number) => `330411-2024-draft/c${n}`;
const firm = () => edges.filter((e) => e.type === 'SUCCEEDS' && e.properties.candidate === false);
const predecessors = (n: number) =>
  firm()
    .filter((e) => e.from === newer(n))
    .map((e) => e.to)
    .sort();
const successors = (n: number) =>
  firm()
    .filter((e) => e.to === older(n))
    .map((e) => e.from)
    .sort();

beforeAll(() => {
  documents = loadCorpus().documents;
  edges = alignCorpus(documents, createPolicyIdIndex(documents)).edges;
});

describe('succession 秀洲 2024 draft → 2025', () => {
  it('links a 2025 clause to every draft clause whose content went into it (many-to-one)', () => {
    // 持续做旺文旅消费: 文旅消费品牌 from 推进文化旅游融合发展, 工厂店 and 美食 from 改善传统消费.
    expect(predecessors(15)).toEqual(expect.arrayContaining([older(36), older(45)]));
    // 推进乡村产业振兴 gathers 科技强农 and 土特产.
    expect(predecessors(38)).toEqual(expect.arrayContaining([older(55), older(56)]));
  });

  it('links a draft clause to every 2025 clause it went into (one-to-many)', () => {
    // 打好外贸“稳拓调”组合拳: 百团千企 into 对外贸易, 进口贴息 into 出口风险.
    expect(successors(47)).toEqual(expect.arrayContaining([newer(27), newer(28)]));
    // 有序推进农业转移人口市民化: into 市民化 and 常住地提供基本公共服务.
    expect(successors(60)).toEqual(expect.arrayContaining([newer(41), newer(44)]));
  });

  it('links a clause whose text restates an older heading whole, whatever the rest shares', () => {
    // 持续做旺文旅消费 …立足于打造消费新场景: the draft's 打造消费新场景 (电商, 家居, 赛事) named by the 2025 text.
    expect(predecessors(15)).toContain(older(46));
  });

  it('links loosely worded pairs through the objects of their targets (successionFacts.ts)', () => {
    // “3个70%…提升至3个80%” carries the shares of land (draft 四, 不低于70%) and energy (draft 五, 不低于80%) given
    // to private investment.
    expect(predecessors(36)).toEqual(expect.arrayContaining([older(4), older(5)]));
    // 提升展会影响力 names the draft's 重点展会; 培育赛事经济新增长点 counts the 体育赛事 the draft would bring.
    expect(predecessors(30)).toContain(older(47));
    expect(predecessors(17)).toContain(older(46));
    // 以旧换新 is a 2025 programme: the draft's 新能源汽车 is named in it, but draft (四十五) is not its best counterpart.
    expect(predecessors(14)).toEqual([]);
  });

  it('needs more than one ordinary phrase: 工业用地有机更新 is not 设备更新 (推动工业 alone)', () => {
    expect(edges.some((e) => e.type === 'SUCCEEDS' && e.from === newer(8) && e.to === older(28))).toBe(false);
  });

  it('never pairs an appropriation on a neighbour alone: the 2024 budget clauses have no successor', () => {
    for (const budget of [2, 8, 19, 30, 39, 44, 50, 61]) expect(successors(budget)).toEqual([]);
  });

  it('says how much of the older text went over and whether the edge is a candidate', () => {
    const succeeds = edges.filter((e) => e.type === 'SUCCEEDS');
    for (const e of succeeds) {
      expect(e.properties.reproduction).toBeGreaterThanOrEqual(0);
      expect(e.properties.reproduction).toBeLessThanOrEqual(1);
      expect(typeof e.properties.candidate).toBe('boolean');
    }
    const copied = succeeds.find((e) => e.from === newer(6) && e.to === older(11));
    expect(copied?.properties.reproduction).toBeGreaterThan(0.6);
  });

  it('does not call a figure added that the newer clause took from another predecessor', () => {
    // 2025 (九) gathers 数字化改造 (draft 21) and 绿色化改造 (draft 22): the green rewards come from 22, not added to 21.
    const edge = firm().find((e) => e.from === newer(9) && e.to === older(21));
    const changes = JSON.parse(String(edge?.properties.changedQuantities)) as QuantityChange[];
    expect(changes.filter((c) => c.metric.includes('绿色工厂'))).toEqual([]);
    const green = firm().find((e) => e.from === newer(9) && e.to === older(22));
    const greenChanges = JSON.parse(String(green?.properties.changedQuantities)) as QuantityChange[];
    expect(greenChanges).toContainEqual(
      expect.objectContaining({ metric: '国家级绿色工厂和绿色园区', change: 'lowered' }),
    );
  });

  it('finds the same pairs without the measure pools when the texts say enough', () => {
    const [n, o] = ['330411-2025', '330411-2024-draft'].map((id) => documents.find((d) => d.policy.id === id)!);
    const alone = succeed(n!, o!, corpusIdf(documents)).map((e) => `${e.from}|${e.to}`);
    expect(alone).toContain(`${newer(6)}|${older(11)}`);
    expect(alone).toContain(`${newer(26)}|${older(42)}`);
  });
});
