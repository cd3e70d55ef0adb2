/**
 * Load benchmark (issue 4): the corpus graph, and the graph of a synthetic corpus of 100 perturbed documents, each
 * loaded into a fresh in-memory grafeo store in one transaction; then the corpus reloaded (idempotent MERGE path).
 * Targets: the corpus under 2 s, the synthetic corpus under 20 s. Prints `name: value unit` lines; asserts nothing.
 * Parsing and graph building are not counted (bench/parse.ts measures them).
 */
import { buildCorpusGraph, loadCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { loadGraph } from '../server/src/load';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';

async function timeLoad(graph: PolicyGraph): Promise<{ first: number; again: number }> {
  const store = await createGrafeoStore();
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

export async function run(): Promise<void> {
  const corpus = buildCorpusGraph(loadCorpus().documents);
  await timeLoad(corpus); // warm-up: the native module and the statement plans
  const corpusTimes = await timeLoad(corpus);
  process.stdout.write(`load.corpus.graph: ${corpus.nodes.length + corpus.edges.length} elements\n`);
  process.stdout.write(`load.corpus.grafeo: ${corpusTimes.first.toFixed(0)} ms\n`);
  process.stdout.write(`load.corpus.reload.grafeo: ${corpusTimes.again.toFixed(0)} ms\n`);

  const synthetic = syntheticGraph();
  if (typeof synthetic === 'string') {
    process.stdout.write(`# load.synthetic100.grafeo skipped: ${synthetic}\n`);
    return;
  }
  const syntheticTimes = await timeLoad(synthetic);
  process.stdout.write(`load.synthetic100.graph: ${synthetic.nodes.length + synthetic.edges.length} elements\n`);
  process.stdout.write(`load.synthetic100.grafeo: ${syntheticTimes.first.toFixed(0)} ms\n`);
}
