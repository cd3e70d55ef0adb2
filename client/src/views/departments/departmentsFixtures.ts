/** Answers shaped like the SDL, cut down from the real corpus for 秀洲区 (330411). */
import type { DepartmentClause, DepartmentsData, RegionsData } from './departmentsOperations';

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

export const departmentsAnswer: DepartmentsData = {
  departments: [
    {
      id: '330411/经商局',
      name: '区经商局',
      canonicalName: '经商局',
      functions: ['economy', 'commerce'],
      leadCount: 3,
      supportCount: 1,
      lead: [
        clause(issued, 10, '支持企業技術改造'),
        clause(issued, 1, '推動高能級科創平臺提質增效'),
        clause(draft, 12, '提升高能级科创平台建设质效'),
      ],
      support: [clause(issued, 3, '支持科技型企業研發')],
    },
    {
      id: '330411/发改局',
      name: '区发改局',
      canonicalName: '发改局',
      functions: ['development'],
      leadCount: 1,
      supportCount: 1,
      lead: [clause(issued, 2, '強化重大項目要素保障')],
      support: [clause(issued, 1, '推動高能級科創平臺提質增效')],
    },
  ],
};
