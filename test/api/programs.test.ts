/** Programs through the real yoga app over the real corpus: mentions outside clauses, and one program per name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface ProgramView {
  id: string;
  name: string;
  aliases: string[];
  clauses: { id: string }[];
  sections: { id: string }[];
  requests: { id: string }[];
  adoptions: { policy: { id: string }; clauseCount: number }[];
}

const QUERY = `{ programs { id name aliases clauses { id } sections { id } requests { id }
  adoptions { policy { id } clauseCount } } }`;

describe('programs', () => {
  it('finds programs in area preambles and annex rows, adopted by the documents that name them there', async () => {
    const programs: ProgramView[] = (await data(api.yoga, QUERY)).programs;
    const byId = new Map(programs.map((p) => [p.id, p]));
    const project3119 = byId.get('3119工程');
    expect(project3119?.sections.map((s) => s.id)).toEqual(['330411-2024-draft/s1']);
    expect(project3119?.adoptions).toEqual([{ policy: { id: '330411-2024-draft' }, clauseCount: 0 }]);
    expect(byId.get('凤凰行动')?.sections.map((s) => s.id)).toEqual(['330500-2025/s2']);
    expect(byId.get('尖兵领雁科技计划')?.requests.map((r) => r.id)).toEqual(
      expect.arrayContaining(['330411-2024-draft/r6', '330482-2025/r1']),
    );
  });

  it('merges near-duplicate names into one program with its aliases', async () => {
    const programs: ProgramView[] = (await data(api.yoga, QUERY)).programs;
    const byId = new Map(programs.map((p) => [p.id, p]));
    expect(byId.has('千项万亿项目')).toBe(false);
    expect(byId.get('千项万亿工程')).toMatchObject({ name: '“千项万亿”工程', aliases: ['“千项万亿”项目'] });
    expect(byId.get('千项万亿工程')?.clauses.map((c) => c.id)).toEqual(
      expect.arrayContaining(['330411-2025/c21', '330481-2025/c17', '330481-2025/c31']),
    );
    expect(byId.get('全时双聘人才认定支持机制')?.aliases).toEqual(['“全时人才”认定支持机制']);
    const { clause } = await data(api.yoga, '{ clause(id: "330481-2025/c6") { programs { id name aliases } } }');
    expect(clause.programs).toContainEqual({
      id: '全时双聘人才认定支持机制',
      name: '“全时双聘”人才认定支持机制',
      aliases: ['“全时人才”认定支持机制'],
    });
  });
});
