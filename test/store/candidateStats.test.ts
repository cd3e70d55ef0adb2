/**
 * A candidate link (a weak match left for a person to decide) counts in no figure: localityStats' median reproduction
 * is measured over the IMPLEMENTS edges coverage counts, so a locality's stats and its coverage speak of the same
 * links. The corpus has no candidate IMPLEMENTS edge, so one is made here from a real one.
 */
import { afterAll, expect, it } from 'vitest';
import { buildCorpus, corpusGraphOf, loadCorpus } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';

const stores: CypherStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});

async function huzhouStats(graph: PolicyGraph) {
  const store = await createGrafeoStore();
  stores.push(store);
  await loadGraph(store, graph);
  const stats = await new PolicyRepository(store).localityStats('330000-2025');
  return stats?.find((row) => row.policyId === '330500-2025');
}

it('leaves candidate links out of the median reproduction, as coverage leaves them out', async () => {
  const graph = corpusGraphOf(buildCorpus(loadCorpus().documents));
  const before = await huzhouStats(structuredClone(graph));
  const edge = graph.edges.find(
    (e) => e.type === 'IMPLEMENTS' && e.from === '330500-2025/c2' && e.to === '330000-2025/c2',
  );
  expect(edge?.properties.candidate).toBe(false);
  expect(edge?.properties.reproduction).toEqual(expect.any(Number));
  edge!.properties.candidate = true;
  const after = await huzhouStats(graph);
  expect(after?.reproductionCount).toBe(before!.reproductionCount - 1);
});
