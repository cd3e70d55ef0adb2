/**
 * Query latency benchmark (issues 4, 13, 15): median and p95 of cascade, coverage, search, a search page with facets,
 * a page of clauses, a page of the graph export and the aggregates through the PolicyRepository, on an in-memory
 * grafeo store (`query.…`) and on Neo4j 5.26 (`query.neo4j.…`, bench/_neo4j.ts) loaded with the same graph, for the
 * corpus and for a synthetic corpus of 100 documents. Targets: p95 under 10 ms for the corpus, under 50 ms at 100
 * documents. Prints `name: value unit` lines; asserts nothing.
 */
import { buildCorpusGraph, loadCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../server/src/load';
import { PolicyRepository } from '../server/src/repository';
import type { CypherStore } from '../server/src/store/CypherStore';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';
import { emptyBenchNeo4j, printAbsent } from './_neo4j';

const WARM_UP = 10;
const ROUNDS = 100;
const SEARCHES = ['发改局', '發改局 科技局', '科技企业孵化器 万元', '高新技术企业'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function measure(prefix: string, name: string, query: (round: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await query(i);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await query(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`${prefix}.${name}.p50: ${percentile(times, 50).toFixed(2)} ms\n`);
  process.stdout.write(`${prefix}.${name}.p95: ${percentile(times, 95).toFixed(2)} ms\n`);
}

/** 秀洲's (一) when present (the design's example), else a clause that implements something, else the first. */
function cascadeRoot(graph: PolicyGraph): string | undefined {
  const clauses = new Set(graph.nodes.filter((n) => n.label === 'Clause').map((n) => n.id));
  if (clauses.has('330411-2025/c1')) return '330411-2025/c1';
  const implementing = graph.edges.find((e) => e.type === 'IMPLEMENTS' && clauses.has(e.from));
  return implementing?.from ?? [...clauses][0];
}

async function benchGraph(prefix: string, graph: PolicyGraph): Promise<void> {
  await benchStore(prefix, graph, await createGrafeoStore());
  const neo4j = await emptyBenchNeo4j();
  if (typeof neo4j === 'string') printAbsent(`${prefix}.neo4j`, neo4j);
  else await benchStore(`${prefix}.neo4j`, graph, neo4j);
}

async function benchStore(prefix: string, graph: PolicyGraph, store: CypherStore): Promise<void> {
  try {
    await loadGraph(store, graph);
    const repository = new PolicyRepository(store);
    const root = cascadeRoot(graph);
    if (root) await measure(prefix, 'cascade', () => repository.cascade(root, { direction: 'BOTH', depth: 2 }));
    // The repository keeps coverage and the search index per graph version: the cold figures (a fresh repository
    // each round) are what the first request after an import pays, the cached ones what every later request does.
    await measure(prefix, 'coverage', () => new PolicyRepository(store).coverage('330000-2025'));
    await measure(prefix, 'coverage.cached', () => repository.coverage('330000-2025'));
    const searchText = (round: number) => SEARCHES[round % SEARCHES.length] ?? '';
    await measure(prefix, 'search.cold', (round) => new PolicyRepository(store).search(searchText(round), 20));
    await measure(prefix, 'search', (round) => repository.search(searchText(round), 20));
    await benchResearch(prefix, repository);
  } finally {
    await store.close();
  }
}

/** The research reads of issue 15: a search page with facets, clause and graph pages, the aggregates. */
async function benchResearch(prefix: string, repository: PolicyRepository): Promise<void> {
  const text = (round: number) => SEARCHES[round % SEARCHES.length] ?? '';
  await measure(prefix, 'searchPage', (round) => repository.searchPage(text(round), { first: 20 }));
  await measure(prefix, 'clausesPage', () => repository.clauses({ departmentFunction: 'science' }, 100));
  await measure(prefix, 'graphPage', () => repository.graph({}, 1000));
  await measure(prefix, 'localityStats', () => repository.localityStats('330000-2025'));
  await measure(prefix, 'measureStats', () => repository.measureStats('330000-2025'));
}

function syntheticGraph(): PolicyGraph | string {
  const documents = syntheticDocuments(100, 1);
  process.stdout.write(`query.synthetic100.documents: ${documents.length} documents\n`);
  try {
    return buildCorpusGraph(documents);
  } catch (error) {
    return `the graph builder rejects the synthetic corpus: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function run(): Promise<void> {
  await benchGraph('query', buildCorpusGraph(loadCorpus().documents));
  const synthetic = syntheticGraph();
  if (typeof synthetic === 'string') {
    process.stdout.write(`# query.synthetic100 skipped: ${synthetic}\n`);
    return;
  }
  await benchGraph('query.synthetic100', synthetic);
}
