/**
 * The explorer over a larger corpus for the browser benchmarks: the real corpus plus `n` synthetic documents
 * (graph-seed's syntheticCorpus, seed 1), served with CASCADE_CORPUS_DIR and a persistent store (CASCADE_DATA_DIR)
 * that are prepared once and kept between runs: the first start at a size parses, aligns and writes the graph (many
 * minutes at 1,000 texts on a loaded machine), later starts find the server's own graph record matching and keep the
 * stored graph. The server is used once its import worker is ready too, so no alignment runs in the background while
 * views are timed. The server's own count of documents is read back through the API, so a figure is never printed
 * for a size the server did not load.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus } from '@policy-cascade/graph-seed';
import { repoRoot, startExplorer } from '../test/e2e/harness';
import type { Explorer } from '../test/e2e/harness';
import { spawnServer } from '../test/support/serverProcess';
import { sourceHash } from './_syntheticGraph';

export interface SizedExplorer extends Explorer {
  /** Documents with text the server loaded (stubs left out). */
  documents: number;
  /**
   * Suffix of the figures' names: '' for the corpus, `_100texts` for the corpus and 100 synthetic texts
   * (`documents` says how many documents the server made of them).
   */
  suffix: string;
}

/**
 * The sizes the browser benchmarks draw at: the corpus (0), and the corpus with 100 and 1,000 synthetic texts
 * (issue 14 asks for 1,000 now that issue 11's scale work has landed; 100 stays for the ratio across sizes).
 * BENCH_SIZES picks some, e.g. `BENCH_SIZES=0,100` for a quick run.
 */
export const EXPLORER_SIZES: readonly number[] = (process.env.BENCH_SIZES ?? '0,100,1000').split(',').map((size) => {
  const n = Number(size.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`[bench] BENCH_SIZES: "${size}" is not a number of texts`);
  return n;
});

/** How long a first start may take to parse and align (BENCH_START_TIMEOUT_S, default one hour). */
const START_TIMEOUT_MS = 1000 * Number(process.env.BENCH_START_TIMEOUT_S ?? 3600);
const PROGRESS_EVERY_MS = 60_000;

/** The explorer over the real corpus (n = 0) or the corpus and n synthetic documents. */
export async function startSizedExplorer(n: number): Promise<SizedExplorer> {
  if (n === 0) {
    const explorer = await startExplorer();
    return { ...explorer, documents: await documentCount(explorer.url), suffix: '' };
  }
  const { corpusDir, dataDir, prepared } = preparedDirectories(n);
  const started = performance.now();
  const progress = setInterval(() => {
    const minutes = Math.round((performance.now() - started) / 60_000);
    process.stderr.write(
      `[bench] the ${n}-text explorer is still starting (${minutes} min; limit BENCH_START_TIMEOUT_S)\n`,
    );
  }, PROGRESS_EVERY_MS);
  try {
    const server = await spawnServer({
      env: { CASCADE_CORPUS_DIR: corpusDir, CASCADE_DATA_DIR: dataDir },
      until: 'imports ready',
      timeoutMs: START_TIMEOUT_MS,
    });
    // The server's own account: whether it realigned, when it served reads and when imports were ready.
    const loaded = logged(server.lines, 'loaded');
    const kept = loaded?.realigned === false ? 'stored graph kept' : `realigned${prepared ? ' although prepared' : ''}`;
    console.log(`explorer_ready_${n}texts: ${seconds(logged(server.lines, 'ready')?.ms)} s (${kept})`);
    console.log(`explorer_imports_ready_${n}texts: ${seconds(logged(server.lines, 'imports ready')?.ms)} s`);
    const stop = async () => void (await server.stop());
    return { url: server.url, stop, documents: await documentCount(server.url), suffix: `_${n}texts` };
  } finally {
    clearInterval(progress);
  }
}

/**
 * The corpus and data directories of size n under BENCH_GRAPH_CACHE (the system's temporary directory by default),
 * keyed by graph-seed's sources; those of older sources are removed. The texts are written once: the same files on
 * every run, so the server's graph record matches them.
 */
function preparedDirectories(n: number): { corpusDir: string; dataDir: string; prepared: boolean } {
  const root = process.env.BENCH_GRAPH_CACHE ?? join(tmpdir(), 'policy-cascade-bench');
  const name = `explorer-${n}-1-${sourceHash()}`;
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root).filter((f) => f.startsWith(`explorer-${n}-1-`) && f !== name))
    rmSync(join(root, old), { recursive: true, force: true });
  const dir = join(root, name);
  const corpusDir = join(dir, 'corpus');
  const dataDir = join(dir, 'data');
  const prepared = existsSync(join(dataDir, 'graph-fingerprint.json'));
  if (!existsSync(join(dir, 'corpus.done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(corpusDir, { recursive: true });
    mkdirSync(dataDir, { recursive: true });
    const corpus = join(repoRoot, 'graph-seed/corpus');
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')))
      copyFileSync(join(corpus, file), join(corpusDir, file));
    for (const { name: file, text } of syntheticCorpus(n, 1)) writeFileSync(join(corpusDir, file), text, 'utf8');
    writeFileSync(join(dir, 'corpus.done'), '');
  }
  return { corpusDir, dataDir, prepared };
}

/** The fields of the server's first JSON log line with this message. */
function logged(lines: readonly string[], msg: string): Record<string, unknown> | undefined {
  for (const line of lines) {
    if (!line.startsWith('{') || !line.includes(`"${msg}"`)) continue;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.msg === msg) return entry;
    } catch {
      // not a log line
    }
  }
  return undefined;
}

function seconds(ms: unknown): string {
  return typeof ms === 'number' ? (ms / 1000).toFixed(1) : '?';
}

async function documentCount(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ policies(first: 1, filter: { includeStubs: false }) { totalCount } }' }),
  });
  const body = (await response.json()) as { data?: { policies: { totalCount: number } } };
  return body.data?.policies.totalCount ?? 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
