/**
 * One truth for coverage (issue 11): the coverage the alignment computes in memory (returned with the graph, used by
 * the import summary) and the coverage the repository reads through Cypher from the loaded graph agree — per
 * superior and locality, the measures carried and the gaps — on the corpus and on a synthetic corpus large enough
 * that its family is aligned through a core and a periphery.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCorpus,
  corpusGraphOf,
  coverageCandidates,
  implementsSteps,
  loadCorpus,
  syntheticDocuments,
} from '@policy-cascade/graph-seed';
import type { PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';

const stores: CypherStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});

async function compare(documents: PolicyDocument[]): Promise<number> {
  const build = buildCorpus(documents);
  const store = await createGrafeoStore();
  stores.push(store);
  await loadGraph(store, corpusGraphOf(build));
  const repository = new PolicyRepository(store);
  let compared = 0;
  for (const superiorId of new Set(build.alignment.coverage.map((entry) => entry.superiorId))) {
    const matrix = await repository.coverage(superiorId);
    expect(matrix, superiorId).not.toBeNull();
    for (const entry of build.alignment.coverage.filter((e) => e.superiorId === superiorId)) {
      const cells = matrix!.cells.filter((cell) => cell.policyId === entry.policyId);
      const gaps = cells.filter((cell) => cell.status === 'NOT_CARRIED').map((cell) => cell.measureId);
      const where = `${superiorId} × ${entry.policyId}`;
      expect(matrix!.measures.length, where).toBe(entry.total);
      expect(gaps, where).toEqual(entry.gaps);
      expect(cells.length - gaps.length, where).toBe(entry.covered);
      expect(candidatesOf(cells), where).toEqual(entry.candidates);
      compared++;
    }
  }
  return compared;
}

type Cell = NonNullable<Awaited<ReturnType<PolicyRepository['coverage']>>>['cells'][number];

/** The cells' candidates in the alignment's shape, in measure order. */
function candidatesOf(cells: Cell[]) {
  return cells.flatMap((cell) =>
    cell.candidate
      ? [{ measureId: cell.measureId, clauseId: cell.candidate.clauseId, score: cell.candidate.score }]
      : [],
  );
}

/** Loads the graph with every IMPLEMENTS edge leaving `clauseIds` made a candidate (the corpus has none of its own). */
async function withCandidates(graph: PolicyGraph, clauseIds: string[]): Promise<PolicyRepository> {
  for (const edge of graph.edges)
    if (edge.type === 'IMPLEMENTS' && clauseIds.includes(edge.from)) edge.properties.candidate = true;
  const store = await createGrafeoStore();
  stores.push(store);
  await loadGraph(store, graph);
  return new PolicyRepository(store);
}

describe('coverage in memory and through Cypher', () => {
  it('agree on the corpus', async () => {
    expect(await compare(loadCorpus().documents)).toBeGreaterThanOrEqual(6);
  });

  it('agree on a synthetic corpus of forty localities', async () => {
    expect(await compare(syntheticDocuments(40, 2))).toBeGreaterThan(40);
  });

  it('count no candidate link: a measure reached only through one is a gap naming its candidate clause', async () => {
    const graph = corpusGraphOf(buildCorpus(loadCorpus().documents));
    // 湖州 (二) reaches 关键核心技术攻关 through one sentence; made a candidate, it carries it no more.
    const edge = graph.edges.find(
      (e) => e.type === 'IMPLEMENTS' && e.from === '330500-2025/c2' && e.to === '330000-2025/c2',
    );
    expect(edge?.properties.candidate).toBe(false);
    const repository = await withCandidates(graph, ['330500-2025/c2']);
    const cell = (await repository.coverage('330000-2025'))!.cells.find(
      (c) => c.measureId === '330000-2025/c2' && c.policyId === '330500-2025',
    );
    expect(cell?.status).toBe('NOT_CARRIED');
    expect(cell?.clauseIds).toEqual([]);
    expect(cell?.candidate).toEqual({ clauseId: '330500-2025/c2', score: edge!.properties.score });
    const gaps = await repository.gaps('330000-2025', '330500');
    expect(gaps!.gaps.map((g) => g.measure.id)).toContain('330000-2025/c2');
  });

  it('name the same candidate clause as the alignment, through a city clause too', async () => {
    const graph = corpusGraphOf(buildCorpus(loadCorpus().documents));
    // Every link of 平湖's and 湖州's first clauses made a candidate: 平湖 (一) reaches the province's 330000-2025/c1
    // only through 嘉兴's inferred clause, so that path is a candidate of two steps.
    const weakened = ['330482-2025/c1', '330482-2025/c2', '330500-2025/c1', '330500-2025/c2'];
    const repository = await withCandidates(graph, weakened);
    const named: string[] = [];
    for (const superiorId of ['330000-2025', '330400-2025']) {
      const matrix = (await repository.coverage(superiorId))!;
      for (const locality of matrix.localities) {
        const cells = matrix.cells.filter((cell) => cell.policyId === locality.policyId);
        const gapIds = cells.filter((cell) => cell.status === 'NOT_CARRIED').map((cell) => cell.measureId);
        const clauseIds = graph.nodes
          .filter((n) => n.label === 'Clause' && n.id.startsWith(`${locality.policyId}/`))
          .map((n) => n.id);
        const expected = coverageCandidates(clauseIds, gapIds, implementsSteps(graph.edges));
        expect(candidatesOf(cells), `${superiorId} × ${locality.policyId}`).toEqual(expected);
        named.push(...expected.map((c) => `${c.measureId} ← ${c.clauseId}`));
      }
    }
    expect(named).toContain('330000-2025/c1 ← 330482-2025/c1');
    expect(named.length).toBeGreaterThan(3);
  });
});
