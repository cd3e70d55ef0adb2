import type { GraphEdge, PolicyGraph } from '../model/graph';

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

/** What the rule reads of one part of a graph, in the part's order. */
interface PartSummary {
  policies: string[];
  /** HAS_SECTION edges as [section, policy]. */
  sections: Array<[string, string]>;
  /** HAS_CLAUSE edges by their source (a section or a policy): how many. */
  clausesFrom: Map<string, number>;
  /**
   * IMPLEMENTS edges, in order: the part's own edge objects, not pairs made of their ends. A province family's part of
   * the alignment holds tens of thousands, all clause to clause (the rule reads only those between policies), and an
   * import summarizes that part again: the pairs were 3 MB of each import's garbage at 1,000 documents.
   */
  implementing: GraphEdge[];
}

// Summaries of parts that never change once made (a corpus build's document parts and stubs): an import asks again
// for the whole corpus's flags, and only its own document's part and the alignment are new.
const kept = new WeakMap<PolicyGraph, PartSummary>();

function summaryOf(part: PolicyGraph): PartSummary {
  const summary: PartSummary = { policies: [], sections: [], clausesFrom: new Map(), implementing: [] };
  for (const node of part.nodes) if (node.label === 'Policy') summary.policies.push(node.id);
  // By index: a province family's part of the alignment holds tens of thousands of IMPLEMENTS edges.
  for (let i = 0; i < part.edges.length; i++) {
    const edge = part.edges[i]!;
    if (edge.type === 'HAS_SECTION') summary.sections.push([edge.to, edge.from]);
    else if (edge.type === 'HAS_CLAUSE')
      summary.clausesFrom.set(edge.from, (summary.clausesFrom.get(edge.from) ?? 0) + 1);
    else if (edge.type === 'IMPLEMENTS') summary.implementing.push(edge);
  }
  return summary;
}

function keptSummary(part: PolicyGraph): PartSummary {
  let summary = kept.get(part);
  if (!summary) kept.set(part, (summary = summaryOf(part)));
  return summary;
}

/**
 * `graph`: the whole graph, or its parts (a corpus build's document parts, stubs and alignment) read as one.
 * @param unchanging parts that are never changed once made: what the rule reads of them is kept with them.
 */
export function partialPolicies(
  graph: PolicyGraph | readonly PolicyGraph[],
  unchanging: ReadonlySet<PolicyGraph> = new Set(),
): Set<string> {
  const parts: readonly PolicyGraph[] = 'nodes' in graph ? [graph] : graph;
  const summaries = parts.map((part) => (unchanging.has(part) ? keptSummary(part) : summaryOf(part)));
  const shapes = policyShapes(summaries);
  const policies = new Set(summaries.flatMap((s) => s.policies));
  const partial = new Set<string>();
  for (const { implementing } of summaries)
    for (let i = 0; i < implementing.length; i++) {
      const { from, to } = implementing[i]!;
      if (!policies.has(from) || !policies.has(to)) continue;
      const own = shapes.get(from) ?? { areas: 0, clauses: 0 };
      const superior = shapes.get(to);
      if (!superior || superior.areas < MIN_SUPERIOR_AREAS) continue;
      if (own.areas * 2 < superior.areas || own.clauses * 4 < superior.clauses) partial.add(from);
    }
  return partial;
}

/** Areas and clauses of every policy: HAS_SECTION edges, and HAS_CLAUSE from its areas or from itself. */
function policyShapes(summaries: readonly PartSummary[]): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  const shape = (id: string) => {
    let s = shapes.get(id);
    if (!s) shapes.set(id, (s = { areas: 0, clauses: 0 }));
    return s;
  };
  const policyOfSection = new Map<string, string>();
  for (const { sections } of summaries)
    for (const [section, policy] of sections) {
      policyOfSection.set(section, policy);
      shape(policy).areas += 1;
    }
  for (const { clausesFrom } of summaries)
    for (const [from, count] of clausesFrom) shape(policyOfSection.get(from) ?? from).clauses += count;
  return shapes;
}
