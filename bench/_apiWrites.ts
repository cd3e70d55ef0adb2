/**
 * Writes like an import's for the query benchmarks (apiQueries.ts `.afterImport`): one locality's document written
 * again as a GraphDelta — its policy, sections, clauses and every edge leaving them (IMPLEMENTS included), as the import
 * worker's delta holds them — through the loader's `commitGraphDelta`, which notes what it changed so that the
 * repository brings its caches forward. The properties are the same, so the graph stays the one measured.
 */
import type { GraphDelta, PolicyGraph } from '@policy-cascade/graph-seed';

export const EMPTY_DELTA: GraphDelta = { nodes: [], removedNodes: [], edges: [], removedEdges: [] };

/** One delta per county document of the graph, up to 40, spread over the graph. */
export function localityDeltas(graph: PolicyGraph): GraphDelta[] {
  const counties = graph.nodes.filter((n) => n.label === 'Policy' && /^33\d\d(?!00)\d\d-/.test(n.id));
  const step = Math.max(1, Math.floor(counties.length / 40));
  return counties
    .filter((_, index) => index % step === 0)
    .slice(0, 40)
    .map((policy) => {
      const own = (id: string) => id === policy.id || id.startsWith(`${policy.id}/`);
      return {
        nodes: graph.nodes.filter((n) => own(n.id)),
        removedNodes: [],
        edges: graph.edges.filter((e) => own(e.from)),
        removedEdges: [],
      };
    });
}
