/**
 * The real corpus for the repository contract: the five documents of graph-seed/corpus parsed with loadCorpus and
 * built with buildCorpusGraph (the alignment included once #5 lands), plus independent answers computed from the
 * parsed documents in plain TypeScript, so the store's Cypher answers are checked against a second route.
 */
import {
  alignCorpus,
  buildCorpusGraph,
  createPolicyIdIndex,
  loadCorpus,
  toSimplified,
} from '@policy-cascade/graph-seed';
import type { PolicyDocument, PolicyGraph } from '@policy-cascade/graph-seed';

export interface Corpus {
  documents: PolicyDocument[];
  graph: PolicyGraph;
  /** True when the graph carries clause-level IMPLEMENTS edges (the alignment of issue 5 is merged in). */
  aligned: boolean;
}

let cached: Corpus | undefined;

/** Parsed and built once per test file; callers must not mutate it. */
export function realCorpus(): Corpus {
  if (cached) return cached;
  const { documents, diagnostics } = loadCorpus();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`corpus does not parse: ${errors.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ')}`);
  const built = buildCorpusGraph(documents);
  const graph = isAligned(built) ? built : withAlignment(built, documents);
  cached = { documents, graph, aligned: isAligned(graph) };
  return cached;
}

function isAligned(graph: PolicyGraph): boolean {
  const clauseIds = new Set(graph.nodes.filter((n) => n.label === 'Clause').map((n) => n.id));
  return graph.edges.some((e) => e.type === 'IMPLEMENTS' && clauseIds.has(e.from));
}

// TODO(#5): remove once buildCorpusGraph merges alignCorpus itself (graph-seed/src/graph/corpusGraph.ts); until
// then the contract adds the alignment's nodes and edges the same way, so the cascade cases run on real data.
function withAlignment(graph: PolicyGraph, documents: PolicyDocument[]): PolicyGraph {
  const alignment = alignCorpus(documents, createPolicyIdIndex(documents));
  return { nodes: [...graph.nodes, ...alignment.nodes], edges: [...graph.edges, ...alignment.edges] };
}

/** Ids of the clauses whose Simplified title or text contains every term: the search's reference answer. */
export function clausesContaining(documents: PolicyDocument[], terms: string[]): string[] {
  return documents
    .flatMap((doc) => doc.clauses)
    .filter((c) => terms.every((t) => c.textSimplified.includes(t) || toSimplified(c.title).includes(t)))
    .map((c) => c.id)
    .sort();
}

/** Lead and support counts per department id of a region, counted from the parsed documents. */
export function departmentCounts(documents: PolicyDocument[], regionCode: string): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const doc of documents.filter((d) => d.policy.region.code === regionCode)) {
    for (const clause of doc.clauses) {
      for (const dept of clause.departments) {
        const id = `${regionCode}/${dept.canonicalName}`;
        const [lead, support] = counts.get(id) ?? [0, 0];
        counts.set(id, dept.role === 'LEAD' ? [lead + 1, support] : [lead, support + 1]);
      }
    }
  }
  return counts;
}
