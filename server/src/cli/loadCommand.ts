/**
 * `load [--corpus <dir>]… [--store <grafeo-dir | neo4j://…>]`: builds the corpus graph, loads it into a store in one
 * transaction, and prints what the store then holds (`nodes: N, edges: M` and the count per label and type), read
 * back from the store. Without --store the store comes from CASCADE_DATA_DIR / NEO4J_URI, else it is in memory.
 * Texts that cannot be read are reported as `file:line: message` and left out; the exit status says so (EXIT).
 */
import { mkdir } from 'node:fs/promises';
import { applyReviews, buildCorpus, corpusGraphOf } from '@policy-cascade/graph-seed';
import type { AlignmentReview, PolicyDocument } from '@policy-cascade/graph-seed';
import { EXIT, parseCorpusArgs, readCorpus } from '@policy-cascade/graph-seed/cli/corpusReport';
import { GraphRecord } from '../import';
import type { KeptInferredIds } from '../import';
import { countGraph, loadGraph, storedInferredIds } from '../load';
import type { GraphCounts } from '../load';
import { readReviewsFile } from '../review';
import { describeTarget, openStore, targetOfOption } from '../store/openStore';
import type { StoreTarget } from '../store/openStore';

const USAGE = 'usage: load [--corpus <dir>]… [--store <grafeo-dir | neo4j://…>] [--reviews <reviews.json>]';

/** The count lines the command prints, from counts read back from the store. */
export function formatCounts(counts: GraphCounts): string[] {
  return [
    `nodes: ${counts.nodes}, edges: ${counts.edges}`,
    ...Object.entries(counts.byLabel).map(([label, n]) => `  ${label}: ${n}`),
    ...Object.entries(counts.byType).map(([type, n]) => `  ${type}: ${n}`),
  ];
}

/**
 * Builds the documents' graph (inferred clauses keep the ids the data directory keeps, or else those the store holds) and loads it. In a server's data
 * directory the graph record is cleared first: the server's next start rebuilds from its corpus and kept imports
 * rather than take this graph for its own, and new inferred ids number above those it ever gave.
 */
async function loadInto(
  target: StoreTarget,
  documents: PolicyDocument[],
  reviews: readonly AlignmentReview[],
): Promise<GraphCounts> {
  const kept = target.kind === 'grafeo' && target.path !== undefined ? await invalidateRecord(target.path) : undefined;
  const store = await openStore(target);
  try {
    const inferredIds = { ...(kept?.assignment ?? (await storedInferredIds(store))), highest: kept?.highest };
    const overlay = applyReviews(corpusGraphOf(buildCorpus(documents, { inferredIds })), reviews);
    for (const { review, missing } of overlay.stale)
      process.stderr.write(
        `load: stale review ${review.type}:${review.from}->${review.to}: no clause ${missing.join(', ')}\n`,
      );
    const graph = overlay.graph;
    process.stderr.write(
      `load: ${graph.nodes.length} nodes, ${graph.edges.length} edges into ${describeTarget(target)}\n`,
    );
    const summary = await loadGraph(store, graph);
    for (const warning of summary.warnings) process.stderr.write(`load: warning: ${warning}\n`);
    if (summary.staleNodesRemoved > 0) process.stderr.write(`load: removed ${summary.staleNodesRemoved} stale nodes\n`);
    return await countGraph(store);
  } finally {
    await store.close();
  }
}

async function invalidateRecord(dir: string): Promise<KeptInferredIds> {
  await mkdir(dir, { recursive: true });
  return GraphRecord.invalidate(dir);
}

/** The reviews of `file` (none without one); null, each problem reported, when the file is not reviews. */
async function reviewsOf(file: string | undefined, stderr: (line: string) => void) {
  if (file === undefined) return [];
  const { reviews, problems } = await readReviewsFile(file);
  for (const p of problems)
    stderr(`${file}: ${p.index < 0 ? p.field : `reviews[${p.index}].${p.field}`}: ${p.message}`);
  return problems.length > 0 ? null : reviews;
}

export async function loadCommand(args: string[]): Promise<number> {
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  const options = parseCorpusArgs(args, 'load', ['store', 'reviews'] as const);
  if (typeof options === 'string') {
    stderr(`${options}\n${USAGE}`);
    return EXIT.FAILED;
  }
  try {
    const target = targetOfOption({ store: options.values.store });
    const corpus = readCorpus(options.corpus, 'load', stderr);
    if (!corpus) return EXIT.FAILED;
    const reviews = await reviewsOf(options.values.reviews, stderr);
    if (!reviews) return EXIT.FAILED;
    const counts = await loadInto(target, corpus.documents, reviews);
    process.stdout.write(`${formatCounts(counts).join('\n')}\n`);
    return corpus.refused.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  } catch (error) {
    stderr(`load: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
