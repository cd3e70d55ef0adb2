/**
 * Answers shaped exactly like schema/analysis.graphql and clause.graphql for the cascade tests, cut down from what the
 * real corpus gives for 推动高能级科创平台提质增效 (海宁 c1): the inferred provincial and Jiaxing clauses, Huzhou, and
 * the three Jiaxing localities; evidence and scores as the aligner produced them.
 */
import type { ClauseCard, RegionLevel } from '../../api/fragments';
import type { ClauseDetails } from '../clause/clauseQuery';
import type { CascadeData } from './cascadeQuery';

const places: Record<string, [string, RegionLevel, string | null]> = {
  '330000': ['浙江省', 'PROVINCE', null],
  '330400': ['嘉兴市', 'CITY', '330000'],
  '330500': ['湖州市', 'CITY', '330000'],
  '330411': ['秀洲区', 'COUNTY', '330400'],
  '330481': ['海宁市', 'COUNTY', '330400'],
  '330482': ['平湖市', 'COUNTY', '330400'],
};

export function card(id: string, title: string, label = '(一)'): ClauseCard {
  const policyId = id.split('/')[0]!;
  const code = policyId.slice(0, 6);
  const [name, level, parent] = places[code]!;
  const stub = code === '330000' || code === '330400';
  return {
    id,
    label: stub ? '' : label,
    title,
    inferred: stub,
    policy: {
      id: policyId,
      title: `${name}推动经济高质量发展若干政策(2025年版)`,
      docNumber: stub ? (code === '330000' ? '浙政发〔2025〕3号' : '嘉政发〔2025〕6号') : null,
      year: 2025,
      status: stub ? null : 'ISSUED',
      stub,
      region: { code, name, level, parent: parent ? { code: parent } : null },
    },
  };
}

const T = '推动高能级科创平台提质增效';
const TT = '推動高能級科創平臺提質增效';
const implementsEdge = (from: string, to: string, score: number) => ({
  id: `IMPLEMENTS:${from}->${to}`,
  type: 'IMPLEMENTS' as const,
  from,
  to,
  score,
  method: 'inferred-skeleton',
  evidence: ['推动高能级科创平台提质增效'],
  merged: false,
  candidate: false,
  inheritedFrom: null,
  origin: 'MACHINE' as const,
  review: null,
});

export const kechuangCascade: CascadeData = {
  root: card('330481-2025/c1', T),
  direction: 'BOTH',
  depth: 2,
  nodes: [
    { distance: -2, clause: card('330000-2025/c1', T) },
    { distance: -1, clause: card('330400-2025/c1', T) },
    { distance: 0, clause: card('330411-2025/c1', TT) },
    { distance: 0, clause: card('330481-2025/c1', T) },
    { distance: 0, clause: card('330482-2025/c1', TT) },
    { distance: 0, clause: card('330500-2025/c1', TT) },
  ],
  edges: [
    implementsEdge('330400-2025/c1', '330000-2025/c1', 1),
    implementsEdge('330500-2025/c1', '330000-2025/c1', 0.57),
    implementsEdge('330411-2025/c1', '330400-2025/c1', 0.87),
    implementsEdge('330481-2025/c1', '330400-2025/c1', 0.92),
    implementsEdge('330482-2025/c1', '330400-2025/c1', 0.92),
    {
      id: 'CORRESPONDS_TO:330481-2025/c1->330482-2025/c1',
      type: 'CORRESPONDS_TO',
      from: '330481-2025/c1',
      to: '330482-2025/c1',
      score: 0.921,
      method: 'ngram+area+order',
      evidence: ['建立重大科创平台考核评价支持淘汰机制支持创新能力突出的企业', '牵头建设全省重点实验室'],
      merged: false,
      candidate: false,
      inheritedFrom: null,
      origin: 'MACHINE',
      review: null,
    },
  ],
};

/** The one-level cascade of 湖州 c1 (double-click): adds its peer 湖州 c4. */
export const huzhouExpansion: CascadeData = {
  root: card('330500-2025/c1', TT),
  direction: 'BOTH',
  depth: 1,
  nodes: [
    { distance: -1, clause: card('330000-2025/c1', T) },
    { distance: 0, clause: card('330500-2025/c1', TT) },
    { distance: 0, clause: card('330500-2025/c4', '提升科創孵化載體質效', '(四)') },
  ],
  edges: [
    implementsEdge('330500-2025/c1', '330000-2025/c1', 0.57),
    {
      id: 'CORRESPONDS_TO:330500-2025/c1->330500-2025/c4',
      type: 'CORRESPONDS_TO',
      from: '330500-2025/c1',
      to: '330500-2025/c4',
      score: 0.41,
      method: 'ngram+area+order',
      evidence: ['科技企业孵化器'],
      merged: true,
      candidate: false,
      inheritedFrom: null,
      origin: 'MACHINE',
      review: null,
    },
  ],
};

const haining = card('330481-2025/c1', T);
export const hainingDetails: ClauseDetails = {
  ...haining,
  text: '推动高能级科创平台提质增效。实施科创平台伙伴计划。支持创新能力突出的企业牵头建设全省重点实验室,新认定的给予每家100万元补助。新认定的国家级、省级科技企业孵化器分别给予300万元、150万元奖励。(责任单位:市科技局、市财政局)',
  textSimplified:
    '推动高能级科创平台提质增效。实施科创平台伙伴计划。支持创新能力突出的企业牵头建设全省重点实验室,新认定的给予每家100万元补助。新认定的国家级、省级科技企业孵化器分别给予300万元、150万元奖励。(责任单位:市科技局、市财政局)',
  sourceLine: 31,
  localAddition: false,
  support: null,
  inferredFrom: [],
  offers: [],
  policy: { ...haining.policy, docNumber: '海政发〔2025〕10号', sourceFile: '330481-haining-2025.txt' },
  section: { id: '330481-2025/s1', label: '一、', title: '科技创新' },
  departments: [
    { role: 'LEAD', rank: 1, department: { id: '330481/科技局', name: '市科技局', canonicalName: '科技局' } },
    { role: 'SUPPORT', rank: 2, department: { id: '330481/财政局', name: '市财政局', canonicalName: '财政局' } },
  ],
  programs: [{ id: '科创平台伙伴计划', name: '科创平台伙伴计划', kind: '计划' }],
  amounts: [
    quantity('t1', '全省重点实验室', 100, '100万元'),
    quantity('t2', '国家级科技企业孵化器', 300, '300万元'),
    quantity('t3', '省级科技企业孵化器', 150, '150万元'),
  ],
  targets: [],
  implements: [
    {
      type: 'IMPLEMENTS',
      score: 0.92,
      method: 'inferred-skeleton',
      evidence: ['推动高能级科创平台提质增效'],
      reproduction: null,
      merged: false,
      candidate: false,
      inheritedFrom: null,
      origin: 'MACHINE',
      review: null,
      changedQuantities: [],
      againstOffers: [
        {
          quantity: { id: '330481-2025/c1/t2', text: '300万元', normalizedValue: 3_000_000, normalizedUnit: '元' },
          offer: { metric: '国家级科技企业孵化器', median: 500_000, unit: '元' },
          position: 'HIGHER',
        },
      ],
      clause: card('330400-2025/c1', T),
    },
  ],
  implementedBy: [],
  correspondsTo: [
    {
      type: 'CORRESPONDS_TO',
      score: 0.921,
      method: 'ngram+area+order',
      evidence: ['建立重大科创平台考核评价支持淘汰机制支持创新能力突出的企业', '牵头建设全省重点实验室'],
      reproduction: 0.735,
      merged: false,
      candidate: false,
      inheritedFrom: null,
      origin: 'MACHINE',
      review: null,
      changedQuantities: [
        { kind: 'RAISED', metric: '省级科技企业孵化器', unit: '元', before: 1_000_000, after: 1_500_000 },
      ],
      againstOffers: [],
      clause: card('330482-2025/c1', TT),
    },
  ],
  succeeds: [],
  succeededBy: [],
};

function quantity(n: string, metric: string, wan: number, text: string) {
  return {
    id: `330481-2025/c1/${n}`,
    kind: 'SUBSIDY' as const,
    role: 'FIXED' as const,
    approximate: false,
    from: null,
    metric,
    value: wan,
    unit: '万元',
    qualifier: null,
    normalizedValue: wan * 10_000,
    normalizedUnit: '元',
    text,
  };
}
