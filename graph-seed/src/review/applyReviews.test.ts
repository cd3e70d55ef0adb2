import { describe, expect, it } from 'vitest';
import { buildCorpusGraph } from '../graph/corpusGraph';
import { loadCorpus } from '../io/readPolicy';
import type { GraphEdge, PolicyGraph } from '../model/graph';
import { applyReviews } from './applyReviews';
import { buildCorpus } from '../graph/corpusGraph';
import { applyReviewsToDelta, machineViewOf, machineViewOfBuild } from './reviewDelta';
import type { EdgeDelta } from './reviewDelta';
import { reviewKey } from './types';
import type { AlignmentReview, ReviewDecision, ReviewedEdgeType } from './types';

const { documents } = loadCorpus();
const graph = buildCorpusGraph(documents);
const at = '2026-12-04T10:00:00.000Z';

const review = (type: ReviewedEdgeType, from: string, to: string, decision: ReviewDecision): AlignmentReview => ({
  type,
  from,
  to,
  decision,
  note: `${decision} by test`,
  at,
});
const edgeOf = (g: PolicyGraph, key: string) => g.edges.find((e) => reviewKey(e) === key);
const clause = (g: PolicyGraph, id: string) => g.nodes.find((n) => n.id === id);

/** The IMPLEMENTS edge of the first clause of `policyId` that has exactly one. */
const soleImplements = (policyId: string) =>
  graph.edges.find(
    (e) =>
      e.type === 'IMPLEMENTS' &&
      e.from.startsWith(`${policyId}/`) &&
      graph.edges.filter((o) => o.type === 'IMPLEMENTS' && o.from === e.from).length === 1,
  )!;
// A 秀洲 clause with exactly one IMPLEMENTS edge to a clause, and the weakest peer edge of the corpus.
const implementsOnce = soleImplements('330411-2025');
const weakest = graph.edges
  .filter((e) => e.type === 'CORRESPONDS_TO')
  .sort((a, b) => Number(a.properties.score) - Number(b.properties.score))[0]!;

describe('applyReviews on the real corpus graph', () => {
  it('removes a rejected edge, and its clause becomes a local addition', () => {
    const { graph: reviewed, stale } = applyReviews(graph, [
      review('IMPLEMENTS', implementsOnce.from, implementsOnce.to, 'REJECT'),
    ]);
    expect(stale).toEqual([]);
    expect(edgeOf(reviewed, reviewKey(implementsOnce))).toBeUndefined();
    expect(clause(graph, implementsOnce.from)?.properties.localAddition).toBe(false);
    expect(clause(reviewed, implementsOnce.from)?.properties.localAddition).toBe(true);
    expect(reviewed.edges).toHaveLength(graph.edges.length - 1);
  });

  it('keeps a confirmed edge with its machine score and marks it REVIEWED, whichever way a peer edge is named', () => {
    const { graph: reviewed } = applyReviews(graph, [review('CORRESPONDS_TO', weakest.to, weakest.from, 'CONFIRM')]);
    expect(edgeOf(reviewed, reviewKey(weakest))?.properties).toMatchObject({
      score: weakest.properties.score,
      origin: 'REVIEWED',
      reviewDecision: 'CONFIRM',
      reviewNote: 'CONFIRM by test',
      reviewedAt: at,
    });
  });

  it('adds an edge the machine did not make, scored 1 by method review, and its clause is no local addition', () => {
    const local = graph.nodes.find((n) => n.properties.localAddition === true)!;
    const superior = graph.nodes.find((n) => n.label === 'Clause' && n.id.startsWith('330000-2025/'))!;
    const { graph: reviewed } = applyReviews(graph, [review('IMPLEMENTS', local.id, superior.id, 'ADD')]);
    const added = edgeOf(reviewed, `IMPLEMENTS:${local.id}->${superior.id}`);
    expect(added?.properties).toMatchObject({ score: 1, method: 'review', origin: 'ADDED', reviewDecision: 'ADD' });
    expect(clause(reviewed, local.id)?.properties.localAddition).toBe(false);
  });

  it('reports a review whose clause is gone as stale and changes nothing for it', () => {
    const gone = review('IMPLEMENTS', '330411-2025/c999', implementsOnce.to, 'ADD');
    const { graph: reviewed, stale } = applyReviews(graph, [gone]);
    expect(stale).toEqual([{ review: gone, missing: ['330411-2025/c999'] }]);
    expect(reviewed.edges).toHaveLength(graph.edges.length);
  });

  it('applies the latest decision on an edge', () => {
    const first = review('IMPLEMENTS', implementsOnce.from, implementsOnce.to, 'REJECT');
    const later = { ...first, decision: 'CONFIRM' as const, at: '2026-12-04T11:00:00.000Z' };
    const { graph: reviewed } = applyReviews(graph, [later, first]);
    expect(edgeOf(reviewed, reviewKey(implementsOnce))?.properties.origin).toBe('REVIEWED');
  });
});

/** The delta that turns `before` into `after` (the shape an incremental import writes). */
function diff(before: PolicyGraph, after: PolicyGraph): EdgeDelta {
  const key = (e: GraphEdge) => `${e.type}:${e.from}->${e.to}`;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const nodesBefore = new Map(before.nodes.map((n) => [n.id, n]));
  const nodesAfter = new Set(after.nodes.map((n) => n.id));
  const edgesBefore = new Map(before.edges.map((e) => [key(e), e]));
  const edgesAfter = new Set(after.edges.map(key));
  const removedNodes = before.nodes.filter((n) => !nodesAfter.has(n.id)).map((n) => n.id);
  const gone = new Set(removedNodes);
  return {
    nodes: after.nodes.filter((n) => !same(nodesBefore.get(n.id), n)),
    removedNodes,
    edges: after.edges.filter((e) => !same(edgesBefore.get(key(e)), e)),
    removedEdges: before.edges
      .filter((e) => !edgesAfter.has(key(e)) && !gone.has(e.from) && !gone.has(e.to))
      .map(({ type, from, to }) => ({ type, from, to })),
  };
}

/** What a store holding `stored` holds once `delta` is written (nodes removed with their edges; SET r = props). */
function write(stored: PolicyGraph, delta: EdgeDelta): PolicyGraph {
  const key = (e: { type: string; from: string; to: string }) => `${e.type}:${e.from}->${e.to}`;
  const nodes = new Map(stored.nodes.filter((n) => !delta.removedNodes.includes(n.id)).map((n) => [n.id, n]));
  for (const n of delta.nodes) nodes.set(n.id, n);
  const removed = new Set(delta.removedEdges.map(key));
  const edges = new Map(
    stored.edges.filter((e) => nodes.has(e.from) && nodes.has(e.to) && !removed.has(key(e))).map((e) => [key(e), e]),
  );
  for (const e of delta.edges) edges.set(key(e), e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const canonical = (g: PolicyGraph) => ({
  nodes: g.nodes.map((n) => JSON.stringify(n)).sort(),
  edges: g.edges.map((e) => JSON.stringify(e)).sort(),
});

describe('applyReviewsToDelta', () => {
  it('writing the overlaid delta of an import over the overlaid graph gives the overlaid graph of the new corpus', () => {
    const haining = documents.find((d) => d.policy.id === '330481-2025')!;
    const without = buildCorpusGraph(documents.filter((d) => d !== haining));
    const peer = graph.edges.find((e) => e.type === 'CORRESPONDS_TO' && e.from.startsWith('330481-2025/'))!;
    const hainingOnce = soleImplements('330481-2025');
    const reviews = [
      review('IMPLEMENTS', implementsOnce.from, implementsOnce.to, 'REJECT'),
      review('CORRESPONDS_TO', peer.from, peer.to, 'REJECT'),
      review('IMPLEMENTS', hainingOnce.from, hainingOnce.to, 'REJECT'),
      review('CORRESPONDS_TO', weakest.from, weakest.to, 'CONFIRM'),
      review('SUCCEEDS', '330481-2025/c1', '330411-2024-draft/c1', 'ADD'),
    ];
    const stored = applyReviews(without, reviews);
    expect(stored.stale.map((s) => s.missing)).toContainEqual(['330481-2025/c1']);
    const delta = applyReviewsToDelta(diff(without, graph), reviews, machineViewOf(graph));
    expect(delta.stale).toEqual([]);
    expect(canonical(write(stored.graph, delta.graph))).toEqual(canonical(applyReviews(graph, reviews).graph));
    // The import path's view of a build, without assembling its graph, sees the same machine graph.
    const fromBuild = applyReviewsToDelta(diff(without, graph), reviews, machineViewOfBuild(buildCorpus(documents)));
    expect(fromBuild).toEqual(delta);
  });
});
