/**
 * Answers shaped exactly like schema/analysis.graphql for the coverage tests, cut down from what the real corpus
 * gives for 浙政发〔2025〕3号 (measures c1, c8, c9; 秀洲 and 海宁).
 */
import type { CoverageData, GapsData, GapsExportData } from './coverageOperations';
import type { SuperiorPoliciesData } from './superiorPolicies';

const region = (code: string, name: string, level: 'PROVINCE' | 'CITY' | 'COUNTY') => ({ code, name, level });

export const superiorsAnswer: SuperiorPoliciesData = {
  policies: {
    edges: [
      {
        node: {
          id: '330400-2025',
          title: '嘉兴市关于推动经济高质量发展若干政策(2025年版)',
          docNumber: '嘉政发〔2025〕6号',
          stub: true,
          region: region('330400', '嘉兴市', 'CITY'),
          implementedBy: [{ id: '330411-2025' }],
        },
      },
      {
        node: {
          id: '330000-2025',
          title: '浙江省关于推动经济高质量发展若干政策(2025年版)',
          docNumber: '浙政发〔2025〕3号',
          stub: true,
          region: region('330000', '浙江省', 'PROVINCE'),
          implementedBy: [{ id: '330411-2025' }, { id: '330481-2025' }],
        },
      },
      {
        node: {
          id: '330411-2025',
          title: '秀洲區推動經濟高質量發展若干政策(2025年版)',
          docNumber: null,
          stub: false,
          region: region('330411', '秀洲区', 'COUNTY'),
          implementedBy: [],
        },
      },
    ],
  },
};

const section1 = { id: '330000-2025/s1', label: '一、', title: '推进教育科技人才一体发展' };
const section2 = { id: '330000-2025/s2', label: '二、', title: '推动产业高质量发展' };
const measure = (n: number, title: string, section: typeof section1) => ({
  id: `330000-2025/c${n}`,
  label: '',
  title,
  ordinal: n,
  inferred: true,
  section,
});

export const coverageAnswer: CoverageData = {
  coverage: {
    policy: { id: '330000-2025', title: '浙江省关于推动经济高质量发展若干政策(2025年版)', docNumber: '浙政发〔2025〕3号' },
    measures: [
      measure(1, '推动高能级科创平台提质增效', section1),
      measure(8, '促进高等教育高质量发展', section1),
      measure(9, '支持企业技术改造', section2),
    ],
    localities: [
      {
        policy: { id: '330411-2025', title: '秀洲區推動經濟高質量發展若干政策(2025年版)', year: 2025, partial: false },
        region: { code: '330411', name: '秀洲区' },
        carried: 2,
        total: 3,
        share: 2 / 3,
      },
      {
        policy: {
          id: '330481-2025',
          title: '海宁市贯彻《浙江省关于推动经济高质量发展若干政策(2025年版)》承接落实方案',
          year: 2025,
          partial: false,
        },
        region: { code: '330481', name: '海宁市' },
        carried: 3,
        total: 3,
        share: 1,
      },
    ],
    cells: [
      cell(1, '330411-2025', 'CARRIED', [{ id: '330411-2025/c1', label: '(一)', title: '推動高能級科創平臺提質增效' }]),
      cell(1, '330481-2025', 'CARRIED', [{ id: '330481-2025/c1', label: '(一)', title: '推动高能级科创平台提质增效' }]),
      cell(8, '330411-2025', 'NOT_CARRIED', []),
      cell(8, '330481-2025', 'MERGED', [{ id: '330481-2025/c7', label: '(七)', title: '支持高校和科研院所发展' }]),
      cell(9, '330411-2025', 'CARRIED', [{ id: '330411-2025/c9', label: '(九)', title: '支持企業技術改造' }]),
      cell(9, '330481-2025', 'CARRIED', [{ id: '330481-2025/c9', label: '(九)', title: '支持企业技术改造' }]),
    ],
  },
};

function cell(
  n: number,
  policyId: string,
  status: 'CARRIED' | 'MERGED' | 'NOT_CARRIED',
  clauses: { id: string; label: string; title: string }[],
) {
  return { measureId: `330000-2025/c${n}`, policyId, status, clauses };
}

export const gapsAnswer: GapsData = {
  gaps: {
    superior: { id: '330000-2025', title: '浙江省关于推动经济高质量发展若干政策(2025年版)', docNumber: '浙政发〔2025〕3号' },
    locality: { id: '330411-2025', title: '秀洲區推動經濟高質量發展若干政策(2025年版)' },
    region: { code: '330411', name: '秀洲区' },
    share: 2 / 3,
    gaps: [
      {
        id: '330000-2025/c8',
        label: '',
        title: '促进高等教育高质量发展, 建设"双一流"高校',
        ordinal: 8,
        section: { label: '一、', title: '推进教育科技人才一体发展' },
      },
    ],
  },
};

/** The coverage again as the gaps CSV asks for it: each carrying clause with its alignment edges (海宁 c7 merges c8). */
export const gapsExportAnswer: GapsExportData = {
  coverage: {
    ...coverageAnswer.coverage!,
    localities: coverageAnswer.coverage!.localities.map(({ policy, region }) => ({ policy, region })),
    cells: coverageAnswer.coverage!.cells.map((c) => ({
      ...c,
      candidate: null,
      clauses: c.clauses.map((clause) => ({
        ...clause,
        implements: [
          {
            score: clause.id === '330481-2025/c7' ? 0.612 : 0.9,
            merged: clause.id === '330481-2025/c7',
            // Through 嘉兴's inferred clause, as Jiaxing's counties reach the province.
            clause: { id: '330400-2025/c8', implements: [{ clause: { id: c.measureId } }] },
          },
        ],
      })),
    })),
  },
};

/**
 * The export again with 秀洲's gap c8 reached by a candidate: its (十二) matches the measure only weakly (0.1184),
 * below the alignment's candidate threshold, so the cell stays NOT_CARRIED and names the clause.
 */
export const gapsExportWithCandidateAnswer: GapsExportData = {
  coverage: {
    ...gapsExportAnswer.coverage!,
    cells: gapsExportAnswer.coverage!.cells.map((c) =>
      c.measureId === '330000-2025/c8' && c.policyId === '330411-2025'
        ? { ...c, candidate: { score: 0.1184, clause: { id: '330411-2025/c12', label: '(十二)', title: '支持高校發展' } } }
        : c,
    ),
  },
};

/** The same matrix after importing 南湖's two-area sample: a partial text that carried only measure 1. */
export const coverageWithPartialAnswer: CoverageData = {
  coverage: {
    ...coverageAnswer.coverage!,
    localities: [
      ...coverageAnswer.coverage!.localities,
      {
        policy: { id: '330402-2025', title: '南湖区推动经济高质量发展若干政策(2025年版)', year: 2025, partial: true },
        region: { code: '330402', name: '南湖区' },
        carried: 1,
        total: 3,
        share: 1 / 3,
      },
    ],
    cells: [
      ...coverageAnswer.coverage!.cells,
      cell(1, '330402-2025', 'CARRIED', [{ id: '330402-2025/c1', label: '(一)', title: '推动高能级科创平台提质增效' }]),
      cell(8, '330402-2025', 'NOT_CARRIED', []),
      cell(9, '330402-2025', 'NOT_CARRIED', []),
    ],
  },
};
