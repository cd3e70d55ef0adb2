/**
 * Alignment at the scale of a province (issue 11): buildCorpusGraph of syntheticDocuments(n, 1) at 100 and 300
 * documents, each in a fresh process (_alignRun.ts): wall and CPU time, peak heap, edges, inferred measures, and the
 * precision and recall of the peer alignment against the synthetic truth (_syntheticTruth.ts); then the ratio of
 * the times, of the fastest of three alternating runs of each size (fastestRuns). Goal: t(300)/t(100) ≤ 3.6
 * (near-linear). 1,000 documents: `npm run bench -- alignProvince`. Timings on a shared machine are noisy: every
 * run's time is printed. Asserts nothing.
 */
import { fastestRuns, printRatio, printRun } from './_alignRun';

/** Builds of each size (fastestRuns): the figures are the fastest's. ALIGN_RUNS=1 for one. */
const ALIGN_RUNS = Number(process.env.ALIGN_RUNS ?? 3);

export async function run(): Promise<void> {
  const [small, large] = fastestRuns(100, 300, ALIGN_RUNS);
  printRun(small);
  printRun(large);
  printRatio(small, large);
}
