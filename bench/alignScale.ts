/**
 * Alignment at the scale of a province (issue 11): buildCorpusGraph of syntheticDocuments(n, 1) at 100 and 300
 * documents, each in a fresh process (_alignRun.ts): wall and CPU time, peak heap, edges, inferred measures, and the
 * precision and recall of the peer alignment against the synthetic truth (_syntheticTruth.ts); then the ratio of
 * the times. Goal: t(300)/t(100) ≤ 3.6 (near-linear). 1,000 documents: `npm run bench -- alignProvince`.
 * Timings on a shared machine are noisy: CPU time is the steadier figure. Asserts nothing.
 */
import { alignRun, printRatio, printRun } from './_alignRun';

export async function run(): Promise<void> {
  const [small, large] = [alignRun(100), alignRun(300)];
  printRun(small);
  printRun(large);
  printRatio(small, large);
}
