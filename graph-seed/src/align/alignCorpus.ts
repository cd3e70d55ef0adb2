import type { Clause, PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode } from '../model/graph';
import type { PolicyIdIndex } from '../graph/policyIds';
import { alignFamily } from './alignFamily';
import { familyCoverage } from './coverage';
import { findFamilies } from './family';
import { corpusIdf } from './profiles';
import { succeed, successions } from './succession';
import type { AlignmentResult, CoverageEntry, Measure } from './types';

export type { AlignmentResult, CoverageEntry, Measure } from './types';

/** The clauses of other documents that share a measure with a clause (its peers), by clause id. */
function measurePeers(docs: PolicyDocument[], measures: Measure[]): (clauseId: string) => readonly Clause[] {
  const byId = new Map(docs.flatMap((d) => d.clauses.map((c) => [c.id, c] as const)));
  const peers = new Map<string, Set<string>>();
  for (const measure of measures) {
    const members = Object.values(measure.clauses).flat();
    for (const id of members) {
      const own = id.slice(0, id.lastIndexOf('/'));
      const set = peers.get(id) ?? new Set<string>();
      for (const other of members) if (!other.startsWith(`${own}/`)) set.add(other);
      peers.set(id, set);
    }
  }
  return (clauseId) => [...(peers.get(clauseId) ?? [])].flatMap((id) => byId.get(id) ?? []);
}

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
export function alignCorpus(docs: PolicyDocument[], ids: PolicyIdIndex): AlignmentResult {
  const idf = corpusIdf(docs);
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
  const peersOf = measurePeers(docs, measures);
  for (const [newer, older] of successions(docs)) edges.push(...succeed(newer, older, idf, peersOf));
  const linked = new Set(edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.from));
  const localAdditions = [...implementing].filter((id) => !linked.has(id));
  return { nodes, edges, measures, localAdditions, coverage };
}
