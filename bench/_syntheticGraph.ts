/**
 * Synthetic corpus graphs for the benchmarks, kept on disk between runs: building and aligning 1,000 documents takes
 * minutes, and a query benchmark measures reads, not the build. The file is keyed by the size, the seed and a hash of
 * graph-seed's sources, so any change to the parser or the alignment builds the graph anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusGraph, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { PolicyGraph } from '@policy-cascade/graph-seed';

const sources = join(dirname(fileURLToPath(import.meta.url)), '../graph-seed/src');

/** Every file under `dir`, sorted, so the hash does not depend on the order the file system lists them in. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** A hash of graph-seed's sources: cached graphs and prepared explorers are keyed by it. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(sources)) hash.update(file.slice(sources.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * `buildCorpusGraph(syntheticDocuments(n, seed))`, read from the cache when graph-seed has not changed since it was
 * written (BENCH_GRAPH_CACHE names the directory; the system's temporary directory by default).
 */
export function syntheticGraph(n: number, seed = 1): { graph: PolicyGraph; cached: boolean } {
  const directory = process.env.BENCH_GRAPH_CACHE ?? join(tmpdir(), 'policy-cascade-bench');
  const file = join(directory, `synthetic-${n}-${seed}-${sourceHash()}.json`);
  if (existsSync(file)) return { graph: JSON.parse(readFileSync(file, 'utf8')) as PolicyGraph, cached: true };
  const graph = buildCorpusGraph(syntheticDocuments(n, seed));
  mkdirSync(directory, { recursive: true });
  writeFileSync(file, JSON.stringify(graph));
  return { graph, cached: false };
}
