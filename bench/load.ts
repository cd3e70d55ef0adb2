/**
 * Load benchmark (issues 4, 13): the corpus graph, and the graph of a synthetic corpus of 100 perturbed documents,
 * each loaded in one transaction into a fresh in-memory grafeo store and into an emptied Neo4j 5.26
 * (bench/_neo4j.ts); then the corpus reloaded (idempotent MERGE path). Targets: the corpus under 2 s, the synthetic
 * corpus under 20 s (grafeo). Prints `name: value unit` lines; asserts nothing. Parsing and graph building are not
 * counted (bench/parse.ts measures them).
 */
import { buildCorpusGraph, loadCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../server/src/load';
import type { CypherStore } from '../server/src/store/CypherStore';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';
import { emptyBenchNeo4j, printAbsent } from './_neo4j';

type OpenEmpty = () => Promise<CypherStore | string>;

const stores: [name: string, open: OpenEmpty][] = [
  ['grafeo', () => createGrafeoStore()],
  ['neo4j', emptyBenchNeo4j],
];

async function timeLoad(graph: PolicyGraph, open: OpenEmpty): Promise<{ first: number; again: number } | string> {
  const store = await open();
  if (typeof store === 'string') return store;
  try {
    const started = performance.now();
    await loadGraph(store, graph);
    const first = performance.now() - started;
    const restarted = performance.now();
    await loadGraph(store, graph);
    return { first, again: performance.now() - restarted };
  } finally {
    await store.close();
  }
}

function syntheticGraph(): PolicyGraph | string {
  try {
    return buildCorpusGraph(syntheticDocuments(100, 1));
  } catch (error) {
    return `the graph builder rejects the synthetic corpus: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function corpusLoads(corpus: PolicyGraph): Promise<void> {
  process.stdout.write(`load.corpus.graph: ${corpus.nodes.length + corpus.edges.length} elements\n`);
  for (const [name, open] of stores) {
    await timeLoad(corpus, open); // warm-up: the native module or the JVM, and the statement plans
    const times = await timeLoad(corpus, open);
    if (typeof times === 'string') {
      printAbsent(`load.corpus.${name}`, times);
      continue;
    }
    process.stdout.write(`load.corpus.${name}: ${times.first.toFixed(0)} ms\n`);
    process.stdout.write(`load.corpus.reload.${name}: ${times.again.toFixed(0)} ms\n`);
  }
}

export async function run(): Promise<void> {
  await corpusLoads(buildCorpusGraph(loadCorpus().documents));
  const synthetic = syntheticGraph();
  if (typeof synthetic === 'string') {
    process.stdout.write(`# load.synthetic100 skipped: ${synthetic}\n`);
    return;
  }
  process.stdout.write(`load.synthetic100.graph: ${synthetic.nodes.length + synthetic.edges.length} elements\n`);
  for (const [name, open] of stores) {
    const times = await timeLoad(synthetic, open);
    if (typeof times === 'string') printAbsent(`load.synthetic100.${name}`, times);
    else process.stdout.write(`load.synthetic100.${name}: ${times.first.toFixed(0)} ms\n`);
  }
}
