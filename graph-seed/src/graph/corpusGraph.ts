import { alignCorpus } from '../align/alignCorpus';
import type { PolicyDocument } from '../model/document';
import type { PolicyGraph } from '../model/graph';
import { buildPolicyGraph } from './buildGraph';
import { partialPolicies } from './partialPolicies';
import { validateGraph } from './GraphAccumulator';
import { createPolicyIdIndex } from './policyIds';

/**
 * The whole corpus graph: buildPolicyGraph plus the alignment — the inferred skeletons of stub superior documents
 * (Section and Clause nodes with `inferred: true`), IMPLEMENTS / CORRESPONDS_TO / SUCCEEDS between clauses, and
 * `localAddition: true` on clauses that carry no superior measure, and `partial` on every document with text
 * (partialPolicies.ts: a text whose areas or clauses stop well short of its superior's). Both halves share one
 * PolicyIdIndex so a reference resolves to the same stub id in the document graph and in the alignment.
 */
export function buildCorpusGraph(docs: PolicyDocument[]): PolicyGraph {
  const ids = createPolicyIdIndex(docs);
  const base = buildPolicyGraph(docs, ids);
  const alignment = alignCorpus(docs, ids);
  const additions = new Set(alignment.localAdditions);
  const nodes = base.nodes.map((node) =>
    node.label === 'Clause' && !node.properties.inferred
      ? { ...node, properties: { ...node.properties, localAddition: additions.has(node.id) } }
      : node,
  );
  const graph: PolicyGraph = { nodes: [...nodes, ...alignment.nodes], edges: [...base.edges, ...alignment.edges] };
  const partial = partialPolicies(graph);
  graph.nodes = graph.nodes.map((node) =>
    node.label === 'Policy' && !node.properties.stub
      ? { ...node, properties: { ...node.properties, partial: partial.has(node.id) } }
      : node,
  );
  validateGraph(graph);
  return graph;
}
