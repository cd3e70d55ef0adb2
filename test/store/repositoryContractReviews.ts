/**
 * Reviews written to the store (issue 16), part of the repository contract so the same store-neutral Cypher runs on
 * every adapter: the review desk's one-transaction writes give the store what graph-seed's overlay gives the graph
 * (the alignment edges and localAddition flags compared), and coverage and the queue read them.
 */
import { applyReviews } from '@policy-cascade/graph-seed';
import type { AlignmentReview, PolicyGraph } from '@policy-cascade/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import { ReviewDesk } from '../../server/src/review';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { realCorpus } from './repositoryCorpus';

const at = '2026-12-04T10:00:00.000Z';
const review = (type: AlignmentReview['type'], from: string, to: string, decision: AlignmentReview['decision']) => ({
  type,
  from,
  to,
  decision,
  note: decision === 'ADD' ? '文旅 merged here' : null,
});

const REVIEWS = [
  review('IMPLEMENTS', '330500-2025/c30', '330000-2025/c29', 'REJECT'),
  review('IMPLEMENTS', '330500-2025/c30', '330000-2025/c28', 'CONFIRM'),
  review('IMPLEMENTS', '330481-2025/c10', '330000-2025/c10', 'ADD'),
  review('CORRESPONDS_TO', '330481-2025/c1', '330411-2025/c1', 'REJECT'),
  review('SUCCEEDS', '330411-2025/c2', '330411-2024-draft/c5', 'ADD'),
];

async function alignmentEdges(store: CypherStore) {
  const rows = await store.run(
    `MATCH (a:Clause)-[e:IMPLEMENTS|CORRESPONDS_TO|SUCCEEDS]->(b:Clause)
     RETURN type(e) + ':' + a.id + '->' + b.id AS id, e.score AS score, e.origin AS origin,
            e.reviewDecision AS decision, e.reviewNote AS note ORDER BY id`,
  );
  return rows;
}

function expectedEdges(graph: PolicyGraph) {
  return graph.edges
    .filter((e) => ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'].includes(e.type) && e.from.includes('/c'))
    .map((e) => ({
      id: `${e.type}:${e.from}->${e.to}`,
      score: e.properties.score ?? null,
      origin: e.properties.origin ?? null,
      decision: e.properties.reviewDecision ?? null,
      note: e.properties.reviewNote ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function defineReviewWrites(name: string, makeStore: () => Promise<CypherStore>): void {
  describe(`reviews written to the store: ${name}, real corpus`, () => {
    const corpus = realCorpus();
    let store: CypherStore;
    let desk: ReviewDesk;
    beforeAll(async () => {
      store = await makeStore();
      await loadGraph(store, corpus.graph);
      desk = new ReviewDesk(store, [], { now: () => new Date(at) });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('leaves the store as the overlay leaves the graph, and coverage follows', async () => {
      const repository = new PolicyRepository(store);
      const carried = async (policyId: string) =>
        (await repository.coverage('330000-2025'))?.localities.find((l) => l.policyId === policyId)?.carried;
      const [huzhou, haining] = [await carried('330500-2025'), await carried('330481-2025')];
      for (const r of REVIEWS) await desk.review(r);
      const overlay = applyReviews(corpus.graph, desk.list());
      expect(overlay.stale).toEqual([]);
      expect(await alignmentEdges(store)).toEqual(expectedEdges(overlay.graph));
      const flags = await store.run(
        "MATCH (c:Clause) WHERE c.id IN ['330500-2025/c30', '330481-2025/c10'] RETURN c.id AS id, c.localAddition AS f ORDER BY id",
      );
      const overlaid = (id: string) => overlay.graph.nodes.find((n) => n.id === id)?.properties.localAddition;
      expect(flags).toEqual([
        { id: '330481-2025/c10', f: overlaid('330481-2025/c10') },
        { id: '330500-2025/c30', f: overlaid('330500-2025/c30') },
      ]);
      expect(await carried('330500-2025')).toBe((huzhou ?? 0) - 1);
      expect(await carried('330481-2025')).toBe((haining ?? 0) + 1);
      const queue = (await repository.reviewQueue('330000-2025', 100, new Set())) ?? [];
      expect(queue.map((i) => i.id)).not.toContain('IMPLEMENTS:330500-2025/c30->330000-2025/c28');
    });
  });
}
