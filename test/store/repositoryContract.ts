/**
 * The policy repository's contract (issue 4), run against every store: repository.grafeo.test.ts always,
 * repository.neo4j.int.test.ts when NEO4J_URI is set. `makeStore` must give an EMPTY store; the suite loads the
 * graphs itself with the real loader.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { loadGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { defineAnalysisReads, defineCompareOfSuperiorText } from './repositoryContractAnalysis';
import { defineCorpusReads } from './repositoryContractCorpus';
import { defineGraphReads } from './repositoryContractGraph';
import { definePolicyReads } from './repositoryContractReads';
import { defineReviewWrites } from './repositoryContractReviews';
import { realCorpus } from './repositoryCorpus';
import { repositoryFixture } from './repositoryFixture';
import type { PolicyGraph } from '@policy-cascade/graph-seed';

/** Opens a store, loads `graph` before the group's tests and closes the store after them; gives the repository. */
function withLoadedStore(makeStore: () => Promise<CypherStore>, graph: () => PolicyGraph): () => PolicyRepository {
  let store: CypherStore | undefined;
  let repository: PolicyRepository | undefined;
  beforeAll(async () => {
    store = await makeStore();
    await loadGraph(store, graph());
    repository = new PolicyRepository(store);
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!repository) throw new Error('the store was not set up');
    return repository;
  };
}

export function runRepositoryContract(name: string, makeStore: () => Promise<CypherStore>): void {
  describe(`PolicyRepository contract: ${name}, fixture graph`, () => {
    const repo = withLoadedStore(makeStore, repositoryFixture);
    definePolicyReads(repo);
    defineAnalysisReads(repo);
    defineGraphReads(repo);
  });

  describe(`PolicyRepository contract: ${name}, fixture graph with the city's text`, () => {
    const repo = withLoadedStore(makeStore, () => withCityText(repositoryFixture()));
    defineCompareOfSuperiorText(repo);
  });

  describe(`PolicyRepository contract: ${name}, real corpus`, () => {
    const corpus = realCorpus();
    const repo = withLoadedStore(makeStore, () => corpus.graph);
    defineCorpusReads(repo, corpus);
  });

  defineReviewWrites(name, makeStore);
}

/** The fixture as if 嘉政发〔2025〕6号's text had been imported: its clauses are real, no longer inferred. */
function withCityText(graph: PolicyGraph): PolicyGraph {
  const real = (n: PolicyGraph['nodes'][number]) =>
    n.label === 'Clause' && n.id.startsWith('330400-2025/')
      ? { ...n, properties: { ...n.properties, inferred: false } }
      : n;
  return { ...graph, nodes: graph.nodes.map(real) };
}
