/**
 * A gap whose only local link is a candidate (issue 14, gaps CSV): through the real yoga app over this run's store
 * (grafeo, or Neo4j in its leg, so both stores answer it), loaded with the corpus graph in which every IMPLEMENTS
 * edge of 湖州's (二) and 平湖's (一) is made a candidate (the corpus has none of its own). The coverage cell stays a
 * gap and names the candidate clause with the score graph-seed's coverageCandidates gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusGraph, coverageCandidates, implementsSteps, loadCorpus } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { createApp } from '../../server/src/api/createApp';
import type { App } from '../../server/src/api/createApp';
import { loadGraph } from '../../server/src/load';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { openTestStore } from '../support/testStore';
import { data } from './apiFixture';

const WEAKENED = ['330500-2025/c2', '330482-2025/c1'];

const COVERAGE = `query ($policyId: ID!) {
  coverage(policyId: $policyId) {
    cells { measureId policyId status clauses { id } candidate { score clause { id policy { id } } } }
  }
}`;

interface Cell {
  measureId: string;
  policyId: string;
  status: string;
  clauses: { id: string }[];
  candidate: { score: number; clause: { id: string; policy: { id: string } } } | null;
}

let store: CypherStore;
let yoga: App;
let graph: PolicyGraph;

beforeAll(async () => {
  graph = buildCorpusGraph(loadCorpus().documents);
  for (const edge of graph.edges)
    if (edge.type === 'IMPLEMENTS' && WEAKENED.includes(edge.from)) edge.properties.candidate = true;
  store = await openTestStore();
  await loadGraph(store, graph);
  yoga = createApp({ store, cache: false });
}, 300_000);

afterAll(async () => {
  await store?.close();
});

describe('coverage candidates through the API', () => {
  it('report a gap reached only through a candidate with its clause and score, as the alignment computes them', async () => {
    const { coverage } = await data<{ coverage: { cells: Cell[] } }>(yoga, COVERAGE, { policyId: '330000-2025' });
    const huzhou = coverage.cells.find((c) => c.policyId === '330500-2025' && c.measureId === '330000-2025/c2');
    expect(huzhou?.status).toBe('NOT_CARRIED');
    expect(huzhou?.clauses).toEqual([]);
    expect(huzhou?.candidate?.clause).toEqual({ id: '330500-2025/c2', policy: { id: '330500-2025' } });
    // 平湖 (一) reaches the province's first measure only through 嘉兴's inferred clause.
    const pinghu = coverage.cells.find((c) => c.policyId === '330482-2025' && c.measureId === '330000-2025/c1');
    expect(pinghu?.candidate?.clause.id).toBe('330482-2025/c1');

    for (const policyId of ['330500-2025', '330482-2025']) {
      const cells = coverage.cells.filter((c) => c.policyId === policyId);
      const clauseIds = graph.nodes.filter((n) => n.label === 'Clause' && n.id.startsWith(`${policyId}/`));
      const gapIds = cells.filter((c) => c.status === 'NOT_CARRIED').map((c) => c.measureId);
      const expected = coverageCandidates(
        clauseIds.map((n) => n.id),
        gapIds,
        implementsSteps(graph.edges),
      );
      const reported = cells.flatMap((c) =>
        c.candidate ? [{ measureId: c.measureId, clauseId: c.candidate.clause.id, score: c.candidate.score }] : [],
      );
      expect(reported, policyId).toEqual(expected);
    }
    // A carried cell names no candidate.
    expect(coverage.cells.filter((c) => c.status !== 'NOT_CARRIED' && c.candidate)).toEqual([]);
  });
});
