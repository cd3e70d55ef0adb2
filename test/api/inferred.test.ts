/**
 * The inferred superior and the alignment's trust signals through the real yoga app over the real corpus (issues 12,
 * 16): an inferred clause's sources, support and the ranges its implementers give; reproduction measured against the
 * nearest real text; candidate edges flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

describe('an inferred superior clause', () => {
  it('says where it comes from and what its implementers offer', async () => {
    const { clause } = await data(
      api.yoga,
      `{ clause(id: "330000-2025/c9") { title text inferred support
          inferredFrom { clause { id } weight }
          offers { metric unit role min median max count clauses { id } }
          section { title inferredFrom { section { id } weight } support } } }`,
    );
    expect(clause).toMatchObject({ title: '支持推动工业领域设备更新和技术改造', inferred: true, support: 4 });
    // Simplified, no locality's own figure: 秀洲 and 海宁 write 1000台(套), 平湖 750.
    expect(clause.text).toContain('750～1000台(套)');
    expect(clause.text).not.toMatch(/臺|平湖|秀洲/);
    const sources = clause.inferredFrom.map((s: { clause: { id: string } }) => s.clause.id).sort();
    expect(sources).toEqual(['330411-2025/c8', '330481-2025/c8', '330482-2025/c8', '330500-2025/c12']);
    for (const { weight } of clause.inferredFrom) expect(weight).toBeGreaterThan(0);
    expect(clause.offers).toEqual([
      {
        metric: '工业和信息化领域设备更新',
        unit: '台',
        role: 'GOAL',
        min: 750,
        median: 1000,
        max: 1000,
        count: 3,
        clauses: [{ id: '330411-2025/c8' }, { id: '330481-2025/c8' }, { id: '330482-2025/c8' }],
      },
    ]);
    expect(clause.section.title).toBe('加快先进制造业发展');
    expect(clause.section.support).toBe(4);
    expect(clause.section.inferredFrom.length).toBe(4);
  });

  it('leaves a clause with text its own figures and no provenance', async () => {
    const { clause } = await data(
      api.yoga,
      '{ clause(id: "330481-2025/c8") { inferredFrom { weight } support offers { min } } }',
    );
    expect(clause).toEqual({ inferredFrom: [], support: null, offers: [] });
  });
});

describe('alignment edges', () => {
  it('measure reproduction against the closest peer when the superior is inferred, and say so', async () => {
    const { clause } = await data(
      api.yoga,
      `{ clause(id: "330481-2025/c1") { implements { clause { id } reproduction reproductionBasis
          reproducedFrom { id } changedQuantities { kind } candidate } } }`,
    );
    const [link] = clause.implements;
    expect(link).toMatchObject({ clause: { id: '330000-2025/c1' }, reproductionBasis: 'PEER', candidate: false });
    expect(link.reproduction).toBeGreaterThan(0.3);
    expect(link.reproducedFrom.id).toMatch(/^330(411|482|500)-2025\//);
    // No superior text states a figure: nothing is 'raised' against an inferred clause.
    expect(link.changedQuantities).toEqual([]);
  });

  it('name the older clause a link inherited through the locality’s own succession came from', async () => {
    const { clause, cascade } = await data(
      api.yoga,
      `{ clause(id: "330411-2025/c33") { implements { clause { id } method inheritedFrom { id title } evidence } }
         cascade(clauseId: "330411-2025/c33", direction: UP, depth: 1) { edges { from to method inheritedFrom } } }`,
    );
    const inherited = clause.implements.find((a: { method: string }) => a.method === 'succession');
    expect(inherited).toMatchObject({
      clause: { id: '330400-2025/c7' },
      inheritedFrom: { id: '330411-2024-draft/c9' },
    });
    // The older clause is headed as the measure: that heading is the first piece of evidence.
    expect(inherited.evidence[0]).toContain(inherited.inheritedFrom.title);
    for (const link of clause.implements.filter((a: { method: string }) => a.method !== 'succession'))
      expect(link.inheritedFrom).toBeNull();
    const edge = cascade.edges.find((e: { to: string }) => e.to === '330400-2025/c7');
    expect(edge).toEqual({
      from: '330411-2025/c33',
      to: '330400-2025/c7',
      method: 'succession',
      inheritedFrom: '330411-2024-draft/c9',
    });
  });

  it('compare a locality’s figures with what the implementers of an inferred superior offer, from its side', async () => {
    const FIELDS = `againstOffers { quantity { id text normalizedValue } offer { metric median count } position }`;
    const { haining, province } = await data(
      api.yoga,
      `{ haining: clause(id: "330481-2025/c1") { implements { clause { id } changedQuantities { kind } ${FIELDS} } }
         province: clause(id: "330000-2025/c1") { implementedBy { clause { id } ${FIELDS} } } }`,
    );
    const [link] = haining.implements;
    expect(link.changedQuantities).toEqual([]);
    // 海宁 gives 300万元 for a national incubator; the four localities that give one have the median 50万元.
    expect(link.againstOffers).toContainEqual({
      quantity: { id: '330481-2025/c1/t2', text: '300万元', normalizedValue: 3_000_000 },
      offer: { metric: '国家级科技企业孵化器', median: 500_000, count: 4 },
      position: 'HIGHER',
    });
    type Compared = { quantity: { id: string; normalizedValue: number }; offer: { median: number }; position: string };
    for (const c of link.againstOffers as Compared[]) {
      expect(c.quantity.id.startsWith('330481-2025/c1/')).toBe(true);
      const expected =
        c.quantity.normalizedValue > c.offer.median
          ? 'HIGHER'
          : c.quantity.normalizedValue < c.offer.median
            ? 'LOWER'
            : 'SAME';
      expect(c.position).toBe(expected);
    }
    // The province's panel shows the same comparison for 海宁's link: the locality's figures, not the province's.
    const seen = province.implementedBy.find((a: { clause: { id: string } }) => a.clause.id === '330481-2025/c1');
    expect(seen.againstOffers).toEqual(link.againstOffers);
    // A superior with text states its own figures: nothing is compared with offers.
    const { clause } = await data(api.yoga, `{ clause(id: "330411-2025/c1") { succeeds { ${FIELDS} } } }`);
    expect(clause.succeeds.flatMap((a: { againstOffers: unknown[] }) => a.againstOffers)).toEqual([]);
  });

  it('flag a weak match as a candidate, in the clause panel and in the cascade', async () => {
    const { clause, cascade } = await data(
      api.yoga,
      `{ clause(id: "330482-2025/c12") { correspondsTo { clause { id } score candidate } }
         cascade(clauseId: "330482-2025/c12", direction: BOTH, depth: 1) { edges { from to score candidate } } }`,
    );
    const weak = clause.correspondsTo.filter((a: { candidate: boolean }) => a.candidate);
    expect(weak.length).toBeGreaterThan(0);
    for (const a of weak) expect(a.score).toBeLessThan(0.15);
    for (const a of clause.correspondsTo.filter((x: { candidate: boolean }) => !x.candidate))
      expect(a.score).toBeGreaterThanOrEqual(0.15);
    expect(cascade.edges.every((e: { candidate: unknown }) => typeof e.candidate === 'boolean')).toBe(true);
  });
});
