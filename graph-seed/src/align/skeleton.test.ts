import { beforeAll, describe, expect, it } from 'vitest';
import { regionChain, regionNames } from '../extract/regions';
import type { Clause } from '../model/document';
import type { GraphNode } from '../model/graph';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { toSimplified } from '../text/script';
import { alignCorpus, type AlignmentResult } from './alignCorpus';
import type { Offer } from './offers';

const STUBS = ['330000-2025', '330400-2025'];
let result: AlignmentResult;
let clauses: Map<string, Clause>;
const inferred = (label: 'Clause' | 'Section') =>
  result.nodes.filter((n) => n.label === label && STUBS.some((s) => n.id.startsWith(`${s}/`)));
const stubOf = (node: GraphNode) => String(node.properties.policyId);
const sourcesOf = (node: GraphNode) =>
  JSON.parse(String(node.properties.inferredFrom)) as Array<{ id: string; weight: number }>;
const policyOf = (id: string) => id.slice(0, id.lastIndexOf('/'));

beforeAll(() => {
  const { documents } = loadCorpus();
  clauses = new Map(documents.flatMap((d) => d.clauses.map((c) => [c.id, c] as const)));
  result = alignCorpus(documents, createPolicyIdIndex(documents));
});

describe('the inferred skeleton speaks as its superior (issue 12)', () => {
  /** Names of the gazetteer's localities other than the stub's region and its superiors. */
  const localityNames = (stub: string) => {
    const own = new Set(regionChain(stub.slice(0, 6)).map((r) => r.code));
    return regionNames()
      .filter((r) => !own.has(r.region.code))
      .flatMap((r) => r.names);
  };

  it('names no locality in any inferred title or text', () => {
    const named = [...inferred('Clause'), ...inferred('Section')].flatMap((node) => {
      const words = `${String(node.properties.title)}|${String(node.properties.text ?? '')}`;
      return localityNames(stubOf(node))
        .filter((name) => words.includes(name))
        .map((name) => `${node.id}: ${name}`);
    });
    expect(named).toEqual([]);
  });

  it('writes in Simplified script, without a locality’s references to itself', () => {
    for (const node of [...inferred('Clause'), ...inferred('Section')]) {
      const words = `${String(node.properties.title)}。${String(node.properties.text ?? '')}`;
      expect(toSimplified(words), node.id).toBe(words);
      expect(words, node.id).not.toMatch(/我区|全区|本区|区级|强区|我县|全县/);
    }
    const province = (n: number) => result.nodes.find((x) => x.id === `330000-2025/c${n}`)!.properties;
    // 设备更新 was 平湖's text verbatim (Traditional, 750臺); 海宁 and 秀洲 write 1000.
    expect(String(province(9).text)).not.toMatch(/臺|(?<![～\d])750台/);
    expect(inferred('Clause').map((n) => n.properties.title)).toEqual(
      expect.arrayContaining(['加快建设“轨道上的浙江”', '加快建设“轨道上的嘉兴”']),
    );
    expect(inferred('Clause').map((n) => n.properties.title)).not.toContain('支持航运秀洲建设');
    expect(inferred('Section').map((n) => n.properties.title)).toContain('推进高水平交通强省建设');
  });

  it('lists the implementing clauses every inferred clause and section comes from, and how many localities', () => {
    const implementing = new Map<string, string[]>();
    for (const e of result.edges.filter((x) => x.type === 'IMPLEMENTS'))
      implementing.set(e.to, [...(implementing.get(e.to) ?? []), e.from]);
    const below = (id: string): string[] => (implementing.get(id) ?? []).flatMap((from) => [from, ...below(from)]);
    for (const node of inferred('Clause')) {
      const sources = sourcesOf(node);
      expect(sources.length, node.id).toBeGreaterThan(0);
      expect(node.properties.support).toBe(new Set(sources.map((s) => policyOf(s.id))).size);
      for (const { id, weight } of sources) {
        expect(clauses.has(id), `${node.id} ← ${id}`).toBe(true);
        expect(below(node.id), `${node.id} ← ${id}`).toContain(id);
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
    }
    for (const node of inferred('Section')) expect(sourcesOf(node).length, node.id).toBeGreaterThan(0);
  });

  it('gives each shared figure as the range its implementers write, never one locality’s alone', () => {
    let checked = 0;
    for (const node of inferred('Clause')) {
      const sources = new Set(sourcesOf(node).map((s) => s.id));
      for (const offer of JSON.parse(String(node.properties.offers)) as Offer[]) {
        expect(offer.count, `${node.id} ${offer.metric}`).toBeGreaterThanOrEqual(2);
        const values = offer.clauses.flatMap((id) => {
          expect(sources.has(id)).toBe(true);
          const clause = clauses.get(id)!;
          return [...clause.amounts, ...clause.targets]
            .filter(
              (q) =>
                q.normalizedUnit === offer.unit && offer.min <= q.normalizedValue && q.normalizedValue <= offer.max,
            )
            .map((q) => q.normalizedValue);
        });
        expect(values, `${node.id} ${offer.metric}`).toContain(offer.min);
        expect(values, `${node.id} ${offer.metric}`).toContain(offer.max);
        expect(new Set(offer.clauses.map(policyOf)).size).toBe(offer.count);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    // 设备更新: 海宁 and 秀洲 1000台(套), 平湖 750.
    const equipment = (
      JSON.parse(String(result.nodes.find((n) => n.id === '330000-2025/c9')!.properties.offers)) as Offer[]
    )[0];
    expect(equipment).toMatchObject({ unit: '台', min: 750, median: 1000, max: 1000, count: 3 });
  });

  it('matches the reviewed skeleton', async () => {
    const skeleton = inferred('Clause').map((n) => ({
      id: n.id,
      title: n.properties.title,
      text: n.properties.text,
      support: n.properties.support,
      offers: JSON.parse(String(n.properties.offers)) as Offer[],
    }));
    await expect(JSON.stringify(skeleton, null, 2) + '\n').toMatchFileSnapshot('__golden__/skeleton.golden.json');
  });
});
