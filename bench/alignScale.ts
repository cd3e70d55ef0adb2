/**
 * Alignment at the scale of a province (issue 5): Zhejiang has ~90 counties and 11 cities, each carrying
 * 浙政发〔2025〕3号 down, and the server rebuilds the corpus graph on every import. Target: a hundred synthetic
 * documents under ~20 s, with memory that grows with the kept pairs, not with every pair of clauses.
 * Synthetic corpora (syntheticCorpus(n, 1)) of 10, 30 and 100 documents, parsed first (not timed), then
 * buildCorpusGraph (timed: the document graph plus the alignment). Prints per size the time, the graph's edges (and
 * its CORRESPONDS_TO), the heap retained with the graph alive and the heap V8 had reserved by the end of the build.
 * Asserts nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildCorpusGraph, syntheticDocuments } from '@policy-cascade/graph-seed';

const SIZES = [10, 30, 100];
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

// The bench runs without --expose-gc; a collection before each reading makes the retained heap comparable.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function measure(n: number): void {
  const documents = syntheticDocuments(n, 1);
  collect();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const graph = buildCorpusGraph(documents);
  const elapsed = performance.now() - started;
  const reserved = process.memoryUsage().heapTotal;
  collect();
  const retained = process.memoryUsage().heapUsed - before;
  const peers = graph.edges.filter((e) => e.type === 'CORRESPONDS_TO').length;
  process.stdout.write(`align.synthetic${n}: ${elapsed.toFixed(0)} ms\n`);
  process.stdout.write(`align.synthetic${n}.edges: ${graph.edges.length}\n`);
  process.stdout.write(`align.synthetic${n}.edges.correspondsTo: ${peers}\n`);
  process.stdout.write(`align.synthetic${n}.heapRetained: ${megabytes(retained)} MB\n`);
  process.stdout.write(`align.synthetic${n}.heapReserved: ${megabytes(reserved)} MB\n`);
}

export async function run(): Promise<void> {
  for (const n of SIZES) measure(n);
}
