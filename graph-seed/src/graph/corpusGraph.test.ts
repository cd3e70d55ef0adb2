import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import { syntheticDocuments } from '../io/syntheticCorpus';
import { buildCorpus, buildCorpusGraph, corpusGraphOf } from './corpusGraph';
import { validateGraph } from './GraphAccumulator';

describe('buildCorpusGraph on the real corpus', () => {
  const { documents } = loadCorpus();
  const graph = buildCorpusGraph(documents);
  const count = (label: string) => graph.nodes.filter((n) => n.label === label).length;
  const edges = (type: string) => graph.edges.filter((e) => e.type === type).map((e) => `${e.from}>${e.to}`);

  it('holds every document, area and clause of the corpus, and no dangling edge', () => {
    validateGraph(graph);
    expect(documents).toHaveLength(5);
    expect(count('Section')).toBeGreaterThanOrEqual(40);
    expect(graph.nodes.filter((n) => n.label === 'Clause' && !n.properties.inferred)).toHaveLength(
      51 + 68 + 52 + 43 + 50,
    );
    expect(count('Request')).toBe(33 + 30);
    expect(count('Department')).toBeGreaterThan(60);
    expect(count('Target')).toBeGreaterThan(500);
  });

  it('never holds two edges of one type between the same two nodes (a store keeps one per edge id)', () => {
    const ends = graph.edges.map((e) => `${e.type}:${e.from}->${e.to}`);
    expect(ends.length - new Set(ends).size).toBe(0);
  });

  it('links each document to its declared superior stubs', () => {
    expect(edges('IMPLEMENTS').filter((e) => !e.includes('/'))).toEqual([
      '330411-2025>330000-2025',
      '330411-2025>330400-2025',
      '330481-2025>330000-2025',
      '330482-2025>330000-2025',
      '330482-2025>330400-2025',
      '330500-2025>330000-2025',
    ]);
    const province = graph.nodes.find((n) => n.id === '330000-2025');
    expect(province?.properties).toMatchObject({ stub: true, docNumber: '浙政发〔2025〕3号' });
    expect(graph.nodes.find((n) => n.id === '330400-2025')?.properties).toMatchObject({
      stub: true,
      docNumber: '嘉政发〔2025〕6号',
    });
  });

  it('canonicalizes departments per region (秀洲 人社局 and 人力社保局 meet; 湖州 发展改革委 is 发改局)', () => {
    const ids = graph.nodes.filter((n) => n.label === 'Department').map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['330411/人力社保局', '330411/经商局', '330500/发改局', '330482/金融办']),
    );
    expect(ids.filter((id) => id.includes('人社局'))).toEqual([]);
    expect(edges('LED_BY').filter((e) => e.startsWith('330500-2025/'))).toHaveLength(8);
  });

  it('draws MENTIONS from areas and annex rows too, and keeps the other names a program goes by', () => {
    expect(edges('MENTIONS')).toEqual(
      expect.arrayContaining([
        '330411-2024-draft/s1>3119工程',
        '330500-2025/s2>凤凰行动',
        '330411-2024-draft/r6>尖兵领雁科技计划',
      ]),
    );
    const program = (id: string) => graph.nodes.find((n) => n.label === 'Program' && n.id === id)?.properties;
    expect(program('千项万亿工程')).toMatchObject({ name: '“千项万亿”工程', aliases: ['“千项万亿”项目'] });
    expect(program('尖兵领雁科技计划')?.aliases).toEqual(['尖兵领雁']);
    expect(program('千项万亿项目')).toBeUndefined();
  });

  it('merges the alignment: inferred skeletons of both stubs, clause links, local additions flagged', () => {
    const inferred = graph.nodes.filter((n) => n.label === 'Clause' && n.properties.inferred === true);
    expect(inferred.some((n) => n.id.startsWith('330000-2025/c'))).toBe(true);
    expect(inferred.some((n) => n.id.startsWith('330400-2025/c'))).toBe(true);
    const clauseImplements = edges('IMPLEMENTS').filter((e) => e.includes('/'));
    // 秀洲's 科创平台 clause carries the provincial measure, through the 嘉兴 city skeleton.
    expect(clauseImplements.filter((e) => e.startsWith('330411-2025/c1>'))).not.toHaveLength(0);
    expect(edges('CORRESPONDS_TO')).not.toHaveLength(0);
    expect(edges('SUCCEEDS').every((e) => e.startsWith('330411-2025/') && e.includes('>330411-2024-draft/'))).toBe(
      true,
    );
    const flag = (id: string) => graph.nodes.find((n) => n.id === id)?.properties.localAddition;
    expect(flag('330411-2025/c23')).toBe(true); // 推进嘉兴全球航空物流枢纽建设
    expect(flag('330411-2025/c1')).toBe(false);
  });
});

describe('buildCorpusGraph keeps no family for later imports', () => {
  // 16 documents of one family: a core of 12 and a periphery, whose parts a build for imports keeps.
  const documents = syntheticDocuments(16, 1);

  it('gives the graph of a build kept for imports, while its memo holds no family', () => {
    const kept = buildCorpus(documents);
    const graphOnly = buildCorpus(documents, { keepFamilies: false });
    expect(kept.alignment.memo.families.size).toBeGreaterThan(0);
    expect(graphOnly.alignment.memo.families.size).toBe(0);
    expect(graphOnly.alignment.measures).toEqual(kept.alignment.measures);
    expect(JSON.stringify(buildCorpusGraph(documents))).toBe(JSON.stringify(corpusGraphOf(kept)));
  });
});
