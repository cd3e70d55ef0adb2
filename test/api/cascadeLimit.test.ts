/**
 * A cascade cut to a limit (issue 11, repository/cascadeLimit.ts): the clauses returned are the root and those
 * nearest it, each joined to the root through returned clauses, with the edges between them; nodesTotal, edgesTotal
 * and the levels count the whole cascade, checked here against the same cascade asked whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

const CASCADE = `query($id: ID!, $limit: Int) { cascade(clauseId: $id, direction: BOTH, depth: 2, limit: $limit) {
  nodes { distance clause { id } } edges { type from to } nodesTotal edgesTotal levels { distance total shown } } }`;
// A provincial measure: its cascade holds every locality carrying it.
const MEASURE = '330000-2025/c1';
// Fewer than the cascade's clauses (7 on the corpus), more than the root and its line up.
const CUT = 4;

interface Cut {
  nodes: { distance: number; clause: { id: string } }[];
  edges: { type: string; from: string; to: string }[];
  nodesTotal: number;
  edgesTotal: number;
  levels: { distance: number; total: number; shown: number }[];
}

const cascade = async (api: ApiFixture, limit: number | null): Promise<Cut> =>
  (await data(api.yoga, CASCADE, { id: MEASURE, limit })).cascade;

describe('a cascade cut to a limit', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ cache: false });
  });
  afterAll(() => api.store.close());

  it('returns the nearest clauses, joined to the root, and counts the whole cascade', async () => {
    const whole = await cascade(api, 2000);
    expect(whole.nodes.length).toBeGreaterThan(CUT);
    expect(whole.nodesTotal).toBe(whole.nodes.length);
    expect(whole.edgesTotal).toBe(whole.edges.length);
    const cut = await cascade(api, CUT);
    expect(cut.nodes).toHaveLength(CUT);
    expect([cut.nodesTotal, cut.edgesTotal, cut.levels.map((l) => l.total)]).toEqual([
      whole.nodesTotal,
      whole.edgesTotal,
      whole.levels.map((l) => l.total),
    ]);
    expect(cut.levels.reduce((sum, l) => sum + l.shown, 0)).toBe(CUT);
    for (const level of cut.levels)
      expect(cut.nodes.filter((n) => n.distance === level.distance)).toHaveLength(level.shown);
    const kept = new Set(cut.nodes.map((n) => n.clause.id));
    expect(kept.has(MEASURE)).toBe(true);
    // The edges between the clauses kept, all of them, and every clause reachable from the root through them.
    const between = whole.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
    expect(cut.edges).toEqual(between);
    const reached = new Set([MEASURE]);
    for (let grown = true; grown;) {
      grown = false;
      for (const e of cut.edges)
        for (const [a, b] of [
          [e.from, e.to],
          [e.to, e.from],
        ] as const)
          if (reached.has(a) && !reached.has(b)) grown = reached.add(b).size > 0;
    }
    expect(reached).toEqual(kept);
  });

  it('keeps the nearest levels first', async () => {
    const cut = await cascade(api, CUT);
    const farthestShown = Math.max(...cut.levels.filter((l) => l.shown > 0).map((l) => Math.abs(l.distance)));
    for (const level of cut.levels) if (Math.abs(level.distance) < farthestShown) expect(level.shown).toBe(level.total);
  });

  it('refuses a limit out of range, naming the field', async () => {
    const result = await gql(api.yoga, CASCADE, { id: MEASURE, limit: 0 });
    expect(result.errors?.[0]?.message).toMatch(/limit/);
  });
});
