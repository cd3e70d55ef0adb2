/** Contract cases for department load, programs, search and graph elements on the fixture graph, worked by hand. */
import { expect, it } from 'vitest';
import type { PolicyRepository } from '../../server/src/repository';

export function defineGraphReads(repo: () => PolicyRepository): void {
  it('counts lead and support clauses per document: a region’s issued text, never its draft added', async () => {
    const load = await repo().departments({ regionCode: '330411' });
    expect(load.map((d) => [d.id, d.name, d.leadClauseIds, d.supportClauseIds, d.policyIds])).toEqual([
      ['330411/科技局', '区科技局', ['330411-2025/c1', '330411-2025/c2'], [], ['330411-2025']],
      ['330411/发改局', '区发改局', [], ['330411-2025/c1'], ['330411-2025']],
    ]);
    expect(load[0]?.asWritten).toEqual(['區科技局']);
    const draft = await repo().departments({ regionCode: '330411', year: 2024 });
    expect(draft.map((d) => [d.id, d.leadClauseIds])).toEqual([['330411/科技局', ['330411-2024-draft/c1']]]);
    expect(await repo().departments({ policyId: '330411-2024-draft' })).toEqual(draft);
    expect(await repo().departments({ regionCode: '330500' })).toEqual([]);
  });

  it('lists programs with their clauses and the localities and years that adopted them', async () => {
    expect(await repo().programs()).toEqual([
      {
        id: '尖兵领雁计划',
        name: '“尖兵”“领雁”计划',
        kind: '计划',
        aliases: ['尖兵领雁'],
        clauseIds: ['330481-2025/c1', '330500-2025/c1'],
        sectionIds: ['330411-2025/s1'],
        requestIds: ['330411-2024-draft/r1'],
        adoptions: [
          { policyId: '330411-2024-draft', regionCode: '330411', regionName: '秀洲区', year: 2024 },
          { policyId: '330411-2025', regionCode: '330411', regionName: '秀洲区', year: 2025 },
          { policyId: '330481-2025', regionCode: '330481', regionName: '海宁市', year: 2025 },
          { policyId: '330500-2025', regionCode: '330500', regionName: '湖州市', year: 2025 },
        ],
      },
    ]);
  });

  it('searches across scripts: 發改局 and 发改局 find the same clauses, with snippet and highlight', async () => {
    const traditional = await repo().search('發改局', 10);
    const simplified = await repo().search('发改局', 10);
    expect(traditional).toEqual(simplified);
    expect(traditional.map((hit) => [hit.clause.id, hit.titleMatch, hit.score])).toEqual([
      ['330411-2025/c1', false, 2],
      ['330481-2025/c1', false, 1],
    ]);
    const [first] = traditional;
    const range = first?.highlights[0];
    // The snippet is the original (Traditional) text; the highlight covers 發改局 in it.
    expect(first?.snippet.slice(range?.start, range?.end)).toBe('發改局');
  });

  it('requires every term and ranks issued above draft, then title above text, then by document', async () => {
    const hits = await repo().search('孵化器　奖励', 4);
    expect(hits.map((hit) => [hit.clause.id, hit.titleMatch, hit.score])).toEqual([
      ['330411-2025/c2', true, 4],
      ['330481-2025/c2', true, 3],
      ['330500-2025/c2', true, 2],
      ['330411-2024-draft/c2', true, 1],
    ]);
    expect((await repo().search('科创平台 尖兵', 10)).map((hit) => hit.clause.id)).toEqual([
      '330481-2025/c1',
      '330500-2025/c1',
    ]);
    expect(await repo().search('不存在的词', 10)).toEqual([]);
    await expect(repo().search('  ', 10)).rejects.toThrow(/term/);
  });

  it('gives a neighbourhood as Cytoscape-ready elements, optionally through some types only', async () => {
    const around = await repo().neighborhood('330411-2025/c1', 2, ['IMPLEMENTS']);
    expect(around.nodes.map((n) => [n.id, n.label])).toEqual([
      ['330000-2025/c1', 'Clause'],
      ['330400-2025/c1', 'Clause'],
      ['330411-2024-draft/c1', 'Clause'],
      ['330411-2025/c1', 'Clause'],
      ['330481-2025/c1', 'Clause'],
    ]);
    expect(around.edges.map((e) => e.id)).toEqual([
      'IMPLEMENTS:330400-2025/c1->330000-2025/c1',
      'IMPLEMENTS:330411-2024-draft/c1->330400-2025/c1',
      'IMPLEMENTS:330411-2025/c1->330400-2025/c1',
      'IMPLEMENTS:330481-2025/c1->330400-2025/c1',
    ]);
    const near = await repo().neighborhood('330411-2025/c1', 1);
    expect(near.edges).toHaveLength(7);
    expect(near.nodes.find((n) => n.id === '330411-2025/c1')?.properties).toEqual({
      id: '330411-2025/c1',
      label: '(一)',
      ordinal: 1,
      policyId: '330411-2025',
      sectionOrdinal: 1,
      sourceLine: 11,
      title: '推動高能級科創平臺提質增效',
    });
    expect(await repo().neighborhood('missing', 1)).toEqual({ nodes: [], edges: [], truncated: false, limit: 500 });
    await expect(repo().neighborhood('330411-2025/c1', 4)).rejects.toThrow(/depth/);
  });

  it('finds a shortest path in either direction, in path order, the node alone to itself, null for a stranger', async () => {
    const path = await repo().path('330411-2025/c1', '330500-2025/c2');
    expect(path?.steps.map((step) => [step.from.id, step.edge.id, step.to.id, step.forward])).toEqual([
      ['330411-2025/c1', 'CORRESPONDS_TO:330411-2025/c1->330500-2025/c1', '330500-2025/c1', true],
      ['330500-2025/c1', 'HAS_CLAUSE:330500-2025/s1->330500-2025/c1', '330500-2025/s1', false],
      ['330500-2025/s1', 'HAS_CLAUSE:330500-2025/s1->330500-2025/c2', '330500-2025/c2', true],
    ]);
    expect(path?.nodes.map((n) => n.id)).toEqual([
      '330411-2025/c1',
      '330500-2025/c1',
      '330500-2025/s1',
      '330500-2025/c2',
    ]);
    expect(path).toMatchObject({ found: true, length: 3, truncated: false, limit: 6 });
    const self = await repo().path('330411-2025/c1', '330411-2025/c1');
    expect(self?.nodes.map((n) => n.id)).toEqual(['330411-2025/c1']);
    expect(self).toMatchObject({ found: true, length: 0, steps: [] });
    expect(await repo().path('330411-2025/c1', 'missing')).toBeNull();
    const short = await repo().path('330411-2025/c1', '330500-2025/c2', { maxLength: 2 });
    expect(short).toMatchObject({ found: false, length: null, truncated: true, limit: 2, steps: [] });
    // Through IMPLEMENTS alone the two measures never meet: within 6 steps the search cannot tell, within 8 it can.
    const typed = await repo().path('330411-2025/c1', '330500-2025/c2', { types: ['IMPLEMENTS'] });
    expect(typed).toMatchObject({ found: false, truncated: true, limit: 6 });
    const typedLonger = await repo().path('330411-2025/c1', '330500-2025/c2', { types: ['IMPLEMENTS'], maxLength: 8 });
    expect(typedLonger).toMatchObject({ found: false, truncated: false, limit: 8 });
    await expect(repo().path('330411-2025/c1', '330500-2025/c2', { maxLength: 9 })).rejects.toThrow(/maxLength/);
  });
}
