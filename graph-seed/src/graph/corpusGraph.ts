import { alignCorpus, type AlignmentResult } from '../align/alignCorpus';
import type { InferredIds } from '../align/inferredIds';
import { byPolicyId } from '../align/reference';
import type { PolicyDocument } from '../model/document';
import type { GraphNode, PolicyGraph } from '../model/graph';
import { documentGraph, mergeDocumentGraphs, stubGraph } from './buildGraph';
import { validateGraph } from './GraphAccumulator';
import { partialPolicies } from './partialPolicies';
import { createPolicyIdIndex, type PolicyIdIndex } from './policyIds';

/**
 * A corpus built into its graph, with everything the next import needs to change only what it touches
 * (corpusDelta.ts): the documents, their id index, each document's part of the graph, the stubs' part, and the
 * alignment (measures, coverage, inferred ids and its memo).
 */
export interface CorpusBuild {
  /** In policy-id order. */
  documents: readonly PolicyDocument[];
  ids: PolicyIdIndex;
  /** Each document's part of the document graph (documentGraph), by policy id. */
  parts: ReadonlyMap<string, PolicyGraph>;
  /** The stub policies' part (stubGraph). */
  stubs: PolicyGraph;
  alignment: AlignmentResult;
  /** The documents marked `partial` (partialPolicies.ts), by policy id. */
  partial: ReadonlySet<string>;
}

export interface BuildOptions {
  /** The ids inferred clauses and sections had in an earlier graph, to be kept (issue 10, item 5). */
  inferredIds?: InferredIds | undefined;
  /**
   * false for a build made only for its graph (buildCorpusGraph): the alignment keeps no family in its memo
   * (AlignOptions.keepFamilies), so an import into it would realign every family.
   */
  keepFamilies?: boolean | undefined;
}

/** A document graph clause node with its `localAddition` flag (true when it carries no superior measure). */
export function withLocalAddition(node: GraphNode, additions: ReadonlySet<string>): GraphNode {
  return node.label === 'Clause' && !node.properties.inferred
    ? { ...node, properties: { ...node.properties, localAddition: additions.has(node.id) } }
    : node;
}

/** A policy node with text with its `partial` flag (partialPolicies.ts); a stub is never partial. */
export function withPartial(node: GraphNode, partial: ReadonlySet<string>): GraphNode {
  return node.label === 'Policy' && !node.properties.stub
    ? { ...node, properties: { ...node.properties, partial: partial.has(node.id) } }
    : node;
}

/** Which documents of a build are partial texts, read from its parts, its stubs and its alignment's skeletons. */
export function partialOf(parts: ReadonlyMap<string, PolicyGraph>, stubs: PolicyGraph, alignment: AlignmentResult) {
  // A build's document parts, stubs and alignment parts are never changed once made (an import makes new ones for
  // what it changes). The alignment's peer and succession edges are not read: the rule reads sections, clauses and
  // IMPLEMENTS edges.
  const unchanging = [...parts.values(), stubs, ...alignment.withoutPeers];
  return partialPolicies(unchanging, new Set(unchanging));
}

/**
 * The whole corpus graph and the alignment it holds, in one pass: the document graph (buildPolicyGraph, assembled
 * from each document's part) plus the alignment — the inferred skeletons of stub superior documents (Section and
 * Clause nodes with `inferred: true`), IMPLEMENTS / CORRESPONDS_TO / SUCCEEDS between clauses, and
 * `localAddition: true` on clauses that carry no superior measure, and `partial` on every document with text
 * (partialPolicies.ts: a text whose areas or clauses stop well short of its superior's). Both halves share one
 * PolicyIdIndex so a reference resolves to the same stub id in the document graph and in the alignment. Throws,
 * naming the id, for a graph that would not be valid.
 */
export function buildCorpus(input: readonly PolicyDocument[], options: BuildOptions = {}): CorpusBuild {
  const documents = byPolicyId(input);
  const ids = createPolicyIdIndex(documents);
  const parts = new Map(documents.map((doc) => [doc.policy.id, documentGraph(doc, ids)]));
  const alignment = alignCorpus(documents, ids, {
    inferredIds: options.inferredIds,
    keepFamilies: options.keepFamilies,
  });
  const stubs = stubGraph(ids);
  return { documents, ids, parts, stubs, alignment, partial: partialOf(parts, stubs, alignment) };
}

/** The graph of a build, in buildCorpusGraph's order. */
export function corpusGraphOf(build: CorpusBuild): PolicyGraph {
  // Validated once, whole, below (every id unique, every edge's ends present): checking the merged parts first made a
  // second set of every id and looked up every edge's ends twice, a second at 1,000 documents.
  const base = mergeDocumentGraphs([...[...build.parts.values()], build.stubs], { validate: false });
  const additions = new Set(build.alignment.localAdditions);
  const nodes = base.nodes.map((node) => withPartial(withLocalAddition(node, additions), build.partial));
  const graph: PolicyGraph = {
    nodes: [...nodes, ...build.alignment.nodes],
    edges: [...base.edges, ...build.alignment.edges],
  };
  validateGraph(graph);
  return graph;
}

/**
 * The whole corpus graph (buildCorpus's graph): the document graph plus the alignment, with `localAddition` flags.
 * @param docs parsed documents, in any order.
 */
export function buildCorpusGraph(docs: PolicyDocument[]): PolicyGraph {
  return corpusGraphOf(buildCorpus(docs, { keepFamilies: false }));
}
