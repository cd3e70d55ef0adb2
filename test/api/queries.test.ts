/** Every Query entry point through the real yoga app over the real corpus, with answers read from the corpus. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

const ids = (items: { id: string }[]) => items.map((item) => item.id);

interface ComparedRow {
  quantities: { quantity: { text: string; metric: string }; comparableKey: string | null }[];
}

describe('reads', () => {
  it('lists regions, by level, with parents and children', async () => {
    const result = await data(
      api.yoga,
      '{ regions { code } counties: regions(level: COUNTY) { code parent { code } } }',
    );
    expect(result.regions.map((r: { code: string }) => r.code)).toEqual([
      '330000',
      '330400',
      '330411',
      '330481',
      '330482',
      '330500',
    ]);
    expect(result.counties).toEqual([
      { code: '330411', parent: { code: '330400' } },
      { code: '330481', parent: { code: '330400' } },
      { code: '330482', parent: { code: '330400' } },
    ]);
    const jiaxing = await data(api.yoga, '{ region(code: "330400") { name children { code } } }');
    expect(jiaxing.region).toEqual({
      name: '嘉兴市',
      children: [{ code: '330411' }, { code: '330481' }, { code: '330482' }],
    });
  });

  it('pages through policies with totalCount, stubs included by default', async () => {
    const query = `query($after: String) { policies(first: 10, after: $after) { totalCount edges { node { id } }
      pageInfo { hasNextPage endCursor } } }`;
    const first = (await data(api.yoga, query)).policies;
    expect(first.totalCount).toBe(17);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data(api.yoga, query, { after: first.pageInfo.endCursor })).policies;
    expect(second.edges).toHaveLength(7);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const texts = await data(
      api.yoga,
      '{ policies(filter: { includeStubs: false }) { totalCount edges { node { id } } } }',
    );
    expect(texts.policies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      '330411-2024-draft',
      '330411-2025',
      '330481-2025',
      '330482-2025',
      '330500-2025',
    ]);
    const cities = await data(api.yoga, '{ policies(filter: { level: CITY, includeStubs: false }) { totalCount } }');
    expect(cities.policies.totalCount).toBe(1);
  });

  it('reads one policy with its metadata, sections, budget and declared superiors', async () => {
    const { policy } = await data(
      api.yoga,
      `{ policy(id: "330481-2025") { title docNumber issuer year publishedOn status script stub sourceFile
        totalBudget { value unit normalizedValue } clauseCount sections { id leadDepartments { department { name } } }
        implements { id } } }`,
    );
    expect(policy).toMatchObject({
      docNumber: '海政发〔2025〕10号',
      issuer: '海宁市人民政府',
      year: 2025,
      publishedOn: '2025-06-10',
      status: 'ISSUED',
      script: 'SIMPLIFIED',
      stub: false,
      sourceFile: '330481-haining-2025.txt',
      totalBudget: { value: 94.51, unit: '亿元', normalizedValue: 9_451_000_000 },
      clauseCount: 43,
      implements: [{ id: '330000-2025' }],
    });
    expect(policy.sections).toHaveLength(8);
    expect(policy.sections[0]).toEqual({
      id: '330481-2025/s1',
      leadDepartments: [{ department: { name: '市科技局' } }],
    });
    const province = await data(api.yoga, '{ policy(id: "330000-2025") { stub clauseCount implementedBy { id } } }');
    expect(province.policy).toEqual({
      stub: true,
      clauseCount: 53,
      // 嘉兴's stub through its inferred clauses' links, the others by their own.
      implementedBy: [
        { id: '330400-2025' },
        { id: '330411-2025' },
        { id: '330481-2025' },
        { id: '330482-2025' },
        { id: '330500-2025' },
      ],
    });
    const unknown = await gql(api.yoga, '{ policy(id: "330999-2025") { id } }');
    expect([unknown.data?.policy, unknown.errors?.[0]?.extensions?.code]).toEqual([null, 'NOT_FOUND']);
  });

  it('reads a clause with departments, amounts and its alignment in every direction', async () => {
    const { clause } = await data(
      api.yoga,
      `{ clause(id: "330411-2025/c1") { label title section { id } departments { role rank department { id } }
        amounts { text normalizedValue } targets { text } implements { clause { id inferred } method }
        correspondsTo { clause { id } } succeeds { clause { id } changedQuantities { kind metric before after } } } }`,
    );
    expect(clause.label).toBe('(一)');
    expect(clause.title).toBe('推動高能級科創平臺提質增效');
    expect(clause.section).toEqual({ id: '330411-2025/s1' });
    expect(clause.departments).toEqual([
      { role: 'LEAD', rank: 1, department: { id: '330411/科技局' } },
      { role: 'SUPPORT', rank: 2, department: { id: '330411/经商局' } },
      { role: 'SUPPORT', rank: 3, department: { id: '330411/财政局' } },
    ]);
    expect(clause.amounts).toEqual([
      { text: '100萬元', normalizedValue: 1_000_000 },
      { text: '50萬元', normalizedValue: 500_000 },
      { text: '25萬元', normalizedValue: 250_000 },
    ]);
    expect(clause.targets).toEqual([]);
    expect(clause.implements).toEqual([{ clause: { id: '330400-2025/c1', inferred: true }, method: 'peer-consensus' }]);
    expect(ids(clause.correspondsTo.map((a: { clause: { id: string } }) => a.clause))).toEqual([
      '330481-2025/c1',
      '330482-2025/c1',
      '330500-2025/c1',
      '330500-2025/c4',
    ]);
    // The 2025 clause replaces the 2024 draft's (十二); 省级孵化器 25万 is new in 2025.
    expect(clause.succeeds[0].clause).toEqual({ id: '330411-2024-draft/c12' });
    expect(clause.succeeds[0].changedQuantities).toContainEqual({
      kind: 'ADDED',
      metric: '省级科技企业孵化器',
      before: null,
      after: 250_000,
    });
  });
});

describe('analysis', () => {
  it('cascades 秀洲 (一) to 湖州, 海宁, 平湖 and the inferred provincial clause', async () => {
    const { cascade } = await data(
      api.yoga,
      `{ cascade(clauseId: "330411-2025/c1", direction: BOTH, depth: 2) { root { id } direction depth
        nodes { distance clause { id inferred policy { region { name } } } } edges { id type score evidence } } }`,
    );
    expect(cascade.root).toEqual({ id: '330411-2025/c1' });
    const nodes = cascade.nodes.map((n: any) => [n.clause.id, n.clause.policy.region.name, n.distance]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(nodes).toEqual([
      // Two steps up through 嘉兴, as UP says: 海宁, a peer that implements the province directly, does not shorten it.
      ['330000-2025/c1', '浙江省', -2],
      ['330400-2025/c1', '嘉兴市', -1],
      ['330411-2025/c1', '秀洲区', 0],
      ['330481-2025/c1', '海宁市', 0],
      ['330482-2025/c1', '平湖市', 0],
      ['330500-2025/c1', '湖州市', 0],
      ['330500-2025/c4', '湖州市', 0],
    ]);
    expect(cascade.nodes[0].clause.inferred).toBe(true);
    expect(cascade.edges.map((e: { id: string }) => e.id)).toContain('IMPLEMENTS:330500-2025/c1->330000-2025/c1');
    expect(cascade.edges.map((e: { id: string }) => e.id)).toContain('IMPLEMENTS:330411-2025/c1->330400-2025/c1');
    const peer = cascade.edges.find((e: { id: string }) => e.id === 'CORRESPONDS_TO:330411-2025/c1->330481-2025/c1');
    expect(peer.score).toBe(0.866);
    expect(peer.evidence).toContain('推动高能级科创平台提质增效');
    const up = await data(
      api.yoga,
      '{ cascade(clauseId: "330411-2025/c1", direction: UP, depth: 1) { nodes { clause { id } } } }',
    );
    expect(up.cascade.nodes.map((n: { clause: { id: string } }) => n.clause.id)).toEqual([
      '330400-2025/c1',
      '330411-2025/c1',
      '330481-2025/c1',
      '330482-2025/c1',
      '330500-2025/c1',
      '330500-2025/c4',
    ]);
    const unknown = await gql(api.yoga, '{ cascade(clauseId: "330411-2025/c999") { depth } }');
    expect([unknown.data?.cascade, unknown.errors?.[0]?.extensions?.code]).toEqual([null, 'NOT_FOUND']);
  });

  it('builds the coverage matrix of 浙政发〔2025〕3号 with each locality’s share', async () => {
    const { coverage } = await data(
      api.yoga,
      `{ coverage(policyId: "330000-2025") { measures { id } localities { policy { id } carried total share }
        cells { measureId policyId status } measureSummaries { measure { id } leftOutBy { id } } } }`,
    );
    expect(coverage.measures).toHaveLength(53);
    expect(coverage.localities).toEqual([
      { policy: { id: '330411-2025' }, carried: 53, total: 53, share: 1 },
      { policy: { id: '330481-2025' }, carried: 48, total: 53, share: 48 / 53 },
      { policy: { id: '330482-2025' }, carried: 49, total: 53, share: 49 / 53 },
      { policy: { id: '330500-2025' }, carried: 48, total: 53, share: 48 / 53 },
    ]);
    expect(coverage.cells).toHaveLength(53 * 4);
    // 湖州 (二) 强化企业科技创新主体地位 carries 关键核心技术攻关 in one sentence (创新联合体, 科技计划项目补助).
    expect(coverage.cells).toContainEqual({ measureId: '330000-2025/c2', policyId: '330500-2025', status: 'MERGED' });
    // 秀洲 (三十三) carries its draft's 高等教育 clause on (coverageSuccession.ts): inside its 长三角 clause.
    expect(coverage.cells).toContainEqual({ measureId: '330000-2025/c7', policyId: '330411-2025', status: 'MERGED' });
    // 湖州 has no clause on 生态环境: a true gap, left out by 湖州 and 海宁 alone.
    expect(coverage.cells).toContainEqual({
      measureId: '330000-2025/c45',
      policyId: '330500-2025',
      status: 'NOT_CARRIED',
    });
    const eco = coverage.measureSummaries.find((m: { measure: { id: string } }) => m.measure.id === '330000-2025/c45');
    expect(eco.leftOutBy).toEqual([{ id: '330481-2025' }, { id: '330500-2025' }]);
  });

  it('lists the gaps of 海宁 and refuses an unknown region', async () => {
    const { gaps } = await data(
      api.yoga,
      '{ gaps(policyId: "330000-2025", regionCode: "330481") { superior { id } locality { id } region { name } share gaps { id } } }',
    );
    expect(gaps).toEqual({
      superior: { id: '330000-2025' },
      locality: { id: '330481-2025' },
      region: { name: '海宁市' },
      share: 48 / 53,
      // 强化科技创新和产业创新深度融合 (c8's 三首 sentence), 演艺 and 赛事 (c13's) are carried inside merged clauses.
      gaps: ['c4', 'c10', 'c34', 'c43', 'c45'].map((c) => ({ id: `330000-2025/${c}` })),
    });
    const unknown = await api.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ gaps(policyId: "330000-2025", regionCode: "999999") { share } }' }),
    });
    const body = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('compares 秀洲 (一) across localities and years, flagging outlying comparable amounts', async () => {
    const { compare } = await data(
      api.yoga,
      `{ compare(clauseId: "330411-2025/c1") { clause { id } measure { id } rows { clause { id } region { name }
        quantities { quantity { text metric } comparableKey peerMedian outlier } } successions { older { id } newer { id } } } }`,
    );
    expect(compare.clause).toEqual({ id: '330411-2025/c1' });
    expect(compare.measure).toEqual({ id: '330000-2025/c1' });
    const rows = compare.rows.map((r: { clause: { id: string } }) => r.clause.id);
    // Cities before counties: 湖州 first.
    expect(rows.slice(0, 2)).toEqual(['330500-2025/c1', '330500-2025/c4']);
    expect(rows).toEqual(expect.arrayContaining(['330411-2025/c1', '330481-2025/c1', '330482-2025/c1']));
    // The incubator rewards line up level by level: 海宁's 300万 national one is never beside 秀洲's 25万 provincial.
    const quantities: ComparedRow['quantities'] = compare.rows.flatMap((r: ComparedRow) => r.quantities);
    const key = (text: string) => quantities.find((q) => q.quantity.text === text)?.comparableKey;
    expect(key('25萬元')).toMatch(/^SUBSIDY\|元\|省级\|/);
    expect(key('300万元')).toMatch(/^SUBSIDY\|元\|国家级\|/);
    const nationalPeers = quantities.filter((q) => q.comparableKey === key('300万元'));
    expect(nationalPeers.every((q) => q.quantity.metric.includes('国家'))).toBe(true);
    const provincialPeers = quantities.filter((q) => q.comparableKey === key('25萬元'));
    expect(provincialPeers.every((q) => q.quantity.metric.includes('省') && !q.quantity.metric.includes('国家'))).toBe(
      true,
    );
    expect(compare.successions).toEqual([{ older: { id: '330411-2024-draft/c12' }, newer: { id: '330411-2025/c1' } }]);
  });

  it('compares a provincial measure: itself as the measure, its implementers as rows, 秀洲 2024 → 2025', async () => {
    const { compare } = await data(
      api.yoga,
      `{ compare(clauseId: "330000-2025/c1") { clause { id } measure { id inferred } rows { clause { id } }
        successions { older { id } newer { id } changes { kind metric before after } } } }`,
    );
    expect(compare.measure).toEqual({ id: '330000-2025/c1', inferred: true });
    expect(ids(compare.rows.map((r: { clause: { id: string } }) => r.clause))).toEqual(
      expect.arrayContaining(['330411-2025/c1', '330481-2025/c1', '330482-2025/c1', '330500-2025/c1']),
    );
    expect(compare.successions).toHaveLength(1);
    const [succession] = compare.successions;
    expect([succession.older.id, succession.newer.id]).toEqual(['330411-2024-draft/c12', '330411-2025/c1']);
    // The 2025 clause added the incubator rewards the draft did not have (秀洲 国家级 50万, 省级 25万).
    expect(succession.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'ADDED', before: null, after: 250_000 })]),
    );
  });

  it('gives the department load of 秀洲’s 2025 document, heaviest lead first', async () => {
    const { departments } = await data(api.yoga, '{ departments(regionCode: "330411") { id leadCount supportCount } }');
    expect(departments.slice(0, 3)).toEqual([
      { id: '330411/经商局', leadCount: 12, supportCount: 7 },
      { id: '330411/发改局', leadCount: 10, supportCount: 14 },
      { id: '330411/科技局', leadCount: 4, supportCount: 8 },
    ]);
    const science = await data(
      api.yoga,
      '{ clause(id: "330411-2025/c1") { departments { department { clauses(role: LEAD) { id } } } } }',
    );
    expect(science.clause.departments[0].department.clauses).toHaveLength(4);
  });

  it('lists programs with the localities and years that adopted them', async () => {
    const { programs } = await data(api.yoga, '{ programs { id adoptions { policy { id } year clauseCount } } }');
    // Mentions in area preambles and annex rows count (“3119”工程), near-duplicates are one (千项万亿工程/项目).
    expect(programs).toHaveLength(54);
    const silkRoad = programs.find((p: { id: string }) => p.id === '丝路领航行动');
    expect(silkRoad.adoptions).toEqual([
      { policy: { id: '330411-2025' }, year: 2025, clauseCount: 1 },
      { policy: { id: '330481-2025' }, year: 2025, clauseCount: 1 },
      { policy: { id: '330482-2025' }, year: 2025, clauseCount: 1 },
    ]);
  });

  it('searches in either script, ranked, with highlighted snippets', async () => {
    const result = await data(
      api.yoga,
      `{ traditional: search(text: "發改局", first: 3) { clause { id } snippet highlights { start length } }
         simplified: search(text: "发改局", first: 3) { clause { id } }
         ranked: search(text: "科技企业孵化器", first: 2) { clause { id } score } }`,
    );
    expect(result.traditional.map((h: { clause: { id: string } }) => h.clause.id)).toEqual(
      result.simplified.map((h: { clause: { id: string } }) => h.clause.id),
    );
    // Issued 2025 documents rank above the 2024 draft; 秀洲's text is Traditional, and so is its snippet.
    const [hit] = result.traditional;
    expect(hit.clause.id).toBe('330411-2025/c3');
    expect([...hit.snippet].slice(hit.highlights[0].start, hit.highlights[0].start + 3).join('')).toBe('發改局');
    expect(result.ranked).toEqual([
      { clause: { id: '330411-2025/c1' }, score: 5 },
      { clause: { id: '330481-2025/c1' }, score: 4 },
    ]);
  });

  it('returns a neighbourhood and a path as Cytoscape-ready elements', async () => {
    const result = await data(
      api.yoga,
      `{ neighborhood(id: "330411-2025/c1", depth: 1, types: [ASSIGNED_TO, IMPLEMENTS]) { nodes { id label caption }
          edges { id type from to properties } }
         path(from: "330481-2025/c1", to: "330411-2025/c1") { nodes { id } edges { id } }
         none: path(from: "330411-2025/c1", to: "nowhere") { nodes { id } } }`,
    );
    expect(ids(result.neighborhood.nodes)).toEqual([
      '330400-2025/c1',
      '330411-2025/c1',
      '330411/科技局',
      '330411/经商局',
      '330411/财政局',
    ]);
    expect(result.neighborhood.nodes[1]).toEqual({
      id: '330411-2025/c1',
      label: 'Clause',
      caption: '(一) 推動高能級科創平臺提質增效',
    });
    expect(result.neighborhood.edges[0]).toEqual({
      id: 'ASSIGNED_TO:330411-2025/c1->330411/科技局',
      type: 'ASSIGNED_TO',
      from: '330411-2025/c1',
      to: '330411/科技局',
      properties: { name: '區科技局', rank: 1, role: 'LEAD' },
    });
    expect(result.path).toEqual({
      nodes: [{ id: '330481-2025/c1' }, { id: '330411-2025/c1' }],
      edges: [{ id: 'CORRESPONDS_TO:330411-2025/c1->330481-2025/c1' }],
    });
    expect(result.none).toBeNull();
  });
});
