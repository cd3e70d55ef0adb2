/**
 * The cascade walked over the per-version IMPLEMENTS adjacency (repository/cascadeAdjacency.ts), with the cards and
 * edges of the cascades shown before and the quantities of their clauses (cascadeMemo.ts), all brought forward after
 * imports, reviews and deltas, answers what the Cypher walk reading everything answers (issue 11). Each step compares
 * the app that advanced its adjacency with an app over the same store whose runner keeps nothing (no version: every
 * cascade is walked in Cypher, cascadeEdges.ts `walkedEdges`, and every quantity read), on this run's store (grafeo,
 * or Neo4j in the Neo4j leg); the store calls are counted to show that the adjacency was brought forward, not read
 * whole again.
 */
import { readFileSync } from 'node:fs';
import { buildCorpusGraph, loadCorpus } from '@policy-cascade/graph-seed';
import type { GraphEdge, PolicyGraph } from '@policy-cascade/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/api/createApp';
import type { App } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import { commitGraphDelta } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import type { CypherStore } from '../../server/src/store/CypherStore';
import type { ApiFixture } from './apiFixture';
import { data, gql, startCountedApi } from './apiFixture';

const TOKEN = 'review-token-for-tests-4567';
const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');
const IMPORT = `mutation($text: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: "330402-nanhu-2026.txt", replace: $replace) { __typename } }`;
const REVIEW = `mutation($from: ID!, $to: ID!, $decision: ReviewDecision!) {
  reviewAlignment(from: $from, to: $to, type: IMPLEMENTS, decision: $decision) { id } }`;
const CASCADE = `query($id: ID!, $direction: CascadeDirection!, $depth: Int!, $limit: Int) {
  cascade(clauseId: $id, direction: $direction, depth: $depth, limit: $limit) {
    root { id } nodesTotal edgesTotal levels { distance total shown }
    nodes { distance clause { id title text policy { id title region { code name parent { code } } }
      amounts { id text normalizedValue } targets { id text normalizedValue } } }
    edges { id type from to score method evidence reproduction reproductionBasis reproducedFrom inheritedFrom merged
      candidate origin review { decision note at } changedQuantities { kind metric unit before after } } } }`;
// As CASCADE without the clauses' texts: the app reads the clauses' heads (repository cascadeHeads), kept in the memo
// apart from the whole clauses. Asked first, so that the heads are read and kept before the whole clauses are.
const HEADS = CASCADE.replace('clause { id title text policy', 'clause { id title policy');
const ASKED = [
  { direction: 'BOTH', depth: 2, limit: null },
  { direction: 'BOTH', depth: 1, limit: 6 },
  { direction: 'UP', depth: 2, limit: null },
  { direction: 'DOWN', depth: 2, limit: 4 },
];

/** The edge the reviews reject and confirm: 湖州's (三十) carries provincial measure 29 (test/api/reviews.test.ts). */
const REVIEWED = { from: '330500-2025/c30', to: '330000-2025/c29' };

/** A clause that implements one and is implemented by others: a city clause carried down by counties. */
function middleClause(graph: PolicyGraph): string {
  const implementing = graph.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from.includes('/c'));
  const lower = new Set(implementing.map((e) => e.from));
  const middle = implementing.find((e) => lower.has(e.to))?.to;
  if (!middle) throw new Error('the corpus has no clause in the middle of a cascade');
  return middle;
}

/** Every cascade of `roots` the comparison asks, in order: the data, or the errors of a root the graph lacks. */
async function cascades(yoga: App, roots: readonly string[]) {
  const answers = [];
  for (const id of roots)
    for (const asked of ASKED)
      for (const query of [HEADS, CASCADE]) {
        const { data: answer, errors } = await gql(yoga, query, { id, ...asked });
        answers.push(answer?.cascade ?? errors?.map((error) => error.message));
      }
  return answers;
}

/** The store without its version: the repository keeps nothing for it and walks each cascade in Cypher. */
function walkingStore(store: CypherStore): CypherStore {
  return {
    name: store.name,
    run: (cypher, params) => store.run(cypher, params),
    transaction: (work) => store.transaction(work),
    close: async () => undefined,
  };
}

// Warmed: the memo filled with every clause's head, edge and quantities at once (repository/cascadeWarm.ts), as the
// server does at a start, so that what a write changed must be dropped from what the warm-up read, not only from what
// cascades read.
describe.each([
  { memo: 'filled as cascades ask', warmed: false },
  { memo: 'warmed whole', warmed: true },
])('the cascade over the adjacency brought forward, its memo $memo, equals the Cypher walk', ({ warmed }) => {
  const graph = buildCorpusGraph(loadCorpus().documents);
  const middle = middleClause(graph);
  const implementers = graph.edges.filter((e) => e.type === 'IMPLEMENTS' && e.to === middle).map((e) => e.from);
  const roots = [
    REVIEWED.from,
    REVIEWED.to,
    '330411-2025/c1',
    '330402-2026/c1',
    '330402-2026/c3',
    middle,
    ...implementers.slice(0, 3),
  ];
  let api: ApiFixture;
  let runs: (name: string) => number;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ api, runs, stop } = await startCountedApi({ reviewToken: TOKEN, prefix: 'cascade-adjacency-advance-' }));
    if (warmed) await new PolicyRepository(api.store).warm();
  });
  afterAll(() => stop());

  /** Runs `write` with the adjacency in hand, then checks it was brought forward and answers as the Cypher walk. */
  async function afterWrite(write: () => Promise<void>): Promise<void> {
    await cascades(api.yoga, roots);
    const [reads, advances] = [runs('repository.cascadeAdjacency'), runs('repository.cascadeAdjacencyOutgoing')];
    await write();
    const advanced = await cascades(api.yoga, roots);
    expect(runs('repository.cascadeAdjacency')).toBe(reads);
    expect(runs('repository.cascadeAdjacencyOutgoing')).toBe(advances + 1);
    const walked = createApp({
      store: walkingStore(api.store),
      cache: false,
      logger: createLogger({ write: () => {} }),
    });
    expect(advanced).toEqual(await cascades(walked, roots));
  }

  it('before any write', async () => {
    const walked = createApp({
      store: walkingStore(api.store),
      cache: false,
      logger: createLogger({ write: () => {} }),
    });
    const answers = await cascades(api.yoga, roots);
    expect(answers).toEqual(await cascades(walked, roots));
    expect(JSON.stringify(answers)).toContain(`IMPLEMENTS:${REVIEWED.from}->${REVIEWED.to}`);
  });

  it('after an import of a new document, and of it again with changed text', async () => {
    await afterWrite(async () => {
      expect((await data(api.yoga, IMPORT, { text: NANHU })).importPolicy.__typename).toBe('ImportedPolicy');
    });
    expect(JSON.stringify(await cascades(api.yoga, ['330402-2026/c1']))).toContain('120万元');
    await afterWrite(async () => {
      // A title and an amount of clauses the cascades show, and the document's title: the memo's cards, quantities
      // and policy of them must go.
      const changed = NANHU.replace(/数字游民/g, '数字工作者')
        .replace('每家120万元', '每家150万元')
        .replace('若干政策(2026年版)', '若干政策(2026年修订版)');
      const result = await data(api.yoga, IMPORT, { text: changed, replace: true });
      expect(result.importPolicy.__typename).toBe('ImportedPolicy');
    });
    const replaced = JSON.stringify(await cascades(api.yoga, ['330402-2026/c1']));
    expect(replaced).toContain('150万元');
    expect(replaced).toContain('2026年修订版');
  });

  it('after reviews that reject an edge and then confirm it', async () => {
    const edgeId = `IMPLEMENTS:${REVIEWED.from}->${REVIEWED.to}`;
    await afterWrite(() => data(api.yoga, REVIEW, { ...REVIEWED, decision: 'REJECT' }, TOKEN).then(() => undefined));
    expect(JSON.stringify(await cascades(api.yoga, [REVIEWED.from]))).not.toContain(edgeId);
    await afterWrite(() => data(api.yoga, REVIEW, { ...REVIEWED, decision: 'CONFIRM' }, TOKEN).then(() => undefined));
    expect(JSON.stringify(await cascades(api.yoga, [REVIEWED.from]))).toContain(edgeId);
  });

  it('after a clause removed and written again, without its implementers, between two reads', async () => {
    const node = graph.nodes.find((n) => n.id === middle);
    const kept = (e: GraphEdge) =>
      (e.type === 'IMPLEMENTS' && e.from === middle) || (e.type === 'HAS_CLAUSE' && e.to === middle);
    if (!node) throw new Error(`no node ${middle}`);
    const incoming = runs('repository.cascadeAdjacencyIncoming');
    await afterWrite(async () => {
      await commitGraphDelta(api.store, { nodes: [], removedNodes: [middle], edges: [], removedEdges: [] });
      await commitGraphDelta(api.store, {
        nodes: [node],
        removedNodes: [],
        edges: graph.edges.filter(kept),
        removedEdges: [],
      });
    });
    // The implementers' edges went with the removed clause: the adjacency's count disagreed and they were read again.
    expect(runs('repository.cascadeAdjacencyIncoming')).toBe(incoming + 1);
    const [cascade] = (await cascades(api.yoga, [middle])) as { edgesTotal: number; edges: { from: string }[] }[];
    for (const from of implementers) expect(cascade?.edges.map((edge) => edge.from)).not.toContain(from);
  });
});
