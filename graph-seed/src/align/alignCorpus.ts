import type { PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode } from '../model/graph';
import type { PolicyIdIndex } from '../graph/policyIds';
import { alignFamily } from './alignFamily';
import { familyCoverage } from './coverage';
import { findFamilies } from './family';
import { corpusIdf } from './profiles';
import { byPolicyId, firstInReferenceOrder, REFERENCE_DOCUMENTS } from './reference';
import { succeed, successions } from './succession';
import type { AlignmentResult, CoverageEntry, Measure } from './types';

export type { AlignmentResult, CoverageEntry, Measure } from './types';

/**
 * Aligns the corpus (DESIGN.md §5, issue 5): groups the documents by the superior documents they declare, clusters
 * their clauses into measures, gives stub superiors (浙政发〔2025〕3号 → 330000-2025, 嘉政发〔2025〕6号 →
 * 330400-2025) an inferred skeleton, links every implementing clause to its superior clause (IMPLEMENTS, via the
 * city for 嘉兴's counties), peers to each other (CORRESPONDS_TO) and newer clauses to older ones of the same
 * locality (SUCCEEDS). When a superior's text is in the corpus its real clauses are used and nothing is inferred.
 *
 * @param docs parsed documents (loadCorpus).
 * @param ids the policy id index of the same documents (createPolicyIdIndex), which resolves declared superiors.
 * @returns nodes and edges to add to the corpus graph, the measures, local additions and coverage.
 */
export function alignCorpus(input: PolicyDocument[], ids: PolicyIdIndex): AlignmentResult {
  // The result depends on the set of documents, not on the order they were loaded or imported in.
  const docs = byPolicyId(input);
  const idf = corpusIdf(firstInReferenceOrder(docs, REFERENCE_DOCUMENTS));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const measures: Measure[] = [];
  const coverage: CoverageEntry[] = [];
  const implementing = new Set<string>();
  for (const family of findFamilies(docs, ids)) {
    const aligned = alignFamily(family, idf);
    nodes.push(...aligned.nodes);
    for (const edge of aligned.edges) edges.push(edge); // may exceed the stack as spread arguments
    measures.push(...aligned.measures);
    coverage.push(...familyCoverage(family, aligned.superiorClauses, aligned.edges));
    for (const { doc } of family.implementers) for (const c of doc.clauses) implementing.add(c.id);
  }
  for (const [newer, older] of successions(docs)) edges.push(...succeed(newer, older, idf));
  const linked = new Set(edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.from));
  const localAdditions = [...implementing].filter((id) => !linked.has(id));
  return { nodes, edges, measures, localAdditions, coverage };
}
