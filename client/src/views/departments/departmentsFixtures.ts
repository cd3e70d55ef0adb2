/** Answers shaped like the SDL, cut down from the real corpus for 秀洲区 (330411). */
import type { DepartmentClause, DepartmentsData, FunctionComparison, RegionsData } from './departmentsOperations';

export const regionsAnswer: RegionsData = {
  regions: [
    { code: '330000', name: '浙江省', level: 'PROVINCE', parent: null },
    { code: '330400', name: '嘉兴市', level: 'CITY', parent: { code: '330000' } },
    { code: '330411', name: '秀洲区', level: 'COUNTY', parent: { code: '330400' } },
    { code: '330481', name: '海宁市', level: 'COUNTY', parent: { code: '330400' } },
  ],
};

const draft = {
  id: '330411-2024-draft',
  title: '嘉兴市秀洲区贯彻浙江省和嘉兴市推动经济高质量发展若干政策承接落实方案',
  year: 2024,
  status: 'DRAFT' as const,
};
const issued = {
  id: '330411-2025',
  title: '秀洲區推動經濟高質量發展若干政策(2025年版)',
  year: 2025,
  status: 'ISSUED' as const,
};

function clause(policy: typeof draft | typeof issued, ordinal: number, title: string): DepartmentClause {
  const label = policy === issued ? `(${'一二三四五六七八九十'[ordinal - 1] ?? ordinal})` : `${ordinal}.`;
  return { id: `${policy.id}/c${ordinal}`, label, title, ordinal, policy };
}

const counted = { asWritten: [] as string[], mergedIds: [] as string[], sectionLeadCount: 0, requestCount: 0 };

/** 秀洲's latest issued document (the default): names in Simplified, the Traditional spellings as written. */
export const departmentsAnswer: DepartmentsData = {
  departments: [
    {
      ...counted,
      id: '330411/经商局',
      name: '区经商局',
      canonicalName: '经商局',
      functions: ['commerce', 'economy'],
      asWritten: ['區經商局'],
      sectionLeadCount: 2,
      policies: [issued],
      leadCount: 2,
      supportCount: 1,
      lead: [clause(issued, 10, '支持企業技術改造'), clause(issued, 1, '推動高能級科創平臺提質增效')],
      support: [clause(issued, 3, '支持科技型企業研發')],
    },
    {
      ...counted,
      id: '330411/发改局',
      name: '区发改局',
      canonicalName: '发改局',
      functions: ['development-reform'],
      asWritten: ['區發改局'],
      policies: [issued],
      leadCount: 1,
      supportCount: 1,
      lead: [clause(issued, 2, '強化重大項目要素保障')],
      support: [clause(issued, 1, '推動高能級科創平臺提質增效')],
    },
    {
      ...counted,
      id: '330411/组织部',
      name: '区委组织部(区委人才办)',
      canonicalName: '组织部',
      functions: ['organization', 'talent'],
      asWritten: ['區委組織部(區委人才辦)'],
      mergedIds: ['330411/人才办'],
      policies: [issued],
      leadCount: 1,
      supportCount: 0,
      lead: [clause(issued, 8, '加強人才引育')],
      support: [],
    },
  ],
};

/** The same region's 2024 draft, chosen in the document picker: counted on its own. */
export const departmentsDraftAnswer: DepartmentsData = {
  departments: [
    {
      ...counted,
      id: '330411/经商局',
      name: '区经商局',
      canonicalName: '经商局',
      functions: ['commerce', 'economy'],
      asWritten: ['区经商局'],
      policies: [draft],
      leadCount: 1,
      supportCount: 0,
      lead: [clause(draft, 12, '提升高能级科创平台建设质效')],
      support: [],
    },
  ],
};

export const regionPoliciesAnswer = {
  region: {
    policies: [
      { ...draft, stub: false },
      { ...issued, stub: false },
    ],
  },
};

export const functionsAnswer = {
  departmentFunctions: [
    { key: 'development-reform', name: '发改局' },
    { key: 'commerce', name: '经商局' },
    { key: 'economy', name: '经信局' },
  ],
};

/** 发改 in the corpus's four localities (departmentFunction(key: "发改局")), cut to one clause each. */
export const developmentReformAnswer: { departmentFunction: FunctionComparison } = {
  departmentFunction: {
    function: { key: 'development-reform', name: '发改局' },
    year: null,
    localities: [
      locality('330411', '秀洲区', 'COUNTY', '区发改局', '區發改局', 10, 14, 51),
      locality('330481', '海宁市', 'COUNTY', '市发改局', '市发改局', 9, 12, 43),
      locality('330482', '平湖市', 'COUNTY', '发改局', '發改局', 9, 15, 50),
      locality('330500', '湖州市', 'CITY', '市发展改革委', '市發展改革委', 12, 0, 52),
    ],
  },
};

function locality(
  code: string,
  name: string,
  level: 'CITY' | 'COUNTY',
  department: string,
  written: string,
  leadCount: number,
  supportCount: number,
  clauseCount: number,
) {
  const policy = {
    id: `${code}-2025`,
    title: `${name}推动经济高质量发展若干政策(2025年版)`,
    year: 2025,
    status: 'ISSUED' as const,
  };
  return {
    region: { code, name, level, parent: { code: level === 'COUNTY' ? `${code.slice(0, 4)}00` : '330000' } },
    policies: [policy],
    departments: [{ id: `${code}/发改局`, name: department, asWritten: [written] }],
    leadCount,
    supportCount,
    sectionLeadCount: 2,
    clauseCount,
    lead: [{ id: `${code}-2025/c2`, label: '(二)', title: '强化重大项目要素保障', ordinal: 2 }],
    support: [],
  };
}
