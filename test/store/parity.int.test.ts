/**
 * Store parity (issue 13): every PolicyRepository method gives the same whole answer on grafeo and on a real Neo4j
 * 5.26, for the corpus and for a synthetic corpus of 100 documents. Answers are compared as they come — deep
 * equality, order included (the repository defines every order it returns; see server/CONTEXT.md) — and a
 * difference is reported with the call, the path into the answer and both values. Runs in the Neo4j leg.
 */
import { buildCorpusGraph, syntheticDocuments } from '@policy-cascade/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { openEmptyNeo4j } from '../support/testStore';
import { firstDifference } from './parityDifference';
import { parityCalls } from './parityCalls';
import type { ParityCall } from './parityGraph';
import { realCorpus } from './repositoryCorpus';

const repositoryMethods = Object.getOwnPropertyNames(PolicyRepository.prototype).filter(
  (name) => name !== 'constructor',
);

function byMethod(calls: ParityCall[]): Map<string, ParityCall[]> {
  const groups = new Map<string, ParityCall[]>();
  for (const call of calls) groups.set(call.method, [...(groups.get(call.method) ?? []), call]);
  return groups;
}

function defineParity(name: string, graph: () => PolicyGraph, sample: number): void {
  describe(`store parity, ${name}`, () => {
    const loaded = graph();
    const groups = byMethod(parityCalls(loaded, sample));
    let grafeo: CypherStore | undefined;
    let neo4j: CypherStore | undefined;
    const repositories = () => {
      if (!grafeo || !neo4j) throw new Error('the stores were not loaded');
      return [new PolicyRepository(grafeo), new PolicyRepository(neo4j)] as const;
    };
    beforeAll(async () => {
      grafeo = await createGrafeoStore();
      neo4j = await openEmptyNeo4j();
      await loadGraph(grafeo, loaded);
      await loadGraph(neo4j, loaded);
    }, 600_000);
    afterAll(async () => {
      await grafeo?.close();
      await neo4j?.close();
    });

    it('calls every PolicyRepository method', () => {
      expect([...groups.keys()].sort()).toEqual([...repositoryMethods].sort());
    });

    for (const [method, calls] of groups) {
      it(`${method}: the same answer on both stores (${calls.length} calls)`, async () => {
        const [onGrafeo, onNeo4j] = repositories();
        const differences: string[] = [];
        for (const call of calls) {
          const expected = await call.run(onGrafeo);
          const actual = await call.run(onNeo4j);
          const difference = firstDifference(expected, actual);
          if (difference) differences.push(`${method}(${call.label}) ${difference}`);
        }
        expect(differences.slice(0, 8), `${differences.length} of ${calls.length} calls differ`).toEqual([]);
      }, 120_000);
    }
  });
}

defineParity('the corpus', () => realCorpus().graph, 60);
defineParity('100 synthetic documents', () => buildCorpusGraph(syntheticDocuments(100, 1)), 40);
