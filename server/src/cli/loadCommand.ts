/**
 * `load [--corpus <dir>] [--store <grafeo-dir | neo4j://…>]`: builds the corpus graph, loads it into a store in one
 * transaction, and prints what the store then holds (`nodes: N, edges: M` and the count per label and type), read
 * back from the store. Without --store the store comes from CASCADE_DATA_DIR / NEO4J_URI, else it is in memory.
 */
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { countGraph, loadGraph } from '../load';
import type { GraphCounts } from '../load';
import { describeTarget, openStore, targetOfOption } from '../store/openStore';
import type { StoreTarget } from '../store/openStore';
import { corpusGraph } from './corpusGraph';

interface LoadOptions {
  corpus: string | undefined;
  store: string | undefined;
}

const USAGE = 'usage: load [--corpus <dir>] [--store <grafeo-dir | neo4j://…>]';

function parseArgs(args: string[]): LoadOptions | string {
  const options: LoadOptions = { corpus: undefined, store: undefined };
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag !== '--corpus' && flag !== '--store') return `load: unknown option '${flag}'`;
    if (value === undefined || value.startsWith('--')) return `load: ${flag} needs a value`;
    if (flag === '--corpus') options.corpus = value;
    else options.store = value;
  }
  return options;
}

/** The count lines the command prints, from counts read back from the store. */
export function formatCounts(counts: GraphCounts): string[] {
  return [
    `nodes: ${counts.nodes}, edges: ${counts.edges}`,
    ...Object.entries(counts.byLabel).map(([label, n]) => `  ${label}: ${n}`),
    ...Object.entries(counts.byType).map(([type, n]) => `  ${type}: ${n}`),
  ];
}

async function loadInto(target: StoreTarget, graph: PolicyGraph): Promise<GraphCounts> {
  const store = await openStore(target);
  try {
    const summary = await loadGraph(store, graph);
    for (const warning of summary.warnings) process.stderr.write(`load: warning: ${warning}\n`);
    if (summary.staleNodesRemoved > 0) process.stderr.write(`load: removed ${summary.staleNodesRemoved} stale nodes\n`);
    return await countGraph(store);
  } finally {
    await store.close();
  }
}

export async function loadCommand(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 1;
  }
  try {
    const target = targetOfOption({ store: options.store });
    const graph = corpusGraph(options.corpus);
    if (!graph) return 1;
    process.stderr.write(
      `load: ${graph.nodes.length} nodes, ${graph.edges.length} edges into ${describeTarget(target)}\n`,
    );
    const counts = await loadInto(target, graph);
    process.stdout.write(`${formatCounts(counts).join('\n')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`load: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
