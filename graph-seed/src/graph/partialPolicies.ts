import type { PolicyGraph } from '../model/graph';

/**
 * Which documents are partial texts: a copy cut off after its first areas, or one area pasted alone. Such a text
 * would count as a locality that carried almost nothing down (南湖's two-area sample at 4%) and add a "left out"
 * to nearly every measure, so the coverage leaves it out of those counts unless the user includes it.
 *
 * The rule reads only the structure, against the superior the document declares it implements (its real text or,
 * for a stub, the inferred skeleton): a document is partial when it has fewer than half as many areas as that
 * superior, or fewer clauses than a quarter of the superior's. Every document of the corpus has all eight areas
 * and 43–68 clauses against the province's eight areas and 52 measures, far from either bound, while the web
 * excerpts of corpus-province (one area, one to three clauses) all fall under it. Superiors with fewer than
 * MIN_SUPERIOR_AREAS areas (an excerpt of a city text) or none at all are not a yardstick; a document implementing
 * nothing is never partial.
 */
export const MIN_SUPERIOR_AREAS = 4;

interface Shape {
  areas: number;
  clauses: number;
}

/** `graph`: the whole graph, or its parts (a corpus build's document parts, stubs and alignment) read as one. */
export function partialPolicies(graph: PolicyGraph | readonly PolicyGraph[]): Set<string> {
  const parts: readonly PolicyGraph[] = 'nodes' in graph ? [graph] : graph;
  const shapes = policyShapes(parts);
  const policies = new Set(parts.flatMap((part) => part.nodes.filter((n) => n.label === 'Policy').map((n) => n.id)));
  const partial = new Set<string>();
  for (const edge of edgesOf(parts)) {
    if (edge.type !== 'IMPLEMENTS' || !policies.has(edge.from) || !policies.has(edge.to)) continue;
    const own = shapes.get(edge.from) ?? { areas: 0, clauses: 0 };
    const superior = shapes.get(edge.to);
    if (!superior || superior.areas < MIN_SUPERIOR_AREAS) continue;
    if (own.areas * 2 < superior.areas || own.clauses * 4 < superior.clauses) partial.add(edge.from);
  }
  return partial;
}

/** Areas and clauses of every policy: HAS_SECTION edges, and HAS_CLAUSE from its areas or from itself. */
function policyShapes(parts: readonly PolicyGraph[]): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  const shape = (id: string) => {
    let s = shapes.get(id);
    if (!s) shapes.set(id, (s = { areas: 0, clauses: 0 }));
    return s;
  };
  const policyOfSection = new Map<string, string>();
  for (const edge of edgesOf(parts)) {
    if (edge.type !== 'HAS_SECTION') continue;
    policyOfSection.set(edge.to, edge.from);
    shape(edge.from).areas += 1;
  }
  for (const edge of edgesOf(parts)) {
    if (edge.type === 'HAS_CLAUSE') shape(policyOfSection.get(edge.from) ?? edge.from).clauses += 1;
  }
  return shapes;
}

/** The edges of every part, without copying them into one array (a corpus of 1,000 documents has ~10^5). */
function* edgesOf(parts: readonly PolicyGraph[]) {
  for (const part of parts) yield* part.edges;
}
