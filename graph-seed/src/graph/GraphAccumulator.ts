import { NODE_LABELS } from '../model/graph';
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, PolicyGraph, Properties, PropertyValue } from '../model/graph';

/** Properties without null/undefined values: stores cannot hold a null property (Neo4j drops it on write). */
export function props(values: Record<string, PropertyValue | undefined>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

/**
 * Collects nodes and edges while a graph is built. Shared nodes (Region, Department, Program) merge by id; nodes
 * that must be unique (Policy, Section, Clause, Target, Request) throw on a second id, naming it. Edges are
 * deduplicated by (type, from, to), the first kept.
 */
export class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  addUnique(id: string, label: NodeLabel, properties: Properties): void {
    if (this.nodes.has(id)) throw new Error(`graph builder: duplicate node id ${id} (${label})`);
    this.nodes.set(id, { id, label, properties });
  }

  /** Add a shared node; an existing one keeps its properties and gains list values it lacked. */
  addShared(id: string, label: NodeLabel, properties: Properties): void {
    const existing = this.nodes.get(id);
    if (!existing) {
      this.nodes.set(id, { id, label, properties });
      return;
    }
    if (existing.label !== label)
      throw new Error(`graph builder: node id ${id} used as ${existing.label} and ${label}`);
    for (const [key, value] of Object.entries(properties)) {
      const current = existing.properties[key];
      if (Array.isArray(current) && Array.isArray(value)) {
        existing.properties[key] = [...new Set([...(current as string[]), ...(value as string[])])].sort();
      } else if (current === undefined) existing.properties[key] = value;
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  addEdge(type: EdgeType, from: string, to: string, properties: Properties = {}): void {
    const key = `${type}:${from}->${to}`;
    if (!this.edges.has(key)) this.edges.set(key, { type, from, to, properties });
  }

  /** The graph in a stable order: nodes by label then id, edges by type, from, to. */
  toGraph(): PolicyGraph {
    const rank = (label: NodeLabel): number => NODE_LABELS.indexOf(label);
    const nodes = [...this.nodes.values()].sort((a, b) => rank(a.label) - rank(b.label) || compare(a.id, b.id));
    const edges = [...this.edges.values()].sort(
      (a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to),
    );
    return { nodes, edges };
  }
}

/** Code-unit order, independent of the runtime's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Check a graph: every id unique, every edge endpoint present. Throws an Error naming the first offending id so a
 * bad import is refused before it reaches a store.
 */
export function validateGraph(graph: PolicyGraph): void {
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) throw new Error(`graph: duplicate node id ${node.id}`);
    ids.add(node.id);
  }
  for (const edge of graph.edges) {
    if (!ids.has(edge.from)) throw new Error(`graph: ${edge.type} edge from missing node ${edge.from}`);
    if (!ids.has(edge.to)) throw new Error(`graph: ${edge.type} edge to missing node ${edge.to}`);
  }
}
