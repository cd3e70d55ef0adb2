import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { alignCorpus, type AlignmentResult } from './alignCorpus';
import { goldPairs, pairKey, readLabels } from './goldLabels';
import { verbatim } from './links';

let documents: PolicyDocument[];
let result: AlignmentResult;
const out = (type: string, from: string) => result.edges.filter((e) => e.type === type && e.from === from);
const targets = (type: string, from: string) =>
  out(type, from)
    .map((e) => e.to)
    .sort();
const peersOf = (id: string) =>
  result.edges
    .filter((e) => e.type === 'CORRESPONDS_TO' && (e.from === id || e.to === id))
    .map((e) => (e.from === id ? e.to : e.from))
    .sort();

beforeAll(() => {
  documents = loadCorpus().documents;
  result = alignCorpus(documents, createPolicyIdIndex(documents));
});

describe('alignCorpus on the real corpus', () => {
  const inferred = (id: string) => result.nodes.some((n) => n.id === id && n.properties.inferred === true);

  it('links 秀洲 c1 to its three peers and up the cascade 嘉兴市 → 浙江省', () => {
    expect(peersOf('330411-2025/c1')).toEqual(['330481-2025/c1', '330482-2025/c1', '330500-2025/c1', '330500-2025/c4']);
    const [city] = targets('IMPLEMENTS', '330411-2025/c1');
    expect(city).toMatch(/^330400-2025\/c\d+$/);
    const [province] = targets('IMPLEMENTS', city!);
    expect(province).toMatch(/^330000-2025\/c\d+$/);
    // 湖州 declares only the province: its clause implements the same provincial clause directly.
    expect(targets('IMPLEMENTS', '330500-2025/c1')).toEqual([province]);
    const inferred = result.nodes.find((n) => n.id === province);
    expect(inferred?.properties).toMatchObject({ inferred: true, title: '推动高能级科创平台提质增效', label: '' });
  });

  it('marks 秀洲 推进嘉兴全球航空物流枢纽建设 as a local addition and 秀洲 c1 as not', () => {
    const title = documents.find((d) => d.policy.id === '330411-2025')?.clauses[22]?.textSimplified ?? '';
    expect(title.startsWith('推进嘉兴全球航空物流枢纽建设')).toBe(true);
    expect(result.localAdditions).toContain('330411-2025/c23');
    expect(result.localAdditions).not.toContain('330411-2025/c1');
    expect(out('IMPLEMENTS', '330411-2025/c23')).toEqual([]);
  });

  it("lets 海宁's merged urbanisation clause implement two provincial measures", () => {
    const edges = out('IMPLEMENTS', '330481-2025/c34');
    expect(edges).toHaveLength(2);
    expect(edges.every((e) => e.properties.merged === true)).toBe(true);
    const titles = edges.map((e) => result.nodes.find((n) => n.id === e.to)?.properties.title);
    expect(titles.sort()).toEqual(['推进以县城为重要载体的城镇化建设', '积极推进农业转移人口市民化'].sort());
  });

  it('gives every alignment edge a score, method, evidence and reproduction profile', () => {
    const aligned = result.edges.filter((e) => ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'].includes(e.type));
    expect(aligned.length).toBeGreaterThan(400);
    for (const e of aligned) {
      expect(typeof e.properties.score).toBe('number');
      expect(String(e.properties.method)).not.toBe('');
      expect((e.properties.evidence as string[]).length).toBeGreaterThan(0);
      expect(Array.isArray(JSON.parse(String(e.properties.changedQuantities)))).toBe(true);
      if (!inferred(e.from)) expect(e.properties.reproduction).toBeGreaterThanOrEqual(0);
    }
    const peer = out('CORRESPONDS_TO', '330411-2025/c1').find((e) => e.to === '330481-2025/c1') as GraphEdge;
    expect(peer.properties.evidence).toContain('推动高能级科创平台提质增效');
    const changes = JSON.parse(String(peer.properties.changedQuantities)) as Array<{ metric: string; change: string }>;
    expect(changes).toContainEqual(expect.objectContaining({ metric: '省级科技企业孵化器', change: 'lowered' }));
  });

  it('measures reproduction against the nearest real text and says which', () => {
    const implementsEdges = result.edges.filter((e) => e.type === 'IMPLEMENTS' && !inferred(e.from));
    expect(implementsEdges.length).toBeGreaterThan(150);
    const policyOf = (id: string) => id.slice(0, id.lastIndexOf('/'));
    for (const e of implementsEdges) {
      // Every superior here is inferred: the nearest real text is a peer of another locality in the same measure.
      expect(e.properties).toMatchObject({ reproductionBasis: 'PEER', changedQuantities: '[]' });
      const peer = String(e.properties.reproducedFrom);
      expect(policyOf(peer)).not.toBe(policyOf(e.from));
      expect(inferred(peer)).toBe(false);
    }
    // 海宁 (一) keeps most of 秀洲's or 平湖's (一) word for word.
    const haining = implementsEdges.find((e) => e.from === '330481-2025/c1');
    expect(haining?.properties.reproduction).toBeGreaterThan(0.3);
    // An inferred city clause's link to the province compares no real text.
    const city = result.edges.find((e) => e.type === 'IMPLEMENTS' && inferred(e.from));
    expect(city?.properties.reproduction).toBeUndefined();
  });

  it('gives evidence as whole terms: no passage begins or ends inside a figure of either clause', () => {
    const textOf = new Map<string, string>([
      ...documents.flatMap((d) => d.clauses.map((c) => [c.id, verbatim(c.textSimplified)] as const)),
      ...result.nodes.map((n) => [n.id, verbatim(String(n.properties.textSimplified ?? ''))] as const),
    ]);
    const figure = (c: string | undefined) => c !== undefined && /[0-9.%-]/.test(c);
    // Whole in a text: some occurrence has no figure character just before a leading figure or after a trailing one.
    const wholeIn = (term: string, text: string) => {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        const startOk = !figure(term[0]) || !figure(text[at - 1]);
        const endOk = !figure(term[term.length - 1]) || !figure(text[at + term.length]);
        if (startOk && endOk) return true;
      }
      return false;
    };
    const cut = result.edges.flatMap((e) =>
      ((e.properties.evidence as string[] | undefined) ?? [])
        .map((item) => item.replace(/…$/, ''))
        .filter((term) => /^[0-9.%-]|[0-9.%-]$/.test(term))
        .filter((term) => !wholeIn(term, textOf.get(e.from) ?? '') || !wholeIn(term, textOf.get(e.to) ?? ''))
        .map((term) => `${e.from}->${e.to}: ${term}`),
    );
    expect(cut).toEqual([]);
  });

  it('directs each CORRESPONDS_TO from the smaller id to the larger, once per pair', () => {
    const corresponds = result.edges.filter((e) => e.type === 'CORRESPONDS_TO');
    expect(corresponds.every((e) => e.from < e.to)).toBe(true);
    expect(new Set(corresponds.map((e) => pairKey(e.from, e.to))).size).toBe(corresponds.length);
  });

  it('agrees with the hand-labelled set on most peer pairs (the benchmark gives exact figures)', () => {
    const gold = goldPairs(readLabels(join(import.meta.dirname, '../../../test/fixtures/alignment-labels.json')));
    const found = result.edges.filter((e) => e.type === 'CORRESPONDS_TO').map((e) => pairKey(e.from, e.to));
    const hits = found.filter((k) => gold.has(k)).length;
    expect(hits / found.length).toBeGreaterThan(0.9);
    expect(hits / gold.size).toBeGreaterThan(0.85);
  });

  it('lets 秀洲 2025 succeed its 2024 draft and reports coverage with gaps', () => {
    expect(targets('SUCCEEDS', '330411-2025/c1')).toEqual(['330411-2024-draft/c12']);
    expect(targets('SUCCEEDS', '330411-2025/c51')).toEqual(['330411-2024-draft/c68']);
    const xiuzhou = result.coverage.find((c) => c.superiorId === '330000-2025' && c.policyId === '330411-2025');
    expect(xiuzhou).toBeDefined();
    expect(xiuzhou!.covered + xiuzhou!.gaps.length).toBe(xiuzhou!.total);
    expect(xiuzhou!.share).toBeGreaterThan(0.8);
    const huzhou = result.coverage.find((c) => c.superiorId === '330000-2025' && c.policyId === '330500-2025');
    expect(huzhou!.gaps.length).toBeGreaterThan(0);
  });
});
