import { describe, expect, it } from 'vitest';
import type { Clause, PolicyDocument } from '../model/document';
import { extractReferences } from '../extract/references';
import { parseDepartmentList } from '../extract/departments';
import { extractQuantities } from '../extract/quantities';
import { regionByCode } from '../extract/regions';
import { buildPolicyGraph } from './buildGraph';
import { createPolicyIdIndex } from './policyIds';
import { validateGraph } from './GraphAccumulator';

function clause(policyId: string, ordinal: number, text: string, region: string): Clause {
  const quantities = extractQuantities(text);
  return {
    id: `${policyId}/c${ordinal}`,
    ordinal,
    label: `(${ordinal})`,
    sectionOrdinal: 1,
    title: text.split('。')[0] ?? '',
    text,
    textSimplified: text,
    sourceLine: ordinal + 5,
    departments: parseDepartmentList('区科技局、区财政局', region),
    programs: [
      { name: '“尖兵”“领雁”科技计划', key: '尖兵领雁科技计划', kind: '计划', written: '“尖兵”“领雁”科技计划' },
    ],
    amounts: quantities.filter((q) => q.normalizedUnit === '元'),
    targets: quantities.filter((q) => q.normalizedUnit !== '元'),
    references: extractReferences(text),
  };
}

/** A small hand-made document: one area, two clauses, a declared superior document. */
function makeDoc(
  regionCode: string,
  year: number,
  opts: { docNumber?: string; title?: string; superior?: string } = {},
): PolicyDocument {
  const region = regionByCode(regionCode);
  if (!region) throw new Error(`no region ${regionCode}`);
  const id = `${regionCode}-${year}`;
  return {
    policy: {
      id,
      title: opts.title ?? `${region.name}推动经济高质量发展若干政策(${year}年版)`,
      docNumber: opts.docNumber ?? null,
      issuer: `${region.name}人民政府`,
      region,
      year,
      publishedOn: null,
      status: 'ISSUED',
      script: 'SIMPLIFIED',
      sourceFile: `${id}.txt`,
      totalBudget: null,
      validity: null,
    },
    sections: [
      {
        id: `${id}/s1`,
        ordinal: 1,
        label: '一、',
        title: '推进教育科技人才一体发展',
        preamble: '区级财政预算安排1.74亿元。',
        leadDepartments: parseDepartmentList('区科技局', regionCode),
        quantities: extractQuantities('区级财政预算安排1.74亿元。'),
        programs: [],
        sourceLine: 3,
      },
    ],
    clauses: [
      clause(id, 1, '新认定的给予每家100万元补助。落实《嘉兴市集装箱海河联运高质量发展扶持办法》。', regionCode),
      clause(id, 2, '实施科技计划项目20项以上。', regionCode),
    ],
    references: extractReferences(
      opts.superior ??
        '根据《浙江省人民政府印发关于推动经济高质量发展若干政策(2025年版)的通知》(浙政发〔2025〕3号)要求',
    ),
    requests: [],
    warnings: [],
  };
}

const edgesOf = (g: ReturnType<typeof buildPolicyGraph>, type: string) =>
  g.edges.filter((e) => e.type === type).map((e) => `${e.from}>${e.to}`);

describe('buildPolicyGraph', () => {
  it('builds ids as DESIGN.md §3 gives them, with stubs for superior documents', () => {
    const graph = buildPolicyGraph([makeDoc('330411', 2025)]);
    validateGraph(graph);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['330000', '330400', '330411', '330411-2025', '330411-2025/s1', '330411-2025/c1']),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        '330411/科技局',
        '尖兵领雁科技计划',
        '330411-2025/c1/t1',
        '330411-2025/s1/t1',
        '330000-2025',
      ]),
    );
    expect(graph.nodes.find((n) => n.id === '330000-2025')?.properties).toMatchObject({
      stub: true,
      docNumber: '浙政发〔2025〕3号',
    });
    expect(edgesOf(graph, 'IMPLEMENTS')).toEqual(['330411-2025>330000-2025']);
    expect(graph.edges.find((e) => e.type === 'IMPLEMENTS')?.properties).toEqual({ method: 'declared' });
    // A cited document outside the followed family takes a suffix made from its own title, not a counter.
    expect(edgesOf(graph, 'CITES')).toEqual([expect.stringMatching(/^330411-2025\/c1>330400-undated-[0-9a-z]{5}$/)]);
    expect(edgesOf(graph, 'PART_OF')).toEqual(['330400>330000', '330411>330400']);
    const assigned = graph.edges.filter((e) => e.type === 'ASSIGNED_TO' && e.from === '330411-2025/c1');
    expect(assigned.map((e) => [e.to, e.properties.role, e.properties.rank])).toEqual([
      ['330411/科技局', 'LEAD', 1],
      ['330411/财政局', 'SUPPORT', 2],
    ]);
    for (const node of graph.nodes)
      for (const value of Object.values(node.properties))
        expect(typeof value === 'object' && !Array.isArray(value)).toBe(false);
  });

  it('keeps 330000-2025 for 浙政发〔2025〕3号 whatever else of the province and year is cited, and fills it in place', () => {
    const superior =
      '根据《浙江省关于另一件事的通知》(浙政发〔2025〕1号)《浙江省关于推动经济高质量发展若干政策(2025年版)》(浙政发〔2025〕3号)要求';
    const local = makeDoc('330481', 2025, { superior });
    const before = createPolicyIdIndex([local]);
    expect(before.stubs.filter((s) => s.docNumber).map((s) => [s.id, s.docNumber])).toEqual([
      ['330000-2025', '浙政发〔2025〕3号'],
      [expect.stringMatching(/^330000-2025-[0-9a-z]{5}$/), '浙政发〔2025〕1号'],
    ]);
    const other = before.stubs.find((s) => s.docNumber === '浙政发〔2025〕1号')?.id;
    const province = makeDoc('330000', 2025, {
      docNumber: '浙政发〔2025〕3号',
      title: '浙江省关于推动经济高质量发展若干政策(2025年版)',
      superior: '',
    });
    const graph = buildPolicyGraph([local, province]);
    const provinceNode = graph.nodes.find((n) => n.id === '330000-2025');
    expect(provinceNode?.properties.stub).toBe(false);
    expect(edgesOf(graph, 'IMPLEMENTS')).toEqual([`330481-2025>${other}`, '330481-2025>330000-2025'].sort());
    expect(graph.nodes.find((n) => n.id === other)?.properties).toMatchObject({
      stub: true,
      docNumber: '浙政发〔2025〕1号',
    });
  });

  it('fills a stub by title, issuing level and year when the text has no 文号, keeping the 文号 citations give', () => {
    const local = makeDoc('330481', 2025);
    const province = makeDoc('330000', 2025, { title: '浙江省关于推动经济高质量发展若干政策(2025年版)', superior: '' });
    const graph = buildPolicyGraph([local, province]);
    expect(graph.nodes.find((n) => n.id === '330000-2025')?.properties).toMatchObject({
      stub: false,
      docNumber: '浙政发〔2025〕3号',
    });
    // The same title a year later is another document: the 2025 stub stays a stub.
    const later = makeDoc('330000', 2026, { title: '浙江省关于推动经济高质量发展若干政策(2026年版)', superior: '' });
    const apart = buildPolicyGraph([local, later]);
    expect(apart.nodes.find((n) => n.id === '330000-2025')?.properties.stub).toBe(true);
    expect(apart.nodes.find((n) => n.id === '330000-2026')?.properties.docNumber).toBeUndefined();
  });

  it('resolves a title-only reference to the same stub as the 文号 reference', () => {
    const xiuzhou = makeDoc('330411', 2025);
    const haining = makeDoc('330481', 2025, {
      superior: '根据《浙江省关于推动经济高质量发展若干政策（2025年版）》要求',
    });
    const graph = buildPolicyGraph([xiuzhou, haining]);
    expect(edgesOf(graph, 'IMPLEMENTS')).toEqual(['330411-2025>330000-2025', '330481-2025>330000-2025']);
    expect(graph.nodes.filter((n) => n.label === 'Policy' && n.properties.stub === true).map((n) => n.id)).toEqual([
      '330000-2025',
      expect.stringMatching(/^330400-undated-[0-9a-z]{5}$/),
    ]);
  });

  it('refuses duplicate ids and dangling edges with the id in the message', () => {
    expect(() => buildPolicyGraph([makeDoc('330411', 2025), makeDoc('330411', 2025)])).toThrow(
      /duplicate node id 330411-2025/,
    );
    expect(() => validateGraph({ nodes: [], edges: [{ type: 'OF', from: 'a', to: 'b', properties: {} }] })).toThrow(
      /missing node a/,
    );
  });

  it('is deterministic whatever the input order', () => {
    const a = makeDoc('330411', 2025);
    const b = makeDoc('330482', 2025);
    expect(JSON.stringify(buildPolicyGraph([b, a]))).toBe(JSON.stringify(buildPolicyGraph([a, b])));
  });
});
