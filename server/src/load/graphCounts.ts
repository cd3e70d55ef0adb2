/** Node and relationship counts read back from a store, for the load command and the loader tests. */
import type { CypherRunner } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import { countLabels, countTypes } from './loadStatements';

export interface GraphCounts {
  nodes: number;
  edges: number;
  /** Nodes per label (a node with two labels counts under both). */
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function countGraph(runner: CypherRunner): Promise<GraphCounts> {
  const byLabel: Record<string, number> = {};
  let nodes = 0;
  for (const row of await runStatement(runner, countLabels)) {
    const count = Number(row.count);
    nodes += count;
    const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
    for (const label of labels) byLabel[label] = (byLabel[label] ?? 0) + count;
  }
  const byType: Record<string, number> = {};
  let edges = 0;
  for (const row of await runStatement(runner, countTypes)) {
    const count = Number(row.count);
    edges += count;
    byType[String(row.type)] = (byType[String(row.type)] ?? 0) + count;
  }
  return { nodes, edges, byLabel: sorted(byLabel), byType: sorted(byType) };
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
