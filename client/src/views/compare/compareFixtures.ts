/**
 * A Compare answer shaped like schema/analysis.graphql, cut down from the real corpus for measure 330000-2025/c1
 * (推动高能级科创平台提质增效): the reward for a new 省级科技企业孵化器 is 秀洲 25万元, 海宁 150万元, 平湖 100万元,
 * 湖州 10万元 (DESIGN.md §1); for a 国家级 one 秀洲 50万元, 海宁 300万元, 平湖 150万元, 湖州 30万元. The server keys
 * the two levels apart (comparableKeys.ts), so each has its own line and chart; 海宁's 嘉兴市级 50万元 has no peer.
 */
import type { ComparedQuantity, ComparisonRow, CompareData, MeasuresData } from './compareOperations';

type Level = 'PROVINCE' | 'CITY' | 'COUNTY';
const province = { code: '330000', name: '浙江省', level: 'PROVINCE' as Level, parent: null };

/** A region as the RegionFields fragment gives it: a county's parent is its city, a city's the province. */
function region(code: string, name: string, level: Level) {
  return { code, name, level, parent: { code: level === 'COUNTY' ? `${code.slice(0, 4)}00` : '330000' } };
}

function policy(id: string, title: string, year: number, stub = false, status: 'ISSUED' | 'DRAFT' = 'ISSUED') {
  return { id, title, docNumber: null, year, status, stub, region: null };
}

function quantity(
  id: string,
  metric: string,
  wan: number,
  text: string,
  compared: { key?: string; median?: number; outlier?: boolean } = {},
): ComparedQuantity {
  const normalizedValue = wan * 10_000;
  return {
    quantity: {
      id,
      kind: 'SUBSIDY',
      role: 'FIXED',
      approximate: false,
      from: null,
      metric,
      value: wan,
      unit: '万元',
      qualifier: null,
      normalizedValue,
      normalizedUnit: '元',
      text,
    },
    comparableKey: compared.key ?? null,
    peerMedian: compared.median ?? null,
    ratioToMedian: compared.median ? normalizedValue / compared.median : null,
    outlier: compared.outlier ?? false,
  };
}

const PROVINCIAL = 'SUBSIDY|元|省级|省级科技企业孵化器';
const MEDIAN = 625_000;
const NATIONAL = 'SUBSIDY|元|国家级|国家级科技企业孵化器';
const NATIONAL_MEDIAN = 1_000_000;

function row(
  code: string,
  name: string,
  level: Level,
  clauseId: string,
  title: string,
  quantities: ComparedQuantity[],
): ComparisonRow {
  const policyId = clauseId.split('/')[0] ?? '';
  return {
    clause: { id: clauseId, label: '(一)', title },
    policy: {
      ...policy(policyId, `${name}推动经济高质量发展若干政策(2025年版)`, 2025),
      region: region(code, name, level),
    },
    region: region(code, name, level),
    year: 2025,
    quantities,
  };
}

const measureClause = {
  id: '330000-2025/c1',
  label: '',
  title: '推动高能级科创平台提质增效',
  inferred: false,
  policy: { ...policy('330000-2025', '浙江省关于推动经济高质量发展若干政策(2025年版)', 2025, true), region: province },
};

const xiuzhou = region('330411', '秀洲区', 'COUNTY');

const xiuzhou2024 = {
  id: '330411-2024-draft/c12',
  label: '12.',
  title: '提升高能级科创平台建设质效',
  inferred: false,
  policy: {
    ...policy(
      '330411-2024-draft',
      '嘉兴市秀洲区贯彻浙江省和嘉兴市推动经济高质量发展若干政策承接落实方案',
      2024,
      false,
      'DRAFT',
    ),
    region: xiuzhou,
  },
};

const changes2024to2025 = [
  { kind: 'REMOVED' as const, metric: '全国重点实验室分中心(分室)', unit: '元', before: 1_500_000, after: null },
  { kind: 'LOWERED' as const, metric: '省重点实验室', unit: '元', before: 1_000_000, after: 500_000 },
];

const rows: ComparisonRow[] = [
  {
    clause: { id: measureClause.id, label: '', title: measureClause.title },
    policy: measureClause.policy,
    region: province,
    year: 2025,
    quantities: [],
  },
  row('330500', '湖州市', 'CITY', '330500-2025/c1', '推動高能級科創平臺提質增效', [
    quantity('330500-2025/c1/t0', '国家级科技企业孵化器', 30, '最高30萬元', {
      key: NATIONAL,
      median: NATIONAL_MEDIAN,
      outlier: true,
    }),
    quantity('330500-2025/c1/t1', '省级科技企业孵化器', 10, '10萬元', {
      key: PROVINCIAL,
      median: MEDIAN,
      outlier: true,
    }),
  ]),
  row('330411', '秀洲区', 'COUNTY', '330411-2025/c1', '推動高能級科創平臺提質增效', [
    quantity('330411-2025/c1/t2', '国家级科技企业孵化器', 50, '50萬元', { key: NATIONAL, median: NATIONAL_MEDIAN }),
    quantity('330411-2025/c1/t3', '省级科技企业孵化器', 25, '25萬元', {
      key: PROVINCIAL,
      median: MEDIAN,
      outlier: true,
    }),
  ]),
  row('330481', '海宁市', 'COUNTY', '330481-2025/c1', '推动高能级科创平台提质增效', [
    quantity('330481-2025/c1/t2', '国家级科技企业孵化器', 300, '300万元', {
      key: NATIONAL,
      median: NATIONAL_MEDIAN,
      outlier: true,
    }),
    quantity('330481-2025/c1/t3', '省级科技企业孵化器', 150, '150万元', {
      key: PROVINCIAL,
      median: MEDIAN,
      outlier: true,
    }),
    quantity('330481-2025/c1/t4', '嘉兴市级科技企业孵化器', 50, '50万元'),
  ]),
  row('330482', '平湖市', 'COUNTY', '330482-2025/c1', '推動高能級科創平臺提質增效', [
    quantity('330482-2025/c1/t2', '国家级科技企业孵化器的民营企业', 150, '最高150萬元', {
      key: NATIONAL,
      median: NATIONAL_MEDIAN,
    }),
    quantity('330482-2025/c1/t3', '省级科技企业孵化器的民营企业', 100, '100萬元', { key: PROVINCIAL, median: MEDIAN }),
  ]),
];

const xiuzhou2025 = {
  id: '330411-2025/c1',
  label: '(一)',
  title: '推動高能級科創平臺提質增效',
  inferred: false,
  policy: { ...policy('330411-2025', '秀洲區推動經濟高質量發展若干政策(2025年版)', 2025), region: xiuzhou },
};

/** 秀洲 2024 draft → 2025: the server gives it for the measure (its row 秀洲 2025 replaces the draft's clause). */
const successions = [{ older: xiuzhou2024, newer: xiuzhou2025, changes: changes2024to2025 }];

/** compare(clauseId: the measure): the measure is the clause itself, with its implementers' successions. */
export const compareAnswer: CompareData = {
  compare: { clause: measureClause, measure: measureClause, rows, successions },
};

/** compare(clauseId: 秀洲's clause): the measure above it, and its own succession. */
export const compareXiuzhouAnswer: CompareData = {
  compare: { clause: xiuzhou2025, measure: measureClause, rows, successions },
};

export const measuresAnswer: MeasuresData = {
  policy: {
    id: '330000-2025',
    clauses: [
      {
        id: '330000-2025/c1',
        label: '',
        title: '推动高能级科创平台提质增效',
        ordinal: 1,
        section: { id: '330000-2025/s1', label: '一、', title: '推进教育科技人才一体发展' },
      },
      {
        id: '330000-2025/c9',
        label: '',
        title: '支持企业技术改造',
        ordinal: 9,
        section: { id: '330000-2025/s2', label: '二、', title: '推动产业高质量发展' },
      },
    ],
  },
};
