/**
 * The provincial text arrives: 浙政发〔2025〕3号 is imported through the API (written here from the measures the
 * corpus implies, as a real document with its notice, 文号 and areas). The stub is filled in place, its inferred
 * skeleton retires, the localities' clauses implement the real provincial clauses, and the same queries keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_FIELDS, provincialText } from '../support/provincialText';
import type { Measure } from '../support/provincialText';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const MEASURES = `{ coverage(policyId: "330000-2025") {
  measures { ${MEASURE_FIELDS} }
  localities { policy { id } carried total } } }`;

describe('importing the superior text itself', () => {
  let api: ApiFixture;
  let inferred: Measure[];
  beforeAll(async () => {
    api = await startApi();
    inferred = (await data(api.yoga, MEASURES)).coverage.measures;
  });
  afterAll(() => api.store.close());

  it('fills the stub in place and retires the inferred skeleton for its real clauses', async () => {
    expect(inferred.every((m) => m.inferred)).toBe(true);
    const result = (
      await data(
        api.yoga,
        `mutation($text: String!) { importPolicy(text: $text, sourceName: "330000-zhejiang-2025.txt") {
          __typename ... on ImportedPolicy { filledStub replaced policy { id stub docNumber clauseCount } }
          ... on ImportRejected { code message } } }`,
        { text: provincialText(inferred) },
      )
    ).importPolicy;
    expect(result).toMatchObject({
      __typename: 'ImportedPolicy',
      // A stub is filled without replace: true, and that is not a replacement.
      filledStub: true,
      replaced: false,
      policy: { id: '330000-2025', stub: false, docNumber: '浙政发〔2025〕3号', clauseCount: inferred.length },
    });
    const after = (await data(api.yoga, MEASURES)).coverage;
    expect(after.measures).toHaveLength(inferred.length);
    expect(after.measures.every((m: Measure) => !m.inferred)).toBe(true);
    expect(after.measures.map((m: Measure) => m.title)).toEqual(inferred.map((m) => m.title));
  });

  it('keeps the same queries working: 秀洲 (一) reaches the real provincial (一) through 嘉兴, coverage stays', async () => {
    const up = await data(
      api.yoga,
      '{ cascade(clauseId: "330411-2025/c1", direction: UP, depth: 2) { nodes { clause { id inferred } } } }',
    );
    const ids = up.cascade.nodes.map((n: { clause: { id: string; inferred: boolean } }) => n.clause);
    expect(ids).toContainEqual({ id: '330000-2025/c1', inferred: false });
    const { localities } = (await data(api.yoga, MEASURES)).coverage;
    const share = (policyId: string) => {
      const row = localities.find((l: { policy: { id: string } }) => l.policy.id === policyId);
      return row.carried / row.total;
    };
    for (const policyId of ['330411-2025', '330481-2025', '330482-2025', '330500-2025']) {
      expect(share(policyId)).toBeGreaterThan(0.75);
    }
  });
});
