/**
 * One meaning per answer (issue 12 item 5): each rule through the real yoga app over the real corpus, checked
 * against what other queries say rather than against numbers read back from a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface Link {
  clause: { id: string; policy: { id: string } };
  candidate: boolean;
}
interface PolicyClauses {
  id: string;
  stub: boolean;
  implements: { id: string }[];
  implementedBy: { id: string }[];
  superiors: { policy: { id: string } }[];
  clauses: { id: string; localAddition: boolean; implements: Link[] }[];
}

const POLICY_FIELDS = `id stub implements { id } implementedBy { id } superiors { policy { id } }
  clauses { id localAddition implements { clause { id policy { id } } candidate } }`;

async function policies(): Promise<PolicyClauses[]> {
  const { policies } = await data(api.yoga, `{ policies(first: 100) { edges { node { ${POLICY_FIELDS} } } } }`);
  return policies.edges.map((e: { node: PolicyClauses }) => e.node);
}

const firm = (links: Link[]) => links.filter((l) => !l.candidate);

describe('coverage of a city stub', () => {
  it('counts the measures its inferred clauses implement: gaps(330000-2025, 嘉兴) against its clauses', async () => {
    const { gaps, province, city } = await data(
      api.yoga,
      `{ gaps(policyId: "330000-2025", regionCode: "330400") { share locality { id } gaps { id } }
         province: policy(id: "330000-2025") { clauses { id } }
         city: policy(id: "330400-2025") { ${POLICY_FIELDS} } }`,
    );
    const reached = new Set<string>(
      city.clauses.flatMap((c: PolicyClauses['clauses'][number]) =>
        firm(c.implements)
          .filter((l) => l.clause.policy.id === '330000-2025')
          .map((l) => l.clause.id),
      ),
    );
    const measures: string[] = province.clauses.map((c: { id: string }) => c.id);
    expect(reached.size).toBeGreaterThan(40);
    expect(gaps.locality).toEqual({ id: '330400-2025' });
    expect(gaps.gaps.map((g: { id: string }) => g.id)).toEqual(measures.filter((id) => !reached.has(id)));
    expect(gaps.share).toBeCloseTo(reached.size / measures.length, 10);
  });
});

describe('policy-level implements', () => {
  it('is the declared superiors and the documents its clauses implement, for every policy', async () => {
    for (const policy of await policies()) {
      const viaClauses = policy.clauses.flatMap((c) => firm(c.implements).map((l) => l.clause.policy.id));
      const expected = new Set([...policy.superiors.map((s) => s.policy.id), ...viaClauses]);
      expect(new Set(policy.implements.map((p) => p.id)), policy.id).toEqual(expected);
    }
    const { policy } = await data(api.yoga, '{ policy(id: "330400-2025") { implements { id } superiors { method } } }');
    expect(policy).toEqual({ implements: [{ id: '330000-2025' }], superiors: [] });
  });
});

describe('policy-level implementedBy', () => {
  it('is implements read the other way, for every policy', async () => {
    const all = await policies();
    for (const policy of all) {
      const implementers = all.filter((other) => other.implements.some((p) => p.id === policy.id)).map((p) => p.id);
      expect(policy.implementedBy.map((p) => p.id).sort(), policy.id).toEqual(implementers.sort());
    }
    const { policy } = await data(api.yoga, '{ policy(id: "330000-2025") { implementedBy { id } } }');
    expect(policy.implementedBy).toContainEqual({ id: '330400-2025' });
  });
});

describe('cascade distances', () => {
  type Node = { clause: { id: string }; distance: number };
  const cascade = async (id: string, direction: string, depth = 2) =>
    new Map<string, number>(
      (
        await data(
          api.yoga,
          `{ cascade(clauseId: "${id}", direction: ${direction}, depth: ${depth}) { nodes { clause { id } distance } } }`,
        )
      ).cascade.nodes.map((n: Node) => [n.clause.id, n.distance]),
    );

  it('are the same whichever direction is asked', async () => {
    for (const id of ['330411-2025/c1', '330481-2025/c1', '330000-2025/c1', '330400-2025/c9', '330500-2025/c12']) {
      const both = await cascade(id, 'BOTH');
      for (const direction of ['UP', 'DOWN']) {
        for (const [node, distance] of await cascade(id, direction))
          expect([id, node, both.get(node)]).toEqual([id, node, distance]);
      }
    }
    // 秀洲 (一) → 嘉兴's inferred clause → the province's: two steps up, though 海宁, a peer, implements it directly.
    expect((await cascade('330411-2025/c1', 'BOTH')).get('330000-2025/c1')).toBe(-2);
  });
});

describe('local additions', () => {
  it('hold only in a document with a superior, for exactly the clauses that implement nothing', async () => {
    const all = await policies();
    for (const policy of all.filter((p) => !p.stub)) {
      const hasSuperior = policy.implements.length > 0;
      for (const clause of policy.clauses)
        expect([clause.id, clause.localAddition]).toEqual([clause.id, hasSuperior && clause.implements.length === 0]);
    }
    // 秀洲's 2024 draft names no superior: none of its 68 clauses is a local addition.
    const draft = all.find((p) => p.id === '330411-2024-draft');
    expect(draft?.clauses).toHaveLength(68);
    expect(draft?.superiors).toEqual([]);
    expect(draft?.clauses.some((c) => c.localAddition)).toBe(false);
  });
});

describe('unknown ids', () => {
  it('give NOT_FOUND naming the id in every entry point that takes one', async () => {
    const queries = [
      '{ clause(id: "330411-2025/c999") { id } }',
      '{ policy(id: "330999-2025") { id } }',
      '{ section(id: "330411-2025/s99") { id } }',
      '{ region(code: "339999") { code } }',
      '{ cascade(clauseId: "330411-2025/c999") { depth } }',
      '{ compare(clauseId: "330411-2025/c999") { clause { id } } }',
      '{ coverage(policyId: "330999-2025") { measures { id } } }',
      '{ gaps(policyId: "330999-2025", regionCode: "330411") { share } }',
      '{ gaps(policyId: "330000-2025", regionCode: "339999") { share } }',
      '{ departments(policyId: "330999-2025") { id } }',
      '{ departments(regionCode: "339999") { id } }',
    ];
    for (const query of queries) {
      const { errors } = await gql(api.yoga, query);
      const unknown = /"(33[0-9-]+(?:\/[cs]\d+)?)"/.exec(query)?.[1] ?? '';
      expect([query, errors?.[0]?.extensions?.code]).toEqual([query, 'NOT_FOUND']);
      expect(errors?.[0]?.message).toContain(query.includes('gaps(policyId: "330000-2025"') ? '339999' : unknown);
    }
  });
});

describe('peerMedian', () => {
  it('is documented as null below 3 values, and is null exactly then', async () => {
    const { __type } = await data(api.yoga, '{ __type(name: "ComparedQuantity") { fields { name description } } }');
    const field = __type.fields.find((f: { name: string }) => f.name === 'peerMedian');
    expect(field.description).toMatch(/null with fewer than 3 values/);
    // 省级科技企业孵化器 rewards: 秀洲, 海宁, 平湖, 湖州 give one each — compared; 3家 of 海宁 has no peer.
    const { compare } = await data(
      api.yoga,
      `{ compare(clauseId: "330411-2025/c1") { rows { clause { id } quantities { comparableKey peerMedian
          quantity { role } } } } }`,
    );
    const keys = new Map<string, number>();
    type Compared = { comparableKey: string | null; peerMedian: number | null; quantity: { role: string } };
    const quantities: Compared[] = compare.rows.flatMap((r: { quantities: Compared[] }) => r.quantities);
    for (const q of quantities) if (q.comparableKey) keys.set(q.comparableKey, (keys.get(q.comparableKey) ?? 0) + 1);
    expect(quantities.some((q) => q.peerMedian !== null)).toBe(true);
    for (const q of quantities.filter((x) => x.peerMedian !== null))
      expect(keys.get(q.comparableKey ?? '')).toBeGreaterThanOrEqual(3);
  });
});
