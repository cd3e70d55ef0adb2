import type { Clause, PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode } from '../model/graph';
import { toSimplified } from '../text/script';
import { NO_INFERRED_IDS, stableIds, type InferredIds } from './inferredIds';
import { cosine } from './ngrams';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import type { LinkEnd } from './links';
import { rankedTitles, simplifiedTitle, type ClauseProfile } from './profiles';

/** An inferred clause of a stub superior and the implementing clauses it was inferred from. */
export interface InferredClause extends LinkEnd {
  cluster: PlacedCluster;
  /** Members the clause was inferred from (the implementers of this stub that speak for the measure). */
  sources: Clause[];
  /** Id of the member whose text the clause shows. */
  representative: string;
}

export interface Skeleton {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Inferred clause by cluster. */
  clauses: Map<PlacedCluster, InferredClause>;
  /** The ids given and what each stands for, to be kept by the next build (inferredIds.ts). */
  ids: InferredIds;
}

// The representative's responsibility list names its own locality's departments, not the superior's.
function withoutResponsibility(text: string): string {
  return text.replace(/[(（〔][^()（）〔〕]*?[責责]任[單单]位[:：][\s\S]*?(?:[)）〕]|$)/g, '').trim();
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * The member that says most of what the others say: highest mean body similarity to them. Members that carry only
 * this measure come first (a secondary member's text carries another measure too: 秀洲 c9 数字化、绿色化 for the green
 * measure whose other member, 平湖 c10, is green alone), and a clause already representing another inferred clause
 * comes last, so two measures do not show the same text.
 * @param speaking the cluster's members among the sources that speak for it (speakingSources).
 */
function representative(cluster: PlacedCluster, speaking: ClauseProfile[], taken: Set<string>): Clause {
  const preferred = [
    (p: ClauseProfile) => !cluster.secondary.has(p.clause.id) && !taken.has(p.clause.id),
    (p: ClauseProfile) => !taken.has(p.clause.id),
  ];
  const candidates = preferred.map((keep) => speaking.filter(keep)).find((list) => list.length > 0) ?? speaking;
  let best = candidates[0];
  let bestScore = -1;
  for (const p of candidates) {
    const others = speaking.filter((q) => q !== p);
    const mean = others.reduce((sum, q) => sum + cosine(p.body, q.body), 0) / Math.max(1, others.length);
    if (mean > bestScore) [best, bestScore] = [p, mean];
  }
  return best!.clause;
}

/**
 * The sources that speak for an inferred clause: those among the cluster's exemplars (all of them in a family no
 * larger than its core), else the first exemplar-count of them in document order.
 */
function speakingSources(cluster: PlacedCluster, sources: Clause[]): ClauseProfile[] {
  const ids = new Set(sources.map((c) => c.id));
  const speaking = cluster.exemplars.filter((m) => ids.has(m.clause.id));
  if (speaking.length > 0) return speaking;
  return cluster.members.filter((m) => ids.has(m.clause.id)).slice(0, Math.max(1, cluster.exemplars.length));
}

function areaTitles(clustering: FamilyClustering, docs: PolicyDocument[]): Map<number, string> {
  // The core's implementers title the areas when there are any: a large family's many texts would make the title
  // flip as documents are added, for no gain.
  const core = new Set(clustering.docs.slice(0, clustering.coreSize));
  const speaking = docs.some((d) => core.has(d)) ? docs.filter((d) => core.has(d)) : docs;
  const titles = new Map<number, string[]>();
  for (const doc of speaking)
    for (const section of doc.sections) {
      const area = clustering.areaOfSection.get(section.id);
      if (area !== undefined) titles.set(area, [...(titles.get(area) ?? []), toSimplified(section.title)]);
    }
  return new Map([...titles].map(([area, list]) => [area, mostCommon(list)]));
}

/**
 * The inferred skeleton of a stub superior: one Section per area its measures fall in and one Clause per measure,
 * titled as most of its implementers title it, its text taken from the most representative implementing clause.
 * Clauses and sections keep the ids of `previous` (stableIds); `ordinal` is their place in the skeleton.
 * @param sourcesOf the implementing clauses a cluster's inferred clause stands for (empty: no clause for it).
 */
export function inferSkeleton(
  stubId: string,
  clustering: FamilyClustering,
  implementers: PolicyDocument[],
  sourcesOf: (cluster: PlacedCluster) => Clause[],
  previous: InferredIds = NO_INFERRED_IDS,
): Skeleton {
  const titles = areaTitles(clustering, implementers);
  const planned = clustering.clusters
    .map((cluster) => ({ cluster, sources: sourcesOf(cluster) }))
    .filter((p) => p.sources.length > 0);
  const sourceIds = planned.map((p) => p.sources.map((c) => c.id));
  const [clausePrefix, sectionPrefix] = [`${stubId}/c`, `${stubId}/s`];
  const clauses = stableIds(clausePrefix, sourceIds, previous.clauses, previous.highest?.get(clausePrefix));
  const clauseIds = clauses.ids;
  const areas = [...new Set(planned.map((p) => p.cluster.area))];
  const inArea = areas.map((area) => clauseIds.filter((_, i) => planned[i]!.cluster.area === area));
  const sections = stableIds(sectionPrefix, inArea, previous.sections, previous.highest?.get(sectionPrefix));
  const sectionIds = sections.ids;
  const skeleton: Skeleton = {
    nodes: [],
    edges: [],
    clauses: new Map(),
    ids: {
      clauses: new Map(clauseIds.map((id, i) => [id, sourceIds[i]!])),
      sections: new Map(sectionIds.map((id, i) => [id, inArea[i]!])),
      highest: new Map([
        [clausePrefix, clauses.highest],
        [sectionPrefix, sections.highest],
      ]),
    },
  };
  const written = new Set<number>();
  const sectionFor = (area: number) => {
    const index = areas.indexOf(area);
    const section = { id: sectionIds[index]!, ordinal: index + 1 };
    if (written.has(area)) return section;
    written.add(area);
    const properties = {
      ordinal: section.ordinal,
      label: '',
      title: titles.get(area) ?? '',
      inferred: true,
      policyId: stubId,
    };
    skeleton.nodes.push({ id: section.id, label: 'Section', properties });
    skeleton.edges.push({ type: 'HAS_SECTION', from: stubId, to: section.id, properties: {} });
    return section;
  };
  planned.forEach((p, i) =>
    addClause(skeleton, stubId, p, sectionFor(p.cluster.area), { id: clauseIds[i]!, ordinal: i + 1 }),
  );
  return skeleton;
}

/**
 * The title most of the sources use, unless an earlier inferred clause of the stub already bears it: two measures
 * whose consensus is the same merging clause (秀洲 c9 数字化、绿色化 in both the digital and the green measure of
 * 嘉兴's two counties) get the next most typical title, so no two rows of the coverage matrix read alike.
 */
function distinctTitle(skeleton: Skeleton, speaking: ClauseProfile[]): string {
  const used = new Set(skeleton.nodes.filter((n) => n.label === 'Clause').map((n) => n.properties.title));
  const ranked = rankedTitles(speaking.map((p) => simplifiedTitle(p.clause)));
  return ranked.find((title) => !used.has(title)) ?? ranked[0] ?? '';
}

function addClause(
  skeleton: Skeleton,
  stubId: string,
  { cluster, sources }: { cluster: PlacedCluster; sources: Clause[] },
  section: { id: string; ordinal: number },
  { id, ordinal }: { id: string; ordinal: number },
): void {
  const taken = new Set([...skeleton.clauses.values()].map((c) => c.representative));
  const speaking = speakingSources(cluster, sources);
  const rep = representative(cluster, speaking, taken);
  const properties = {
    ordinal,
    label: '',
    title: distinctTitle(skeleton, speaking),
    text: withoutResponsibility(rep.text),
    textSimplified: withoutResponsibility(rep.textSimplified),
    sectionOrdinal: section.ordinal,
    inferred: true,
    policyId: stubId,
    representativeClause: rep.id,
  };
  skeleton.nodes.push({ id, label: 'Clause', properties });
  skeleton.edges.push({ type: 'HAS_CLAUSE', from: section.id, to: id, properties: {} });
  const quantities = [...rep.amounts, ...rep.targets];
  skeleton.clauses.set(cluster, {
    id,
    textSimplified: rep.textSimplified,
    quantities,
    words: rep,
    cluster,
    sources: speaking.map((p) => p.clause),
    representative: rep.id,
  });
}
