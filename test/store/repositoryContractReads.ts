/**
 * Contract cases for the plain reads (regions, policies, sections, clauses, clause details) on the fixture graph
 * (repositoryFixture.ts). Expectations are worked out by hand from the fixture, not read back from a run.
 */
import { expect, it } from 'vitest';
import type { PolicyRepository } from '../../server/src/repository';
import { RepositoryError, encodeCursor } from '../../server/src/repository';

const ids = <T extends { id: string }>(items: (T | null)[]) => items.map((item) => item?.id ?? null);

export function definePolicyReads(repo: () => PolicyRepository): void {
  it('lists regions by code with level and parent', async () => {
    expect(await repo().listRegions()).toEqual([
      { code: '330000', name: '浙江省', level: 'PROVINCE', parentCode: null },
      { code: '330400', name: '嘉兴市', level: 'CITY', parentCode: '330000' },
      { code: '330411', name: '秀洲区', level: 'COUNTY', parentCode: '330400' },
      { code: '330481', name: '海宁市', level: 'COUNTY', parentCode: '330400' },
      { code: '330500', name: '湖州市', level: 'CITY', parentCode: '330000' },
    ]);
  });

  it('gets policies in the order asked, null for unknown ids, stubs flagged', async () => {
    const policies = await repo().getPolicies(['330481-2025', 'missing', '330000-2025']);
    expect(ids(policies)).toEqual(['330481-2025', null, '330000-2025']);
    expect(policies[0]).toMatchObject({
      docNumber: '海政发〔2025〕10号',
      regionCode: '330481',
      year: 2025,
      stub: false,
    });
    expect(policies[2]).toMatchObject({ docNumber: '浙政发〔2025〕3号', stub: true, status: null });
  });

  it('pages through policies by id with an opaque cursor, stubs left out by default', async () => {
    const first = await repo().listPolicies({ first: 2 });
    expect(ids(first.items)).toEqual(['330411-2024-draft', '330411-2025']);
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true, endCursor: encodeCursor('330411-2025') });
    const second = await repo().listPolicies({ first: 2, after: first.endCursor });
    expect(ids(second.items)).toEqual(['330481-2025', '330500-2025']);
    expect(second).toMatchObject({ totalCount: 4, hasNextPage: false, endCursor: encodeCursor('330500-2025') });
    const withStubs = await repo().listPolicies({ first: 10, includeStubs: true });
    expect(withStubs.totalCount).toBe(6);
  });

  it('filters policies by region, level, year and status', async () => {
    const filtered = async (filter: object) =>
      ids((await repo().listPolicies({ first: 10, includeStubs: true, ...filter })).items);
    expect(await filtered({ regionCode: '330411' })).toEqual(['330411-2024-draft', '330411-2025']);
    expect(await filtered({ level: 'CITY' })).toEqual(['330400-2025', '330500-2025']);
    expect(await filtered({ year: 2024 })).toEqual(['330411-2024-draft']);
    expect(await filtered({ status: 'ISSUED', level: 'COUNTY' })).toEqual(['330411-2025', '330481-2025']);
    expect(await filtered({ regionCode: '999999' })).toEqual([]);
  });

  it('refuses a forged cursor and a negative page size, naming the field', async () => {
    await expect(repo().listPolicies({ first: 2, after: 'not a cursor' })).rejects.toThrow(/after/);
    await expect(repo().listPolicies({ first: -1 })).rejects.toThrow(RepositoryError);
  });

  it('gives sections per policy (inferred ones flagged) and by id', async () => {
    const [stub, xiuzhou, missing] = await repo().sectionsOfPolicies(['330000-2025', '330411-2025', 'missing']);
    expect(stub?.map((s) => [s.id, s.title, s.inferred])).toEqual([
      ['330000-2025/s1', '科技创新', true],
      ['330000-2025/s2', '产业升级', true],
    ]);
    expect(xiuzhou?.map((s) => [s.id, s.label, s.title, s.policyId])).toEqual([
      ['330411-2025/s1', '一、', '科技創新', '330411-2025'],
    ]);
    expect(missing).toEqual([]);
    expect(ids(await repo().getSections(['330500-2025/s2', 'nope']))).toEqual(['330500-2025/s2', null]);
  });

  it('gives clauses per policy in document order, per section, and by id', async () => {
    const [huzhou] = await repo().clausesOfPolicies(['330500-2025']);
    expect(huzhou?.map((c) => [c.id, c.sectionId, c.localAddition])).toEqual([
      ['330500-2025/c1', '330500-2025/s1', false],
      ['330500-2025/c2', '330500-2025/s1', false],
      ['330500-2025/c3', '330500-2025/s2', true],
    ]);
    const [stubSection] = await repo().clausesOfSections(['330000-2025/s1']);
    expect(stubSection?.map((c) => [c.id, c.inferred, c.policyId])).toEqual([
      ['330000-2025/c1', true, '330000-2025'],
      ['330000-2025/c2', true, '330000-2025'],
    ]);
    const [clause, none] = await repo().getClauses(['330411-2025/c2', 'nope']);
    expect(none).toBeNull();
    expect(clause).toEqual({
      id: '330411-2025/c2',
      policyId: '330411-2025',
      sectionId: '330411-2025/s1',
      ordinal: 2,
      label: '(二)',
      title: '支持孵化器和數字化改造',
      text: '支持孵化器和數字化改造。省級孵化器獎勵25萬元。',
      textSimplified: '支持孵化器和数字化改造。省级孵化器奖励25万元。',
      sourceLine: 12,
      sectionOrdinal: 1,
      inferred: false,
      localAddition: false,
    });
  });

  it('gives departments with role and rank, lead first', async () => {
    const [xiuzhou, haining, none] = await repo().departmentsOfClauses(['330411-2025/c1', '330481-2025/c1', 'x']);
    expect(xiuzhou?.map((d) => [d.departmentId, d.name, d.role, d.rank])).toEqual([
      ['330411/科技局', '區科技局', 'LEAD', 1],
      ['330411/发改局', '區發改局', 'SUPPORT', 2],
    ]);
    expect(haining?.map((d) => [d.canonicalName, d.role])).toEqual([
      ['发改局', 'LEAD'],
      ['科技局', 'SUPPORT'],
    ]);
    expect(none).toEqual([]);
  });

  it('gives quantities in text order and programs per clause', async () => {
    const [haining] = await repo().quantitiesOfClauses(['330481-2025/c2']);
    expect(haining?.map((q) => [q.id, q.kind, q.value, q.unit, q.normalizedValue, q.normalizedUnit])).toEqual([
      ['330481-2025/c2/t1', 'SUBSIDY', 150, '万元', 1_500_000, '元'],
      ['330481-2025/c2/t2', 'GOAL', 3, '家', 3, '家'],
    ]);
    const programs = await repo().programsOfClauses(['330481-2025/c1', '330411-2025/c1']);
    expect(programs).toEqual([
      [
        {
          clauseId: '330481-2025/c1',
          id: '尖兵领雁计划',
          name: '“尖兵”“领雁”计划',
          kind: '计划',
          aliases: ['尖兵领雁'],
        },
      ],
      [],
    ]);
  });

  it('gives the documents a policy implements and cites, clause citations included', async () => {
    const [haining] = await repo().referencesOfPolicies(['330481-2025']);
    expect(haining?.map((r) => [r.relation, r.toPolicyId, r.fromClauseId, r.toStub])).toEqual([
      ['IMPLEMENTS', '330000-2025', null, true],
      ['IMPLEMENTS', '330400-2025', null, true],
      ['CITES', '330500-2025', '330481-2025/c2', false],
    ]);
  });
}
