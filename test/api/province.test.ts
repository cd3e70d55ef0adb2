/**
 * The province-wide corpus (graph-seed/corpus-province) loaded with the five documents the way the server loads a
 * corpus (openLibrary), read through the real yoga app: the server starts although texts are refused and says which,
 * every document has the id, 文号 and superiors expectations.json gives it (with how each link was found), and the
 * cascade and coverage of 浙政发〔2025〕3号 reach the localities whose superiors only the title or geography gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, provinceCorpusDir, provinceExpectations } from '@policy-cascade/graph-seed';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const expectations = provinceExpectations();
let api: ApiFixture;
beforeAll(async () => {
  api = await startApi({ corpusDir: [defaultCorpusDir, provinceCorpusDir] });
});
afterAll(() => api.store.close());

interface SuperiorRow {
  policy: { id: string };
  method: string;
}

describe('the province corpus through the API', () => {
  it('starts with what it could read and lists what it refused, file by file', () => {
    const refused = api.library.refused.map((d) => `${d.file.split('/').pop()} ${d.code}`).sort();
    const expected = [...expectations].filter(([, e]) => e.refused).map(([file, e]) => `${file} ${e.refused}`);
    expect(refused).toEqual(expected.sort());
    expect(api.library.refused.every((d) => d.line >= 0 && d.message !== '')).toBe(true);
  });

  it('gives each document the id, 文号 and superiors expected, saying how each superior was found', async () => {
    const placed = [...expectations].filter(([, e]) => !e.refused);
    const query = `query($id: ID!) { policy(id: $id) { id docNumber sourceFile stub
      implements { id } superiors { policy { id } method } } }`;
    for (const [file, expected] of placed) {
      const { policy } = await data(api.yoga, query, { id: expected.id });
      expect(policy, file).toMatchObject({ id: expected.id, sourceFile: file, stub: false });
      if (expected.docNumber) expect(policy.docNumber, file).toBe(expected.docNumber);
      const superiors = Object.fromEntries(
        (policy.superiors as SuperiorRow[]).map((s) => [s.policy.id, s.method.toLowerCase()]),
      );
      expect(superiors, file).toEqual(expected.superiors);
      expect(policy.implements.map((p: { id: string }) => p.id).sort()).toEqual(Object.keys(superiors).sort());
    }
  });

  it('keeps 330000-2025 for 浙政发〔2025〕3号, a stub whatever else is loaded', async () => {
    const { policy } = await data(api.yoga, '{ policy(id: "330000-2025") { stub docNumber title } }');
    expect(policy).toMatchObject({ stub: true, docNumber: '浙政发〔2025〕3号' });
  });

  it('reaches 嘉兴 and 南湖 (superiors named only in its title) from the provincial measure 秀洲 (一) carries', async () => {
    const up = await data(
      api.yoga,
      '{ cascade(clauseId: "330411-2025/c1", direction: UP, depth: 3) { nodes { distance clause { id } } } }',
    );
    const provincial = up.cascade.nodes
      .map((n: { clause: { id: string } }) => n.clause.id)
      .find((id: string) => id.startsWith('330000-2025/'));
    expect(provincial).toBeDefined();
    const down = await data(
      api.yoga,
      'query($id: ID!) { cascade(clauseId: $id, direction: DOWN, depth: 2) { nodes { clause { id } } } }',
      {
        id: provincial,
      },
    );
    const reached = down.cascade.nodes.map((n: { clause: { id: string } }) => n.clause.id);
    expect(reached).toEqual(expect.arrayContaining(['330400-2025/c1', '330402-2025/c1', '330411-2025/c1']));
  });

  it('counts the localities that carry 浙政发〔2025〕3号 down, those found by geography included', async () => {
    const { coverage } = await data(
      api.yoga,
      '{ coverage(policyId: "330000-2025") { localities { policy { id } carried total } } }',
    );
    const localities = coverage.localities.map((l: { policy: { id: string } }) => l.policy.id);
    // Declared (温州), through its city text (龙湾 → 温州), by geography (台州, 东阳), in the title (南湖 via 嘉兴).
    expect(localities).toEqual(
      expect.arrayContaining([
        '330300-2025',
        '330303-2025',
        '331000-2025',
        '330783-2025',
        '330402-2025',
        '330481-2025',
      ]),
    );
    for (const locality of coverage.localities) expect(locality.carried).toBeLessThanOrEqual(locality.total);
  });
});
