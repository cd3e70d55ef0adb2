import type { GraphEdge, GraphNode } from '../model/graph';
import type { Family } from './family';
import {
  clusterFamily,
  familyParts,
  type FamilyClustering,
  type FamilyParts,
  type PlacedCluster,
} from './familyClusters';
import { clauseToken, memoizedEdges } from './edgeMemo';
import { NO_INFERRED_IDS, inferredIdsBuilder, mergeInferredIds, type InferredIds } from './inferredIds';
import { linkProperties, methodOf, score3, type LinkEnd } from './links';
import { cohesion, correspondsEdges, linkEnd } from './peerEdges';
import { consensusTitle, simplifiedTitle } from './profiles';
import { inferSkeleton } from './skeleton';
import type { Measure } from './types';

/** Nodes, edges and measures one family contributes to the alignment. */
export interface FamilyAlignment {
  nodes: GraphNode[];
  edges: GraphEdge[];
  measures: Measure[];
  /** Clause ids of each superior (inferred or real), by superior policy id. */
  superiorClauses: Map<string, string[]>;
  /** The ids its inferred clauses and sections were given (inferredIds.ts). */
  ids: InferredIds;
  /** What the next alignment of the family may keep (familyParts). */
  parts: FamilyParts;
  /** `edges` in the chunks they were made in: a chunk kept from an earlier alignment is the same array. */
  chunks: GraphEdge[][];
}

type Levels = Map<string, Map<PlacedCluster, LinkEnd[]>>;

/** Superior clauses of each level, per cluster: real clauses of a superior text in the cluster, or inferred ones. */
function superiorLevels(family: Family, clustering: FamilyClustering, previous: InferredIds) {
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
    const sourcesOf = (c: PlacedCluster) => c.members.filter((m) => ids.has(m.policyId)).map((m) => m.clause);
    const skeleton = inferSkeleton(
      superior,
      clustering,
      implementers.map((i) => i.doc),
      sourcesOf,
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

/** Whose words a clause holds: an inferred clause borrows its representative's text. */
function wordsOf(end: LinkEnd): string {
  return 'representative' in end && typeof end.representative === 'string' ? end.representative : end.id;
}

function implementsEdge(source: LinkEnd, target: LinkEnd, score: number, method: string, idf: Map<string, number>) {
  const link = linkProperties(source, target, idf, false);
  // Against a reconstruction made of this very text, "100% verbatim, nothing changed" would read as a finding; the
  // reproduction profile is left out (null in the API) and only the evidence stays.
  const borrowed = wordsOf(source) === wordsOf(target);
  const profile = borrowed ? { evidence: link.evidence, changedQuantities: '[]' } : link;
  const properties = { score: score3(score), method, ...profile, merged: false };
  return { type: 'IMPLEMENTS', from: source.id, to: target.id, properties } satisfies GraphEdge;
}

/** Score and method of a clause → superior clause link: the pair itself when both are texts, else consensus. */
function linkBasis(
  clustering: FamilyClustering,
  cluster: PlacedCluster,
  source: LinkEnd,
  target: LinkEnd,
  isMember: boolean,
) {
  const pair = clustering.pairOf(source.id, target.id);
  if (pair) return { score: pair.score, method: methodOf(pair) };
  if (isMember) return { score: cohesion(clustering, cluster, source.id), method: 'peer-consensus' };
  // An inferred city clause: as firm as its measure as a whole (its exemplars).
  const all = cluster.exemplars.map((m) => cohesion(clustering, cluster, m.clause.id));
  return { score: all.reduce((a, b) => a + b, 0) / Math.max(1, all.length), method: 'inferred-skeleton' };
}

/** The words of a measure's superior clauses and exemplars: what its members' edges depend on beyond themselves. */
function clusterContext(cluster: PlacedCluster, targets: LinkEnd[]): string {
  const words = (end: LinkEnd) => `${end.id}#${end.words ? clauseToken(end.words) : ''}`;
  return `${targets.map(words).join(',')}|${cluster.exemplars.map((m) => clauseToken(m.clause)).join(',')}`;
}

/** How many IMPLEMENTS edges leave each clause: one leaving by two is a merge (`merged`). */
function outgoingCounts(family: Family, clustering: FamilyClustering, levels: Levels) {
  const directOf = new Map(family.implementers.map((i) => [i.doc.policy.id, i.directSuperior]));
  const root = levels.get(family.rootId);
  const outgoing = new Map<string, number>();
  const add = (id: string, count: number) => outgoing.set(id, (outgoing.get(id) ?? 0) + count);
  for (const cluster of clustering.clusters) {
    const top = root?.get(cluster) ?? [];
    for (const member of cluster.members) {
      const direct = directOf.get(member.policyId);
      if (direct) add(member.clause.id, (levels.get(direct)?.get(cluster) ?? top).length);
    }
    for (const city of family.intermediates)
      for (const source of levels.get(city)?.get(cluster) ?? []) add(source.id, top.length);
  }
  return { directOf, outgoing };
}

/**
 * IMPLEMENTS from each implementing clause to its direct superior's clause, and from city to province clauses, in
 * chunks: one per member (kept across imports while its context holds: edgeMemo.ts), one per city clause.
 */
function implementsEdges(family: Family, clustering: FamilyClustering, levels: Levels, idf: Map<string, number>) {
  const { directOf, outgoing } = outgoingCounts(family, clustering, levels);
  const root = levels.get(family.rootId);
  const chunks: GraphEdge[][] = [];
  const edge = (source: LinkEnd, target: LinkEnd, basis: { score: number; method: string }) => {
    const e = implementsEdge(source, target, basis.score, basis.method, idf);
    e.properties.merged = (outgoing.get(source.id) ?? 0) > 1;
    return e;
  };
  for (const cluster of clustering.clusters) {
    const top = root?.get(cluster) ?? [];
    const contexts = new Map<string, string>();
    for (const member of cluster.members) {
      const direct = directOf.get(member.policyId);
      if (!direct) continue;
      const targets = levels.get(direct)?.get(cluster) ?? top;
      if (!contexts.has(direct)) contexts.set(direct, clusterContext(cluster, targets));
      const merged = (outgoing.get(member.clause.id) ?? 0) > 1;
      const context = `implements|${contexts.get(direct)}|${merged}`;
      chunks.push(
        memoizedEdges(clustering.memo, member.clause, context, () =>
          targets.map((target) =>
            edge(linkEnd(member.clause), target, linkBasis(clustering, cluster, linkEnd(member.clause), target, true)),
          ),
        ),
      );
    }
    const memberIds = family.intermediates.length > 0 ? new Set(cluster.members.map((m) => m.clause.id)) : undefined;
    for (const city of family.intermediates)
      for (const source of levels.get(city)?.get(cluster) ?? [])
        chunks.push(
          top.map((target) =>
            edge(source, target, linkBasis(clustering, cluster, source, target, memberIds?.has(source.id) ?? false)),
          ),
        );
  }
  return chunks;
}

function measuresOf(family: Family, clustering: FamilyClustering, levels: Levels): Measure[] {
  const peers = new Set(family.implementers.map((i) => i.doc.policy.id));
  return clustering.clusters.map((cluster, index) => {
    const superiorClauses = [family.rootId, ...family.intermediates].flatMap((s) =>
      (levels.get(s)?.get(cluster) ?? []).map((c) => c.id),
    );
    const clauses: Record<string, string[]> = {};
    for (const m of cluster.members.filter((m) => peers.has(m.policyId)))
      clauses[m.policyId] = [...(clauses[m.policyId] ?? []), m.clause.id];
    const title = consensusTitle(cluster.exemplars.map((m) => simplifiedTitle(m.clause)));
    return { id: superiorClauses[0] ?? `${family.rootId}/measure${index + 1}`, title, superiorClauses, clauses };
  });
}

/**
 * Aligns one family: clusters its clauses into measures, gives stub superiors their inferred skeleton, and links
 * implementing clauses to superior clauses (IMPLEMENTS) and to their peers (CORRESPONDS_TO).
 * @param options.parts the family's parts from an earlier alignment with the same idf: what still holds is kept.
 * @param options.previousIds the ids inferred clauses and sections had, to be kept (inferredIds.ts).
 */
export function alignFamily(
  family: Family,
  idf: Map<string, number>,
  options: { parts?: FamilyParts | undefined; previousIds?: InferredIds | undefined } = {},
): FamilyAlignment {
  const parts = familyParts(family, idf, options.parts);
  const clustering = clusterFamily(family, idf, parts);
  const levelled = superiorLevels(family, clustering, options.previousIds ?? NO_INFERRED_IDS);
  const { levels, nodes, edges, superiorClauses, ids } = levelled;
  const chunks = [
    edges,
    ...implementsEdges(family, clustering, levels, idf),
    ...correspondsEdges(family, clustering, idf),
  ];
  // A loop, not push(...spread): a family of a hundred localities has more peer edges than the call stack holds.
  // Two members of a large measure may keep the same peer pair: the edge is listed once.
  const all: GraphEdge[] = [];
  const peerKeys = new Set<string>();
  for (const chunk of chunks)
    for (const edge of chunk) {
      if (edge.type === 'CORRESPONDS_TO') {
        const key = `${edge.from}->${edge.to}`;
        if (peerKeys.has(key)) continue;
        peerKeys.add(key);
      }
      all.push(edge);
    }
  return { nodes, edges: all, chunks, measures: measuresOf(family, clustering, levels), superiorClauses, ids, parts };
}
