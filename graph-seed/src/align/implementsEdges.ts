/**
 * IMPLEMENTS edges of a family (alignFamily.ts): each implementing clause to its direct superior's clause, and each
 * inferred city clause to the province's, with their score, method, evidence, reproduction and candidate flag.
 */
import type { GraphEdge } from '../model/graph';
import { clauseToken, memoizedEdges } from './edgeMemo';
import { internContext } from './keptResults';
import type { Family } from './family';
import type { FamilyClustering, PlacedCluster } from './familyClusters';
import { isCandidate, linkProperties, methodOf, score3, type LinkEnd } from './links';
import { cohesion, linkEnd, memberEnd } from './peerEdges';
import { reproductionOf } from './reproduction';
import type { InferredClause } from './skeleton';

/** Superior clauses of each level (root and cities), per cluster. */
export type Levels = Map<string, Map<PlacedCluster, LinkEnd[]>>;

/** An inferred clause (of a stub's skeleton), as a link end. */
const isInferred = (end: LinkEnd): end is InferredClause => 'cluster' in end;

/**
 * An IMPLEMENTS edge. Against an inferred clause no superior states a figure: its amounts are the implementers'
 * ranges (offers.ts), so nothing is "raised" or "removed" against it (changedQuantities is empty), and the
 * reproduction is measured against the closest peer's text (reproduction.ts).
 * @param peers the measure's exemplars, for the closest peer.
 */
function implementsEdge(
  source: LinkEnd,
  target: LinkEnd,
  basis: { score: number; method: string },
  peers: LinkEnd[],
  idf: Map<string, number>,
) {
  const link = linkProperties(source, target, idf, false);
  const inferredTarget = isInferred(target);
  const real = !isInferred(source);
  const reproduced = real ? reproductionOf(source, target, inferredTarget, peers, idf) : null;
  // A consensus may be no more than a heading, and a sentence joined its measure by the words of its peers: the
  // terms shared with the closest peer then show why the clause is here.
  const closest = peers.find((p) => p.id === reproduced?.from);
  const fromPeer = closest && (basis.method === 'sentence' || link.evidence.length === 0);
  const peerEvidence = fromPeer ? linkProperties(source, closest, idf, false).evidence : [];
  const evidence = peerEvidence.length > 0 ? peerEvidence : link.evidence;
  const properties = {
    score: score3(basis.score),
    method: basis.method,
    evidence,
    changedQuantities: inferredTarget ? '[]' : link.changedQuantities,
    ...(reproduced?.reproduction != null
      ? {
          reproduction: reproduced.reproduction,
          reproductionBasis: reproduced.basis!,
          reproducedFrom: reproduced.from!,
        }
      : {}),
    merged: false,
    candidate: isCandidate(basis.score, basis.method),
  };
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
  // A member that joined through a sentence, or the clause a sentence made a measure of, is as firm as that sentence.
  const sentence = isMember ? (cluster.sentences.get(source.id) ?? cluster.origin) : undefined;
  if (sentence) return { score: sentence.score, method: 'sentence' };
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
 * IMPLEMENTS from each implementing clause to its direct superior's clause, and from city to province clauses, of
 * one measure at a time, in chunks: one per member (kept across imports while its context holds: edgeMemo.ts), one
 * per city clause. alignFamily asks measure by measure, each measure's peer edges right after (peerEdges.ts): the
 * two read the same pairs of texts (sharedPassages), which a province's family would otherwise ask for again only
 * after its every other measure, past what the bounded cache of passages keeps.
 */
export function implementsByMeasure(
  family: Family,
  clustering: FamilyClustering,
  levels: Levels,
  idf: Map<string, number>,
): (cluster: PlacedCluster) => GraphEdge[][] {
  const { directOf, outgoing } = outgoingCounts(family, clustering, levels);
  const root = levels.get(family.rootId);
  return (cluster) => {
    const chunks: GraphEdge[][] = [];
    const top = root?.get(cluster) ?? [];
    // The closest peer is looked for among the exemplars, or the first members when they are all one locality's
    // (a measure a sentence made of one clause, sentenceMerges.ts).
    const others = cluster.members.filter((m) => m.policyId !== cluster.exemplars[0]?.policyId).slice(0, 4);
    const speaking = new Set(cluster.exemplars.map((m) => m.policyId)).size > 1 ? [] : others;
    const peers = [...cluster.exemplars, ...speaking].map((m) => linkEnd(m.clause));
    const edge = (source: LinkEnd, target: LinkEnd, basis: { score: number; method: string }) => {
      const e = implementsEdge(source, target, basis, peers, idf);
      e.properties.merged = (outgoing.get(source.id) ?? 0) > 1;
      return e;
    };
    const contexts = new Map<string, string>();
    for (const member of cluster.members) {
      const direct = directOf.get(member.policyId);
      if (!direct) continue;
      const targets = levels.get(direct)?.get(cluster) ?? top;
      if (!contexts.has(direct)) contexts.set(direct, `${internContext(clusterContext(cluster, targets))}`);
      const merged = (outgoing.get(member.clause.id) ?? 0) > 1;
      const context = `implements|${contexts.get(direct)}|${merged}`;
      chunks.push(
        memoizedEdges(
          clustering.memo,
          member.clause,
          `${context}|${cluster.sentences.get(member.clause.id)?.sentence ?? ''}|${cluster.origin?.sentence ?? ''}`,
          () => {
            // Made only when the edges are: most members' are kept, and a thousand members' ends were garbage.
            const source = memberEnd(cluster, member.clause);
            return targets.map((target) => edge(source, target, linkBasis(clustering, cluster, source, target, true)));
          },
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
    return chunks;
  };
}
