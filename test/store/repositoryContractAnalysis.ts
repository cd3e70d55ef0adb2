/**
 * Contract cases for cascade, coverage, gaps and comparison on the fixture graph (repositoryFixture.ts), worked
 * out by hand: 秀洲 c1 → 嘉兴 c1 → 浙江 c1 ← 湖州 c1; 秀洲 c2 merges 嘉兴 c2 and c3; 海宁 and 湖州 leave 数字化 out.
 */
import { expect, it } from 'vitest';
import type { PolicyRepository } from '../../server/src/repository';

export function defineAnalysisReads(repo: () => PolicyRepository): void {
  it('cascades up from a county clause through the city stub to the inferred provincial clause', async () => {
    const up = await repo().cascade('330411-2025/c1', { direction: 'UP', depth: 2, peers: false });
    expect(up?.edges.map((e) => e.id)).toEqual([
      'IMPLEMENTS:330400-2025/c1->330000-2025/c1',
      'IMPLEMENTS:330411-2025/c1->330400-2025/c1',
    ]);
    expect(up?.nodes.map((n) => [n.id, n.regionLevel, n.inferred, n.policyStub])).toEqual([
      ['330000-2025/c1', 'PROVINCE', true, true],
      ['330400-2025/c1', 'CITY', true, true],
      ['330411-2025/c1', 'COUNTY', false, false],
    ]);
    expect(up?.edges[1]).toEqual({
      id: 'IMPLEMENTS:330411-2025/c1->330400-2025/c1',
      type: 'IMPLEMENTS',
      from: '330411-2025/c1',
      to: '330400-2025/c1',
      score: 0.95,
      method: 'ngram',
      evidence: ['科创平台', '提质增效'],
      reproduction: 0.95,
      reproductionBasis: null,
      reproducedFrom: null,
      changedQuantities: [],
      merged: false,
      candidate: false,
      inheritedFrom: null,
      origin: 'MACHINE',
      review: null,
    });
    const oneLevel = await repo().cascade('330411-2025/c1', { direction: 'UP', depth: 1, peers: false });
    expect(oneLevel?.nodes.map((n) => n.id)).toEqual(['330400-2025/c1', '330411-2025/c1']);
  });

  it('says when a reproduction was measured against a peer, the superior having no text', async () => {
    const up = await repo().cascade('330481-2025/c2', { direction: 'UP', depth: 1, peers: false });
    expect(up?.edges.map((e) => [e.to, e.reproductionBasis, e.reproducedFrom, e.candidate])).toEqual([
      ['330400-2025/c2', 'PEER', '330411-2025/c2', false],
    ]);
  });

  it('cascades down from the provincial clause to the city document and, through the city stub, the counties', async () => {
    const down = await repo().cascade('330000-2025/c1', { direction: 'DOWN', depth: 2 });
    expect(down?.root).toMatchObject({ id: '330000-2025/c1', policyId: '330000-2025', regionName: '浙江省' });
    expect(down?.nodes.map((n) => n.id)).toEqual([
      '330000-2025/c1',
      '330400-2025/c1',
      '330411-2024-draft/c1',
      '330411-2025/c1',
      '330481-2025/c1',
      '330500-2025/c1',
    ]);
  });

  it('cascades both ways: the whole tree of the measure plus the root’s corresponding peers', async () => {
    const both = await repo().cascade('330411-2025/c1', { direction: 'BOTH', depth: 2 });
    expect(both?.edges.map((e) => e.id)).toEqual([
      'CORRESPONDS_TO:330411-2025/c1->330481-2025/c1',
      'CORRESPONDS_TO:330411-2025/c1->330500-2025/c1',
      'IMPLEMENTS:330400-2025/c1->330000-2025/c1',
      'IMPLEMENTS:330411-2024-draft/c1->330400-2025/c1',
      'IMPLEMENTS:330411-2025/c1->330400-2025/c1',
      'IMPLEMENTS:330481-2025/c1->330400-2025/c1',
      'IMPLEMENTS:330500-2025/c1->330000-2025/c1',
    ]);
    const merged = await repo().cascade('330411-2025/c2', { direction: 'UP', depth: 1 });
    expect(merged?.edges.map((e) => [e.to, e.merged])).toEqual([
      ['330400-2025/c2', true],
      ['330400-2025/c3', true],
    ]);
  });

  it('answers null for an unknown clause and refuses a depth beyond 4', async () => {
    expect(await repo().cascade('330411-2025/c99', { direction: 'UP', depth: 1 })).toBeNull();
    await expect(repo().cascade('330411-2025/c1', { direction: 'UP', depth: 5 })).rejects.toThrow(/depth/);
    const sideways = { direction: 'SIDEWAYS' as 'UP', depth: 1 };
    await expect(repo().cascade('330411-2025/c1', sideways)).rejects.toThrow(/direction must be UP, DOWN or BOTH/);
  });

  it('builds the coverage matrix of the provincial stub with MERGED and NOT_CARRIED cells', async () => {
    const matrix = await repo().coverage('330000-2025');
    expect(matrix?.measures.map((m) => [m.id, m.sectionOrdinal, m.title])).toEqual([
      ['330000-2025/c1', 1, '推动高能级科创平台提质增效'],
      ['330000-2025/c2', 1, '支持科技企业孵化器建设'],
      ['330000-2025/c3', 2, '推进制造业数字化改造'],
    ]);
    expect(matrix?.localities.map((l) => [l.policyId, l.regionCode, l.share])).toEqual([
      ['330411-2024-draft', '330411', 2 / 3],
      ['330411-2025', '330411', 1],
      ['330481-2025', '330481', 2 / 3],
      ['330500-2025', '330500', 2 / 3],
    ]);
    const cell = (measure: string, policy: string) =>
      matrix?.cells.find((c) => c.measureId === measure && c.policyId === policy);
    expect(matrix?.cells).toHaveLength(12);
    expect(cell('330000-2025/c1', '330500-2025')).toEqual({
      measureId: '330000-2025/c1',
      policyId: '330500-2025',
      status: 'CARRIED',
      clauseIds: ['330500-2025/c1'],
      candidate: null,
    });
    expect(cell('330000-2025/c3', '330411-2025')).toMatchObject({ status: 'MERGED', clauseIds: ['330411-2025/c2'] });
    expect(cell('330000-2025/c3', '330481-2025')).toMatchObject({
      status: 'NOT_CARRIED',
      clauseIds: [],
      candidate: null,
    });
    expect(await repo().coverage('330999-2025')).toBeNull();
  });

  it('lists the gaps of a locality with every locality that left each measure out', async () => {
    const haining = await repo().gaps('330000-2025', '330481');
    expect(haining?.localityPolicyIds).toEqual(['330481-2025']);
    expect(haining?.gaps.map((g) => [g.measure.id, g.missingIn.map((l) => l.policyId)])).toEqual([
      ['330000-2025/c3', ['330411-2024-draft', '330481-2025', '330500-2025']],
    ]);
    // 秀洲's issued document counts, not its draft: the merge carries 数字化, so no gap.
    const xiuzhou = await repo().gaps('330000-2025', '330411');
    expect(xiuzhou).toMatchObject({ localityPolicyIds: ['330411-2025'], gaps: [] });
    const city = await repo().gaps('330400-2025', '330481');
    expect(city?.gaps.map((g) => g.measure.id)).toEqual(['330400-2025/c3']);
  });

  it('compares a measure across localities, flags outliers and follows the succession', async () => {
    const comparison = await repo().compare('330411-2025/c2');
    expect(comparison?.measureIds).toEqual(['330000-2025/c2', '330000-2025/c3', '330400-2025/c2', '330400-2025/c3']);
    // Comparable 省级孵化器 rewards: 秀洲 25万, 海宁 150万, 湖州 10万 → median 25万; 150万 > 2×, 10万 < 0.5×.
    expect(
      comparison?.entries.map((e) => [
        e.clause.id,
        e.relation,
        e.quantities.map((q) => [q.text, q.peerMedian, q.outlier]),
      ]),
    ).toEqual([
      ['330411-2025/c2', 'SELF', [['25萬元', 250_000, false]]],
      [
        '330481-2025/c2',
        'PEER',
        [
          ['150万元', 250_000, true],
          ['3家', null, false],
        ],
      ],
      ['330500-2025/c2', 'PEER', [['10萬元', 250_000, true]]],
    ]);
    // The 2024 draft's 20万 against the three 2025 amounts: median of 10, 20, 25, 150 万 = 22.5万.
    expect(
      comparison?.succession.map((e) => [e.clause.id, e.clause.policyYear, e.relation, e.quantities[0]?.peerMedian]),
    ).toEqual([
      ['330411-2024-draft/c2', 2024, 'SUCCESSION', 225_000],
      ['330411-2025/c2', 2025, 'SELF', 250_000],
    ]);
    expect(comparison?.successions).toEqual([{ newerId: '330411-2025/c2', olderId: '330411-2024-draft/c2' }]);
    expect(await repo().compare('nope')).toBeNull();
  });

  it('compares an inferred measure across all its implementers, 湖州 included through the province', async () => {
    const comparison = await repo().compare('330400-2025/c2');
    expect(comparison?.measureIds).toEqual(['330000-2025/c2', '330400-2025/c2']);
    // Amounts 10万 (湖州), 20万 (秀洲 draft), 25万 (秀洲), 150万 (海宁): each judged against itself and the other three.
    expect(
      comparison?.entries.map((e) => [e.clause.id, e.relation, e.quantities.map((q) => [q.peerMedian, q.outlier])]),
    ).toEqual([
      ['330400-2025/c2', 'SELF', []],
      ['330411-2024-draft/c2', 'PEER', [[225_000, false]]],
      ['330411-2025/c2', 'PEER', [[225_000, false]]],
      [
        '330481-2025/c2',
        'PEER',
        [
          [225_000, true],
          [null, false],
        ],
      ],
      ['330500-2025/c2', 'PEER', [[225_000, true]]],
    ]);
    // No version of the measure itself, but two of its implementers are 秀洲's 2024 draft and the 2025 clause.
    expect(comparison?.succession).toEqual([]);
    expect(comparison?.successions).toEqual([{ newerId: '330411-2025/c2', olderId: '330411-2024-draft/c2' }]);
  });

  it('compares a provincial measure: the measure is itself, its rows its implementers at any level', async () => {
    const comparison = await repo().compare('330000-2025/c2');
    expect(comparison?.measureIds).toEqual(['330000-2025/c2']);
    // The city's inferred clause sits on the way down and carries no amounts: it is no row.
    expect(comparison?.entries.map((e) => [e.clause.id, e.relation])).toEqual([
      ['330000-2025/c2', 'SELF'],
      ['330411-2024-draft/c2', 'PEER'],
      ['330411-2025/c2', 'PEER'],
      ['330481-2025/c2', 'PEER'],
      ['330500-2025/c2', 'PEER'],
    ]);
    expect(comparison?.successions).toEqual([{ newerId: '330411-2025/c2', olderId: '330411-2024-draft/c2' }]);
  });
}

/**
 * Comparing a superior clause once the superior's text is loaded (its clauses are no longer inferred): a clause
 * others implement is still a measure. Run over the fixture with 嘉政发〔2025〕6号's clauses given as text.
 */
export function defineCompareOfSuperiorText(repo: () => PolicyRepository): void {
  it('compares a superior clause with text as the measure its implementers carry', async () => {
    const comparison = await repo().compare('330400-2025/c2');
    expect(comparison?.root.inferred).toBe(false);
    expect(comparison?.measureIds).toEqual(['330000-2025/c2', '330400-2025/c2']);
    expect(comparison?.entries.map((e) => e.clause.id)).toContain('330481-2025/c2');
    expect(comparison?.successions).toEqual([{ newerId: '330411-2025/c2', olderId: '330411-2024-draft/c2' }]);
  });
}
