/**
 * Departments through the real yoga app over the real corpus (issue 12 item 5, issue 14 item 3): load per document,
 * area leads, Simplified names with their spellings as written, merged aliases, one function across localities.
 */
import { toSimplified } from '@policy-cascade/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface Department {
  id: string;
  name: string;
  leadCount: number;
  supportCount: number;
  sectionLeadCount: number;
  asWritten: string[];
  mergedIds: string[];
  policies: { id: string }[];
  lead: { id: string }[];
}

const FIELDS = `id name leadCount supportCount sectionLeadCount asWritten mergedIds policies { id }
  lead: clauses(role: LEAD) { id }`;

async function departments(args: string): Promise<Department[]> {
  return (await data<{ departments: Department[] }>(api.yoga, `{ departments(${args}) { ${FIELDS} } }`)).departments;
}

describe('departments', () => {
  it('counts one document: 秀洲 by default its issued 2025 text, the 2024 draft only when asked', async () => {
    const current = await departments('regionCode: "330411"');
    expect(new Set(current.flatMap((d) => d.policies.map((p) => p.id)))).toEqual(new Set(['330411-2025']));
    expect(current.every((d) => d.lead.every((clause) => clause.id.startsWith('330411-2025/')))).toBe(true);
    const draft = await departments('regionCode: "330411", year: 2024');
    expect(new Set(draft.flatMap((d) => d.policies.map((p) => p.id)))).toEqual(new Set(['330411-2024-draft']));
    expect(await departments('policyId: "330411-2024-draft"')).toEqual(draft);
    const reform = (list: Department[]) => list.find((d) => d.id === '330411/发改局');
    expect(reform(current)?.leadCount).toBe(reform(current)?.lead.length);
    expect(reform(current)?.leadCount).not.toBe(reform(draft)?.leadCount);
  });

  it('names departments in Simplified, with the spellings as written beside them', async () => {
    const pinghu = await departments('regionCode: "330482"');
    expect(pinghu.every((d) => d.name === toSimplified(d.name))).toBe(true);
    expect(pinghu.find((d) => d.id === '330482/发改局')).toMatchObject({ name: '发改局', asWritten: ['發改局'] });
  });

  it('merges 区委人才办 into 区委组织部（区委人才办）', async () => {
    const draft = await departments('policyId: "330411-2024-draft"');
    expect(draft.map((d) => d.id)).not.toContain('330411/人才办');
    const organisation = draft.find((d) => d.id === '330411/组织部');
    expect(organisation?.mergedIds).toEqual(['330411/人才办']);
    expect(organisation?.asWritten).toEqual(expect.arrayContaining(['区委人才办', '区委组织部（区委人才办）']));
    expect(organisation?.name).toBe('区委组织部（区委人才办）');
  });

  it('counts area leads: 湖州 names departments per area only, and its area leads lead their clauses', async () => {
    const huzhou = await departments('regionCode: "330500"');
    expect(huzhou.every((d) => d.sectionLeadCount > 0 && d.leadCount > 0 && d.supportCount === 0)).toBe(true);
    expect(huzhou.reduce((sum, d) => sum + d.sectionLeadCount, 0)).toBe(8);
    const science = huzhou.find((d) => d.id === '330500/科技局');
    expect(science).toMatchObject({ name: '市科技局', sectionLeadCount: 1, leadCount: 9 });
  });

  it('counts a department reached from a clause in that clause’s document', async () => {
    const { clause } = await data(
      api.yoga,
      '{ clause(id: "330411-2024-draft/c1") { departments { department { id policies { id } leadCount } } } }',
    );
    const [first] = clause.departments;
    expect(first.department.policies).toEqual([{ id: '330411-2024-draft' }]);
    const draft = await departments('policyId: "330411-2024-draft"');
    expect(first.department.leadCount).toBe(draft.find((d) => d.id === first.department.id)?.leadCount);
  });

  it('says what is wrong with the arguments', async () => {
    const codeOf = async (args: string) =>
      (await gql(api.yoga, `{ departments(${args}) { id } }`)).errors?.[0]?.extensions?.code;
    expect(await codeOf('regionCode: "339999"')).toBe('NOT_FOUND');
    expect(await codeOf('policyId: "330411-2030"')).toBe('NOT_FOUND');
    expect(await codeOf('year: 2025')).toBe('BAD_USER_INPUT');
    expect(await departments('regionCode: "330411", year: 2019')).toEqual([]);
  });
});

describe('departmentFunction', () => {
  const QUERY = `query($key: String!, $year: Int) { departmentFunction(key: $key, year: $year) {
    function { key name } year localities { region { code } policies { id } departments { id }
      leadCount supportCount sectionLeadCount clauseCount lead { id } support { id } } } }`;

  it('puts 发改 of every locality side by side, leads and supports', async () => {
    const { departmentFunction } = await data(api.yoga, QUERY, { key: 'development-reform' });
    expect(departmentFunction.function).toEqual({ key: 'development-reform', name: '发改局' });
    const rows = departmentFunction.localities;
    expect(rows.map((row: { region: { code: string } }) => row.region.code)).toEqual([
      '330411',
      '330481',
      '330482',
      '330500',
    ]);
    for (const row of rows) {
      expect(row.leadCount).toBe(row.lead.length);
      expect(row.supportCount).toBe(row.support.length);
      expect(row.leadCount + row.supportCount).toBeGreaterThan(0);
      expect(row.leadCount + row.supportCount).toBeLessThanOrEqual(row.clauseCount);
    }
    const xiuzhou = await departments('regionCode: "330411"');
    expect(rows[0].leadCount).toBe(xiuzhou.find((d) => d.id === '330411/发改局')?.leadCount);
    expect(rows[3].departments).toEqual([{ id: '330500/发改局' }]);
  });

  it('takes a department name for its function, and a year', async () => {
    const byName = await data(api.yoga, QUERY, { key: '發展和改革局' });
    const byKey = await data(api.yoga, QUERY, { key: 'development-reform' });
    expect(byName).toEqual(byKey);
    const drafts = await data(api.yoga, QUERY, { key: 'science', year: 2024 });
    expect(drafts.departmentFunction.localities.map((row: { policies: { id: string }[] }) => row.policies)).toEqual([
      [{ id: '330411-2024-draft' }],
    ]);
    const bad = await gql(api.yoga, QUERY, { key: '不存在' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { departmentFunctions } = await data(api.yoga, '{ departmentFunctions { key name } }');
    expect(departmentFunctions).toContainEqual({ key: 'science', name: '科技局' });
  });
});
