import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph';
import type { Family } from './family';
import {
  clusterFamily,
  familyParts,
  type FamilyClustering,
  type FamilyParts,
  type PlacedCluster,
} from './familyClusters';
import { NO_INFERRED_IDS, inferredIdsBuilder, mergeInferredIds, type InferredIds } from './inferredIds';
import type { LinkEnd } from './links';
import { measureOfMembers } from './measureMembers';
import { linkEnd, peersByMeasure } from './peerEdges';
import { consensusTitle, simplifiedTitle } from './profiles';
import { inferSkeleton } from './skeleton';
import { implementsByMeasure, type Levels } from './implementsEdges';
import type { Measure } from './types';

/** Nodes, edges and measures one family contributes to the alignment. */
export interface FamilyAlignment {
  nodes: GraphNode[];
  /**
   * Every edge, each peer pair once: made when first read (a whole graph, a review), as an import reads only the
   * chunks (the delta), `withoutPeers` (coverage, partial texts) and the measures. At 1,000 documents the province
   * family's list of peer edges, made again for each import, cost some 100 ms of it, and was promoted only to be
   * replaced by the next.
   */
  readonly edges: GraphEdge[];
  /** `nodes` with the skeleton's HAS_SECTION and HAS_CLAUSE edges and the IMPLEMENTS edges, in `edges`' order. */
  withoutPeers: PolicyGraph;
  measures: Measure[];
  /** Clause ids of each superior (inferred or real), by superior policy id. */
  superiorClauses: Map<string, string[]>;
  /** The ids its inferred clauses and sections were given (inferredIds.ts). */
  ids: InferredIds;
  /** What the next alignment of the family may keep (familyParts). */
  parts: FamilyParts;
  /** `edges` in the chunks they were made in: a chunk kept from an earlier alignment is the same array. */
  chunks: GraphEdge[][];
  /** The chunks `withoutPeers.edges` is made of, in order (the skeleton's, then the IMPLEMENTS chunks). */
  implementsChunks: GraphEdge[][];
}

/** `source` pushed onto `target`: a loop, as spread arguments may exceed the stack. */
function appendAll<T>(target: T[], source: readonly T[]): void {
  for (let i = 0; i < source.length; i++) target.push(source[i]!);
}

/** Superior clauses of each level, per cluster: real clauses of a superior text in the cluster, or inferred ones. */
function superiorLevels(family: Family, clustering: FamilyClustering, previous: InferredIds, idf: Map<string, number>) {
  const levels: Levels = new Map();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const superiorClauses = new Map<string, string[]>();
  const assigned = inferredIdsBuilder();
  for (const superior of [family.rootId, ...family.intermediates]) {
    const byCluster = new Map<PlacedCluster, LinkEnd[]>();
    levels.set(superior, byCluster);
    const text = family.texts.get(superior);
    if (text) {
      for (const cluster of clustering.clusters) {
        const own = cluster.members.filter((m) => m.policyId === superior).map((m) => linkEnd(m.clause));
        if (own.length > 0) byCluster.set(cluster, own);
      }
      superiorClauses.set(
        superior,
        text.clauses.map((c) => c.id),
      );
      continue;
    }
    const implementers = family.implementers.filter((i) => superior === family.rootId || i.directSuperior === superior);
    const ids = new Set(implementers.map((i) => i.doc.policy.id));
    const sourcesOf = (c: PlacedCluster) => c.members.filter((m) => ids.has(m.policyId));
    const skeleton = inferSkeleton(
      superior,
      clustering,
      implementers.map((i) => i.doc),
      sourcesOf,
      idf,
      previous,
    );
    mergeInferredIds(assigned, skeleton.ids);
    nodes.push(...skeleton.nodes);
    edges.push(...skeleton.edges);
    for (const [cluster, inferred] of skeleton.clauses) byCluster.set(cluster, [inferred]);
    superiorClauses.set(
      superior,
      [...skeleton.clauses.values()].map((c) => c.id),
    );
  }
  return { levels, nodes, edges, superiorClauses, ids: assigned };
}

/** The family's measures, their implementing clauses read from the clusters' members (measureMembers.ts). */
function measuresOf(family: Family, clustering: FamilyClustering, levels: Levels): Measure[] {
  const implementers = new Set(family.implementers.map((i) => i.doc.policy.id));
  return clustering.clusters.map((cluster, index) => {
    const superiorClauses = [family.rootId, ...family.intermediates].flatMap((s) =>
      (levels.get(s)?.get(cluster) ?? []).map((c) => c.id),
    );
    const title = consensusTitle(cluster.exemplars.map((m) => simplifiedTitle(m.clause)));
    const id = superiorClauses[0] ?? `${family.rootId}/measure${index + 1}`;
    return measureOfMembers({ id, title, superiorClauses }, cluster.members, implementers);
  });
}

/**
 * Aligns one family: clusters its clauses into measures, gives stub superiors their inferred skeleton, and links
 * implementing clauses to superior clauses (IMPLEMENTS) and to their peers (CORRESPONDS_TO).
 * @param options.parts the family's parts from an earlier alignment with the same idf: what still holds is kept.
 * @param options.previousIds the ids inferred clauses and sections had, and the cores, to be kept (inferredIds.ts).
 */
export function alignFamily(
  family: Family,
  idf: Map<string, number>,
  options: { parts?: FamilyParts | undefined; previousIds?: InferredIds | undefined } = {},
): FamilyAlignment {
  const parts = familyParts(family, idf, options.parts, options.previousIds?.cores?.get(family.rootId));
  const clustering = clusterFamily(family, idf, parts);
  const levelled = superiorLevels(family, clustering, options.previousIds ?? NO_INFERRED_IDS, idf);
  const { levels, nodes, edges, superiorClauses, ids } = levelled;
  // Measure by measure, each measure's peers right after its IMPLEMENTS (implementsByMeasure), the chunks listed in
  // the order they always were: every IMPLEMENTS chunk, then every peer chunk.
  const implementsOf = implementsByMeasure(family, clustering, levels, idf);
  const peersOf = peersByMeasure(family, clustering, idf);
  const implementing: GraphEdge[][] = [];
  const corresponding: GraphEdge[][] = [];
  for (const cluster of clustering.clusters) {
    appendAll(implementing, implementsOf(cluster));
    appendAll(corresponding, peersOf(cluster));
  }
  const chunks = [edges, ...implementing, ...corresponding];
  const withoutPeers = { nodes, edges: [...edges] };
  for (const chunk of implementing) appendAll(withoutPeers.edges, chunk);
  let all: GraphEdge[] | undefined;
  return {
    nodes,
    get edges() {
      return (all ??= everyEdgeOnce(chunks));
    },
    withoutPeers,
    implementsChunks: [edges, ...implementing],
    chunks,
    measures: measuresOf(family, clustering, levels),
    superiorClauses,
    ids,
    parts,
  };
}

/**
 * The edges of the chunks in order, a peer pair listed once: two members of a large measure may keep the same pair.
 * A loop, not push(...spread): a family of a hundred localities has more peer edges than the call stack holds.
 * Looked up by the ends' own strings (their hashes are kept), never by a key made for each of the family's hundreds
 * of thousands of peer edges.
 */
function everyEdgeOnce(chunks: readonly GraphEdge[][]): GraphEdge[] {
  const all: GraphEdge[] = [];
  const peersFrom = new Map<string, Set<string>>();
  for (const chunk of chunks)
    for (let i = 0; i < chunk.length; i++) {
      const edge = chunk[i]!;
      if (edge.type === 'CORRESPONDS_TO') {
        const ends = peersFrom.get(edge.from);
        if (!ends) peersFrom.set(edge.from, new Set([edge.to]));
        else if (ends.has(edge.to)) continue;
        else ends.add(edge.to);
      }
      all.push(edge);
    }
  return all;
}
