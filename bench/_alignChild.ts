/**
 * One build-and-align measurement, run in a child process by alignScale.ts and alignProvince.ts so that each size
 * starts from a fresh heap and its peak can be read from V8's GC trace: `tsx bench/_alignChild.ts <n>` builds
 * buildCorpusGraph(syntheticDocuments(n, 1)) and prints one JSON line (time, CPU time, measures, edges, and the
 * precision and recall of the peer alignment against the synthetic truth).
 */
import { buildCorpusGraph, syntheticCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import { syntheticQuality } from './_syntheticTruth';

const n = Number(process.argv[2]);
const documents = syntheticDocuments(n, 1);
const clauses = documents.reduce((sum, d) => sum + d.clauses.length, 0);
// The collections between the two marks are the build's (_alignRun.ts `gcMs`).
process.stdout.write('#building\n');
const cpu = process.cpuUsage();
const started = performance.now();
const graph = buildCorpusGraph(documents);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
// The peak heap is read from the GC trace up to here: the synthetic truth below is the benchmark's, not the build's.
process.stdout.write('#built\n');
const quality = syntheticQuality(syntheticCorpus(n, 1), documents, graph);
const peers = graph.edges.filter((e) => e.type === 'CORRESPONDS_TO').length;
process.stdout.write(
  `${JSON.stringify({ n, clauses, ms, cpuMs: (used.user + used.system) / 1000, edges: graph.edges.length, peers, ...quality })}\n`,
);
