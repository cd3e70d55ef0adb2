/**
 * One truth for coverage (issue 11): the coverage the alignment computes in memory (returned with the graph, used by
 * the import summary) and the coverage the repository reads through Cypher from the loaded graph agree — per
 * superior and locality, the measures carried and the gaps — on the corpus and on a synthetic corpus large enough
 * that its family is aligned through a core and a periphery.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, corpusGraphOf, loadCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { PolicyDocument } from '@policy-cascade/graph-seed';
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
      compared++;
    }
  }
  return compared;
}

describe('coverage in memory and through Cypher', () => {
  it('agree on the corpus', async () => {
    expect(await compare(loadCorpus().documents)).toBeGreaterThanOrEqual(6);
  });

  it('agree on a synthetic corpus of forty localities', async () => {
    expect(await compare(syntheticDocuments(40, 2))).toBeGreaterThan(40);
  });
});
