/**
 * Parse benchmark (issue 3). Targets: the whole corpus under 300 ms, one document under 60 ms, a synthetic corpus
 * of 100 perturbed documents under 5 s. Prints `name: value unit` lines; asserts nothing.
 * Also the graph: the document graph (buildPolicyGraph) for both, and the corpus graph with its alignment
 * (buildCorpusGraph). The alignment of the synthetic corpus is timed by bench/alignScale.ts.
 * The first parse is a warm-up (opencc dictionaries, regex compilation) and is not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  corpusNames,
  decodeBytes,
  defaultCorpusDir,
  parsePolicyText,
  syntheticCorpus,
} from '@policy-cascade/graph-seed';
import { buildCorpusGraph, buildPolicyGraph, distinctPolicyIds, loadCorpus } from '@policy-cascade/graph-seed';
import type { PolicyDocument } from '@policy-cascade/graph-seed';

function parseFile(name: string, bytes: Uint8Array): void {
  const decoded = decodeBytes(bytes, name);
  if (decoded.text !== null) parsePolicyText(decoded.text, name);
}

export async function run(): Promise<void> {
  const files = corpusNames().map((name) => ({ name, bytes: readFileSync(join(defaultCorpusDir, name)) }));
  for (const file of files) parseFile(file.name, file.bytes);

  let max = 0;
  const started = performance.now();
  for (const file of files) {
    const one = performance.now();
    parseFile(file.name, file.bytes);
    max = Math.max(max, performance.now() - one);
  }
  const corpus = performance.now() - started;
  process.stdout.write(`parse.corpus: ${corpus.toFixed(1)} ms\n`);
  process.stdout.write(`parse.document.max: ${max.toFixed(1)} ms\n`);

  const documents = loadCorpus().documents;
  const graphStart = performance.now();
  buildCorpusGraph(documents);
  process.stdout.write(`build.corpus.aligned: ${(performance.now() - graphStart).toFixed(1)} ms\n`);

  const synthetic = syntheticCorpus(100, 1);
  const syntheticStart = performance.now();
  const parsed = synthetic.map(({ name, text }) => parsePolicyText(text, name).document);
  process.stdout.write(`parse.synthetic100: ${(performance.now() - syntheticStart).toFixed(1)} ms\n`);
  const buildStart = performance.now();
  buildPolicyGraph(distinctPolicyIds(parsed.filter((d): d is PolicyDocument => d !== null)));
  process.stdout.write(`build.synthetic100.documents: ${(performance.now() - buildStart).toFixed(1)} ms\n`);
}
